"""The explicit exceptions to "every route needs a token and stays inside the caller's scope"."""

from __future__ import annotations

# Answered without a token, by design.
PUBLIC: dict[str, str] = {
    "GET /healthz": "liveness, for the orchestrator",
    "GET /readyz": "readiness, for the orchestrator and the load balancer",
    "GET /metrics": "Prometheus scraping; gauges only, no tenant data",
    "GET /v1/dev/people": "development login; 404 outside development",
    "POST /v1/dev/login": "development login; 404 outside development",
}

# Answered to any signed-in caller, whatever the tenant: nothing in them belongs to one.
ANY_SIGNED_IN: dict[str, str] = {
    "GET /v1/provinces": "the organisation is public reference data",
    "GET /v1/provinces/{province}": "the organisation is public reference data",
    "GET /v1/reference/provinces": "Thailand's provinces: public reference data",
    "GET /v1/clusters/{cluster}": "the organisation is public reference data",
    "GET /v1/provinces/{province}/esas": "the organisation is public reference data",
    "GET /v1/esas/{esa}": "the organisation is public reference data",
    "GET /v1/esas/{esa}/schools": "the organisation (directory) is public reference data",
    "GET /v1/schools/{school}": "the organisation is public reference data",
    "GET /v1/me": "the caller's own identity",
    "GET /v1/needs/vocabulary": "the national needs vocabulary",
    "GET /v1/needs/standard-survey": "the national standard survey",
    "GET /v1/endpoints": "lists only the caller's own endpoints (checked separately)",
}


def key(method: str, route: str) -> str:
    return f"{method} {route}"
