"""The directory's own read model: the organisation and people as they stand now.

Built from the directory's events like any read model (kit.readmodel), so the directory's
queries never replay streams. Each school document keeps its placement history
(`placements`: ESA and cluster with the day each began) for "as organised then" questions.
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "directory_organisation"


class OrganisationView:
    name = MODEL
    sources = ["directory"]
    indexes = [["kind", "province"], ["kind", "esa"]]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        match event.type.removeprefix("directory."):
            case "ProvinceRegistered":
                return [f"province:{d['province']}"]
            case "EsaRegistered":
                return [f"esa:{d['esa']}"]
            case "ClusterRegistered":
                return [f"cluster:{d['cluster']}"]
            case "SchoolRegistered" | "SchoolMoved" | "SandboxPilotStatusChanged":
                return [f"school:{d['school']}"]
            case "PersonRegistered" | "RoleGranted" | "RoleRevoked":
                return [f"person:{d['person']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        kind = event.type.removeprefix("directory.")
        key = self.keys(event)[0]
        doc = docs[key]
        if kind.endswith("Registered"):
            entity = key.split(":", 1)[0]
            doc.update({k: v for k, v in d.items() if k != "effective_from"})
            doc["kind"] = entity
            if entity == "school":
                doc["placements"] = [_placement(d["esa"], d["cluster"], d["effective_from"])]
            if entity == "person":
                doc.setdefault("grants", [])
        elif kind == "SchoolMoved":
            doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
            doc.setdefault("placements", []).append(
                _placement(d["to_esa"], d["to_cluster"], d["effective_from"])
            )
        elif kind == "SandboxPilotStatusChanged":
            doc["sandbox_pilot"] = d["sandbox_pilot"]
        elif kind == "RoleGranted":
            grant = {k: d[k] for k in ("role", "level", "scope", "esa", "province")}
            doc.setdefault("grants", []).append(grant)
        elif kind == "RoleRevoked":
            doc["grants"] = [
                g
                for g in doc.get("grants", [])
                if (g["role"], g["level"], g["scope"]) != (d["role"], d["level"], d["scope"])
            ]


def _placement(esa: str, cluster: str, since: str) -> dict[str, Any]:
    return {"esa": esa, "cluster": cluster, "from": since}
