"""Every router of the needs service."""

from fastapi import APIRouter

from services.needs.api import campaigns, production, responses, service, templates

ROUTERS: list[APIRouter] = [
    templates.router,
    campaigns.router,
    responses.router,
    production.router,
    service.router,
]
