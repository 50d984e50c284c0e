"""Supervision figures computed from ESA-level (or finer) documents.

Every function takes the documents of some set of ESAs and returns plain numbers, so the same
function answers an ESA, each ESA of a province, the province, and the nation: a province is
always the sum of its ESAs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

LEVELS = ("excellent", "good", "fair", "improve")
LEVELS_TH = {"excellent": "ดีเยี่ยม", "good": "ดี", "fair": "พอใช้", "improve": "ปรับปรุง"}
RECENT_DAYS = 30


def rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def coverage(
    schools: list[dict[str, Any]], visits: list[dict[str, Any]], today: date
) -> dict[str, Any]:
    """Schools visited in the period asked about, and not visited in the last 30 days. A
    visit counts for a school where it was recorded (its ESA then), so that a province's
    figures are the sum of its ESAs'."""
    codes = {s["school"] for s in schools}
    placed = {(s["school"], s.get("esa")) for s in schools}
    visited = {v["school"] for v in visits if (v["school"], v.get("esa")) in placed}
    cutoff = (today - timedelta(days=RECENT_DAYS)).isoformat()
    stale = sorted(s["school"] for s in schools if s.get("last_visit_on", "") < cutoff)
    modes: Counter[str] = Counter()
    for v in visits:
        modes.update(v.get("modes", {}))
    return {
        "schools": len(codes),
        "visited": len(visited),
        "not_visited": len(codes - visited),
        "coverage_rate": rate(len(visited), len(codes)),
        "not_visited_in_30_days": len(stale),
        "visits": sum(v.get("visits", 0) for v in visits),
        "visits_by_mode": dict(sorted(modes.items())),
        "schools_not_visited": sorted(codes - visited),
        "schools_not_visited_in_30_days": stale,
    }


def follow_ups(visits: list[dict[str, Any]]) -> dict[str, Any]:
    items = [i for v in visits for i in v.get("items", {}).values()]
    done = sum(i.get("done", False) for i in items)
    overdue = [
        {"school": v["school"], "visit_id": v["visit_id"], "item_id": k, "due_on": i.get("due_on")}
        for v in visits
        for k, i in v.get("items", {}).items()
        if i.get("overdue") and not i.get("done")
    ]
    return {
        "action_items": len(items),
        "done": done,
        "open": len(items) - done,
        "overdue": len(overdue),
        "overdue_rate": rate(len(overdue), len(items)),
        "overdue_items": sorted(overdue, key=lambda r: (r["due_on"] or "", r["school"])),
    }


def observations(visits: list[dict[str, Any]]) -> dict[str, Any]:
    obs = [o for v in visits for o in v.get("observations", {}).values()]
    overall = Counter(o["overall"] for o in obs)
    indicators: dict[str, Counter[str]] = {}
    for o in obs:
        for indicator, level in o.get("scores", {}).items():
            indicators.setdefault(f"{o.get('rubric', '')}/{indicator}", Counter())[level] += 1
    return {
        "observations": len(obs),
        "levels": level_shares(overall),
        "by_indicator": [
            {"indicator": k, "levels": level_shares(c)} for k, c in sorted(indicators.items())
        ],
    }


def level_shares(counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """Observations per level (all four, in order), with each level's share."""
    total = sum(counts.values())
    return [
        {
            "level": lv,
            "level_th": LEVELS_TH[lv],
            "count": counts.get(lv, 0),
            "share": rate(counts.get(lv, 0), total),
        }
        for lv in LEVELS
    ]


def quality(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """4Q: schools evaluated, the mean score, and the ranking (1 = best; ties share a rank)."""
    evaluated = [d for d in docs if d.get("kind") == "quality" and "overall" in d]
    entries = [
        {
            "school": d["school"],
            "esa": d["esa"],
            "overall": d["overall"],
            "dimension_scores": d.get("dimension_scores", {}),
            "targets_met": sum(d.get("targets_met", {}).values()),
            "honours": d.get("honours", []),
        }
        for d in evaluated
    ]
    scores = [d["overall"] for d in evaluated]
    return {
        "agreements": sum("targets" in d for d in docs),
        "evaluated": len(evaluated),
        "mean_overall": round(sum(scores) / len(scores), 2) if scores else 0.0,
        "honoured": sum(bool(d.get("honours")) for d in evaluated),
        "ranking": ranked(entries),
    }


def ranked(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Best score first (then by school code); ties share a rank, the next rank skips."""
    ordered = sorted(entries, key=lambda e: (-e["overall"], e["school"]))
    ranking, rank = [], 0
    for n, e in enumerate(ordered, start=1):
        if n == 1 or e["overall"] != ordered[n - 2]["overall"]:
            rank = n
        ranking.append({"rank": rank, **{k: v for k, v in e.items() if k != "rank"}})
    return ranking


def sar(schools: list[dict[str, Any]], docs: list[dict[str, Any]]) -> dict[str, Any]:
    """SAR reports of the schools; a report counts where it was recorded (its ESA then)."""
    codes = {s["school"]: s.get("esa") for s in schools}
    status = {(d["school"], d.get("esa")): d["status"] for d in docs if d.get("kind") == "sar"}
    counts = Counter(status.get((c, esa), "missing") for c, esa in codes.items())
    return {
        "schools": len(codes),
        "received": len(codes) - counts["missing"],
        "awaiting_review": counts["received"],
        "returned": counts["returned"],
        "accepted": counts["accepted"],
        "missing": counts["missing"],
        "completeness": rate(counts["accepted"], len(codes)),
        "schools_missing": sorted(c for c, esa in codes.items() if (c, esa) not in status),
        "syntheses": sum(d.get("kind") == "synthesis" for d in docs),
    }
