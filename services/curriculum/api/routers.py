"""Every router of the curriculum API, listed once (main.py serves them)."""

from __future__ import annotations

from fastapi import APIRouter

from services.curriculum.api import (
    assessments,
    case_steps,
    cases,
    classroom,
    coaching,
    forums,
    lesson_plans,
    meetings,
    sandbox_records,
    worklists,
)

ROUTERS: list[APIRouter] = [
    cases.router,
    case_steps.router,
    worklists.router,
    meetings.router,
    assessments.router,
    coaching.router,
    lesson_plans.router,
    forums.router,
    classroom.router,
    sandbox_records.router,
]
