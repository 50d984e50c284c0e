"""Summing ESA-level facts into ESA, provincial and national answers.

Every higher level is computed from the same ESA documents at query time, so a province is
always exactly the sum of its ESAs and the nation the sum of its provinces.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def rate(responded: int, targets: int) -> float:
    return round(responded / targets, 4) if targets else 0.0


def campaign_figures(doc: dict[str, Any]) -> dict[str, Any]:
    targets = doc.get("targets", {})
    responded = {s for s in doc.get("responded", {}) if s in targets}
    clusters: dict[str, dict[str, int]] = defaultdict(lambda: {"targets": 0, "responded": 0})
    for school, cluster in targets.items():
        clusters[cluster]["targets"] += 1
        clusters[cluster]["responded"] += school in responded
    return {
        "campaign_id": doc.get("campaign_id"),
        "title": doc.get("title", ""),
        "esa": doc.get("esa"),
        "province": doc.get("province"),
        "closed": doc.get("closed", False),
        "closes_on": doc.get("closes_on"),
        "targets": len(targets),
        "responded": len(responded),
        "rate": rate(len(responded), len(targets)),
        "not_responded": sorted(set(targets) - responded),
        "by_cluster": [
            {"cluster": c, **v, "rate": rate(v["responded"], v["targets"])}
            for c, v in sorted(clusters.items())
        ],
    }


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    targets = sum(r["targets"] for r in rows)
    responded = sum(r["responded"] for r in rows)
    return {
        "targets": targets,
        "responded": responded,
        "rate": rate(responded, targets),
        "campaigns": sum(r.get("campaigns", 1) for r in rows),
    }


def group_by(rows: list[dict[str, Any]], key: str, names: list[str]) -> list[dict[str, Any]]:
    """Totals per `key` value, including every name in `names` (zeros where nothing happened)."""
    grouped: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for row in rows:
        grouped.setdefault(row[key], []).append(row)
    return [{key: k, **totals(v)} for k, v in sorted(grouped.items())]
