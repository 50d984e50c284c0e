"""Every router of the supervision API, once (main.py serves these)."""

from __future__ import annotations

from fastapi import APIRouter

from services.supervision.api import drive, plans, province, records, school_year, visits

ROUTERS: list[APIRouter] = [
    plans.router,
    visits.router,
    school_year.router,
    records.router,
    drive.router,
    province.router,
]
