"""Step 3: model media sent to schools, and each school's acknowledgement."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from services.needs.domain import events as ev
from services.needs.domain import model_media
from services.needs.domain.commands.common import Target
from services.needs.domain.commands.model_media import AcknowledgeModelMedia
from services.needs.domain.targets import chosen_schools
from tests.unit.needs.builders import OTHER_SCHOOL, OUTSIDER, SCHOOL, TODAY

NA_HAEO = [
    ev.TargetSchool(school=SCHOOL, cluster="loei-3-nahaeo", name_th="โรงเรียนบ้านนาแห้ว"),
    ev.TargetSchool(school=OTHER_SCHOOL, cluster="loei-3-nahaeo", name_th="โรงเรียนบ้านกลาง"),
]


def sent(**kw: Any) -> ev.ModelMediaSent:
    fields: dict[str, Any] = {
        "dispatch_id": "d1",
        "esa": "loei-3",
        "province": "loei",
        "academic_year": 2569,
        "semester": 1,
        "title": "ชุดสื่อต้นแบบการอ่านออกเขียนได้",
        "media": [ev.ModelMedium(title="บัตรคำ", kind="media", subject="thai")],
        "channel": "in_person",
        "target_kind": "list",
        "target_schools": NA_HAEO,
        "sent_on": TODAY,
    }
    return ev.ModelMediaSent(**(fields | kw))


def received(on: date | None = None, note: str = "") -> AcknowledgeModelMedia:
    return AcknowledgeModelMedia(received_on=on, note=note)


def test_model_media_are_sent_on_a_day_that_has_come_at_most_a_year_back() -> None:
    assert model_media.send_model_media([], sent(), TODAY) == [sent()]
    for day, code in (
        (TODAY + timedelta(days=1), "day_in_the_future"),
        (date(2025, 5, 1), "day_too_old"),
    ):
        with pytest.raises(InvalidInput) as exc:
            model_media.send_model_media([], sent(sent_on=day), TODAY)
        assert (exc.value.code, exc.value.details["field"]) == (code, "sent_on")
    with pytest.raises(RuleViolation) as refused:
        model_media.send_model_media([sent()], sent(), TODAY)
    assert refused.value.code == "dispatch_exists"


def test_the_schools_are_chosen_like_a_campaigns_targets() -> None:
    assert chosen_schools(Target(kind="list", schools=[OTHER_SCHOOL]), NA_HAEO) == [NA_HAEO[1]]
    with pytest.raises(RuleViolation) as exc:
        chosen_schools(Target(kind="list", schools=[OUTSIDER]), NA_HAEO)
    assert exc.value.code == "unknown_schools" and exc.value.details["schools"] == [OUTSIDER]
    with pytest.raises(RuleViolation) as exc:
        chosen_schools(Target(kind="cluster", cluster="loei-3-dansai"), [])
    assert exc.value.code == "unknown_cluster"


def test_a_school_it_went_to_acknowledges_once_with_the_day_received() -> None:
    later = TODAY + timedelta(days=3)
    [got] = model_media.acknowledge(
        sent(), [], SCHOOL, received(TODAY + timedelta(days=1), " ครบ "), later
    )
    assert isinstance(got, ev.ModelMediaReceived)
    assert (got.school, got.cluster, got.received_on, got.note) == (
        SCHOOL,
        "loei-3-nahaeo",
        TODAY + timedelta(days=1),
        "ครบ",
    )
    assert (got.academic_year, got.semester) == (2569, 1)  # the dispatch's year and semester
    with pytest.raises(RuleViolation) as exc:
        model_media.acknowledge(sent(), [got], SCHOOL, received(), later)
    assert exc.value.code == "already_received" and "received_on" in exc.value.details


def test_another_school_or_an_impossible_day_is_refused() -> None:
    with pytest.raises(RuleViolation) as exc:
        model_media.acknowledge(sent(), [], OUTSIDER, received(), TODAY)
    assert exc.value.code == "not_a_target_school"
    for day in (TODAY - timedelta(days=1), TODAY + timedelta(days=1)):
        with pytest.raises(InvalidInput) as bad:
            model_media.acknowledge(sent(), [], SCHOOL, received(day), TODAY)
        assert bad.value.code == "received_on_invalid"


def test_an_unknown_dispatch_is_not_found() -> None:
    with pytest.raises(NotFound) as exc:
        model_media.sent_from([])
    assert exc.value.code == "dispatch_not_found"
