"""The needs section's tables: rows with Thai keys, ready for the year-end report.

Each function takes a level's answer (from the needs queries) and returns a list of rows.
"""

from __future__ import annotations

from services.reporting.application.querying import Doc

UNIT_TH = {"esa": "เขตพื้นที่การศึกษา", "province": "จังหวัด"}


def percent(rate: float) -> float:
    return round(rate * 100, 2)


def response_rows(rates: Doc) -> list[Doc]:
    """Per campaign at ESA level, per ESA in a province, per province in the nation."""
    if rates["level"] == "esa":
        return [
            {
                "แบบสำรวจ": c["title"],
                "โรงเรียนเป้าหมาย": c["targets"],
                "ตอบแล้ว": c["responded"],
                "ร้อยละการตอบ": percent(c["rate"]),
                "ยังไม่ตอบ": c["targets"] - c["responded"],
                "ส่งคืนให้แก้ไข": c["returned"],
            }
            for c in rates["campaigns"]
        ]
    key = "esa" if rates["level"] == "province" else "province"
    return [
        {
            UNIT_TH[key]: row[key],
            "จำนวนแบบสำรวจ": row["campaigns"],
            "โรงเรียนเป้าหมาย": row["targets"],
            "ตอบแล้ว": row["responded"],
            "ร้อยละการตอบ": percent(row["rate"]),
        }
        for row in rates[f"{key}s"]
    ]


def need_rows(ranking: Doc, top: int = 10) -> list[Doc]:
    return [
        {
            "ลำดับ": r["rank"],
            "ด้าน": r["category_th"],
            "กลุ่มสาระการเรียนรู้": r["subject_th"],
            "จำนวนโรงเรียนที่ต้องการ": r["responses"],
            "จำนวนรายการที่ระบุ": r["mentions"],
            "รายการที่ต้องการมากที่สุด": ", ".join(i["label_th"] for i in r["top_items"][:3]),
        }
        for r in ranking["ranking"][:top]
    ]


def missing_rows(rates: Doc) -> list[Doc]:
    """Schools not yet answered, by name (ESA level only: a province lists counts per ESA)."""
    if rates["level"] != "esa":
        return []
    return [
        {
            "แบบสำรวจ": c["title"],
            "รหัสโรงเรียน": m["school"],
            "ชื่อโรงเรียน": m["name_th"],
            "กลุ่มโรงเรียน": m["cluster"],
            "สถานะ": m["status_th"],
        }
        for c in rates["campaigns"]
        for m in c["missing"]
    ]


def production_rows(production: Doc) -> list[Doc]:
    return [
        {"ระดับคุณภาพ": row["level_th"], "จำนวนผลงาน": row["count"]} for row in production["by_level"]
    ] + [{"ระดับคุณภาพ": "ยังไม่ได้ประเมิน", "จำนวนผลงาน": production["not_evaluated"]}]


def service_rows(service: Doc) -> list[Doc]:
    return [
        {
            "ประเภทบริการ": row["kind_th"],
            "คำขอ": row["requests"],
            "ให้บริการแล้ว": row["fulfilled"],
            "อยู่ระหว่างดำเนินการ": row["open"],
            "เกินกำหนด": row["overdue"],
            "ไม่สามารถให้บริการ": row["declined"],
        }
        for row in service["by_kind"]
    ]
