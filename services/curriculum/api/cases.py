"""Case routes: a school opens its case; the case now or exactly as it stood at any moment,
its timeline, and an ESA's list of cases (each reader sees the cases of the schools they
cover)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from kit.auth.place import Place
from kit.auth.principal import SCHOOL_ROLES
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import cases as rows
from services.curriculum.adapters.projections.schools import school_in_esa
from services.curriculum.api.answers import Case, CaseRow, CaseStep, TimelineEntry
from services.curriculum.api.deps import (
    EVERYONE,
    CaseId,
    CurriculumDep,
    Esa,
    YearFilter,
    acting_role,
    bangkok_time,
    covered,
    require_reader,
    school_place,
)
from services.curriculum.application import cases, reading
from services.curriculum.domain.case import school_of
from services.curriculum.domain.commands.cases import OpenCase
from services.curriculum.domain.reference import Stage

router = APIRouter(prefix="/v1/esas/{esa}/curriculum-cases", tags=["curriculum cases"])
AsOf = Annotated[
    datetime | None,
    Query(description="ISO time: the case exactly as it stood then (no zone = Thai time)"),
]


@router.post("", status_code=201, response_model=CaseStep)
async def open_case(esa: Esa, command: OpenCase, call: Call, c: CurriculumDep) -> CaseStep:
    """Open the school's curriculum case for an academic year (a sandbox pilot school)."""
    place = await school_place(c, esa, command.school)
    role = acting_role(call.principal, place, SCHOOL_ROLES)
    school = await school_in_esa(c.views, esa, command.school)
    meta = call.meta(role, command, esa=esa)
    outcome = await cases.open_new_case(c.commands, meta, school, command)
    location = f"/v1/esas/{esa}/curriculum-cases/{outcome.answer['case_id']}"
    return call.answer(outcome, CaseStep, location=location)


@router.get("", response_model=list[CaseRow])
async def list_cases(
    esa: Esa,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    year: YearFilter = None,
    stage: Stage | None = None,
) -> list[CaseRow]:
    """An ESA's cases (a school sees its own, a cluster's supervisor the cluster's)."""
    require_reader(principal, Place.of_esa(esa), EVERYONE)
    found = covered(principal, esa, await rows.cases(c.views, {"esa": esa}, year, stage))
    return [CaseRow.model_validate(r) for r in sorted(found, key=lambda r: r["case_id"])]


@router.get("/{case_id}", response_model=Case)
async def get_case(
    esa: Esa, case_id: CaseId, c: CurriculumDep, principal: CurrentPrincipal, as_of: AsOf = None
) -> Case:
    """The case now, or exactly as it stood at `as_of` (what a committee saw when it decided)."""
    require_reader(principal, await school_place(c, esa, school_of(case_id)), EVERYONE)
    moment = bangkok_time(as_of) if as_of else None
    return Case.model_validate(await reading.case_state(c.store, esa, case_id, moment))


@router.get("/{case_id}/events", response_model=list[TimelineEntry])
async def case_timeline(
    esa: Esa, case_id: CaseId, c: CurriculumDep, principal: CurrentPrincipal
) -> list[TimelineEntry]:
    """Every event of the case, oldest first: who did what, in which role, when."""
    require_reader(principal, await school_place(c, esa, school_of(case_id)), EVERYONE)
    events = reading.timeline(await reading.case_events(c.store, esa, case_id))
    return [TimelineEntry.model_validate(e) for e in events]
