"""Parts 6 and 7 of the year-end report: 4Q quality (the agreements signed with the ESA
director, the evaluation per dimension against the targets, the ranking of schools and the
honours given) and the schools' self-assessment reports (SAR)."""

from __future__ import annotations

from typing import Any

from services.reporting.application.yearend import Figure, Kind, Part, Table, columns, ratio
from services.reporting.application.yearend_labels import DIMENSION_TH, PARTS
from services.reporting.application.yearend_scope import Scope, Spec, breakdown
from services.reporting.application.yearend_supervision import answer
from services.reporting.projections.supervision_school_year import MODEL as SCHOOL_YEAR

TOP_SCHOOLS = 20  # a province's or the nation's ranking lists the best schools only

QUALITY_UNITS: list[Spec] = [
    ("ลงนามข้อตกลง", "int", lambda r: r["agreements"]),
    ("ประเมินแล้ว", "int", lambda r: r["evaluated"]),
    ("คะแนนเฉลี่ย", "decimal", lambda r: r["mean_overall"] if r["evaluated"] else None),
    ("ได้รับการยกย่อง", "int", lambda r: r["honoured"]),
]


async def quality_part(scope: Scope) -> Part:
    q = await answer(scope, "quality")
    docs = await _evaluations(scope)
    all_met = sum(all(d.get("targets_met", {}).values()) for d in docs if "overall" in d)
    figures = [
        Figure("บันทึกข้อตกลงความร่วมมือที่ลงนาม", q["agreements"]),
        Figure("โรงเรียนที่ประเมินคุณภาพแล้ว", q["evaluated"]),
        Figure(
            "คะแนนคุณภาพเฉลี่ย (เต็ม 100)", q["mean_overall"] if q["evaluated"] else None, "decimal"
        ),
        Figure("โรงเรียนที่บรรลุเป้าหมายครบทั้ง 5 ด้าน", all_met),
        Figure("โรงเรียนที่ได้รับการยกย่องเชิดชูเกียรติ", q["honoured"]),
    ]
    tables = [
        _dimensions(docs),
        _ranking(scope, q["ranking"]),
        *breakdown(scope, "คุณภาพ 4Q", q.get(f"{scope.below}s", []), QUALITY_UNITS),
    ]
    name = PARTS["quality"]
    return Part("quality", name.title, name.sheet, figures, tables)


async def _evaluations(scope: Scope) -> list[dict[str, Any]]:
    where = {} if scope.level == "nation" else {scope.level: scope.code}
    flt = {"kind": "quality", **where, "year": str(scope.year)}
    return list(await scope.store.find(SCHOOL_YEAR, flt))


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _dimensions(docs: list[dict[str, Any]]) -> Table:
    evaluated = [d for d in docs if "overall" in d]
    rows = []
    for dim, label in DIMENSION_TH.items():
        targets = [d["targets"][dim] for d in docs if dim in d.get("targets", {})]
        scores = [d["dimension_scores"][dim] for d in evaluated if dim in d["dimension_scores"]]
        met = sum(bool(d.get("targets_met", {}).get(dim)) for d in evaluated)
        rows.append([label, _mean(targets), _mean(scores), met, ratio(met, len(evaluated))])
    return Table(
        "ผลการประเมินเทียบกับเป้าหมายรายด้าน",
        columns(
            ("ด้าน", "text"),
            ("เป้าหมายเฉลี่ย", "decimal"),
            ("คะแนนเฉลี่ย", "decimal"),
            ("โรงเรียนที่บรรลุเป้าหมาย", "int"),
            ("ร้อยละที่บรรลุเป้าหมาย", "percent"),
        ),
        rows if docs else [],
        "ยังไม่มีบันทึกข้อตกลงหรือผลการประเมิน",
    )


def _ranking(scope: Scope, ranking: list[dict[str, Any]]) -> Table:
    wide = scope.level != "esa"
    shown = ranking[:TOP_SCHOOLS] if wide else ranking
    head: list[tuple[str, Kind]] = [("ลำดับ", "int"), ("รหัสโรงเรียน", "text"), ("ชื่อโรงเรียน", "text")]
    head += [("เขตพื้นที่การศึกษา", "text")] if wide else []
    rows = [
        [r["rank"], r["school"], scope.names.school(r["school"])]
        + ([scope.names.esa(r["esa"])] if wide else [])
        + [r["overall"], r["targets_met"], ", ".join(r["honours"]) or "-"]
        for r in shown
    ]
    top = f" ({TOP_SCHOOLS} อันดับแรก)" if wide and len(ranking) > TOP_SCHOOLS else ""
    return Table(
        f"การจัดลำดับคุณภาพโรงเรียนและการยกย่องเชิดชูเกียรติ{top}",
        columns(
            *head,
            ("คะแนนรวม", "decimal"),
            ("ด้านที่บรรลุเป้าหมาย (จาก 5)", "int"),
            ("การยกย่องเชิดชูเกียรติ", "text"),
        ),
        rows,
        "ยังไม่มีผลการประเมิน",
    )


SAR_UNITS: list[Spec] = [
    ("โรงเรียน", "int", lambda r: r["schools"]),
    ("ส่งรายงานแล้ว", "int", lambda r: r["received"]),
    ("ผ่านการพิจารณา", "int", lambda r: r["accepted"]),
    ("ร้อยละที่ผ่านการพิจารณา", "percent", lambda r: ratio(r["accepted"], r["schools"])),
    ("ยังไม่ส่ง", "int", lambda r: r["missing"]),
]


async def sar_part(scope: Scope) -> Part:
    sar = await answer(scope, "sar")
    figures = [
        Figure("โรงเรียนทั้งหมด", sar["schools"]),
        Figure("โรงเรียนที่ส่งรายงานแล้ว", sar["received"]),
        Figure("รายงานที่รอการพิจารณา", sar["awaiting_review"]),
        Figure("รายงานที่ส่งกลับให้แก้ไข", sar["returned"]),
        Figure("รายงานที่ผ่านการพิจารณา", sar["accepted"]),
        Figure("โรงเรียนที่ยังไม่ส่งรายงาน", sar["missing"]),
        Figure(
            "ร้อยละของโรงเรียนที่รายงานผ่านการพิจารณา", ratio(sar["accepted"], sar["schools"]), "percent"
        ),
        Figure("การสังเคราะห์รายงานของเขตพื้นที่การศึกษา", sar["syntheses"]),
    ]
    tables = breakdown(scope, "รายงาน SAR", sar.get(f"{scope.below}s", []), SAR_UNITS)
    if scope.level == "esa":
        tables.append(
            Table(
                "โรงเรียนที่ยังไม่ส่งรายงาน SAR",
                columns(("รหัสโรงเรียน", "text"), ("ชื่อโรงเรียน", "text")),
                [[c, scope.names.school(c)] for c in sar["schools_missing"]],
                "ทุกโรงเรียนส่งรายงานแล้ว",
            )
        )
    name = PARTS["sar"]
    return Part("sar", name.title, name.sheet, figures, tables)
