"""Request bodies of the curriculum API: every string and list bounded, unknown fields refused."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.curriculum.domain.reference import PARTNER_GROUPS

SCHOOL_CODE = r"^[0-9]{10}$"
CASE_ID = r"^[0-9]{10}-[0-9]{4}$"
ESA_CODE = r"^[a-z]{2,30}-[0-9]{1,3}$"
MEETING_ID = r"^[0-9a-f-]{36}$"
CONTENT_HASH = r"^sha256:[0-9a-f]{64}$"

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
CurriculumType = Literal[2, 3]
AcademicYear = Annotated[int, Field(ge=2560, le=2600, description="Academic year (B.E.)")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenCaseRequest(Strict):
    school: str = Field(pattern=SCHOOL_CODE, description="OBEC school code")
    academic_year: AcademicYear
    curriculum_type: CurriculumType
    title: str = Field(min_length=1, max_length=300)


class DocumentVersionRequest(Strict):
    reference: str = Field(min_length=1, max_length=500, description="Where the file is kept")
    content_hash: str = Field(pattern=CONTENT_HASH, description="sha256:<64 lower-case hex>")
    note: str = Field(default="", max_length=1000)


class BaseAnalysisRequest(Strict):
    summary: str = Field(min_length=1, max_length=5000)
    strengths: list[Line] = Field(default_factory=list, max_length=30)
    development_needs: list[Line] = Field(default_factory=list, max_length=30)


class TypeRequest(Strict):
    curriculum_type: CurriculumType


class BoardApprovalRequest(Strict):
    approved_on: date
    resolution: str = Field(min_length=1, max_length=1000)


class PublicHearingRequest(Strict):
    held_on: date
    participants: dict[str, Annotated[int, Field(ge=0, le=100_000)]] = Field(
        description="Participants per partner group: " + ", ".join(PARTNER_GROUPS)
    )

    @model_validator(mode="after")
    def _known_groups(self) -> PublicHearingRequest:
        unknown = sorted(set(self.participants) - set(PARTNER_GROUPS))
        if unknown:
            raise ValueError(f"unknown partner groups {unknown}; known: {list(PARTNER_GROUPS)}")
        return self


class WithdrawRequest(Strict):
    reason: Reason


class DecisionBody(Strict):
    outcome: str
    reason: Reason
    required_changes: list[Line] = Field(default_factory=list, max_length=50)
    meeting_id: str | None = Field(default=None, pattern=MEETING_ID)
    document_version: int | None = Field(default=None, ge=1, le=10_000)

    @model_validator(mode="after")
    def _send_back_lists_changes(self) -> DecisionBody:
        if self.outcome == "send_back" and not self.required_changes:
            raise ValueError("required_changes must list at least one change for a send-back")
        return self


class ScreeningRequest(DecisionBody):
    outcome: Literal["pass", "send_back"]


class ProvincialDecisionRequest(DecisionBody):
    outcome: Literal["approve", "reject", "forward", "send_back"]


class NationalDecisionRequest(DecisionBody):
    outcome: Literal["approve", "reject", "send_back"]


class ReversalRequest(Strict):
    committee: Literal["academic_subcommittee", "driving_committee", "policy_committee"]
    decision_no: int = Field(ge=1, le=10_000)
    reason: Reason
    meeting_id: str | None = Field(default=None, pattern=MEETING_ID)


class MeetingDetails(Strict):
    meets_on: date
    title: str = Field(min_length=1, max_length=300)
    number: str = Field(default="", max_length=40)
    location: str = Field(default="", max_length=300)


class ProvincialMeetingRequest(MeetingDetails):
    committee: Literal["academic_subcommittee", "driving_committee"]


class AgendaItemRequest(Strict):
    esa: str = Field(pattern=ESA_CODE)
    case_id: str = Field(pattern=CASE_ID)


class AssessmentRequest(Strict):
    learners: int = Field(ge=0, le=100_000, description="Learners assessed this semester")
    levels: dict[str, dict[str, Annotated[int, Field(ge=0, le=100_000)]]] = Field(
        description="Competency code -> level code -> number of learners"
    )

    @model_validator(mode="after")
    def _size(self) -> AssessmentRequest:
        if len(self.levels) > 20 or any(len(c) > 10 for c in self.levels.values()):
            raise ValueError("at most 20 competencies of at most 10 levels each")
        return self
