"""An ESA's drive for 4Q quality (TUMHOME plus INNO), one document per ESA and academic year:
the driving team and committees appointed (how many members), each school's baseline, the
progress reports (their semester, and each school's latest statuses), the good-practice
exchanges (their semester and the schools that presented) and whether the year's results were
carried into the next year's plan."""

from __future__ import annotations

from datetime import date

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.thai import semester

MODEL = "supervision_quality_drive"
DRIVE = (
    "supervision.QualityDrivingTeamAppointed",
    "supervision.MonitoringCommitteeAppointed",
    "supervision.QualityProgressReported",
    "supervision.GoodPracticeExchangeHeld",
    "supervision.QualityResultsCarriedForward",
)
BASELINE = "supervision.QualityBaselineRecorded"


def drive_key(esa: str, year: object) -> str:
    return f"drive:{esa}:{year}"


def _term(day: str) -> int:
    return semester(date.fromisoformat(day))


class SupervisionQualityDrive:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in DRIVE or event.type == BASELINE:
            return [drive_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d, kind = event.data, event.type.removeprefix("supervision.")
        doc = docs[drive_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        if kind == "QualityDrivingTeamAppointed":
            doc["team"] = len(d["members"])
        elif kind == "MonitoringCommitteeAppointed":
            doc.setdefault("committees", {})[d["body"]] = len(d["members"])
        elif kind == "QualityBaselineRecorded":
            doc.setdefault("baselines", {})[d["school"]] = d["scores"]
        elif kind == "QualityProgressReported":
            report = {"semester": _term(d["reported_on"]), "schools": len(d["schools"])}
            doc.setdefault("reports", {})[d["report_id"]] = report
            latest = doc.setdefault("latest", {})
            for row in d["schools"]:
                latest[row["school"]] = sorted(set(row["statuses"].values()))
        elif kind == "GoodPracticeExchangeHeld":
            schools = sorted({p["school"] for p in d["practices"]})
            held = {"semester": _term(d["held_on"]), "practices": len(d["practices"])}
            doc.setdefault("exchanges", {})[d["exchange_id"]] = held | {"schools": schools}
        else:
            doc["carried"] = {"revision": d["revision"], "focus": len(d["focus_schools"])}
