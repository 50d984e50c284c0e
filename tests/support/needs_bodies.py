"""Request bodies of the needs routes, as the people of the process send them (fictional
data, Loei ESA 3's Na Haeo cluster): shared by the needs tests on the real stack and on the
in-memory one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

NA_HAEO = [f"10420601{n:02d}" for n in range(1, 15)]


def standard_answers(**changes: Any) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "media_needed": ["digital", "kits"],
        "thai_media": 3,
        "math_media": 5,
        "science_media": 4,
        "english_media": 2,
        "innovation_needed": ["coding"],
        "innovation_team": "no",
        "innovation_support": ["training"],
        "devices_needed": 12,
        "internet": 5,
    }
    answers.update(changes)
    return {k: v for k, v in answers.items() if v is not None}


def campaign_body(template_id: str, today: date | None = None, **target: Any) -> dict[str, Any]:
    today = today or date.today()
    return {
        "title": "สำรวจความต้องการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา",
        "academic_year": 2569,
        "opens_on": str(today - timedelta(days=1)),
        "closes_on": str(today + timedelta(days=30)),
        "target": target or {"kind": "cluster", "cluster": "loei-3-nahaeo"},
        "template_id": template_id,
    }


def production_body(**changes: Any) -> dict[str, Any]:
    """A production record (form 3) as a school registers it."""
    body: dict[str, Any] = {
        "title": "ชุดกิจกรรมการเรียนรู้คณิตศาสตร์ เรื่องเศษส่วน",
        "kind": "media",
        "subject": "mathematics",
        "grade_levels": ["p4", "p5"],
        "authors": [{"name": "นางสาวสมใจ ตัวอย่าง", "position": "ครู"}],
        "evidence": [{"title": "ไฟล์ชุดกิจกรรม", "reference": "doc://a/1", "sha256": "a" * 64}],
    }
    return body | changes


def model_media_body(**changes: Any) -> dict[str, Any]:
    """Model media (step 3) sent to the Na Haeo cluster, as a supervisor records it."""
    body: dict[str, Any] = {
        "title": "ชุดสื่อต้นแบบการอ่านออกเขียนได้ ป.1",
        "purpose": "โรงเรียนต้องการสื่อภาษาไทยมากที่สุดในการสำรวจ",
        "media": [
            {"title": "บัตรคำพื้นฐาน", "kind": "media", "subject": "thai", "grade_levels": ["p1"]},
            {"title": "แอปฝึกอ่าน", "kind": "technology", "subject": "thai"},
        ],
        "target": {"kind": "cluster", "cluster": "loei-3-nahaeo"},
        "channel": "in_person",
    }
    return body | changes
