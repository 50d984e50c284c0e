"""Committee worklists: the cases of a province (for its committees and officers) and of the
nation (for the national policy committee), optionally at one stage."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from kit.readmodel.docs import public
from services.curriculum.api.deps import CurriculumDep, StageFilter, YearFilter, require_nation
from services.curriculum.bootstrap import Curriculum

router = APIRouter(prefix="/v1", tags=["committees"])


@router.get("/provinces/{province}/curriculum-cases")
async def province_cases(
    province: str,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    stage: StageFilter = None,
    year: YearFilter = None,
) -> list[dict[str, Any]]:
    """Cases of the province's ESAs (a provincial or national role)."""
    principal.require_province(province)
    if not principal.sees_province(province):
        raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")
    return await _cases(c, {"province": province}, stage, year)


@router.get("/nation/curriculum-cases")
async def nation_cases(
    c: CurriculumDep,
    principal: CurrentPrincipal,
    stage: StageFilter = None,
    year: YearFilter = None,
) -> list[dict[str, Any]]:
    """Cases of every province (a national role), e.g. those forwarded to the policy committee."""
    require_nation(principal)
    return await _cases(c, {}, stage, year)


async def _cases(
    c: Curriculum, flt: dict[str, Any], stage: str | None, year: int | None
) -> list[dict[str, Any]]:
    flt = flt | ({"stage": stage} if stage else {}) | ({"year": str(year)} if year else {})
    docs = await c.views.find("curriculum_cases", flt)
    return sorted((public(d) for d in docs), key=lambda d: (d.get("stage_since", ""), d["case_id"]))
