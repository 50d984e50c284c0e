"""Teachers honoured for excellent work (sandbox manual, item 4.6), one document per ESA and
academic year: each honour with its school, teacher, title, day and semester, and the role
that gave it (the ESA director or the province's driving committee)."""

from __future__ import annotations

from datetime import date

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import safe_key
from kit.thai import semester

MODEL = "supervision_teacher_honours"
TYPE = "supervision.TeacherHonoured"


def honours_key(esa: str, year: object) -> str:
    return f"teachers:{esa}:{year}"


class SupervisionTeacherHonours:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == TYPE:
            return [honours_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[honours_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        keep = ("school", "teacher", "title_th", "work_th", "awarded_on", "awarded_by")
        honour: dict[str, str | int] = {k: str(d[k]) for k in keep}
        honour["semester"] = semester(date.fromisoformat(str(d["awarded_on"])))
        doc.setdefault("honours", {})[safe_key(d["honour_id"])] = honour
