"""A campaign's responses as CSV (UTF-8 with BOM, so spreadsheet programs read the Thai).

One row per school (its latest revision); one column per question of every version answered.
A choice is written with the labels of the version the school answered, so rows answered
under different versions each read as the school saw them.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from services.needs.application.summary import question_catalogue, questions_by_version

Doc = dict[str, Any]
STATUS_TH = {"submitted": "ส่งแล้ว", "returned": "ส่งคืนให้แก้ไข", None: "ยังไม่ตอบ"}


def responses_csv(campaign: Doc, template: Doc, responses: list[Doc]) -> str:
    by_school = {r["school"]: r for r in responses}
    versions = {r["template_version"] for r in responses} | {campaign.get("template_version", 1)}
    catalogue = question_catalogue(template, versions)
    per_version = {n: {q["id"]: q for q in qs} for n, qs in questions_by_version(template).items()}
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(
        ["รหัสโรงเรียน", "ชื่อโรงเรียน", "กลุ่มโรงเรียน", "สถานะ", "ครั้งที่ส่ง", "ฉบับแบบสำรวจ", "เวลาที่ส่ง"]
        + [f"{qid} {q['text_th']}" for qid, q in catalogue.items()]
    )
    for school, target in sorted(campaign.get("targets", {}).items()):
        r = by_school.get(school, {})
        asked = per_version.get(r.get("template_version", 0), {})
        answers = r.get("answers", {})
        writer.writerow(
            [
                school,
                target.get("name_th", ""),
                target.get("cluster", ""),
                STATUS_TH[r.get("status")],
                r.get("revision", ""),
                r.get("template_version", ""),
                r.get("submitted_at", ""),
            ]
            + [_cell(asked.get(qid), answers.get(qid)) for qid in catalogue]
        )
    return out.getvalue()


def _cell(question: Doc | None, value: Any) -> str:
    if value is None or question is None:
        return ""
    if question["kind"] == "choice":
        labels = {o["id"]: o["label_th"] for o in question.get("options", [])}
        chosen = value if isinstance(value, list) else [value]
        return "; ".join(str(labels.get(c, c)) for c in chosen)
    return str(value)
