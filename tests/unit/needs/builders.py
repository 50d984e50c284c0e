"""Events and states the needs domain tests start from (fictional data, Loei ESA 3)."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.needs.domain import campaigns
from services.needs.domain import events as ev
from services.needs.domain.questions import Question
from services.needs.domain.standard_form import standard_questions
from services.needs.domain.templates import Template
from tests.support.needs_bodies import standard_answers

__all__ = ["standard_answers"]  # the tests of the domain answer the standard survey too

TODAY = date(2026, 6, 1)  # academic year 2569, semester 1
SCHOOL = "1042060101"
OTHER_SCHOOL = "1042060102"
OUTSIDER = "1042060114"


def question(**fields: Any) -> Question:
    base: dict[str, Any] = {"id": "q", "category": "media", "kind": "text", "text_th": "คำถาม"}
    return Question.model_validate(base | fields)


def choice(qid: str = "media", **fields: Any) -> Question:
    options = [
        {"id": "digital", "label_th": "สื่อดิจิทัล"},
        {"id": "kits", "label_th": "ชุดกิจกรรม"},
        {"id": "none", "label_th": "ไม่ต้องการ", "need": False},
    ]
    return question(id=qid, kind="choice", options=options, **fields)


def published(
    version: int = 1, questions: list[Question] | None = None, **kw: Any
) -> ev.SurveyTemplateVersionPublished:
    fields: dict[str, Any] = {
        "template_id": "t1",
        "esa": "loei-3",
        "province": "loei",
        "version": version,
        "title_th": "แบบสำรวจความต้องการสื่อ",
        "questions": questions if questions is not None else standard_questions(),
        "published_on": TODAY,
    }
    return ev.SurveyTemplateVersionPublished(**(fields | kw))


def template(*versions: ev.SurveyTemplateVersionPublished) -> Template:
    return Template(list(versions) or [published()])


def opened(**kw: Any) -> ev.CampaignOpened:
    fields: dict[str, Any] = {
        "campaign_id": "c1",
        "esa": "loei-3",
        "province": "loei",
        "academic_year": 2569,
        "title": "สำรวจความต้องการสื่อ ปีการศึกษา 2569",
        "opens_on": date(2026, 5, 20),
        "closes_on": date(2026, 6, 30),
        "target_kind": "list",
        "target_schools": [
            ev.TargetSchool(school=SCHOOL, cluster="loei-3-nahaeo", name_th="โรงเรียนบ้านนาแห้ว"),
            ev.TargetSchool(school=OTHER_SCHOOL, cluster="loei-3-nahaeo", name_th="โรงเรียนบ้านกลาง"),
        ],
        "template_id": "t1",
        "template_version": 1,
    }
    return ev.CampaignOpened(**(fields | kw))


def campaign(*later: Any, **kw: Any) -> campaigns.Campaign:
    return campaigns.campaign_from([opened(**kw), *later])
