"""Reporting's routers: one module per domain, whose reports are entries of api.registry
(a report at ESA, province and nation is one entry), the unified views, the year-end
exports, and the administration of read models."""

from fastapi import APIRouter

from services.reporting.api import admin, curriculum, exports, needs, supervision, views

ROUTERS: list[APIRouter] = [
    needs.router,
    supervision.router,
    curriculum.router,
    views.router,
    exports.router,
    admin.router,
]
