"""Step 3 (ส่งต้นแบบของหน่วยงาน): a supervisor sends model media to schools; each school
acknowledges what it received."""

from __future__ import annotations

from pydantic import Field

from services.needs.domain.commands.common import Command, Day, Note, Target
from services.needs.domain.vocabulary import Category, DeliveryChannel, GradeLevel, Subject


class ModelMediumItem(Command):
    title: str = Field(min_length=1, max_length=300, title="ชื่อสื่อต้นแบบ")
    kind: Category = Field(title="ประเภท")
    subject: Subject = Field(default=Subject.GENERAL, title="กลุ่มสาระการเรียนรู้")
    grade_levels: list[GradeLevel] = Field(default_factory=list, max_length=15, title="ระดับชั้น")
    quantity: int = Field(default=1, ge=1, le=1000, title="จำนวนต่อโรงเรียน")
    reference: str = Field(
        default="", max_length=500, title="ที่อยู่ของสื่อ", description="A URL or document id"
    )


class SendModelMedia(Command):
    title: str = Field(min_length=1, max_length=300, title="เรื่องที่ส่ง")
    purpose: str = Field(
        default="", max_length=2000, title="ความต้องการที่ตอบสนอง", description="Why these schools"
    )
    media: list[ModelMediumItem] = Field(min_length=1, max_length=20, title="สื่อต้นแบบ")
    target: Target = Field(title="โรงเรียนที่ส่งถึง")
    channel: DeliveryChannel = Field(title="ช่องทางการส่ง")
    sent_on: Day | None = Field(default=None, title="วันที่ส่ง", description="Default: today")


class AcknowledgeModelMedia(Command):
    received_on: Day | None = Field(default=None, title="วันที่ได้รับ", description="Default: today")
    note: Note = ""
