"""Commands of a school's year: the 4Q baseline (U), agreement, evaluation and honours; the
SAR sent and reviewed; teachers honoured for excellent work."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from services.supervision.domain.commands.base import (
    Code,
    Command,
    EvidenceIn,
    Evidences,
    Line,
    Lines,
    Score,
    Text,
)
from services.supervision.domain.vocabulary import Dimension, Review

Indicators = Annotated[dict[Code, Score], Field(max_length=50)]


class RecordQualityBaseline(Command):
    """ขั้นที่ 2 วิเคราะห์ปัญหาสู่ความเข้าใจ (U): the school's present state on the five
    dimensions before the year's development, and the problems and needs found."""

    scores: dict[Dimension, Score] = Field(
        title="คะแนนสภาพปัจจุบันรายด้าน (0-100)", min_length=1, max_length=5
    )
    problems: Lines = Field(default_factory=list, title="สภาพปัญหาที่พบ")
    needs: Lines = Field(default_factory=list, title="ความต้องการในการพัฒนา")
    priorities: list[Dimension] = Field(default_factory=list, title="ด้านที่ต้องเร่งพัฒนา", max_length=5)
    collected_on: date = Field(title="วันที่เก็บข้อมูล")


class SignQualityAgreement(Command):
    targets: dict[Dimension, Score] = Field(
        title="เป้าหมายรายด้าน (0-100)",
        max_length=5,
        description="Target score (0-100) per 4Q dimension",
    )
    signed_on: date = Field(title="วันที่ลงนาม")
    school_director: Line = Field(title="ผู้อำนวยการโรงเรียน")
    esa_director: Line = Field(title="ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา")


class EvaluateQuality(Command):
    indicators: dict[Dimension, Indicators] = Field(
        title="คะแนนตัวชี้วัดรายด้าน",
        max_length=5,
        description="Indicator scores (0-100) per dimension",
    )
    evaluated_on: date = Field(title="วันที่ประเมิน")


class AwardHonour(Command):
    title_th: Line = Field(title="ชื่อรางวัล/การยกย่อง")
    awarded_on: date = Field(title="วันที่ยกย่อง")


class HonourTeacher(Command):
    """ยกย่องเชิดชูเกียรติครูที่มีผลงานที่เป็นเลิศ (sandbox manual, item 4.6)."""

    teacher: Line = Field(title="ชื่อครู")
    position: str = Field(default="", title="ตำแหน่ง", max_length=300)
    work_th: Line = Field(title="ผลงานที่เป็นเลิศ")
    subject_area: str = Field(default="", title="กลุ่มสาระการเรียนรู้", max_length=300)
    title_th: Line = Field(title="ชื่อรางวัล/การยกย่อง")
    awarded_on: date = Field(title="วันที่ยกย่อง")
    evidence: Evidences = Field(default_factory=list, title="หลักฐาน")


class SubmitSar(Command):
    document: EvidenceIn = Field(title="รายงานการประเมินตนเอง (SAR)")


class ReviewSar(Command):
    decision: Review = Field(title="ผลการพิจารณา")
    reasons: Lines = Field(default_factory=list, title="เหตุผลที่ส่งคืน")


class RecordSarSynthesis(Command):
    summary_th: Text = Field(title="สรุปผลการสังเคราะห์")
    strengths: Lines = Field(default_factory=list, title="จุดเด่น")
    improvements: Lines = Field(default_factory=list, title="จุดที่ควรพัฒนา")
    document: EvidenceIn | None = Field(default=None, title="เอกสารผลการสังเคราะห์")
