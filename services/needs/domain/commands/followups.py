"""Step 5, form 5 (แบบบันทึกผลการนิเทศ ติดตามการใช้/การบริการใช้สื่อ): a supervisor records how
a school uses its media and the service it received, linked to the records concerned."""

from __future__ import annotations

from pydantic import Field

from services.needs.domain.commands.common import Command, Day, Id, Note
from services.needs.domain.vocabulary import FollowupMode, LinkKind, MediaUse, UseAspect


class AspectScore(Command):
    aspect: UseAspect = Field(title="ประเด็นการนิเทศ")
    score: int = Field(ge=1, le=4, title="ระดับ (1 ปรับปรุง – 4 ดีเยี่ยม)")
    note: Note = ""


class UseOfRecord(Command):
    kind: LinkKind = Field(title="ประเภทรายการ")
    id: Id = Field(title="รหัสรายการ")
    use: MediaUse = Field(title="การนำไปใช้")
    note: Note = ""


class RecordMediaFollowup(Command):
    visited_on: Day = Field(title="วันที่นิเทศ")
    mode: FollowupMode = Field(default=FollowupMode.ON_SITE, title="รูปแบบการนิเทศ")
    aspects: list[AspectScore] = Field(min_length=1, max_length=5, title="ผลการนิเทศรายประเด็น")
    uses: list[UseOfRecord] = Field(
        default_factory=list, max_length=30, title="การใช้สื่อและบริการที่ได้รับ"
    )
    findings: str = Field(min_length=1, max_length=2000, title="สิ่งที่พบ")
    recommendations: str = Field(default="", max_length=2000, title="ข้อเสนอแนะ")
