"""The needs service's HTTP app: `uvicorn --factory services.needs.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.needs import bootstrap
from services.needs.api.routers import ROUTERS


def create_app(settings: Settings | None = None, **adapters: Any) -> FastAPI:
    settings = settings or Settings()
    return build_app(
        service="needs",
        title="Nithet needs",
        description="การสำรวจความต้องการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา — "
        "needs surveys of media, innovation and educational technology.",
        settings=settings,
        start=lambda: bootstrap.start(settings, **adapters),
        routers=ROUTERS,
    )
