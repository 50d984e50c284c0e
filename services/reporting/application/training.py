"""Personnel development: trainings the ESA held, their hours, participants and the schools
their participants came from, per ESA and academic year (a semester by the training's day).

A school counts once per ESA whose trainings reached it, so that a province's figure is the
sum of its ESAs'. Hours are the trainings' own hours, summed.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.esa_records import answered, of_term
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.projections.supervision_training import MODEL

ZERO: Doc = {"trainings": 0, "hours": 0.0, "participants": 0, "schools_reached": 0}


def held(doc: Doc, semester: int | None) -> list[Doc]:
    """The document's trainings (those recorded as held) in the semester asked for."""
    return of_term((t for t in doc.get("trainings", {}).values() if "held_on" in t), semester)


def _row(trainings: list[Doc]) -> Doc:
    schools = {s for t in trainings for s in t.get("schools", {})}
    return {
        "trainings": len(trainings),
        "hours": sum(float(t.get("hours", 0)) for t in trainings),
        "participants": sum(t.get("participants", 0) for t in trainings),
        "schools_reached": len(schools),
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "trainings"))
    return {d["esa"]: _row(held(d, semester)) for d in docs}


TRAINING = Rollup("supervision_training", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    return {**row, "hours": round(row["hours"], 2)}


def listed(trainings: list[Doc]) -> list[Doc]:
    return [
        {
            "title": t.get("title", ""),
            "held_on": t["held_on"],
            "hours": float(t.get("hours", 0)),
            "organiser": t.get("organiser", ""),
            "participants": t.get("participants", 0),
            "schools": len(t.get("schools", {})),
        }
        for t in sorted(trainings, key=lambda t: (t["held_on"], t.get("title", "")))
    ]


async def training(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """Trainings, hours, participants and schools reached; an ESA lists its trainings."""
    listing = ("trainings_held", lambda d: held(d, semester), listed)
    return await answered(store, TRAINING, level, code, year, semester, figures, ZERO, listing)
