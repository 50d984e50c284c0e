"""Reporting's routers: one module per domain, plus administration."""

from fastapi import APIRouter

from services.reporting.api import admin, curriculum, needs, supervision

ROUTERS: list[APIRouter] = [needs.router, supervision.router, curriculum.router, admin.router]
