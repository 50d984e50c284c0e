"""Committee meetings and their agendas, and the check that a decision taken "at a meeting"
really was: the meeting is that committee's, it has been held, and the case is on its agenda.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Case, case_not_found
from services.curriculum.domain.events import meetings as mev
from services.curriculum.domain.records import first_of_its_stream, found
from services.curriculum.domain.reference import COMMITTEE_LABELS, COMMITTEE_STAGE, Committee


def meeting_stream(meeting_id: str) -> str:
    return f"meeting-{meeting_id}"


@dataclass(frozen=True)
class Meeting:
    scheduled: mev.CommitteeMeetingScheduled
    agenda: tuple[str, ...]  # case ids, in agenda order

    @property
    def committee(self) -> Committee:
        return Committee(self.scheduled.committee)


def meeting_from(history: list[DomainEvent], meeting_id: str = "") -> Meeting:
    first = next((e for e in history if isinstance(e, mev.CommitteeMeetingScheduled)), None)
    scheduled = found(
        first, "การประชุม", "committee meeting", "meeting_not_found", meeting_id=meeting_id
    )
    agenda = tuple(e.case_id for e in history if isinstance(e, mev.CaseAddedToAgenda))
    return Meeting(scheduled, agenda)


def schedule(
    history: list[DomainEvent], scheduled: mev.CommitteeMeetingScheduled
) -> list[DomainEvent]:
    first_of_its_stream(
        history,
        "มีการประชุมนี้แล้ว",
        "This meeting is already scheduled.",
        "meeting_exists",
        meeting_id=scheduled.meeting_id,
    )
    return [scheduled]


def add_to_agenda(history: list[DomainEvent], case: Case) -> list[DomainEvent]:
    meeting = meeting_from(history)
    s = meeting.scheduled
    if meeting.committee is not Committee.POLICY_COMMITTEE and case.opened.province != s.province:
        raise case_not_found(case.case_id)
    if case.stage is not COMMITTEE_STAGE[meeting.committee]:
        th, en = COMMITTEE_LABELS[meeting.committee]
        raise RuleViolation(
            f"คำขอนี้ไม่ได้อยู่ระหว่างการพิจารณาของ{th}",
            f"This case is not awaiting the {en}.",
            code="case_not_with_this_committee",
            details={"stage": case.stage.value},
        )
    if case.case_id in meeting.agenda:
        return []
    o = case.opened
    return [
        mev.CaseAddedToAgenda(
            meeting_id=s.meeting_id,
            committee=s.committee,
            province=s.province,
            item_no=len(meeting.agenda) + 1,
            case_id=o.case_id,
            school=o.school,
            esa=o.esa,
            case_province=o.province,
            academic_year=o.academic_year,
            curriculum_type=case.curriculum_type,
            document_version=case.submitted.document_version if case.submitted else 0,
        )
    ]


def check_decided_at(meeting: Meeting, case_id: str, committee: Committee, today: date) -> None:
    """Refuse a decision that names a meeting where it could not have been taken."""
    if meeting.committee is not committee:
        raise RuleViolation(
            "การประชุมนี้เป็นของคณะกรรมการชุดอื่น",
            "That meeting belongs to another committee.",
            code="meeting_of_another_committee",
            details={"meeting_committee": meeting.committee.value, "committee": committee.value},
        )
    if meeting.scheduled.meets_on > today:
        raise RuleViolation(
            "การประชุมนี้ยังไม่ถึงวันประชุม",
            "That meeting has not been held yet.",
            code="meeting_not_held_yet",
            details={"meets_on": meeting.scheduled.meets_on.isoformat()},
        )
    if case_id not in meeting.agenda:
        raise RuleViolation(
            "คำขอนี้ไม่อยู่ในระเบียบวาระของการประชุมนี้",
            "The case is not on that meeting's agenda.",
            code="case_not_on_agenda",
            details={"case_id": case_id, "meeting_id": meeting.scheduled.meeting_id},
        )
