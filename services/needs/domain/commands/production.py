"""Production record commands (step 2, form 3): register, add evidence, evaluate, withdraw."""

from __future__ import annotations

from pydantic import Field

from services.needs.domain.commands.common import Command, EvidenceItem, Reason
from services.needs.domain.indicators import Indicator
from services.needs.domain.vocabulary import Category, GradeLevel, Subject


class AuthorItem(Command):
    name: str = Field(min_length=1, max_length=200, title="ชื่อผู้จัดทำ")
    position: str = Field(default="", max_length=200, title="ตำแหน่ง")


class RegisterProduction(Command):
    title: str = Field(min_length=1, max_length=300, title="ชื่อผลงาน")
    kind: Category = Field(title="ประเภทผลงาน")
    subject: Subject = Field(title="กลุ่มสาระการเรียนรู้")
    grade_levels: list[GradeLevel] = Field(min_length=1, max_length=15, title="ระดับชั้น")
    authors: list[AuthorItem] = Field(min_length=1, max_length=20, title="ผู้จัดทำ")
    description: str = Field(default="", max_length=2000, title="คำอธิบายผลงาน")
    evidence: list[EvidenceItem] = Field(default_factory=list, max_length=20, title="หลักฐาน")


class AddEvidence(Command):
    evidence: list[EvidenceItem] = Field(min_length=1, max_length=20, title="หลักฐาน")


class ScoreItem(Command):
    indicator: Indicator = Field(title="ตัวชี้วัด")
    score: int = Field(ge=1, le=4, title="คะแนน (1 ปรับปรุง – 4 ดีเยี่ยม)")
    comment: str = Field(default="", max_length=1000, title="ความเห็น")


class EvaluateProduction(Command):
    scores: list[ScoreItem] = Field(min_length=1, max_length=20, title="คะแนนรายตัวชี้วัด")
    comment: str = Field(default="", max_length=2000, title="ความเห็นของผู้ประเมิน")


class WithdrawProduction(Command):
    reason: Reason = Field(title="เหตุผลที่ถอนผลงาน")
