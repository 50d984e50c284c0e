"""Administration of read models: status, freshness and rebuilds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.auth.principal import Role
from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import ReportingDep

router = APIRouter(prefix="/v1")


@router.get("/admin/read-models", tags=["administration"])
async def read_models(r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """Each read model: generation, freshness, rebuild progress (admin)."""
    if not principal.sees_nation({Role.ADMIN}):
        raise Forbidden()
    return {
        "read_models": r.read_models.status(),
        "rebuilds": {k: v.as_dict() for k, v in r.rebuilds.items()},
    }


@router.post("/admin/read-models/{model}/rebuild", tags=["administration"], status_code=202)
async def start_rebuild(model: str, r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """Rebuild a read model from offset 0 into a new generation, then switch (admin)."""
    if not principal.sees_nation({Role.ADMIN}):
        raise Forbidden()
    return r.start_rebuild(model).as_dict()
