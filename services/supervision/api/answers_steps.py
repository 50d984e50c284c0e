"""What the queries of the manuals' later steps answer: an ESA's 4Q drive of a year, a
province's SAR cycle and its supervision committee."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from services.supervision.api.answers import Answer
from services.supervision.api.answers_visits import Evidence


class Member(Answer):
    name: str
    position: str = ""
    role: str = Field(description="chair, vice_chair, member or secretary")
    sector: str = "esa"
    person: str | None = None


class Appointed(Answer):
    order_no: str
    appointed_on: date
    members: list[Member]


class SchoolProgress(Answer):
    school: str
    cluster: str = ""
    statuses: dict[str, str] = Field(description="dimension -> on_track, behind or needs_help")
    note: str = ""


class ProgressReport(Answer):
    report_id: str
    round: int
    body: str
    reported_on: date
    schools: list[SchoolProgress]
    summary_th: str
    recommendations: list[str] = []


class LatestProgress(Answer):
    cluster: str = ""
    statuses: dict[str, str]
    round: int
    reported_on: date


class Practice(Answer):
    school: str
    cluster: str = ""
    title_th: str
    dimension: str


class Exchange(Answer):
    exchange_id: str
    title: str
    held_on: date
    mode: str
    practices: list[Practice]
    participants: int = 0
    evidence: list[Evidence] = []


class Carried(Answer):
    revision: int
    lessons_th: str
    priorities: list[str]
    focus_schools: list[str] = []
    actions: list[str] = []


class CarriedForward(Carried):
    next_year: int


class CarriedFrom(Carried):
    year: int = Field(description="The year whose results were carried into this one")


class QualityDrive(Answer):
    esa: str
    year: int
    team: Appointed | None = None
    committees: dict[str, Appointed] = Field(default={}, description="ktpn / aktpn -> order")
    reports: list[ProgressReport] = []
    latest: dict[str, LatestProgress] = Field(default={}, description="school -> its statuses")
    exchanges: list[Exchange] = []
    carried_forward: CarriedForward | None = None
    carried_from: CarriedFrom | None = None


class ProvinceSchool(Answer):
    school: str
    esa: str
    cluster: str = ""


class Briefing(Answer):
    briefing_id: str
    title: str
    held_on: date
    directors: int = 0
    teachers: int = 0
    schools: list[ProvinceSchool] = []
    document: Evidence | None = None


class Guidelines(Answer):
    version: int
    title: str
    issued_on: date
    due_on: date
    document: Evidence
    notes: str = ""
    at: datetime


class SynthesisCommittee(Appointed):
    at: datetime


class EsaSynthesis(Answer):
    esa: str
    schools_accepted: int


class ProvincialSynthesis(Answer):
    revision: int
    summary_th: str
    strengths: list[str] = []
    improvements: list[str] = []
    esas: list[EsaSynthesis]
    document: Evidence | None = None
    by: str
    at: datetime
    status: str = Field(description="awaiting_approval, approved or returned")


class Decision(Answer):
    revision: int
    decision: str = Field(description="approved or returned")
    at: datetime
    reasons: list[str] = []


class ProvincialReport(Answer):
    revision: int
    summary_th: str
    reported_to: str
    reported_on: date
    document: Evidence | None = None
    at: datetime


class SarCycle(Answer):
    province: str
    year: int
    step: str = Field(
        default="none",
        description="none, briefed, guidelines_issued, committee_appointed, "
        "awaiting_approval, approved, returned or reported",
    )
    briefings: list[Briefing] = []
    guidelines: Guidelines | None = None
    committee: SynthesisCommittee | None = None
    synthesis: ProvincialSynthesis | None = None
    decisions: list[Decision] = []
    report: ProvincialReport | None = None


class SupervisionCommittee(Answer):
    province: str
    year: int
    order_no: str | None = Field(default=None, description="None until one is appointed")
    appointed_on: date | None = None
    members: list[Member] = []
    focus_th: str = ""
    schools: list[ProvinceSchool] = []
