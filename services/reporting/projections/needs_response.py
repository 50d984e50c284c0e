"""Needs-survey response rates: one document per campaign (an ESA-level fact).

`targets` and `responded` map school codes to clusters; `names` holds the target schools'
Thai names (for lists of schools not yet answered); `returned` the schools whose response a
supervisor sent back and that have not corrected it yet; `versions` the template version each
school's latest revision answered. A province's figures are the sums of its ESAs' campaign
documents and the nation's the sums of every province's, computed at query time.
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_response_rates"
TYPES = (
    "needs.CampaignOpened",
    "needs.CampaignTemplateVersionAdopted",
    "needs.CampaignReminderSent",
    "needs.CampaignClosed",
    "needs.SurveyResponseSubmitted",
    "needs.SurveyResponseReturned",
)


class NeedsResponseRates:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in TYPES:
            return [f"campaign:{event.data['campaign_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"campaign:{d['campaign_id']}"]
        for field in ("responded", "returned", "versions"):
            doc.setdefault(field, {})
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        kind = event.type.removeprefix("needs.")
        if kind == "CampaignOpened":
            _opened(doc, d)
        elif kind == "CampaignClosed":
            doc["closed"] = True
        elif kind == "CampaignReminderSent":
            doc["reminders"] = max(doc.get("reminders", 0), d.get("reminder", 1))
        elif kind == "SurveyResponseSubmitted":
            doc["responded"][d["school"]] = d["cluster"]
            doc["returned"].pop(d["school"], None)
            if "template_version" in d:
                doc["versions"][d["school"]] = d["template_version"]
        elif kind == "SurveyResponseReturned":
            doc["returned"][d["school"]] = d.get("correct_by", "")


def _opened(doc: dict[str, Any], d: dict[str, Any]) -> None:
    doc.update(
        campaign_id=d["campaign_id"],
        title=d["title"],
        opens_on=d.get("opens_on"),
        closes_on=d["closes_on"],
        targets={t["school"]: t["cluster"] for t in d["target_schools"]},
        names={t["school"]: t.get("name_th", "") for t in d["target_schools"]},
    )
    doc.setdefault("closed", False)
    doc.setdefault("reminders", 0)
