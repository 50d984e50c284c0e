"""The reporting service's HTTP app: `uvicorn --factory services.reporting.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.reporting import bootstrap
from services.reporting.api import ROUTERS


def create_app(settings: Settings | None = None, **adapters: Any) -> FastAPI:
    settings = settings or Settings()
    return build_app(
        service="reporting",
        title="Nithet reporting",
        description="รายงานระดับเขตพื้นที่ จังหวัด และประเทศ — ESA, provincial and national views.",
        settings=settings,
        start=lambda: bootstrap.start(settings, **adapters),
        routers=ROUTERS,
    )
