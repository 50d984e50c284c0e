"""Dissemination of the ESA's work (form 8): records and their reach, in total and per
channel, per ESA and academic year (a semester by the day of publication)."""

from __future__ import annotations

from typing import Any

from services.reporting.application.esa_records import answered, of_term
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.application.supervision_labels import CHANNEL_TH, known, th
from services.reporting.projections.supervision_dissemination import MODEL

CHANNELS = (*CHANNEL_TH, "other")
ZERO: Doc = {
    "records": 0,
    "reach": 0,
    "channels": {c: {"records": 0, "reach": 0} for c in CHANNELS},
}


def published(doc: Doc, semester: int | None) -> list[Doc]:
    return of_term(doc.get("records", {}).values(), semester)


def _row(records: list[Doc]) -> Doc:
    channels = {c: {"records": 0, "reach": 0} for c in CHANNELS}
    for r in records:
        channel = channels[known(CHANNEL_TH, r["channel"])]
        channel["records"] += 1
        channel["reach"] += r.get("reach", 0)
    return {
        "records": len(records),
        "reach": sum(r.get("reach", 0) for r in records),
        "channels": channels,
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "records"))
    return {d["esa"]: _row(published(d, semester)) for d in docs}


DISSEMINATION = Rollup("supervision_dissemination", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    return {
        "records": row["records"],
        "reach": row["reach"],
        "by_channel": [
            {"channel": c, "channel_th": th(CHANNEL_TH, c), **row["channels"][c]}
            for c in CHANNELS
            if c in CHANNEL_TH or row["channels"][c]["records"]
        ],
    }


def listed(records: list[Doc]) -> list[Doc]:
    return [
        {
            "title": r["title"],
            "channel": r["channel"],
            "channel_th": th(CHANNEL_TH, r["channel"]),
            "published_on": r["published_on"],
            "audience": r.get("audience", ""),
            "reach": r.get("reach", 0),
        }
        for r in sorted(records, key=lambda r: (r["published_on"], r["title"]))
    ]


async def dissemination(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """Records and reach, per channel; an ESA lists its records."""
    listing = ("published", lambda d: published(d, semester), listed)
    return await answered(store, DISSEMINATION, level, code, year, semester, figures, ZERO, listing)
