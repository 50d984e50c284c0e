"""Administration of read models: status, freshness and rebuilds (admins)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path

from services.reporting.api.access import ADMINS, Office, office
from services.reporting.api.answers import Level
from services.reporting.api.answers_admin import ReadModels, RebuildProgress
from services.reporting.api.deps import ReportingDep

router = APIRouter(prefix="/v1/admin", tags=["administration"])
Admin = Annotated[Office, Depends(office(Level.NATION, ADMINS))]


@router.get("/read-models", response_model=ReadModels)
async def read_models(_: Admin, r: ReportingDep) -> dict[str, Any]:
    """Each read model: generation, freshness, rebuild progress (admin)."""
    return {
        "read_models": r.read_models.status(),
        "rebuilds": {k: v.as_dict() for k, v in r.rebuilds.items()},
    }


@router.post("/read-models/{model}/rebuild", status_code=202, response_model=RebuildProgress)
async def start_rebuild(
    model: Annotated[str, Path(description="The read model's name, e.g. needs_esa_summary")],
    _: Admin,
    r: ReportingDep,
) -> dict[str, Any]:
    """Rebuild a read model from offset 0 into a new generation, then switch (admin)."""
    return r.start_rebuild(model).as_dict()
