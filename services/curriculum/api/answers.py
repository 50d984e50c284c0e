"""What the case routes answer: a step's result, the whole case (now or as of a moment), a row
of a list, a timeline entry. Dates and times are ISO 8601; Thai labels come first."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from services.curriculum.domain.events.cases import DecisionFacts
from services.curriculum.domain.reference import Committee, PartnerGroup, Stage


class CaseStep(BaseModel):
    """What a command on a case answers: the case's identity and where it stands now (the
    stream version is in the ETag header)."""

    case_id: str
    stage: Stage
    stage_th: str
    curriculum_type: int
    document_version: int | None = None
    decision_no: int | None = None


class DocumentVersion(BaseModel):
    version: int
    reference: str
    content_hash: str
    note: str = ""


class BaseAnalysis(BaseModel):
    summary: str
    strengths: list[str]
    development_needs: list[str]


class BoardApproval(BaseModel):
    approved_on: date
    resolution: str
    document_version: int


class HearingGroup(BaseModel):
    group: PartnerGroup
    label_th: str
    count: int


class Hearing(BaseModel):
    held_on: date
    total: int
    document_version: int
    participants: list[HearingGroup]


class Missing(BaseModel):
    item: str
    label_th: str
    label_en: str


class Submitted(BaseModel):
    submission_no: int
    document_version: int
    content_hash: str
    submitted_by: str
    submitted_at: datetime


class Decision(DecisionFacts):
    """A committee decision as a case shows it: what the event records, the committee's Thai
    name, and whether it was reversed since."""

    model_config = ConfigDict(frozen=False, extra="ignore")
    committee: Committee
    committee_th: str
    previous_stage: Stage
    stage: Stage
    curriculum_type: int
    reversed: bool = False
    required_changes: list[str] | None = None
    approved_by: str | None = None
    reverses_decision_no: int | None = None
    reversed_outcome: str | None = None


class Withdrawal(BaseModel):
    reason: str
    withdrawn_by: str
    withdrawn_at: datetime


class SchoolRecord(BaseModel):
    """Whose record it is: the school, its cluster, ESA and province, and the academic year."""

    school: str
    school_name: str
    cluster: str
    esa: str
    province: str
    academic_year: int


class Case(SchoolRecord):
    """A case as it stands (or stood at `as_of`), with what is still missing to submit it."""

    case_id: str
    title: str
    curriculum_type: int
    stage: Stage
    stage_th: str
    stage_en: str
    with_committee: Committee | None
    documents: list[DocumentVersion]
    base_analysis: BaseAnalysis | None
    school_board_approval: BoardApproval | None
    public_hearing: Hearing | None
    missing_for_submission: list[Missing]
    submissions: int
    submitted: Submitted | None
    decisions: list[Decision]
    sent_back: Decision | None
    withdrawal: Withdrawal | None
    version: int
    updated_at: datetime
    as_of: datetime | None


class LastDecision(BaseModel):
    decision_no: int
    committee: Committee
    outcome: str
    decided_at: datetime


class CaseRow(BaseModel):
    """A case in a list (an ESA's cases, a committee's worklist)."""

    case_id: str
    school: str
    school_name: str = ""
    cluster: str = ""
    esa: str
    province: str
    year: str
    curriculum_type: int
    title: str = ""
    stage: Stage
    stage_since: datetime
    opened_at: datetime | None = None
    updated_at: datetime
    submissions: int = 0
    document_version: int = 0
    last_decision: LastDecision | None = None


class TimelineEntry(BaseModel):
    """One event of a case: what happened, who, in which role, when."""

    version: int
    type: str
    time: datetime
    actor: str
    role: str
    data: dict[str, Any]


class AssessmentReported(BaseModel):
    """The report as recorded: the school, the semester, its revision and learners."""

    school: str
    academic_year: int
    semester: int
    revision: int
    learners: int


class AssessmentReport(AssessmentReported):
    """A school's latest report of a semester: learners per level of each competency."""

    cluster: str
    esa: str
    province: str
    levels: dict[str, dict[str, int]]
    reported_at: datetime
    reported_by: str
