"""Model media sent to schools (needs step 3) at the three levels: dispatches, media, schools
sent to and reached, receipts acknowledged, per channel and kind.

Per ESA that sent them, in the semester asked for (all year when none): a dispatch counts in
the semester of the day it was sent; `sent` counts each school a dispatch went to, `received`
each that acknowledged it; `schools_reached` counts a school once however many dispatches
reached it. The receipt rate is taken from the sums at every level.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.needs_labels import CATEGORY_TH
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, fresh, rate
from services.reporting.projections.needs_model_media import MODEL

CHANNEL_TH = {
    "in_person": "มอบในการประชุม อบรม",
    "post": "ส่งทางไปรษณีย์",
    "online": "ส่งทางออนไลน์",
    "supervision_visit": "มอบระหว่างการนิเทศ",
}
ZERO: Doc = {
    "dispatches": 0,
    "items": 0,
    "sent": 0,
    "received": 0,
    "schools": {},
    "channels": dict.fromkeys(CHANNEL_TH, 0),
    "kinds": dict.fromkeys(CATEGORY_TH, 0),
}


def _counted(row: Doc, dispatch: Doc) -> None:
    targets = dispatch.get("targets", {})
    row["dispatches"] += 1
    row["items"] += len(dispatch.get("kinds", []))
    row["sent"] += len(targets)
    row["received"] += sum(school in targets for school in dispatch.get("received", {}))
    for school in targets:
        row["schools"][school] = 1
    row["channels"][dispatch["channel"]] = row["channels"].get(dispatch["channel"], 0) + 1
    for kind in dispatch.get("kinds", []):
        row["kinds"][kind] = row["kinds"].get(kind, 0) + 1


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    rows: Rows = {}
    for doc in await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "dispatches")):
        row = rows.setdefault(doc["esa"], fresh(ZERO))
        for dispatch in doc.get("dispatches", {}).values():
            if "sent_on" in dispatch and semester in (None, dispatch.get("semester")):
                _counted(row, dispatch)
    return rows


MODEL_MEDIA = Rollup("needs_model_media", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    return {
        "dispatches": row["dispatches"],
        "media_items": row["items"],
        "schools_sent": row["sent"],
        "schools_reached": len(row["schools"]),
        "received": row["received"],
        "receipt_rate": rate(row["received"], row["sent"]),
        "by_channel": [
            {"channel": k, "channel_th": v, "dispatches": row["channels"].get(k, 0)}
            for k, v in CHANNEL_TH.items()
        ],
        "by_kind": [
            {"kind": k, "kind_th": v, "items": row["kinds"].get(k, 0)}
            for k, v in CATEGORY_TH.items()
        ],
    }


async def model_media(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> dict[str, Any]:
    return await answer(
        store, MODEL_MEDIA, level, code, year, (semester,), figures, ZERO, semester=semester
    )
