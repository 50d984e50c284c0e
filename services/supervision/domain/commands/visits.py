"""Commands of a semester's plan and its visits: assign schools, plan a visit, record and
revise a visit, observe a classroom; the school's answer; an action item verified later."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AwareDatetime, Field, model_validator

from services.supervision.domain.commands.base import (
    CODE,
    ActionItemIn,
    Code,
    Command,
    Evidences,
    Line,
    SchoolCode,
    Schools,
    Text,
)
from services.supervision.domain.vocabulary import ItemOutcome, Policy, RubricLevel, VisitMode

Policies = Annotated[list[Policy], Field(min_length=1, max_length=12)]
Items = Annotated[list[ActionItemIn], Field(max_length=50)]
Revision = Annotated[int, Field(ge=1, le=10_000)]


class AssignSchools(Command):
    supervisor: str | None = Field(
        default=None,
        title="ศึกษานิเทศก์ผู้รับผิดชอบ",
        min_length=1,
        max_length=120,
        description="Person id; the caller when omitted",
    )
    supervisor_name: str = Field(default="", title="ชื่อศึกษานิเทศก์", max_length=200)
    cluster: str | None = Field(default=None, title="กลุ่มโรงเรียน", max_length=60)
    schools: Schools = Field(default_factory=list, title="โรงเรียน")

    @model_validator(mode="after")
    def _some(self) -> AssignSchools:
        if not self.cluster and not self.schools:
            raise ValueError("give a cluster or a list of schools")
        return self


class PlanVisit(Command):
    school: SchoolCode = Field(title="โรงเรียน")
    planned_on: date = Field(title="วันที่วางแผนนิเทศ")
    mode: VisitMode = Field(default=VisitMode.ON_SITE, title="รูปแบบการนิเทศ")
    focus: Line = Field(title="ประเด็นการนิเทศ")
    policies: Policies = Field(title="นโยบาย/โครงการที่เกี่ยวข้อง")


class RecordVisit(Command):
    visit_id: str | None = Field(
        default=None,
        title="รหัสบันทึกการนิเทศ",
        pattern=CODE,
        description="Chosen by the device for a draft made offline (a retry is safe)",
    )
    school: SchoolCode = Field(title="โรงเรียน")
    mode: VisitMode = Field(title="รูปแบบการนิเทศ")
    occurred_at: AwareDatetime = Field(
        title="วันเวลาที่นิเทศ", description="When the visit happened (with time zone)"
    )
    drafted_at: AwareDatetime | None = Field(default=None, title="วันเวลาที่บันทึกร่าง")
    focus: Line = Field(title="ประเด็นการนิเทศ")
    policies: Policies = Field(title="นโยบาย/โครงการที่เกี่ยวข้อง")
    project: str = Field(default="", title="โครงการ", max_length=300)
    findings: Text = Field(title="ผลการนิเทศ (สิ่งที่พบ)")
    recommendations: Text = Field(title="ข้อเสนอแนะ")
    action_items: Items = Field(default_factory=list, title="ข้อตกลงร่วมกัน")
    evidence: Evidences = Field(default_factory=list, title="หลักฐาน")
    planned_visit_id: str | None = Field(default=None, title="แผนการนิเทศที่ดำเนินการ", max_length=64)
    follow_up_id: str | None = Field(default=None, title="การนิเทศติดตามหลักสูตร", max_length=64)


class ReviseVisit(Command):
    base_revision: Revision = Field(
        title="ฉบับที่แก้ไขจาก", description="The revision the edit was made from"
    )
    mode: VisitMode | None = Field(default=None, title="รูปแบบการนิเทศ")
    focus: Line | None = Field(default=None, title="ประเด็นการนิเทศ")
    policies: Policies | None = Field(default=None, title="นโยบาย/โครงการที่เกี่ยวข้อง")
    project: str | None = Field(default=None, title="โครงการ", max_length=300)
    findings: Text | None = Field(default=None, title="ผลการนิเทศ (สิ่งที่พบ)")
    recommendations: Text | None = Field(default=None, title="ข้อเสนอแนะ")
    evidence: Evidences | None = Field(default=None, title="หลักฐาน")
    add_action_items: Items = Field(default_factory=list, title="ข้อตกลงเพิ่มเติม")


class ObserveClassroom(Command):
    observation_id: Code = Field(title="รหัสการสังเกตการสอน")
    rubric_id: Code = Field(title="เกณฑ์การสังเกต (รูบริก)")
    rubric_version: int | None = Field(default=None, title="ฉบับของเกณฑ์", ge=1, le=1000)
    teacher: Line = Field(title="ครูผู้สอน")
    subject_area: Line = Field(title="กลุ่มสาระการเรียนรู้")
    grade_level: str = Field(title="ระดับชั้น", min_length=1, max_length=40)
    scores: dict[Code, RubricLevel] = Field(title="ระดับคุณภาพรายตัวชี้วัด", min_length=1, max_length=60)
    notes: Text = Field(default="", title="บันทึกเพิ่มเติม")


class AcknowledgeVisit(Command):
    revision: Revision = Field(title="ฉบับที่อ่าน", description="The revision the school read")


class DisputeVisit(Command):
    revision: Revision = Field(title="ฉบับที่อ่าน", description="The revision the school read")
    comment: str = Field(title="ความเห็นของโรงเรียน", min_length=1, max_length=2000)


class VerifyActionItem(Command):
    at_visit_id: Code = Field(title="การนิเทศครั้งที่ติดตาม")
    outcome: ItemOutcome = Field(title="ผลการติดตาม")
    note: str = Field(default="", title="บันทึก", max_length=2000)
