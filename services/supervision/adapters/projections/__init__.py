"""The supervision service's own read models, one module each (its `MODEL` name is the one
used everywhere else); `projections()` lists them for the bootstrap."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.supervision.adapters.projections.drive import DriveView
from services.supervision.adapters.projections.plans import PlansView
from services.supervision.adapters.projections.provinces import ProvincesView
from services.supervision.adapters.projections.records import RecordsView
from services.supervision.adapters.projections.schools import SchoolsView
from services.supervision.adapters.projections.visits import VisitsView


def projections() -> list[Projection]:
    return [SchoolsView(), PlansView(), VisitsView(), RecordsView(), DriveView(), ProvincesView()]
