"""Step 5, form 5: a supervisor's follow-up of how a school uses its media and the service."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain import followups, production, service
from services.needs.domain.commands.followups import RecordMediaFollowup
from services.needs.domain.vocabulary import LinkKind, QualityLevel
from tests.unit.needs.builders import OTHER_SCHOOL, SCHOOL, TODAY
from tests.unit.needs.test_model_media import sent
from tests.unit.needs.test_production import registered
from tests.unit.needs.test_service import requested

HERE = followups.Followup(
    "f1", ev.TargetSchool(school=SCHOOL, cluster="loei-3-nahaeo"), "loei-3", "loei"
)
FULFILLED = [
    requested(),
    ev.ServiceFulfilled(**requested().model_dump(include=service.FACTS), fulfilled_on=TODAY),
]


def command(*uses: tuple[str, str, str], **changes: Any) -> RecordMediaFollowup:
    body: dict[str, Any] = {
        "visited_on": TODAY,
        "aspects": [{"aspect": "teaching", "score": 4}, {"aspect": "learners", "score": 3}],
        "uses": [{"kind": k, "id": i, "use": u} for k, i, u in uses],
        "findings": "ครูใช้สื่ออย่างสม่ำเสมอ",
    }
    return RecordMediaFollowup.model_validate(body | changes)


def record(
    given: RecordMediaFollowup, linked: dict[tuple[LinkKind, str], list[DomainEvent]] | None = None
) -> ev.MediaUseFollowedUp:
    [done] = followups.record_followup([], HERE, given, linked or {}, TODAY)
    assert isinstance(done, ev.MediaUseFollowedUp)
    return done


def test_a_follow_up_scores_aspects_and_the_level_follows_the_mean() -> None:
    done = record(command())
    assert (done.mean, done.quality_level, done.school, done.cluster) == (
        3.5,
        QualityLevel.EXCELLENT,
        SCHOOL,
        "loei-3-nahaeo",
    )
    assert (done.academic_year, done.semester, done.visited_on) == (2569, 1, TODAY)


def test_it_names_the_schools_own_records_with_what_was_found_of_each() -> None:
    linked: dict[tuple[LinkKind, str], list[DomainEvent]] = {
        (LinkKind.PRODUCTION, "p1"): [registered()],
        (LinkKind.SERVICE_REQUEST, "r1"): FULFILLED,
        (LinkKind.MODEL_MEDIA, "d1"): [sent()],
    }
    done = record(
        command(
            ("production", "p1", "in_use"),
            ("service_request", "r1", "partly"),
            ("model_media", "d1", "not_used"),
        ),
        linked,
    )
    assert [(u.kind, u.use) for u in done.uses] == [
        ("production", "in_use"),
        ("service_request", "partly"),
        ("model_media", "not_used"),
    ]
    assert done.uses[0].title == registered().title


def test_records_it_may_not_name_are_refused_together_each_with_its_problem() -> None:
    linked: dict[tuple[LinkKind, str], list[DomainEvent]] = {
        (LinkKind.PRODUCTION, "p2"): [registered(school=OTHER_SCHOOL)],
        (LinkKind.SERVICE_REQUEST, "r1"): [requested()],
        (LinkKind.MODEL_MEDIA, "d2"): [sent(target_schools=[])],
    }
    given = command(
        ("production", "p9", "in_use"),
        ("production", "p2", "in_use"),
        ("service_request", "r1", "in_use"),
        ("model_media", "d2", "in_use"),
        ("model_media", "d2", "partly"),
    )
    with pytest.raises(InvalidInput) as exc:
        record(given, linked)
    assert exc.value.code == "links_invalid"
    assert [(p["id"], p["problem"]) for p in exc.value.details] == [
        ("p9", "unknown"),
        ("p2", "another_school"),
        ("r1", "not_fulfilled"),
        ("d2", "not_sent_to_school"),
        ("d2", "repeated"),
    ]
    assert all(p["message"] for p in exc.value.details)


def test_a_withdrawn_production_is_not_followed_up() -> None:
    withdrawn = ev.ProductionWithdrawn(
        **registered().model_dump(include=production.FACTS), reason="ซ้ำ", withdrawn_on=TODAY
    )
    with pytest.raises(InvalidInput) as exc:
        record(
            command(("production", "p1", "in_use")),
            {(LinkKind.PRODUCTION, "p1"): [registered(), withdrawn]},
        )
    assert exc.value.details[0]["problem"] == "withdrawn"


def test_the_day_aspects_and_record_are_checked() -> None:
    with pytest.raises(InvalidInput) as exc:
        record(command(visited_on=TODAY + timedelta(days=1)))
    assert exc.value.code == "day_in_the_future"
    with pytest.raises(InvalidInput) as exc:
        record(command(visited_on=date(2025, 1, 1)))
    assert exc.value.code == "day_too_old"
    twice = [{"aspect": "care", "score": 2}, {"aspect": "care", "score": 3}]
    with pytest.raises(InvalidInput) as exc:
        record(command(aspects=twice))
    assert exc.value.code == "aspects_repeat"
    with pytest.raises(RuleViolation) as refused:
        followups.record_followup([record(command())], HERE, command(), {}, TODAY)
    assert refused.value.code == "followup_exists"
