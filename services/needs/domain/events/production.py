"""Production records (form 3): media and innovations a school produced, and their evaluation."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.needs.domain.events.value import Value
from services.needs.domain.vocabulary import Category, GradeLevel, QualityLevel, Subject


class Author(Value):
    name: str
    position: str = ""


class Evidence(Value):
    """A document or file kept elsewhere, named by a reference and pinned by its SHA-256."""

    title: str
    reference: str
    sha256: str


class IndicatorScore(Value):
    indicator: str
    score: int  # 1 (ปรับปรุง) to 4 (ดีเยี่ยม)
    comment: str = ""


class ProductionFacts(DomainEvent):
    production_id: str
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int
    semester: int


class ProductionRegistered(ProductionFacts):
    type = "needs.ProductionRegistered"
    title: str
    kind: Category
    subject: Subject
    grade_levels: list[GradeLevel]
    authors: list[Author]
    description: str = ""
    evidence: list[Evidence]
    registered_on: date


class ProductionEvidenceAdded(ProductionFacts):
    type = "needs.ProductionEvidenceAdded"
    evidence: list[Evidence]


class ProductionWithdrawn(ProductionFacts):
    """The school takes its record back (registered in error, or twice): it stays in the
    history, shown as withdrawn, and no longer counts in reports."""

    type = "needs.ProductionWithdrawn"
    reason: str
    withdrawn_on: date


class ProductionEvaluated(ProductionFacts):
    """A supervisor's evaluation against the standard's indicators; a later one supersedes it."""

    type = "needs.ProductionEvaluated"
    kind: Category
    subject: Subject
    evaluation: int  # 1 for the first evaluation of this record, then 2, 3...
    standard: str
    scores: list[IndicatorScore]
    mean: float
    quality_level: QualityLevel
    comment: str = ""
    evaluated_on: date
