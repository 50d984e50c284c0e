"""What the provincial coaching team's routes and a pilot school's legal records answer."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from services.curriculum.domain.legal_bases import LegalBasis
from services.curriculum.domain.teaching_terms import TeamRole


class SchoolRef(BaseModel):
    school: str
    school_name: str
    cluster: str
    esa: str


class Coach(BaseModel):
    team_id: str
    coach_no: int
    name: str
    position: str
    organisation: str
    team_role: TeamRole
    team_role_th: str
    person: str = ""
    active: bool
    released_reason: str | None = None
    schools: list[SchoolRef]


class CoachingTeam(BaseModel):
    """The province's coaching team of an academic year: the order, its members, the schools."""

    team_id: str
    province: str
    academic_year: int
    order_no: str
    appointed_on: date
    title: str
    appointed_by: str
    appointer_name: str
    coaches: list[Coach]
    schools_coached: int


class SandboxEntryRecorded(BaseModel):
    school: str
    academic_year: int
    entry_no: int


class SandboxEntry(BaseModel):
    """One entry; the fields after `basis_th` depend on the basis (donor and value for a
    donation, amount for the subsidy or materials, learners for a credit transfer)."""

    entry_no: int
    type: str
    basis: LegalBasis
    basis_th: str
    occurred_on: date
    recorded_by: str
    donor: str | None = None
    kind: str | None = None
    value_baht: int | None = None
    purpose: str | None = None
    amount_baht: int | None = None
    project: str | None = None
    items: str | None = None
    direction: str | None = None
    learners: int | None = None
    grade: str | None = None
    other_school: str | None = None
    note: str | None = None


class SandboxTotals(BaseModel):
    donations_baht: int
    innovation_subsidy_baht: int
    learning_materials_baht: int
    credit_transfers_in: int
    credit_transfers_out: int


class SandboxRegister(BaseModel):
    """A pilot school's records under the sandbox laws for an academic year, with totals."""

    school: str
    academic_year: int
    entries: list[SandboxEntry]
    totals: SandboxTotals
