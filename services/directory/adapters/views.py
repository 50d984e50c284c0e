"""The directory's own read model: the organisation, people and grants as they stand now.

Built from the directory's events like any read model (kit.readmodel), so the directory's
queries never replay streams. Documents:

- `province:<code>`, `esa:<code>`, `cluster:<code>`, `school:<code>`: each unit with its
  `version` (its stream's, the ETag of a read), `status` (open or closed), and for clusters
  and schools their `placements` over time (ESA, cluster, the day each began) for "as
  organised then" questions;
- `person:<id>`: a person with the grants they hold;
- `grants:<level>:<scope>`: who holds which role at one unit. The people of an ESA are the
  holders at the ESA and at its clusters and schools as the unit documents place them now
  (services.directory.api.people), not as the grants named them when given.
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "directory_organisation"
UNITS = {"Province": "province", "Esa": "esa", "Cluster": "cluster", "School": "school"}
SCHOOL_EVENTS = ("Registered", "Renamed", "Moved", "Closed")


def _unit_of(kind: str) -> str | None:
    for prefix, unit in UNITS.items():
        if kind.startswith(prefix) and kind[len(prefix) :] in SCHOOL_EVENTS:
            return unit
    return "school" if kind == "SandboxPilotStatusChanged" else None


class OrganisationView:
    name = MODEL
    sources = ["directory"]
    indexes = [["kind", "province"], ["kind", "esa"], ["kind", "cluster"]]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        kind = event.type.removeprefix("directory.")
        unit = _unit_of(kind)
        if unit is not None:
            return [f"{unit}:{d[unit]}"]
        if kind == "PersonRegistered":
            return [f"person:{d['person']}"]
        if kind in ("RoleGranted", "RoleRevoked"):
            return [f"person:{d['person']}", f"grants:{d['level']}:{d['scope']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        kind = event.type.removeprefix("directory.")
        unit = _unit_of(kind)
        if unit is not None:
            doc = docs[f"{unit}:{d[unit]}"]
            _unit_changed(doc, unit, kind, d)
            doc["version"] = event.streamversion
        elif kind == "PersonRegistered":
            doc = docs[f"person:{d['person']}"]
            doc.update(d | {"kind": "person"})
            doc.setdefault("grants", [])
            doc["version"] = event.streamversion
        elif kind in ("RoleGranted", "RoleRevoked"):
            _grant_changed(docs, kind, d)
            docs[f"person:{d['person']}"]["version"] = event.streamversion


def _unit_changed(doc: dict[str, Any], unit: str, kind: str, d: dict[str, Any]) -> None:
    if kind.endswith("Registered"):
        doc.update({k: v for k, v in d.items() if k != "effective_from"})
        doc.update(kind=unit, status="open", closed_on=None)
        if unit == "school":
            doc["placements"] = [_placement(d["esa"], d["cluster"], d["effective_from"])]
        elif unit == "cluster":
            doc["placements"] = [{"esa": d["esa"], "from": d.get("effective_from")}]
    elif kind.endswith("Renamed"):
        doc.update({k: d[k] for k in ("name_th", "name_en", "short_th") if k in d})
    elif kind.endswith("Closed"):
        doc.update(status="closed", closed_on=d["effective_from"], closed_reason=d["reason"])
    elif kind == "SchoolMoved":
        doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
        doc.setdefault("placements", []).append(
            _placement(d["to_esa"], d["to_cluster"], d["effective_from"])
        )
    elif kind == "ClusterMoved":
        doc["esa"] = d["to_esa"]
        doc.setdefault("placements", []).append({"esa": d["to_esa"], "from": d["effective_from"]})
    elif kind == "SandboxPilotStatusChanged":
        doc["sandbox_pilot"] = d["sandbox_pilot"]


def _grant_changed(docs: Docs, kind: str, d: dict[str, Any]) -> None:
    person = docs[f"person:{d['person']}"]
    at = docs[f"grants:{d['level']}:{d['scope']}"]
    key = (d["role"], d["level"], d["scope"])
    person["grants"] = [
        g for g in person.get("grants", []) if (g["role"], g["level"], g["scope"]) != key
    ]
    at["holders"] = [
        h for h in at.get("holders", []) if (h["person"], h["role"]) != (d["person"], d["role"])
    ]
    if kind == "RoleGranted":
        grant = {k: d.get(k, "") for k in ("role", "level", "scope", "esa", "province")}
        person["grants"].append(grant | {"since": d["effective_from"]})
        at.update(kind="grants", level=d["level"], scope=d["scope"])
        at["holders"].append(
            {"person": d["person"], "role": d["role"], "since": d["effective_from"]}
        )


def _placement(esa: str, cluster: str, since: str) -> dict[str, Any]:
    return {"esa": esa, "cluster": cluster, "from": since}
