"""Pilot schools' records under the sandbox laws: one document per school and academic year
with the sums of the year (baht per money basis, learners per transfer direction)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_sandbox_records"
SUMS = {
    "curriculum.SandboxDonationRecorded": ("donations_baht", "value_baht"),
    "curriculum.InnovationSubsidyRecorded": ("innovation_subsidy_baht", "amount_baht"),
    "curriculum.LearningMaterialsSpendingRecorded": ("learning_materials_baht", "amount_baht"),
}


class CurriculumSandboxRecords:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("sandbox-"):
            d = event.data
            return [f"sandbox:{d['school']}:{d['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"sandbox:{d['school']}:{d['academic_year']}"]
        doc.update(
            school=d["school"],
            cluster=d["cluster"],
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
        )
        doc["entries"] = d["entry_no"]
        if event.type in SUMS:
            total, field = SUMS[event.type]
            doc[total] = doc.get(total, 0) + d[field]
        elif event.type == "curriculum.CreditTransferRecorded":
            key = f"credit_transfers_{d['direction']}"
            doc[key] = doc.get(key, 0) + d["learners"]
