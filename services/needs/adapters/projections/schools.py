"""The schools the needs service may target: a tolerant reader of the directory's events.

Only what needs uses: each school's ESA, cluster, province and Thai name, as they stand now.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_schools"


class SchoolsView:
    name = MODEL
    sources = ["directory"]
    indexes = [["esa", "cluster"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in ("directory.SchoolRegistered", "directory.SchoolMoved"):
            return [f"school:{event.data['school']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"school:{d['school']}"]
        if event.type == "directory.SchoolRegistered":
            doc.update(
                school=d["school"],
                name_th=d.get("name_th", ""),
                esa=d["esa"],
                cluster=d["cluster"],
                province=d["province"],
            )
        else:
            doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
