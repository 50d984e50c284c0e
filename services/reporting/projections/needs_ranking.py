"""Needs expressed in survey responses, for ranking by category and learning area.

One document per campaign (an ESA-level fact) holds the needs added up per (category,
learning area) and per item: how many responses express them, how often, in what amount. Each
school's latest revision counts once: a revision first takes back what the school's previous
one added, which a small document per (campaign, school) remembers. So a campaign's document
grows with the survey's items, never with its schools, and a response rewrites two small
documents (docs/PERFORMANCE.md, "Documents that do not grow with their streams").
"""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import safe_key

MODEL = "needs_ranking"
Doc = dict[str, Any]


class NeedsRanking:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        if event.type == "needs.CampaignOpened":
            return [f"campaign:{d['campaign_id']}"]
        if event.type == "needs.SurveyResponseSubmitted":
            return [f"campaign:{d['campaign_id']}", _school_key(d)]
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
        doc.setdefault("groups", {})
        doc.setdefault("responses", 0)
        if event.type == "needs.CampaignOpened":
            doc["title"] = d["title"]
            return
        school = docs[_school_key(d)]
        if "needs" in school:
            _add(doc, school["needs"], -1)
        else:
            doc["responses"] += 1
        school["needs"] = [
            {k: n.get(k) for k in ("category", "subject", "item", "label_th", "amount")}
            for n in d.get("needs", [])
        ]
        _add(doc, school["needs"], +1)


def _school_key(d: Doc) -> str:
    return f"school:{d['campaign_id']}:{d['school']}"


def _add(doc: Doc, needs: list[Doc], sign: int) -> None:
    """Add one school's needs to the campaign's sums (sign -1: take them back)."""
    touched = set()
    for need in needs:
        gkey = f"{safe_key(need['category'])}|{safe_key(need['subject'])}"
        group = doc["groups"].setdefault(
            gkey,
            {
                "category": need["category"],
                "subject": need["subject"],
                "responses": 0,
                "mentions": 0,
                "amount": 0.0,
                "items": {},
            },
        )
        amount = need.get("amount") or 0
        group["mentions"] += sign
        group["amount"] = round(group["amount"] + sign * amount, 6)
        item = group["items"].setdefault(
            safe_key(need["item"]), {"item": need["item"], "responses": 0, "amount": 0.0}
        )
        item["label_th"] = need.get("label_th", "")
        item["responses"] += sign
        item["amount"] = round(item["amount"] + sign * amount, 6)
        touched.add(gkey)
    for gkey in touched:
        doc["groups"][gkey]["responses"] += sign
