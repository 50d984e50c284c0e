"""The curriculum service's routers."""

from fastapi import APIRouter

from services.curriculum.api import assessments, cases, decisions, meetings, preparation, worklists

ROUTERS: list[APIRouter] = [
    cases.router,
    preparation.router,
    decisions.router,
    worklists.router,
    meetings.router,
    assessments.router,
]
