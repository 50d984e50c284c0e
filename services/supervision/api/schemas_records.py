"""Request bodies for a school's year (4Q quality, SAR) and the ESA's records."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from services.supervision.api.schemas import (
    Code,
    EvidenceIn,
    Line,
    Policies,
    SchoolCode,
    Strict,
    Text,
    known,
)
from services.supervision.domain.terms import DISSEMINATION_CHANNELS, PARTNER_SECTORS

Score = Annotated[float, Field(ge=0, le=100)]
Year = Annotated[int, Field(ge=2560, le=2600, description="Academic year (B.E.)")]
Reasons = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=1000)]], Field(max_length=30)
]


class AgreementRequest(Strict):
    targets: dict[Code, Score] = Field(
        description="Target score (0-100) per 4Q dimension", max_length=5
    )
    signed_on: date
    school_director: Line
    esa_director: Line


class EvaluationRequest(Strict):
    indicators: dict[Code, Annotated[dict[Code, Score], Field(max_length=50)]] = Field(
        max_length=5, description="Indicator scores (0-100) per dimension"
    )
    evaluated_on: date


class HonourRequest(Strict):
    title_th: Line
    awarded_on: date


class SubmitSarRequest(Strict):
    document: EvidenceIn


class ReviewSarRequest(Strict):
    decision: Annotated[str, known({"accept": 1, "return": 1})]
    reasons: Reasons = Field(default_factory=list)


class SynthesisRequest(Strict):
    summary_th: Text
    strengths: Reasons = Field(default_factory=list)
    improvements: Reasons = Field(default_factory=list)
    document: EvidenceIn | None = None


class IndicatorIn(Strict):
    indicator_id: Code
    title_th: Line


class RubricRequest(Strict):
    title: Line
    indicators: list[IndicatorIn] = Field(min_length=1, max_length=60)


class ParticipantIn(Strict):
    name: Line
    position: Annotated[str, Field(max_length=200)] = ""
    school: Annotated[str, Field(pattern=r"^([0-9]{10})?$")] = ""


Participants = Annotated[list[ParticipantIn], Field(max_length=2000)]


class TrainingRequest(Strict):
    academic_year: Year
    title: Line
    held_on: date
    hours: float = Field(gt=0, le=1000)
    organiser: Line
    policies: Policies
    participants: Participants = Field(default_factory=list)


class ParticipantsRequest(Strict):
    participants: Annotated[list[ParticipantIn], Field(min_length=1, max_length=2000)]


class PartnershipRequest(Strict):
    academic_year: Year
    partner: Line
    sector: Annotated[str, known(PARTNER_SECTORS)]
    activity: Text
    schools: list[SchoolCode] = Field(default_factory=list, max_length=500)
    started_on: date
    outcome: Text = ""


class DisseminationRequest(Strict):
    academic_year: Year
    title: Line
    channel: Annotated[str, known(DISSEMINATION_CHANNELS)]
    published_on: date
    audience: Annotated[str, Field(max_length=300)] = ""
    reach: int = Field(default=0, ge=0, le=100_000_000)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=50)
