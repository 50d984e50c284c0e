"""Request bodies of the supervision API: plans and visits (schools' years and ESA records are
in schemas_records). Every string and list is bounded; unknown fields are refused."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from services.supervision.domain.terms import ITEM_OUTCOMES, LEVELS, MODES, POLICIES

SCHOOL_CODE = r"^[0-9]{10}$"
CODE = r"^[A-Za-z0-9_-]{1,64}$"  # ids chosen by clients (also keys of stored maps)

Text = Annotated[str, Field(max_length=4000)]
Line = Annotated[str, Field(min_length=1, max_length=300)]
SchoolCode = Annotated[str, Field(pattern=SCHOOL_CODE)]
Code = Annotated[str, Field(pattern=CODE)]


def known(words: dict[str, object]) -> AfterValidator:
    def check(value: str) -> str:
        if value not in words:
            raise ValueError(f"must be one of: {', '.join(words)}")
        return value

    return AfterValidator(check)


Mode = Annotated[str, known(MODES)]
Policy = Annotated[str, known(POLICIES)]
Level = Annotated[str, known(LEVELS)]
Outcome = Annotated[str, known(ITEM_OUTCOMES)]
Policies = Annotated[list[Policy], Field(min_length=1, max_length=12)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EvidenceIn(Strict):
    title: Line
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the content")]
    uri: Annotated[str, Field(max_length=1000)] = ""


class ActionItemIn(Strict):
    item_id: Code
    description: Annotated[str, Field(min_length=1, max_length=1000)]
    owner: Line
    due_on: date


class AssignSchoolsRequest(Strict):
    supervisor: Annotated[str, Field(min_length=1, max_length=120)] | None = Field(
        default=None, description="Person id; the caller when omitted"
    )
    supervisor_name: Annotated[str, Field(max_length=200)] = ""
    cluster: Annotated[str, Field(max_length=60)] | None = None
    schools: list[SchoolCode] = Field(default_factory=list, max_length=500)

    @model_validator(mode="after")
    def _some(self) -> AssignSchoolsRequest:
        if not self.cluster and not self.schools:
            raise ValueError("give a cluster or a list of schools")
        return self


class PlanVisitRequest(Strict):
    school: SchoolCode
    planned_on: date
    mode: Mode = "on_site"
    focus: Line
    policies: Policies


class RecordVisitRequest(Strict):
    visit_id: Annotated[str, Field(pattern=CODE)] | None = Field(
        default=None, description="Chosen by the device for a draft made offline (a retry is safe)"
    )
    school: SchoolCode
    mode: Mode
    occurred_at: datetime = Field(description="When the visit happened (with time zone)")
    drafted_at: datetime | None = None
    focus: Line
    policies: Policies
    project: Annotated[str, Field(max_length=300)] = ""
    findings: Text
    recommendations: Text
    action_items: list[ActionItemIn] = Field(default_factory=list, max_length=50)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=50)
    planned_visit_id: Annotated[str, Field(max_length=64)] | None = None
    follow_up_id: Annotated[str, Field(max_length=64)] | None = None

    @model_validator(mode="after")
    def _aware(self) -> RecordVisitRequest:
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at needs a time zone, e.g. 2026-06-10T09:00:00+07:00")
        return self


class ReviseVisitRequest(Strict):
    base_revision: int = Field(ge=1, le=10_000, description="The revision the edit was made from")
    mode: Mode | None = None
    focus: Line | None = None
    policies: Policies | None = None
    project: Annotated[str, Field(max_length=300)] | None = None
    findings: Text | None = None
    recommendations: Text | None = None
    evidence: list[EvidenceIn] | None = Field(default=None, max_length=50)
    add_action_items: list[ActionItemIn] = Field(default_factory=list, max_length=50)


class ObserveClassroomRequest(Strict):
    observation_id: Code
    rubric_id: Code
    rubric_version: int | None = Field(default=None, ge=1, le=1000)
    teacher: Line
    subject_area: Line
    grade_level: Annotated[str, Field(min_length=1, max_length=40)]
    scores: dict[Code, Level] = Field(min_length=1, max_length=60)
    notes: Text = ""


class AcknowledgeRequest(Strict):
    revision: int = Field(ge=1, le=10_000, description="The revision the school read")


class DisputeRequest(AcknowledgeRequest):
    comment: Annotated[str, Field(min_length=1, max_length=2000)]


class VerifyItemRequest(Strict):
    at_visit_id: Code
    outcome: Outcome
    note: Annotated[str, Field(max_length=2000)] = ""
