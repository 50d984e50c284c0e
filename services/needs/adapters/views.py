"""The needs service's own read models: the schools it may target, and its campaigns.

`needs_schools` is a tolerant reader of the directory's events (only what needs uses).
`needs_campaigns` lists campaigns with who answered, for supervisors and schools.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs


class SchoolsView:
    name = "needs_schools"
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


class CampaignsView:
    name = "needs_campaigns"
    sources = ["needs"]
    indexes = [["esa", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("needs.") and "campaign_id" in event.data:
            return [f"campaign:{event.data['campaign_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"campaign:{d['campaign_id']}"]
        if event.type == "needs.CampaignOpened":
            doc.update(
                campaign_id=d["campaign_id"],
                esa=d["esa"],
                province=d["province"],
                year=str(d["academic_year"]),
                title=d["title"],
                opens_on=d["opens_on"],
                closes_on=d["closes_on"],
                closed=False,
                target_kind=d["target_kind"],
                targets={t["school"]: t["cluster"] for t in d["target_schools"]},
            )
            doc.setdefault("responses", {})
        elif event.type == "needs.CampaignClosed":
            doc["closed"] = True
            doc["closed_on"] = d["closed_on"]
        elif event.type == "needs.SurveyResponseSubmitted":
            doc.setdefault("responses", {})[d["school"]] = {
                "revision": d["revision"],
                "at": event.time.isoformat(),
            }
