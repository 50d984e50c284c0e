"""`supervision_drive`: an ESA's drive for 4Q quality, one document per ESA and year: the
driving team, the committees, their progress reports (with each school's latest statuses),
the good-practice exchanges, the results carried into next year (`carried_forward`) and, on
the next year's document, what the year before carried into it (`carried_from`)."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_drive"
TYPES = (
    "supervision.QualityDrivingTeamAppointed",
    "supervision.MonitoringCommitteeAppointed",
    "supervision.QualityProgressReported",
    "supervision.GoodPracticeExchangeHeld",
    "supervision.QualityResultsCarriedForward",
)
APPOINTMENT = ("order_no", "appointed_on", "members")
CARRIED = ("revision", "lessons_th", "priorities", "focus_schools", "actions")


def drive_key(esa: str, year: Any) -> str:
    return f"drive:{esa}:{year}"


class DriveView:
    name = MODEL
    sources = ["supervision"]
    indexes = [["kind", "esa", "year"], ["kind", "province", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type not in TYPES:
            return []
        d = event.data
        keys = [drive_key(d["esa"], d["academic_year"])]
        if event.type.endswith("CarriedForward"):
            keys.append(drive_key(d["esa"], d["next_year"]))
        return keys

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        kind = event.type.removeprefix("supervision.")
        doc = _drive(docs, d["esa"], d["province"], d["academic_year"])
        if kind == "QualityDrivingTeamAppointed":
            doc["team"] = {k: d[k] for k in APPOINTMENT}
        elif kind == "MonitoringCommitteeAppointed":
            doc["committees"][d["body"]] = {k: d[k] for k in APPOINTMENT}
        elif kind == "QualityProgressReported":
            _reported(doc, d)
        elif kind == "GoodPracticeExchangeHeld":
            keep = ("exchange_id", "title", "held_on", "mode", "practices", "participants")
            doc["exchanges"].append({k: d[k] for k in keep} | {"evidence": d["evidence"]})
        else:
            carried = {k: d[k] for k in CARRIED}
            doc["carried_forward"] = carried | {"next_year": d["next_year"]}
            later = _drive(docs, d["esa"], d["province"], d["next_year"])
            later["carried_from"] = carried | {"year": d["academic_year"]}


def _drive(docs: Docs, esa: str, province: str, year: Any) -> dict[str, Any]:
    doc = docs[drive_key(esa, year)]
    doc.update(kind="drive", esa=esa, province=province, year=str(year))
    for name, empty in (("committees", {}), ("reports", []), ("exchanges", []), ("latest", {})):
        doc.setdefault(name, empty)
    return doc


def _reported(doc: dict[str, Any], d: dict[str, Any]) -> None:
    keep = ("report_id", "round", "body", "reported_on", "schools", "summary_th")
    doc["reports"].append({k: d[k] for k in keep} | {"recommendations": d["recommendations"]})
    for school in d["schools"]:  # each school's statuses as its latest report gave them
        doc["latest"][school["school"]] = {
            "cluster": school["cluster"],
            "statuses": school["statuses"],
            "round": d["round"],
            "reported_on": d["reported_on"],
        }
