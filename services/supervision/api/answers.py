"""What the supervision commands answer: the resource or its identity and what the caller needs
next, typed so the OpenAPI is a client's contract. The stream's version is in `ETag`, never in
a body; a created resource's address is in `Location`."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.supervision.domain.vocabulary import Dimension, RubricLevel


class Answer(BaseModel):
    """Answers carry what they declare (the facts a command describes may hold more)."""


class SchoolsAssignedAnswer(Answer):
    supervisor: str
    assigned: list[str] = Field(description="Schools newly assigned to the supervisor")
    reassigned: list[str] = Field(description="Schools taken over from another supervisor")


class VisitPlannedAnswer(Answer):
    planned_visit_id: str
    school: str
    planned_on: date
    supervisor: str


class VisitAnswer(Answer):
    visit_id: str
    school: str
    academic_year: int
    semester: int
    revision: int = Field(description="The record's revision (edit from it: base_revision)")


class ObservationAnswer(Answer):
    visit_id: str
    observation_id: str
    rubric_id: str
    rubric_version: int
    overall_level: RubricLevel


class SchoolAnswerAnswer(Answer):
    visit_id: str
    revision: int
    status: str = Field(description="acknowledged or disputed")


class ItemVerifiedAnswer(Answer):
    visit_id: str
    item_id: str
    status: str = Field(description="open, overdue or done")
    overdue: bool


class SchoolYearAnswer(Answer):
    school: str
    academic_year: int


class BaselineAnswer(SchoolYearAnswer):
    scores: dict[Dimension, float]
    priorities: list[Dimension]
    revision: int


class AgreementAnswer(SchoolYearAnswer):
    targets: dict[Dimension, float]
    signed_on: date


class EvaluationAnswer(SchoolYearAnswer):
    dimension_scores: dict[Dimension, float]
    overall: float
    targets_met: dict[Dimension, bool]
    evaluation: int = Field(description="1, then 2... when evaluated again")


class HonourAnswer(SchoolYearAnswer):
    honour_id: str
    title_th: str


class TeacherHonourAnswer(HonourAnswer):
    teacher: str


class SarAnswer(SchoolYearAnswer):
    status: str = Field(description="received, returned or accepted")
    revision: int = Field(description="The report's revision (1, then 2 after a return...)")


class RubricAnswer(Answer):
    rubric_id: str
    rubric_version: int = Field(description="The version now published")


class TrainingAnswer(Answer):
    training_id: str
    academic_year: int


class ParticipantsAnswer(Answer):
    training_id: str
    participant_count: int


class RecordAnswer(Answer):
    record_id: str
    academic_year: int


class EsaYearAnswer(Answer):
    esa: str
    academic_year: int


class SynthesisAnswer(EsaYearAnswer):
    schools_accepted: list[str] = Field(description="The accepted SARs the synthesis covers")


class PartnershipSummaryAnswer(EsaYearAnswer):
    revision: int
    partnerships: list[str] = Field(description="The cooperations (form 7) it summarises")
    by_sector: dict[str, int]
    schools: list[str]


class AppointedAnswer(EsaYearAnswer):
    order_no: str
    appointed_on: date


class CommitteeAppointedAnswer(AppointedAnswer):
    body: str = Field(description="ktpn (ก.ต.ป.น.) or aktpn (อ.ก.ต.ป.น.)")


class ProgressReportedAnswer(EsaYearAnswer):
    report_id: str
    round: int


class ExchangeAnswer(EsaYearAnswer):
    exchange_id: str
    held_on: date


class CarriedForwardAnswer(EsaYearAnswer):
    next_year: int
    revision: int
    priorities: list[Dimension]
    focus_schools: list[str]


class ProvinceYearAnswer(Answer):
    province: str
    academic_year: int


class CycleAnswer(ProvinceYearAnswer):
    step: str = Field(
        description="briefed, guidelines_issued, committee_appointed, awaiting_approval, "
        "approved, returned or reported"
    )
    guidelines_version: int | None = None
    synthesis_revision: int | None = None


class SupervisionCommitteeAnswer(ProvinceYearAnswer):
    order_no: str
    schools: int = Field(description="How many schools the committee supports")
