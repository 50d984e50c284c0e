"""The unified views: one query API for an ESA, a province and the nation, across domains."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.auth.principal import Principal
from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import PerspectiveDep, ReportingDep, Semester, Year
from services.reporting.application import views
from services.reporting.application.perspective import Perspective
from services.reporting.bootstrap import Reporting

router = APIRouter(prefix="/v1/views", tags=["views"])


def require_level(principal: Principal, level: str, code: str) -> None:
    """404 outside the caller's scope; 403 for a province or the nation without such a role."""
    if level == "esa":
        principal.require_esa(code)
    elif level == "province":
        principal.require_province(code)
        if not principal.sees_province(code):
            raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")
    elif not principal.sees_nation():
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")


async def answer(
    r: Reporting, level: str, code: str, year: int, semester: int | None, p: Perspective
) -> dict[str, Any]:
    store = await r.store_for(p)
    return await views.view(store, level, code, year, semester) | p.describe()


@router.get("/esas/{esa}")
async def esa_view(
    esa: str,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> dict[str, Any]:
    """An ESA's headline figures in every domain."""
    require_level(principal, "esa", esa)
    return await answer(r, "esa", esa, year, semester, perspective)


@router.get("/provinces/{province}")
async def province_view(
    province: str,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> dict[str, Any]:
    """A province's figures in every domain, with the breakdown per ESA."""
    require_level(principal, "province", province)
    return await answer(r, "province", province, year, semester, perspective)


@router.get("/nation")
async def nation_view(
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> dict[str, Any]:
    """The national figures in every domain, with the breakdown per province."""
    require_level(principal, "nation", "th")
    return await answer(r, "nation", "th", year, semester, perspective)
