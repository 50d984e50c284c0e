"""The directory's HTTP app: `uvicorn --factory services.directory.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.directory import bootstrap
from services.directory.api.routes import router


def create_app(settings: Settings | None = None, **adapters: Any) -> FastAPI:
    settings = settings or Settings()
    return build_app(
        service="directory",
        title="Nithet directory",
        description="จังหวัด เขตพื้นที่การศึกษา กลุ่มโรงเรียน โรงเรียน บุคลากรและบทบาท — "
        "provinces, ESAs, school clusters, schools, people and roles; development login.",
        settings=settings,
        start=lambda: bootstrap.start(settings, **adapters),
        routers=[router],
    )
