"""The supervision service's HTTP app: `uvicorn --factory services.supervision.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.supervision import bootstrap
from services.supervision.api.routers import ROUTERS


def create_app(settings: Settings | None = None, **adapters: Any) -> FastAPI:
    settings = settings or Settings()
    return build_app(
        service="supervision",
        title="Nithet supervision",
        description="การนิเทศ ติดตาม และประเมินผลการจัดการศึกษา — supervision plans, visits, "
        "classroom observations, follow-ups, 4Q quality and its drive (TUMHOME plus INNO), "
        "SAR at school, ESA and province, teachers' honours, partners, dissemination.",
        settings=settings,
        start=lambda: bootstrap.start(settings, **adapters),
        routers=ROUTERS,
    )
