"""Every router of the needs service."""

from fastapi import APIRouter

from services.needs.api import (
    campaigns,
    improvements,
    production,
    responses,
    service,
    service_steps,
    templates,
)

ROUTERS: list[APIRouter] = [
    templates.router,
    campaigns.router,
    responses.router,
    production.router,
    service.router,
    service_steps.router,
    improvements.router,
]
