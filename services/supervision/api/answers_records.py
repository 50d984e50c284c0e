"""What the school-year and ESA-record queries answer: 4Q quality, SAR, honoured teachers;
rubrics, trainings, partners and their summary, dissemination, the ESA's SAR synthesis."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from services.supervision.api.answers import Answer
from services.supervision.api.answers_visits import Evidence, PlaceFacts


class Baseline(Answer):
    scores: dict[str, float]
    problems: list[str] = []
    needs: list[str] = []
    priorities: list[str] = []
    collected_on: date


class Agreement(Answer):
    targets: dict[str, float]
    signed_on: date
    school_director: str
    esa_director: str


class Honour(Answer):
    honour_id: str
    title_th: str
    awarded_on: date


class QualityRecord(PlaceFacts):
    year: int
    baseline: Baseline | None = None
    agreement: Agreement | None = None
    indicators: dict[str, dict[str, float]] | None = None
    dimension_scores: dict[str, float] | None = None
    overall: float | None = None
    targets_met: dict[str, bool] | None = None
    evaluated_on: date | None = None
    evaluation: int | None = None
    honours: list[Honour] = []


class SarStep(Answer):
    status: str
    revision: int
    at: datetime
    by: str
    reasons: list[str] = []


class SarRecord(PlaceFacts):
    year: int
    status: str = Field(description="received, returned or accepted")
    revision: int
    document: Evidence | None = None
    history: list[SarStep] = []


class TeacherHonour(Honour):
    teacher: str
    position: str = ""
    work_th: str
    subject_area: str = ""
    awarded_by: str = Field(description="The role that honoured: esa_director or driving_committee")
    evidence: list[Evidence] = []


class TeacherHonours(PlaceFacts):
    year: int
    honours: list[TeacherHonour]


class Indicator(Answer):
    indicator_id: str
    title_th: str


class Rubric(Answer):
    esa: str
    rubric_id: str
    title: str
    latest: int
    versions: dict[str, list[Indicator]] = Field(description="version -> its indicators")


class EsaRecord(Answer):
    esa: str
    province: str
    year: int
    recorded_at: datetime | None = None


class Participant(Answer):
    name: str
    position: str = ""
    school: str = ""


class Training(EsaRecord):
    training_id: str
    title: str
    held_on: date
    hours: float
    organiser: str
    policies: list[str]
    participants: list[Participant] = []
    participant_count: int = 0


class Partnership(EsaRecord):
    record_id: str
    partner: str
    sector: str
    activity: str
    schools: list[str] = []
    started_on: date
    outcome: str = ""


class Dissemination(EsaRecord):
    record_id: str
    title: str
    channel: str
    published_on: date
    audience: str = ""
    reach: int = 0
    evidence: list[Evidence] = []


class SarSynthesis(EsaRecord):
    summary_th: str
    strengths: list[str] = []
    improvements: list[str] = []
    schools_accepted: list[str]
    document: Evidence | None = None


class PartnershipSummary(EsaRecord):
    revision: int
    summary_th: str
    achievements: list[str] = []
    next_steps: list[str] = []
    reported_to: str
    reported_on: date
    document: Evidence | None = None
    partnerships: list[str]
    by_sector: dict[str, int]
    schools: list[str]
