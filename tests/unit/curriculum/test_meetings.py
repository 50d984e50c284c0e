"""Committee meetings: agendas, and decisions taken at a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import NotFound, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain import meetings
from services.curriculum.domain.case import case_from
from services.curriculum.domain.events import meetings as mev
from tests.unit.curriculum.given import (
    DRIVING,
    POLICY,
    SUB,
    decide,
    forwarded,
    screened,
    submitted,
    then,
)


def scheduled(committee: str = "academic_subcommittee", **kw: object) -> list[DomainEvent]:
    fields: dict[str, object] = {
        "meeting_id": "0197a0e0-0000-7000-8000-000000000001",
        "committee": committee,
        "province": "th" if committee == "policy_committee" else "rayong",
        "academic_year": 2569,
        "meets_on": date(2026, 6, 30),
        "title": "ประชุมพิจารณาหลักสูตรสถานศึกษา ครั้งที่ 2/2569",
    }
    return [mev.CommitteeMeetingScheduled(**(fields | kw))]  # type: ignore[arg-type]


def with_case(meeting: list[DomainEvent], case: list[DomainEvent]) -> meetings.Meeting:
    return meetings.meeting_from(then(meeting, meetings.add_to_agenda(meeting, case_from(case))))


def test_a_case_awaiting_the_committee_goes_on_its_meeting_agenda() -> None:
    [item] = meetings.add_to_agenda(scheduled(), case_from(submitted()))
    assert isinstance(item, mev.CaseAddedToAgenda)
    assert (item.item_no, item.case_id, item.esa, item.document_version) == (
        1,
        "1021080101-2569",
        "rayong-2",
        1,
    )


def test_adding_a_case_twice_changes_nothing() -> None:
    h = scheduled()
    h = then(h, meetings.add_to_agenda(h, case_from(submitted())))
    assert meetings.add_to_agenda(h, case_from(submitted())) == []


def test_a_case_awaiting_another_committee_is_not_put_on_the_agenda() -> None:
    with pytest.raises(RuleViolation) as refused:
        meetings.add_to_agenda(scheduled("driving_committee"), case_from(submitted()))
    assert refused.value.code == "case_not_with_this_committee"


def test_a_case_of_another_province_is_not_put_on_a_provincial_agenda() -> None:
    loei_meeting = scheduled(province="loei")
    with pytest.raises(NotFound):
        meetings.add_to_agenda(loei_meeting, case_from(submitted()))


def test_the_national_agenda_takes_forwarded_cases_from_any_province() -> None:
    [item] = meetings.add_to_agenda(scheduled("policy_committee"), case_from(forwarded()))
    assert isinstance(item, mev.CaseAddedToAgenda)
    assert (item.province, item.case_province, item.curriculum_type) == ("th", "rayong", 3)


def test_a_decision_taken_at_a_meeting_names_it() -> None:
    meeting = with_case(scheduled(), submitted())
    h = decide(submitted(), SUB, "pass", meeting=meeting)
    assert h[-1].meeting_id == meeting.scheduled.meeting_id  # type: ignore[attr-defined]


def test_a_decision_at_a_meeting_needs_the_case_on_its_agenda() -> None:
    empty = meetings.meeting_from(scheduled())
    with pytest.raises(RuleViolation) as refused:
        decide(submitted(), SUB, "pass", meeting=empty)
    assert refused.value.code == "case_not_on_agenda"


def test_a_decision_at_another_committees_meeting_is_refused() -> None:
    subcommittee_meeting = with_case(scheduled(), submitted())
    with pytest.raises(RuleViolation) as refused:
        decide(screened(), DRIVING, "approve", meeting=subcommittee_meeting)
    assert refused.value.code == "meeting_of_another_committee"


def test_a_decision_at_a_meeting_not_yet_held_is_refused() -> None:
    later = with_case(scheduled(meets_on=date(2026, 7, 15)), submitted())
    with pytest.raises(RuleViolation) as refused:
        decide(submitted(), SUB, "pass", meeting=later)
    assert refused.value.code == "meeting_not_held_yet"


def test_the_policy_committee_decides_at_its_own_meeting() -> None:
    meeting = with_case(scheduled("policy_committee"), forwarded())
    h = decide(forwarded(), POLICY, "approve", meeting=meeting)
    assert h[-1].meeting_id == meeting.scheduled.meeting_id  # type: ignore[attr-defined]
