"""The needs service's read models: one module (or package) per model, each naming its MODEL.

`needs_schools` holds the ESA's schools as the directory announced them; `needs_records` the
service's own records (templates, campaigns, responses, productions, service requests,
improvements, dispatches of model media, follow-ups of the use of media).
"""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.adapters.projections.schools import SchoolsView


def projections() -> list[Projection]:
    return [SchoolsView(), NeedsRecords()]
