"""Needs figures per ESA and academic year, small enough to read for the whole country.

One document per (ESA that ran the campaigns, year): per campaign its title, closing day and,
per cluster, the number of target schools and of schools that answered (a school's first
answer, revision 1; revisions change nothing here). The unified views and year-end reports
read these instead of the per-school campaign documents, so the national view reads 245 small
documents per year. The ESA is the stream's tenant: the campaign's ESA, also when a school's
facts are attributed to another organisation (services.reporting.application.attribution).
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_esa_summary"
TYPES = ("needs.CampaignOpened", "needs.CampaignClosed", "needs.SurveyResponseSubmitted")


def summary_key(esa: str, year: Any) -> str:
    return f"needs:{esa}:{year}"


class NeedsEsaSummary:
    name = MODEL
    sources = ["needs"]
    indexes = [["province", "year"], ["esa", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type not in TYPES:
            return []
        return [summary_key(event.tenantid, event.data["academic_year"])]

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[summary_key(event.tenantid, d["academic_year"])]
        doc.update(esa=event.tenantid, province=event.provinceid, year=str(d["academic_year"]))
        campaign = doc.setdefault("campaigns", {}).setdefault(d["campaign_id"], {})
        campaign.setdefault("responded", {})
        if event.type == "needs.CampaignOpened":
            targets: dict[str, int] = {}
            for t in d["target_schools"]:
                targets[t["cluster"]] = targets.get(t["cluster"], 0) + 1
            campaign.update(title=d["title"], closes_on=d["closes_on"], targets=targets)
            campaign.setdefault("closed", False)
        elif event.type == "needs.CampaignClosed":
            campaign["closed"] = True
        elif d.get("revision", 1) == 1:
            responded = campaign["responded"]
            responded[d["cluster"]] = responded.get(d["cluster"], 0) + 1
