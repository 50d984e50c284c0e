"""Request bodies of production records (form 3), media service requests and improvements."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from services.needs.api.schemas import ID, Strict
from services.needs.domain.vocabulary import Category, GradeLevel, ServiceKind, Subject

Note = Annotated[str, Field(default="", max_length=1000)]


class EvidenceIn(Strict):
    title: str = Field(min_length=1, max_length=200)
    reference: str = Field(
        min_length=1, max_length=500, description="Where the document lives: a URL or document id"
    )
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the content, hex")


class AuthorIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    position: str = Field(default="", max_length=200)


class RegisterProductionRequest(Strict):
    title: str = Field(min_length=1, max_length=300)
    kind: Category
    subject: Subject
    grade_levels: list[GradeLevel] = Field(min_length=1, max_length=15)
    authors: list[AuthorIn] = Field(min_length=1, max_length=20)
    description: str = Field(default="", max_length=2000)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=20)


class AddEvidenceRequest(Strict):
    evidence: list[EvidenceIn] = Field(min_length=1, max_length=20)


class ScoreIn(Strict):
    indicator: str = Field(min_length=1, max_length=40)
    score: int = Field(ge=1, le=4)
    comment: str = Field(default="", max_length=1000)


class EvaluateRequest(Strict):
    scores: list[ScoreIn] = Field(min_length=1, max_length=20)
    comment: str = Field(default="", max_length=2000)


class ItemIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    quantity: int = Field(default=1, ge=1, le=10_000)


class RequestServiceRequest(Strict):
    kind: ServiceKind
    subject: Subject = Subject.GENERAL
    details: str = Field(min_length=1, max_length=2000)
    items: list[ItemIn] = Field(default_factory=list, max_length=20)
    needed_by: date | None = None


class NoteRequest(Strict):
    note: Note = ""


class ScheduleRequest(Strict):
    scheduled_on: date
    note: Note = ""


class FulfilRequest(Strict):
    fulfilled_on: date | None = Field(default=None, description="Default: today")
    note: Note = ""


class ReasonRequest(Strict):
    """Declining a service request, withdrawing a production record: why, in a sentence."""

    reason: str = Field(min_length=1, max_length=1000)


class RateRequest(Strict):
    rating: int = Field(ge=1, le=5, description="1 (ไม่พึงพอใจ) to 5 (พึงพอใจมากที่สุด)")
    comment: Note = ""


class ImprovementRequest(Strict):
    academic_year: int | None = Field(default=None, ge=2560, le=2600)
    finding: str = Field(min_length=1, max_length=2000, description="What the evaluation found")
    action: str = Field(min_length=1, max_length=2000, description="What the ESA changed")
    request_ids: list[Annotated[str, Field(pattern=ID)]] = Field(
        default_factory=list, max_length=50
    )
