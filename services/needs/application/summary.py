"""A campaign's summary (form 2, แบบบันทึกข้อมูลผลการศึกษาความต้องการ), across template versions.

Each response is read with the questions of the version it answered. Answers to one question
id are added up across versions (publishing keeps a question id's meaning, see
domain.templates); the labels shown are those of the newest version that has the question or
option. Only each school's latest revision counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

Doc = dict[str, Any]


def questions_by_version(template: Doc) -> dict[int, list[Doc]]:
    return {v["version"]: v["questions"] for v in template.get("versions", [])}


def question_catalogue(template: Doc, versions: set[int]) -> dict[str, Doc]:
    """Every question of the given versions, described by the newest version that has it."""
    catalogue: dict[str, Doc] = {}
    for number, questions in sorted(questions_by_version(template).items()):
        if number not in versions:
            continue
        for q in questions:
            options = {**catalogue.get(q["id"], {}).get("labels", {})}
            options |= {o["id"]: o["label_th"] for o in q.get("options", [])}
            seen = catalogue.get(q["id"], {}).get("versions", [])
            catalogue[q["id"]] = {**q, "labels": options, "versions": [*seen, number]}
    return catalogue


def summarise(campaign: Doc, template: Doc, responses: list[Doc]) -> Doc:
    answered = [r for r in responses if r.get("answers") is not None]
    versions = {r["template_version"] for r in answered} | {campaign.get("template_version", 1)}
    catalogue = question_catalogue(template, versions)
    targets = campaign.get("targets", {})
    returned = sum(r.get("status") == "returned" for r in answered)
    return {
        "campaign_id": campaign.get("campaign_id"),
        "title": campaign.get("title"),
        "template_id": campaign.get("template_id"),
        "template_version": campaign.get("template_version"),
        "targets": len(targets),
        "responded": len(answered),
        "returned": returned,
        "rate": round(len(answered) / len(targets), 4) if targets else 0.0,
        "responses_by_version": _by_version(answered),
        "questions": [_question(q, answered) for q in catalogue.values()],
        "needs": rank_needs(answered),
    }


def _by_version(responses: list[Doc]) -> list[Doc]:
    counts = Counter(r["template_version"] for r in responses)
    return [{"template_version": v, "responses": n} for v, n in sorted(counts.items())]


def _question(q: Doc, responses: list[Doc]) -> Doc:
    values = [r["answers"][q["id"]] for r in responses if q["id"] in r["answers"]]
    out = {k: q.get(k) for k in ("id", "category", "subject", "kind", "text_th", "versions")}
    out["answered"] = len(values)
    if q["kind"] == "choice":
        chosen = Counter(
            v for value in values for v in (value if isinstance(value, list) else [value])
        )
        out["options"] = [
            {"id": o, "label_th": label, "count": chosen.get(o, 0)}
            for o, label in q["labels"].items()
        ]
    elif q["kind"] in ("scale", "number"):
        out["total"] = sum(values)
        out["mean"] = round(sum(values) / len(values), 2) if values else None
        if q["kind"] == "scale":
            out["distribution"] = {str(k): n for k, n in sorted(Counter(values).items())}
    else:
        out["texts"] = [
            {"school": r["school"], "text": r["answers"][q["id"]]}
            for r in responses
            if q["id"] in r["answers"]
        ]
    return out


def rank_needs(responses: list[Doc]) -> list[Doc]:
    """Needs by category and learning area: responses expressing any, then mentions."""
    groups: dict[tuple[str, str], Doc] = defaultdict(
        lambda: {"responses": 0, "mentions": 0, "items": Counter()}
    )
    for r in responses:
        touched = set()
        for need in r.get("needs", []):
            key = (need["category"], need["subject"])
            groups[key]["mentions"] += 1
            groups[key]["items"][need["label_th"]] += 1
            touched.add(key)
        for key in touched:
            groups[key]["responses"] += 1
    rows = [
        {
            "category": c,
            "subject": s,
            "responses": g["responses"],
            "mentions": g["mentions"],
            "top_items": [{"label_th": k, "responses": n} for k, n in g["items"].most_common(5)],
        }
        for (c, s), g in groups.items()
    ]
    rows.sort(key=lambda r: (-r["responses"], -r["mentions"], r["category"], r["subject"]))
    return [{"rank": i, **r} for i, r in enumerate(rows, start=1)]
