"""Committee worklists: the cases of a province (its committees and officers: grants over the
whole province) and of the nation (national roles), optionally at one stage."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import cases as rows
from services.curriculum.api.answers import CaseRow
from services.curriculum.api.deps import EVERYONE, CurriculumDep, Province, YearFilter, require_over
from services.curriculum.domain.reference import Stage

router = APIRouter(prefix="/v1", tags=["committees"])


@router.get("/provinces/{province}/curriculum-cases", response_model=list[CaseRow])
async def province_cases(
    province: Province,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    stage: Stage | None = None,
    year: YearFilter = None,
) -> list[CaseRow]:
    """Cases of the province's ESAs (a provincial or national role)."""
    require_over(principal, Place.of_province(province), EVERYONE)
    return _worklist(await rows.cases(c.views, {"province": province}, year, stage))


@router.get("/nation/curriculum-cases", response_model=list[CaseRow])
async def nation_cases(
    c: CurriculumDep,
    principal: CurrentPrincipal,
    stage: Stage | None = None,
    year: YearFilter = None,
) -> list[CaseRow]:
    """Cases of every province (a national role), e.g. those forwarded to the policy committee."""
    require_over(principal, Place(), EVERYONE)
    return _worklist(await rows.cases(c.views, {}, year, stage))


def _worklist(found: list[dict[str, str]]) -> list[CaseRow]:
    """Longest waiting first."""
    ordered = sorted(found, key=lambda d: (d.get("stage_since", ""), d["case_id"]))
    return [CaseRow.model_validate(r) for r in ordered]
