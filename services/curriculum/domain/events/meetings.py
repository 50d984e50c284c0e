"""The events of a committee meeting's stream (`meeting-<id>`). A provincial committee's
meeting belongs to its province (tenant = province code); a national policy committee meeting
to the nation (tenant "th")."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent


class CommitteeMeetingScheduled(DomainEvent):
    """A committee scheduled a meeting (its day, title, number and place)."""

    type = "curriculum.CommitteeMeetingScheduled"
    meeting_id: str
    committee: str
    province: str  # the province code, or "th" for a national meeting
    academic_year: int  # B.E., of the meeting day
    meets_on: date
    title: str
    number: str = ""  # the committee's own numbering, e.g. "3/2569"
    location: str = ""


class CaseAddedToAgenda(DomainEvent):
    """A case awaiting the committee was put on the meeting's agenda (ระเบียบวาระ)."""

    type = "curriculum.CaseAddedToAgenda"
    meeting_id: str
    committee: str
    province: str  # the meeting's province, or "th"
    item_no: int
    case_id: str
    school: str
    esa: str
    case_province: str
    academic_year: int  # the case's academic year
    curriculum_type: int
    document_version: int


MEETING_EVENTS: list[type[DomainEvent]] = [CommitteeMeetingScheduled, CaseAddedToAgenda]
