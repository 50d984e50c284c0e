"""A ready-made form 1 (เครื่องมือการศึกษาความต้องการ...): questions an ESA may start from.

It is only a starting point: an ESA publishes it (or its own edit of it) as version 1 of a
template, and from then on the published versions are what counts.
"""

from __future__ import annotations

from typing import Any

from services.needs.domain.questions import Question

TITLE_TH = "แบบสำรวจความต้องการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษาในการจัดการเรียนรู้"


def _options(*pairs: tuple[str, str], none: str = "") -> list[dict[str, Any]]:
    options: list[dict[str, Any]] = [{"id": i, "label_th": label} for i, label in pairs]
    if none:
        options.append({"id": "none", "label_th": none, "need": False})
    return options


def _scale(qid: str, category: str, subject: str, text_th: str) -> dict[str, Any]:
    return {
        "id": qid,
        "category": category,
        "subject": subject,
        "kind": "scale",
        "text_th": text_th,
        "required": True,
        "scale_min": 1,
        "scale_max": 5,
    }


RAW: list[dict[str, Any]] = [
    {
        "id": "media_needed",
        "category": "media",
        "kind": "choice",
        "multiple": True,
        "required": True,
        "text_th": "สื่อการเรียนรู้ที่สถานศึกษาต้องการเพิ่ม",
        "options": _options(
            ("printed", "สื่อสิ่งพิมพ์ (ใบงาน แบบฝึก หนังสือ)"),
            ("digital", "สื่อดิจิทัลและสื่อออนไลน์"),
            ("kits", "ชุดการทดลองและชุดกิจกรรม"),
            ("models", "ของจริง หุ่นจำลอง"),
            ("video", "สื่อวีดิทัศน์ (รวม DLTV)"),
            none="ไม่ต้องการเพิ่ม",
        ),
    },
    _scale("thai_media", "media", "thai", "ระดับความต้องการสื่อกลุ่มสาระการเรียนรู้ภาษาไทย"),
    _scale("math_media", "media", "mathematics", "ระดับความต้องการสื่อกลุ่มสาระการเรียนรู้คณิตศาสตร์"),
    _scale(
        "science_media", "media", "science", "ระดับความต้องการสื่อกลุ่มสาระการเรียนรู้วิทยาศาสตร์และเทคโนโลยี"
    ),
    _scale(
        "english_media",
        "media",
        "foreign_languages",
        "ระดับความต้องการสื่อกลุ่มสาระการเรียนรู้ภาษาต่างประเทศ",
    ),
    {
        "id": "innovation_needed",
        "category": "innovation",
        "kind": "choice",
        "multiple": True,
        "required": True,
        "text_th": "นวัตกรรมที่สถานศึกษาต้องการพัฒนา",
        "options": _options(
            ("active_learning", "รูปแบบการจัดการเรียนรู้เชิงรุก (Active Learning)"),
            ("reading", "นวัตกรรมแก้ปัญหาการอ่านการเขียน"),
            ("coding", "กิจกรรม Coding และวิทยาการคำนวณ"),
            ("stem", "กิจกรรมสะเต็มศึกษา (STEM)"),
            ("assessment", "เครื่องมือวัดและประเมินผล"),
            none="ไม่ต้องการ",
        ),
    },
    {
        "id": "innovation_team",
        "category": "innovation",
        "kind": "choice",
        "required": True,
        "text_th": "สถานศึกษามีทีมพัฒนานวัตกรรมหรือไม่",
        "options": [
            {"id": "yes", "label_th": "มี", "need": False},
            {"id": "no", "label_th": "ไม่มี", "need": False},
        ],
    },
    {
        "id": "innovation_support",
        "category": "innovation",
        "kind": "choice",
        "multiple": True,
        "required": True,
        "text_th": "ต้องการการสนับสนุนด้านใดในการพัฒนานวัตกรรม",
        "show_if": {"question": "innovation_team", "any_of": ["no"]},
        "options": _options(
            ("training", "การอบรมเชิงปฏิบัติการ"),
            ("mentoring", "พี่เลี้ยงหรือการโค้ช"),
            ("budget", "งบประมาณ"),
        ),
    },
    {
        "id": "devices_needed",
        "category": "technology",
        "kind": "number",
        "required": True,
        "text_th": "จำนวนคอมพิวเตอร์หรือแท็บเล็ตสำหรับผู้เรียนที่ต้องการเพิ่ม",
        "unit_th": "เครื่อง",
        "number_min": 0,
        "number_max": 5000,
    },
    _scale("internet", "technology", "general", "ระดับความต้องการพัฒนาระบบอินเทอร์เน็ตของสถานศึกษา"),
    {
        "id": "teacher_technology",
        "category": "technology",
        "kind": "choice",
        "multiple": True,
        "text_th": "ความต้องการพัฒนาครูด้านเทคโนโลยีทางการศึกษา",
        "options": _options(
            ("platforms", "การใช้แพลตฟอร์มการเรียนรู้ออนไลน์"),
            ("production", "การผลิตสื่อดิจิทัล"),
            ("ai", "การใช้ปัญญาประดิษฐ์ช่วยจัดการเรียนรู้"),
            none="ไม่ต้องการ",
        ),
    },
    {
        "id": "other_needs",
        "category": "media",
        "kind": "text",
        "max_length": 1000,
        "text_th": "ความต้องการอื่น ๆ และข้อเสนอแนะ",
    },
]


def standard_questions() -> list[Question]:
    return [Question.model_validate(q) for q in RAW]
