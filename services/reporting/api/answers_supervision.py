"""Answers of the supervision reports: the section (headline figures), and the views of
coverage, follow-ups, observations, 4Q quality and SAR."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Cell, Head, Level, QualityLevel, Unit


class SupervisionView(StrEnum):
    COVERAGE = "coverage"
    FOLLOW_UPS = "follow-ups"
    OBSERVATIONS = "observations"
    QUALITY = "quality"
    SAR = "sar"


class ViewHead(Answer):
    """A supervision view's office: `esa`, `province` or `nation` names it."""

    level: Level
    esa: str | None = None
    province: str | None = None
    nation: str | None = None
    view: SupervisionView
    year: int
    semester: int | None = None
    as_of: str  # the day "in the last 30 days" and overdue are counted at (ISO)


class CoverageFigures(Answer):
    schools: int
    visited: int
    not_visited: int
    coverage_rate: float
    not_visited_in_30_days: int
    visits: int
    visits_by_mode: dict[str, int]


class CoverageRow(CoverageFigures, Unit):
    pass


class Coverage(CoverageFigures, ViewHead):
    schools_not_visited: list[str]
    schools_not_visited_in_30_days: list[str]
    esas: list[CoverageRow] | None = None
    provinces: list[CoverageRow] | None = None


class OverdueItem(Answer):
    school: str
    visit_id: str
    item_id: str
    due_on: str | None


class FollowUpFigures(Answer):
    action_items: int
    done: int
    open: int
    overdue: int
    overdue_rate: float


class FollowUpRow(FollowUpFigures, Unit):
    pass


class FollowUps(FollowUpFigures, ViewHead):
    overdue_items: list[OverdueItem]
    esas: list[FollowUpRow] | None = None
    provinces: list[FollowUpRow] | None = None


class LevelShare(Answer):
    level: QualityLevel
    level_th: str
    count: int
    share: float


class IndicatorLevels(Answer):
    indicator: str  # rubric@version/indicator
    levels: list[LevelShare]


class ObservationRow(Unit):
    observations: int


class Observations(ViewHead):
    observations: int
    levels: list[LevelShare]
    by_indicator: list[IndicatorLevels]
    esas: list[ObservationRow] | None = None
    provinces: list[ObservationRow] | None = None


class RankedSchool(Answer):
    rank: int
    school: str
    esa: str
    overall: float
    dimension_scores: dict[str, float]
    targets_met: int
    honours: list[str]


class QualityFigures(Answer):
    agreements: int
    evaluated: int
    mean_overall: float
    honoured: int


class QualityRow(QualityFigures, Unit):
    pass


class Quality(QualityFigures, ViewHead):
    ranking: list[RankedSchool]
    esas: list[QualityRow] | None = None
    provinces: list[QualityRow] | None = None


class SarFigures(Answer):
    schools: int
    received: int
    awaiting_review: int
    returned: int
    accepted: int
    missing: int
    completeness: float
    syntheses: int


class SarRow(SarFigures, Unit):
    pass


class Sar(SarFigures, ViewHead):
    schools_missing: list[str]
    esas: list[SarRow] | None = None
    provinces: list[SarRow] | None = None


class SupervisionSection(Head):
    """Headline figures (`figures`: "<view>.<figure>"), the same as Thai rows, the breakdown
    per ESA or province, observation levels and the 4Q ranking's first ten."""

    title_th: str
    figures: dict[str, float | int]
    rows: list[dict[str, Cell]]
    breakdown: list[dict[str, Cell]]
    levels: list[LevelShare]
    ranking: list[RankedSchool]
