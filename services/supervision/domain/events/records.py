"""ESA records: rubrics, training events (personnel development), partners (form 7),
dissemination (form 8) and the ESA's SAR synthesis."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.supervision.domain.events.parts import Evidence, Indicator, Participant


class EsaRecord(DomainEvent):
    esa: str
    province: str


class RubricVersionPublished(EsaRecord):
    type = "supervision.RubricVersionPublished"
    rubric_id: str
    version: int
    title: str
    indicators: list[Indicator]


class TrainingHeld(EsaRecord):
    type = "supervision.TrainingHeld"
    training_id: str
    academic_year: int
    title: str
    held_on: date
    hours: float
    organiser: str
    policies: list[str]
    participants: list[Participant]


class TrainingParticipantsAdded(EsaRecord):
    type = "supervision.TrainingParticipantsAdded"
    training_id: str
    academic_year: int
    participants: list[Participant]


class PartnerCooperationRecorded(EsaRecord):
    type = "supervision.PartnerCooperationRecorded"
    record_id: str
    academic_year: int
    partner: str
    sector: str
    activity: str
    schools: list[str]
    started_on: date
    outcome: str = ""


class PartnershipSummaryReported(EsaRecord):
    """สรุปและรายงานผลการประสานความร่วมมือกับหน่วยงานอื่น: the year's cooperations as they
    stood when reported (a later report supersedes)."""

    type = "supervision.PartnershipSummaryReported"
    academic_year: int
    revision: int
    summary_th: str
    achievements: list[str]
    next_steps: list[str]
    reported_to: str
    reported_on: date
    document: Evidence | None = None
    partnerships: list[str]  # record ids of the year's cooperations
    by_sector: dict[str, int]
    schools: list[str]  # schools the cooperations reached


class DisseminationRecorded(EsaRecord):
    type = "supervision.DisseminationRecorded"
    record_id: str
    academic_year: int
    title: str
    channel: str
    published_on: date
    audience: str = ""
    reach: int = 0
    evidence: list[Evidence]


class SarSynthesisRecorded(EsaRecord):
    type = "supervision.SarSynthesisRecorded"
    academic_year: int
    summary_th: str
    strengths: list[str]
    improvements: list[str]
    schools_accepted: list[str]
    document: Evidence | None = None


RECORD_EVENTS: list[type[DomainEvent]] = [
    RubricVersionPublished,
    TrainingHeld,
    TrainingParticipantsAdded,
    PartnerCooperationRecorded,
    PartnershipSummaryReported,
    DisseminationRecorded,
    SarSynthesisRecorded,
]
