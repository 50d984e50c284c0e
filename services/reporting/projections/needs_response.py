"""Needs-survey response rates: one document per campaign (an ESA-level fact).

A province's figures are the sums of its ESAs' campaign documents and the nation's the sums
of every province's, computed at query time (services.reporting.application.rollup).
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_response_rates"


class NeedsResponseRates:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in (
            "needs.CampaignOpened",
            "needs.CampaignClosed",
            "needs.SurveyResponseSubmitted",
        ):
            return [f"campaign:{event.data['campaign_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"campaign:{d['campaign_id']}"]
        doc.setdefault("responded", {})
        if event.type == "needs.CampaignOpened":
            doc.update(
                campaign_id=d["campaign_id"],
                esa=d["esa"],
                province=d["province"],
                year=str(d["academic_year"]),
                title=d["title"],
                closes_on=d["closes_on"],
                closed=False,
                targets={t["school"]: t["cluster"] for t in d["target_schools"]},
            )
        elif event.type == "needs.CampaignClosed":
            doc["closed"] = True
        else:
            # Until CampaignOpened arrives (another stream) the response tells where the
            # campaign belongs; it never overrides the campaign's own ESA.
            for field, value in (("esa", d["esa"]), ("province", d["province"])):
                doc.setdefault(field, value)
            doc.setdefault("year", str(d["academic_year"]))
            doc["responded"][d["school"]] = d["cluster"]
