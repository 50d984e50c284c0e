"""Campaign documents: dates, targets, the template version asked, reminders, who answered.

`responses` maps each school that answered to its latest revision, status (submitted or
returned) and the template version it answered; each entry comes from that school's stream.
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {
    "needs.CampaignOpened",
    "needs.CampaignTemplateVersionAdopted",
    "needs.CampaignReminderSent",
    "needs.CampaignClosed",
    "needs.SurveyResponseSubmitted",
    "needs.SurveyResponseReturned",
}


def keys(event: CloudEvent) -> list[str]:
    return [f"campaign:{event.data['campaign_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[f"campaign:{d['campaign_id']}"]
    doc.update(record="campaign", campaign_id=d["campaign_id"], esa=d["esa"])
    doc.update(province=d["province"], year=str(d["academic_year"]))
    doc.setdefault("responses", {})
    kind = event.type.removeprefix("needs.")
    if kind == "CampaignOpened":
        _opened(doc, d)
    elif kind == "CampaignTemplateVersionAdopted":
        doc["template_version"] = max(doc.get("template_version", 0), d["to_version"])
    elif kind == "CampaignReminderSent":
        reminder = {"reminder": d["reminder"], "sent_on": d["sent_on"]}
        reminder["schools"] = [s["school"] for s in d["schools"]]
        doc.setdefault("reminders", []).append(reminder)
    elif kind == "CampaignClosed":
        doc.update(closed=True, closed_on=d["closed_on"])
    elif kind == "SurveyResponseSubmitted":
        doc["responses"][d["school"]] = {
            "revision": d["revision"],
            "status": "submitted",
            "template_version": d.get("template_version"),
            "at": event.time.isoformat(),
        }
    else:  # SurveyResponseReturned
        entry = doc["responses"].setdefault(d["school"], {"revision": d["revision"]})
        entry.update(status="returned", correct_by=d["correct_by"], reason=d["reason"])


def _opened(doc: dict[str, Any], d: dict[str, Any]) -> None:
    doc.update(
        title=d["title"],
        opens_on=d["opens_on"],
        closes_on=d["closes_on"],
        target_kind=d["target_kind"],
        target_cluster=d.get("target_cluster", ""),
        targets={
            t["school"]: {"cluster": t["cluster"], "name_th": t.get("name_th", "")}
            for t in d["target_schools"]
        },
        template_id=d["template_id"],
        template_version=max(doc.get("template_version", 0), d["template_version"]),
    )
    doc.setdefault("closed", False)
    doc.setdefault("reminders", [])
