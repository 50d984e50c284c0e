"""Reporting's routers: one module per domain, plus administration."""

from fastapi import APIRouter

from services.reporting.api import admin, needs, supervision

ROUTERS: list[APIRouter] = [needs.router, supervision.router, admin.router]
