"""What reporting answers, as the OpenAPI declares it: the parts every answer shares (the
office it is about, the breakdown rows), and the enumerations (levels, quality levels, kinds)
that clients may rely on. The answers of each domain are in answers_<domain>.py.

Answer models accept keys they do not name (a domain may add a figure before its model
does), and routes leave out the keys an answer does not have at its level (an ESA's answer
has no per-ESA breakdown).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

Cell = str | int | float | bool | None  # a value in a table row keyed by its Thai heading


class Answer(BaseModel):
    model_config = ConfigDict(extra="allow")


class Level(StrEnum):
    """The office an answer is about."""

    SCHOOL = "school"
    ESA = "esa"
    PROVINCE = "province"
    NATION = "nation"


class QualityLevel(StrEnum):
    """The four levels of the manual's rubrics (ดีเยี่ยม, ดี, พอใช้, ปรับปรุง)."""

    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    IMPROVE = "improve"


class Head(Answer):
    """Which office, year and semester an answer is about."""

    level: Level
    code: str | None = None  # the ESA's or province's code, "th" for the nation
    year: int
    semester: int | None = None


class Unit(Answer):
    """A breakdown row's office: an ESA of a province, or a province of the nation."""

    esa: str | None = None
    province: str | None = None


class Table(Answer):
    """A table of a section: rows keyed by their Thai column headings."""

    title_th: str
    rows: list[dict[str, Cell]]
