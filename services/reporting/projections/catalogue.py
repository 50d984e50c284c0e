"""Every read model the reporting service keeps, by name."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.needs_summary import NeedsEsaSummary
from services.reporting.projections.organisation import Organisation


def projections() -> list[Projection]:
    return [Organisation(), NeedsResponseRates(), NeedsEsaSummary()]
