"""Read models built only from events: projections, their documents, live projector and rebuild."""

from kit.readmodel.docs import Docs
from kit.readmodel.projection import Projection

__all__ = ["Docs", "Projection"]
