"""Needs expressed in survey responses, for ranking by category and learning area.

One document per campaign (an ESA-level fact): `needs` maps each school that answered to the
needs its latest revision expresses, each read with the template version that school answered
(the event carries them), so rankings stay correct across versions.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_ranking"


class NeedsRanking:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in ("needs.CampaignOpened", "needs.SurveyResponseSubmitted"):
            return [f"campaign:{event.data['campaign_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"campaign:{d['campaign_id']}"]
        doc.update(
            campaign_id=d["campaign_id"],
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
        )
        doc.setdefault("needs", {})
        if event.type == "needs.CampaignOpened":
            doc["title"] = d["title"]
        else:
            doc["needs"][d["school"]] = [
                {k: n.get(k) for k in ("category", "subject", "item", "label_th", "amount")}
                for n in d.get("needs", [])
            ]
