"""What every supervision command is made of: the frozen base, bounded texts and codes, and the
values several commands carry (evidence, action items, members).

Every field has a Thai `title` (the label a refused field is named by); texts and lists are
bounded; unknown fields are refused.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from services.supervision.domain.vocabulary import CommitteeRole, MemberSector

SCHOOL_CODE = r"^[0-9]{10}$"
CODE = r"^[A-Za-z0-9_-]{1,64}$"  # ids chosen by clients (also keys of stored maps)
PERSON = r"^[A-Za-z0-9_.:@-]{1,120}$"

Text = Annotated[str, Field(max_length=4000)]
Line = Annotated[str, Field(min_length=1, max_length=300)]
SchoolCode = Annotated[str, Field(pattern=SCHOOL_CODE)]
Code = Annotated[str, Field(pattern=CODE)]
Lines = Annotated[list[Annotated[str, Field(min_length=1, max_length=1000)]], Field(max_length=30)]
Schools = Annotated[list[SchoolCode], Field(max_length=500)]
Year = Annotated[int, Field(ge=2560, le=2600, description="Academic year (B.E.)")]
Score = Annotated[float, Field(ge=0, le=100)]


class Command(BaseModel):
    """A request body that is the command itself: frozen, unknown fields refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class EvidenceIn(Command):
    title: Line = Field(title="ชื่อหลักฐาน")
    sha256: str = Field(
        title="รหัสตรวจสอบเอกสาร (SHA-256)",
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the content",
    )
    uri: str = Field(default="", title="ที่อยู่เอกสาร", max_length=1000)


Evidences = Annotated[list[EvidenceIn], Field(max_length=50)]


class ActionItemIn(Command):
    item_id: Code = Field(title="รหัสข้อตกลง")
    description: str = Field(title="ข้อตกลง", min_length=1, max_length=1000)
    owner: Line = Field(title="ผู้รับผิดชอบ")
    due_on: date = Field(title="วันครบกำหนด")


class MemberIn(Command):
    """A member of an appointed committee or team (คำสั่งแต่งตั้ง)."""

    name: Line = Field(title="ชื่อ-สกุล")
    position: str = Field(default="", title="ตำแหน่ง", max_length=300)
    role: CommitteeRole = Field(default=CommitteeRole.MEMBER, title="บทบาทในคณะ")
    sector: MemberSector = Field(default=MemberSector.ESA, title="ภาคส่วน")
    person: str | None = Field(
        default=None,
        title="รหัสผู้ใช้ในระบบ",
        pattern=PERSON,
        description="The member's person id, when they record the committee's work here",
    )


Members = Annotated[list[MemberIn], Field(min_length=1, max_length=100)]


class Appointment(Command):
    """An appointment by order (คำสั่งแต่งตั้ง): its number, day and members."""

    order_no: str = Field(title="เลขที่คำสั่ง", min_length=1, max_length=60)
    appointed_on: date = Field(title="วันที่สั่ง")
    members: Members = Field(title="รายชื่อคณะกรรมการ")
