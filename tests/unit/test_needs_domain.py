"""needs rules as pure functions: given events, a command, the events it yields (or the refusal)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.needs.domain import events as ev
from services.needs.domain import model

OPENED = ev.CampaignOpened(
    campaign_id="c1",
    esa="loei-3",
    province="loei",
    academic_year=2569,
    title="สำรวจ",
    opens_on=date(2026, 11, 1),
    closes_on=date(2026, 11, 30),
    target_kind="list",
    target_schools=[ev.TargetSchool(school="1042060101", cluster="loei-3-nahaeo")],
)
DURING = datetime(2026, 11, 15, 3, 0, tzinfo=UTC)


def campaign(*more: ev.DomainEvent) -> model.Campaign:
    return model.campaign_from([OPENED, *more])


def test_a_target_school_answers_and_its_revisions_are_numbered() -> None:
    first = model.submit_response(campaign(), [], "1042060101", {"q": 1}, DURING)
    assert first[0].revision == 1 and first[0].cluster == "loei-3-nahaeo"  # type: ignore[attr-defined]
    second = model.submit_response(campaign(), first, "1042060101", {"q": 2}, DURING)
    assert second[0].revision == 2  # type: ignore[attr-defined]


def test_a_school_that_is_not_a_target_is_refused() -> None:
    with pytest.raises(RuleViolation, match="not a target"):
        model.submit_response(campaign(), [], "1042060102", {}, DURING)


def test_the_last_day_counts_in_thai_time_and_the_day_after_is_refused() -> None:
    last_evening = datetime(2026, 11, 30, 16, 59, tzinfo=UTC)  # 23:59 in Bangkok
    assert model.submit_response(campaign(), [], "1042060101", {}, last_evening)
    with pytest.raises(RuleViolation) as refused:
        model.submit_response(
            campaign(), [], "1042060101", {}, datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
        )
    assert refused.value.code == "campaign_closed" and "2569" in refused.value.message_th


def test_a_closed_campaign_refuses_answers_and_closing_twice_changes_nothing() -> None:
    closed = ev.CampaignClosed(
        campaign_id="c1",
        esa="loei-3",
        province="loei",
        academic_year=2569,
        closed_on=date(2026, 11, 10),
    )
    with pytest.raises(RuleViolation):
        model.submit_response(campaign(closed), [], "1042060101", {}, DURING)
    assert model.close_campaign([OPENED, closed], date(2026, 11, 11)) == []


def test_a_campaign_needs_targets_and_dates_in_order() -> None:
    with pytest.raises(RuleViolation):
        model.open_campaign([], OPENED.model_copy(update={"target_schools": []}))
    with pytest.raises(InvalidInput):
        model.open_campaign([], OPENED.model_copy(update={"closes_on": date(2026, 10, 1)}))
    assert model.open_campaign([], OPENED) == [OPENED]
