"""Responses: only target schools, only while open, revisions, returns and corrections."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kit.errors import Conflict, InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import campaigns, responses
from services.needs.domain import events as ev
from services.needs.domain.campaigns import Campaign
from services.needs.domain.commands.surveys import ReturnResponse, SubmitResponse
from tests.unit.needs.builders import (
    OUTSIDER,
    SCHOOL,
    TODAY,
    campaign,
    choice,
    opened,
    published,
    standard_answers,
    template,
)

CLOSES = date(2026, 6, 30)


def submit(
    history: list[DomainEvent] | None = None,
    on: date = TODAY,
    the_campaign: Campaign | None = None,
    answers: dict[str, Any] | None = None,
    version: int | None = None,
    the_template: Any = None,
) -> list[DomainEvent]:
    return responses.submit_response(
        the_campaign or campaign(),
        the_template or template(),
        history or [],
        SCHOOL,
        submission(answers if answers is not None else standard_answers(), version),
        on,
    )


def submission(answers: dict[str, Any], version: int | None = None) -> SubmitResponse:
    """The command as the edge would pass it (answers of any shape: the domain checks them)."""
    return SubmitResponse.model_construct(answers=answers, template_version=version)


def give_back(reason: str, by: date | None = None) -> ReturnResponse:
    return ReturnResponse(reason=reason, correct_by=by)


def test_a_target_school_submits_and_the_response_records_version_and_needs() -> None:
    [submitted] = submit()
    assert isinstance(submitted, ev.SurveyResponseSubmitted)
    assert (submitted.revision, submitted.template_version, submitted.correction) == (1, 1, False)
    assert (submitted.esa, submitted.province, submitted.academic_year, submitted.cluster) == (
        "loei-3",
        "loei",
        2569,
        "loei-3-nahaeo",
    )
    assert "math_media" in {n.item for n in submitted.needs}


def test_a_school_revises_until_the_closing_day_and_every_revision_is_kept() -> None:
    first = submit()
    second = submit(first, on=CLOSES)
    assert second[0].revision == 2  # type: ignore[attr-defined]


def test_a_school_outside_the_targets_is_refused() -> None:
    with pytest.raises(RuleViolation) as exc:
        responses.submit_response(
            campaign(), template(), [], OUTSIDER, submission(standard_answers()), TODAY
        )
    assert exc.value.code == "not_a_target_school"


def test_a_late_submission_is_refused_with_the_closing_day_in_thai() -> None:
    with pytest.raises(RuleViolation) as exc:
        submit(on=CLOSES + timedelta(days=1))
    assert exc.value.code == "campaign_closed"
    assert "30 มิถุนายน 2569" in exc.value.message_th and "2026-06-30" in exc.value.message_en


def test_nothing_is_accepted_before_the_campaign_opens() -> None:
    with pytest.raises(RuleViolation) as exc:
        submit(on=date(2026, 5, 19))
    assert exc.value.code == "campaign_not_open_yet"


def test_nothing_is_accepted_after_the_campaign_was_closed_early() -> None:
    closed = campaigns.close_campaign([opened()], TODAY)
    with pytest.raises(RuleViolation) as exc:
        submit(the_campaign=campaign(*closed), on=TODAY)
    assert exc.value.code == "campaign_closed"


def test_answers_that_do_not_fit_the_form_are_refused() -> None:
    with pytest.raises(InvalidInput):
        submit(answers=standard_answers(media_needed=None))


def test_a_form_showing_an_older_version_is_told_to_reload() -> None:
    adopted = ev.CampaignTemplateVersionAdopted(
        campaign_id="c1",
        esa="loei-3",
        province="loei",
        academic_year=2569,
        template_id="t1",
        from_version=1,
        to_version=2,
    )
    two = template(published(1), published(2, questions=[choice("media")]))
    with pytest.raises(Conflict) as exc:
        submit(
            the_campaign=campaign(adopted), the_template=two, answers={"media": "kits"}, version=1
        )
    assert exc.value.code == "template_version_outdated"
    [ok] = submit(
        the_campaign=campaign(adopted), the_template=two, answers={"media": "kits"}, version=2
    )
    assert ok.template_version == 2  # type: ignore[attr-defined]


def returned(
    history: list[DomainEvent], on: date = TODAY, by: date | None = None
) -> list[DomainEvent]:
    return responses.return_response(
        campaign(), history, SCHOOL, give_back("ระบุจำนวนเครื่องไม่ตรงกับข้อมูล", by), on
    )


def test_a_supervisor_returns_a_response_with_a_reason_and_a_day_to_correct_by() -> None:
    first = submit()
    [back] = returned(first)
    assert isinstance(back, ev.SurveyResponseReturned)
    assert back.revision == 1 and back.correct_by == CLOSES  # the closing day is later than a week
    [late] = returned(first, on=date(2026, 6, 28))
    assert late.correct_by == date(2026, 7, 5)  # type: ignore[attr-defined]


def test_a_correction_is_accepted_after_the_closing_day_until_its_day() -> None:
    first = submit()
    back = returned(first, on=date(2026, 6, 28))
    [corrected] = submit([*first, *back], on=date(2026, 7, 5))
    assert corrected.correction and corrected.revision == 2  # type: ignore[attr-defined]
    with pytest.raises(RuleViolation) as exc:
        submit([*first, *back], on=date(2026, 7, 6))
    assert exc.value.code == "correction_late"


def test_only_a_submitted_response_can_be_returned_and_only_once_before_its_correction() -> None:
    with pytest.raises(RuleViolation) as exc:
        returned([])
    assert exc.value.code == "no_response"
    first = submit()
    back = returned(first)
    with pytest.raises(RuleViolation) as exc:
        returned([*first, *back])
    assert exc.value.code == "already_returned"
    corrected = submit([*first, *back])
    assert returned([*first, *back, *corrected])[0].revision == 2  # type: ignore[attr-defined]


def test_a_return_needs_a_reason_and_a_correction_day_not_in_the_past() -> None:
    first = submit()
    with pytest.raises(InvalidInput) as exc:
        responses.return_response(campaign(), first, SCHOOL, give_back("   "), TODAY)
    assert exc.value.code == "reason_required"
    with pytest.raises(InvalidInput) as exc:
        returned(first, by=TODAY - timedelta(days=1))
    assert exc.value.code == "correct_by_in_the_past"


def test_a_response_of_a_closed_campaign_is_not_returned() -> None:
    first = submit()
    closed = campaigns.close_campaign([opened()], TODAY)
    with pytest.raises(RuleViolation) as exc:
        responses.return_response(campaign(*closed), first, SCHOOL, give_back("แก้ไข"), TODAY)
    assert exc.value.code == "campaign_closed"
