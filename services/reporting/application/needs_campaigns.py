"""A needs campaign's figures from its response document: target schools and answers per
cluster, the schools missing, and totals over several campaigns."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from services.reporting.application.rollup import rate

Doc = dict[str, Any]


def campaign_figures(doc: Doc) -> Doc:
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


def totals(rows: list[Doc]) -> Doc:
    targets = sum(r["targets"] for r in rows)
    responded = sum(r["responded"] for r in rows)
    return {
        "targets": targets,
        "responded": responded,
        "rate": rate(responded, targets),
        "campaigns": sum(r.get("campaigns", 1) for r in rows),
    }
