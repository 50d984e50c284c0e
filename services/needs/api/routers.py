"""Every router of the needs service, once (main.py serves them)."""

from fastapi import APIRouter

from services.needs.api import (
    campaign_reports,
    campaigns,
    followups,
    improvements,
    model_media,
    production,
    reference,
    responses,
    service,
    templates,
)

ROUTERS: list[APIRouter] = [
    reference.router,
    templates.router,
    campaigns.router,
    responses.router,
    campaign_reports.router,
    production.router,
    service.router,
    improvements.router,
    model_media.router,
    followups.router,
]
