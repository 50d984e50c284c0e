"""What the committee meeting routes answer: a scheduled meeting or its agenda after a change,
and a meeting with its agenda and the decisions taken on each case at it."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from services.curriculum.domain.events.cases import DecisionFacts
from services.curriculum.domain.reference import Committee


class MeetingChanged(BaseModel):
    """A meeting after a command (scheduled, or a case put on its agenda)."""

    meeting_id: str
    committee: Committee
    meets_on: date
    agenda: list[str]  # case ids, in agenda order


class AgendaDecision(DecisionFacts):
    """A decision taken on an agenda item at the meeting (earlier records may lack the
    committee and the stages)."""

    model_config = ConfigDict(frozen=False, extra="ignore")
    committee: str | None = None  # type: ignore[assignment]
    previous_stage: str | None = None  # type: ignore[assignment]
    stage: str | None = None  # type: ignore[assignment]


class AgendaItem(BaseModel):
    item_no: int
    case_id: str
    school: str
    esa: str
    curriculum_type: int
    document_version: int
    decisions: list[AgendaDecision]


class Meeting(BaseModel):
    meeting_id: str
    committee: Committee
    province: str  # the province code, or "th" for the national committee
    year: str
    meets_on: date
    title: str
    number: str = ""
    location: str = ""
    agenda: list[AgendaItem]
