"""Reporting's routers: one module per domain, plus administration."""

from fastapi import APIRouter

from services.reporting.api import admin, curriculum, needs

ROUTERS: list[APIRouter] = [needs.router, curriculum.router, admin.router]
