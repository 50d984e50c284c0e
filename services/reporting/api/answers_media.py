"""Answers of the needs reports on media production (form 3) and the media service (forms 4
and 6)."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Head, QualityLevel, Unit
from services.reporting.api.answers_needs import Category


class ServiceKind(StrEnum):
    MEDIA = "media"
    EQUIPMENT_LOAN = "equipment_loan"
    TRAINING = "training"
    ADVICE = "advice"


class LevelCount(Answer):
    level: QualityLevel
    level_th: str
    count: int


class KindCount(Answer):
    kind: Category
    kind_th: str
    count: int


class SubjectCount(Answer):
    subject: str
    subject_th: str
    count: int


class ProductionFigures(Answer):
    registered: int
    evaluated: int
    not_evaluated: int
    by_level: list[LevelCount]
    by_kind: list[KindCount]
    by_subject: list[SubjectCount]


class ProductionRow(ProductionFigures, Unit):
    pass


class Production(ProductionFigures, Head):
    esas: list[ProductionRow] | None = None
    provinces: list[ProductionRow] | None = None


class ServiceCounts(Answer):
    requests: int
    open: int
    overdue: int
    fulfilled: int
    declined: int


class KindService(ServiceCounts):
    kind: ServiceKind
    kind_th: str


class ServiceFigures(ServiceCounts):
    ratings: int
    satisfaction_sum: int
    satisfaction_mean: float | None
    rating_distribution: dict[str, int]
    mean_days_to_fulfil: float | None
    improvements: int
    by_kind: list[KindService]


class ServiceRow(ServiceFigures, Unit):
    pass


class Service(ServiceFigures, Head):
    on: str  # the day overdue requests are counted at (ISO)
    esas: list[ServiceRow] | None = None
    provinces: list[ServiceRow] | None = None
