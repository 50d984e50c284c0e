"""The curriculum service's HTTP app: `uvicorn --factory services.curriculum.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.curriculum import bootstrap
from services.curriculum.api.routers import ROUTERS


def create_app(settings: Settings | None = None, **adapters: Any) -> FastAPI:
    settings = settings or Settings()
    return build_app(
        service="curriculum",
        title="Nithet curriculum",
        description="หลักสูตรสถานศึกษาฐานสมรรถนะ: โรงเรียน คณะกรรมการระดับจังหวัด และระดับชาติ — "
        "competency-based school curricula through school, provincial and national committees.",
        settings=settings,
        start=lambda: bootstrap.start(settings, **adapters),
        routers=ROUTERS,
    )
