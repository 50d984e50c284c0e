"""Values that several supervision events carry (evidence, action items, schools...)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Part):
    """A document or photo kept elsewhere, named by its SHA-256 content hash."""

    title: str
    sha256: str
    uri: str = ""


class ActionItem(Part):
    item_id: str
    description: str
    owner: str  # who at the school carries it out (a name or a position)
    due_on: date


class SchoolRef(Part):
    school: str
    cluster: str


class Indicator(Part):
    indicator_id: str
    title_th: str


class Member(Part):
    """A member of an appointed committee or team, as the order lists them."""

    name: str
    position: str = ""
    role: str = "member"  # chair, vice_chair, member, secretary
    sector: str = "esa"
    person: str | None = None  # their person id, when they record the committee's work here


class ProvinceSchool(Part):
    school: str
    esa: str
    cluster: str


class Participant(Part):
    name: str
    position: str = ""
    school: str = ""  # OBEC code when the participant works at a school
