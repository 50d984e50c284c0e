"""A school's own curriculum figures: its competency-based curriculum cases (stage, type,
since when, overdue) and the competency assessments it reported per semester."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.reporting.application.curriculum_figures import STAGE_TH, is_overdue
from services.reporting.application.querying import Doc, Store
from services.reporting.projections.curriculum_assessments import MODEL as ASSESSMENTS
from services.reporting.projections.curriculum_pipeline import MODEL as PIPELINE


async def section(
    store: Store, place: Doc, year: int, semester: int | None, now: datetime
) -> dict[str, Any]:
    school = place["school"]
    flt = {"esa": place["esa"], "year": str(year), "school": school}
    cases = [
        {
            "case_id": d["case_id"],
            "curriculum_type": d.get("curriculum_type"),
            "stage": d.get("stage", "draft"),
            "stage_th": STAGE_TH.get(d.get("stage", "draft"), ""),
            "since": d.get("stage_since"),
            "overdue": is_overdue(d, now) if d.get("stage_since") else False,
        }
        for d in sorted(await store.find(PIPELINE, flt), key=lambda d: d["case_id"])
    ]
    reported = []
    for term in [semester] if semester else [1, 2]:
        doc = await store.get(ASSESSMENTS, f"assessment:{school}-{year}-{term}")
        if doc:
            reported.append(
                {
                    "semester": term,
                    "learners": doc.get("learners", 0),
                    "reported_at": doc.get("reported_at"),
                }
            )
    return {
        "title_th": "หลักสูตรสถานศึกษาฐานสมรรถนะ",
        "title_en": "Competency-based school curricula",
        "cases": len(cases),
        "case_list": cases,
        "assessments_reported": len(reported),
        "assessments": reported,
    }
