"""The needs service's own lists, in one read model: `needs_records`.

One document per template, campaign, response, production record, service request,
improvement, dispatch of model media and follow-up of a school's use of media, told apart by
the top-level string `record` and filtered by `esa`, `year`, `campaign_id`, `school` or
`cluster`. Each kind of record is folded by its own module; this projection
only routes events to them (one Kafka consumer for all of the service's lists).
"""

from __future__ import annotations

from types import ModuleType

from kit.events import CloudEvent
from kit.readmodel import Docs
from services.needs.adapters.projections.records import (
    campaigns,
    followups,
    model_media,
    production,
    responses,
    service,
    templates,
)

MODEL = "needs_records"
_FOLDERS: tuple[ModuleType, ...] = (
    templates,
    campaigns,
    responses,
    production,
    service,
    model_media,
    followups,
)
_BY_TYPE: dict[str, list[ModuleType]] = {}
for _folder in _FOLDERS:
    for _type in _folder.TYPES:
        _BY_TYPE.setdefault(_type, []).append(_folder)


class NeedsRecords:
    name = MODEL
    sources = ["needs"]
    indexes = [
        ["record", "esa", "year"],
        ["record", "campaign_id"],
        ["record", "school"],
        ["record", "esa", "cluster"],
    ]

    def keys(self, event: CloudEvent) -> list[str]:
        return [key for folder in _BY_TYPE.get(event.type, []) for key in folder.keys(event)]

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        for folder in _BY_TYPE[event.type]:
            folder.apply(docs, event)
