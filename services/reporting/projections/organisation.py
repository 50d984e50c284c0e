"""The organisation as reporting needs it: provinces, their ESAs and the ESAs' school clusters.

Built from directory events. Cluster documents tell which ESA a cluster belongs to, so that a
school's facts can be attributed to an ESA through the cluster it belonged to (at the time, or
today: see services.reporting.application.attribution).
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "reporting_organisation"
KINDS = {
    "directory.ProvinceRegistered": ("province", "province"),
    "directory.EsaRegistered": ("esa", "esa"),
    "directory.ClusterRegistered": ("cluster", "cluster"),
}


class Organisation:
    name = MODEL
    sources = ["directory"]
    indexes = [["kind", "province"], ["kind"]]

    def keys(self, event: CloudEvent) -> list[str]:
        kind = KINDS.get(event.type)
        if kind is None:
            return []
        return [f"{kind[0]}:{event.data[kind[1]]}"]

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        kind, field = KINDS[event.type]
        doc = docs[f"{kind}:{d[field]}"]
        doc.update(kind=kind, name_th=d["name_th"], name_en=d["name_en"])
        doc[field] = d[field]
        if kind != "province":
            doc["province"] = d["province"]
        if kind == "esa":
            doc["short_th"] = d.get("short_th", d["name_th"])
        if kind == "cluster":
            doc["esa"] = d["esa"]
