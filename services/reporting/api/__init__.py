"""Reporting's routers: one module per domain, the unified views and reports, administration."""

from fastapi import APIRouter

from services.reporting.api import admin, curriculum, needs, reports, supervision, views

ROUTERS: list[APIRouter] = [
    needs.router,
    supervision.router,
    curriculum.router,
    views.router,
    reports.router,
    admin.router,
]
