"""The subscriptions service's HTTP app: `uvicorn --factory services.subscriptions.main:create_app`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from kit.http.service import build_app
from kit.settings import Settings
from services.subscriptions import bootstrap
from services.subscriptions.api.deliveries import router as deliveries
from services.subscriptions.api.endpoints import router as endpoints
from services.subscriptions.settings import WebhookSettings


def create_app(
    settings: Settings | None = None, webhooks: WebhookSettings | None = None, **adapters: Any
) -> FastAPI:
    settings = settings or Settings()
    webhooks = webhooks or WebhookSettings()
    return build_app(
        service="subscriptions",
        title="Nithet subscriptions",
        description="การสมัครรับเหตุการณ์ผ่านเว็บฮุก — signed webhooks (Standard Webhooks) of "
        "Nithet's CloudEvents, with retries, replay and a delivery log.",
        settings=settings,
        start=lambda: bootstrap.start(settings, webhooks, **adapters),
        routers=[endpoints, deliveries],
    )
