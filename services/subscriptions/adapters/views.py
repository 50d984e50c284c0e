"""The subscriptions service's read models.

`subscriptions_endpoints` (from its own events): one document per endpoint (`endpoint:<id>`)
with its target, filters, state, secrets by id and until when they sign, cursor generation and
replay request; and one per redelivery request (`redelivery:<id>:<n>`). The dispatcher and the
API's lists read it; one endpoint asked for by id is this projection folded from its stream.

`subscriptions_organisation` (a tolerant reader of the directory's events): the provinces and
ESAs that exist, so that an endpoint's scope names a real one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

ENDPOINTS = "subscriptions_endpoints"
ORGANISATION = "subscriptions_organisation"

REDELIVERY_FACTS = (
    "endpoint_id",
    "request",
    "delivery_id",
    "event_id",
    "event_type",
    "subject",
    "tenant",
    "event_province",
    "event_time",
    "topic",
    "partition",
    "offset",
)
_STATUS = {
    "subscriptions.EndpointPaused": "paused",
    "subscriptions.EndpointResumed": "active",
    "subscriptions.EndpointDisabled": "disabled",
    "subscriptions.EndpointDeleted": "deleted",
}


def _iso(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else value.isoformat()


def _earlier(until: str | None, ends: str) -> str:
    """A secret's end after a rotation: the rotation's overlap ends it at the latest."""
    if until is None or datetime.fromisoformat(ends) < datetime.fromisoformat(until):
        return ends
    return until


class EndpointsView:
    name = ENDPOINTS
    sources = ["subscriptions"]
    indexes = [["kind", "status"], ["kind", "province"], ["kind", "scope_id"], ["endpoint_id"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if not event.type.startswith("subscriptions."):
            return []
        d = event.data
        keys = [f"endpoint:{d['endpoint_id']}"]
        if event.type == "subscriptions.RedeliveryRequested":
            keys.append(f"redelivery:{d['endpoint_id']}:{d['request']}")
        return keys

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"endpoint:{d['endpoint_id']}"]
        doc.update(version=event.streamversion, updated_at=event.time.isoformat())
        if event.type == "subscriptions.EndpointRegistered":
            self._registered(doc, event)
        elif event.type in _STATUS:
            doc["status"] = _STATUS[event.type]
            doc["disabled"] = (
                {k: d[k] for k in ("reason", "status_code", "event_id")}
                if event.type == "subscriptions.EndpointDisabled"
                else None
            )
        elif event.type == "subscriptions.EndpointSecretRotated":
            ends = str(d["previous_valid_until"])
            kept = [{"id": s["id"], "until": _earlier(s["until"], ends)} for s in doc["secrets"]]
            doc["secrets"] = [{"id": d["secret_id"], "until": None}, *kept]
            doc["secret_rotated_at"] = event.time.isoformat()
        elif event.type == "subscriptions.EndpointReplayRequested":
            doc["generation"] = d["generation"]
            doc["replay"] = {
                "start_from": d["start_from"],
                "start_at": _iso(d.get("start_at")),
                "positions": d.get("positions", []),
                "requested_at": event.time.isoformat(),
                "requested_by": event.actorid,
            }
        elif event.type == "subscriptions.RedeliveryRequested":
            doc["redeliveries"] = d["request"]
            request = docs[f"redelivery:{d['endpoint_id']}:{d['request']}"]
            request.update(
                kind="redelivery",
                requested_at=event.time.isoformat(),
                requested_by=event.actorid,
                **{k: d[k] for k in REDELIVERY_FACTS},
            )

    @staticmethod
    def _registered(doc: dict[str, Any], event: CloudEvent) -> None:
        d = event.data
        doc.update(
            kind="endpoint",
            endpoint_id=d["endpoint_id"],
            url=d["url"],
            description=d.get("description", ""),
            event_types=d["event_types"],
            scope_level=d["scope_level"],
            scope_id=d["scope_id"],
            province=d["province"],
            status="active",
            disabled=None,
            secrets=[{"id": d["secret_id"], "until": None}],
            start={"start_from": d["start_from"], "start_at": _iso(d.get("start_at"))},
            generation=0,
            replay=None,
            redeliveries=0,
            registered_at=event.time.isoformat(),
            registered_by=event.actorid,
        )


class OrganisationView:
    name = ORGANISATION
    sources = ["directory"]
    indexes = [["kind"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == "directory.ProvinceRegistered":
            return [f"province:{event.data['province']}"]
        if event.type == "directory.EsaRegistered":
            return [f"esa:{event.data['esa']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        if event.type == "directory.ProvinceRegistered":
            docs[f"province:{d['province']}"].update(kind="province", province=d["province"])
        else:
            docs[f"esa:{d['esa']}"].update(kind="esa", esa=d["esa"], province=d["province"])
