"""Reporting's routers: one module per domain, plus administration."""

from fastapi import APIRouter

from services.reporting.api import admin, needs, reports, views

ROUTERS: list[APIRouter] = [needs.router, views.router, reports.router, admin.router]
