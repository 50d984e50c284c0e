"""Survey questions: what a template version asks, with typed answers and simple skip rules.

A question has a stable `id` (it keys answers in events and read models, so it is a short
lower-case code), a category (media / innovation / technology) and a learning area, a kind
(choice, scale, number or text), whether it is required, and optionally `show_if`: it is
asked only when an earlier question's answer is one of the listed values.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.needs.domain.vocabulary import Category, Subject

CODE = r"^[a-z][a-z0-9_]{0,39}$"
Code = Annotated[str, Field(pattern=CODE)]
Kind = Literal["choice", "scale", "number", "text"]
TEXT_LIMIT = 2000


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(Frozen):
    id: Code = Field(title="รหัสตัวเลือก")
    label_th: str = Field(min_length=1, max_length=200, title="ข้อความตัวเลือก")
    label_en: str = Field(default="", max_length=200, title="ข้อความตัวเลือก (ภาษาอังกฤษ)")
    need: bool = Field(default=True, title="เป็นความต้องการ")  # "none needed" says False


class Condition(Frozen):
    """Ask the question only when `question` (an earlier one) was answered with one of `any_of`."""

    question: Code = Field(title="คำถามที่เป็นเงื่อนไข")
    any_of: list[Annotated[str, Field(max_length=40)] | int] = Field(
        min_length=1, max_length=30, title="คำตอบที่ทำให้ถามข้อนี้"
    )


class Question(Frozen):
    id: Code = Field(title="รหัสคำถาม")
    category: Category = Field(title="ด้าน")
    subject: Subject = Field(default=Subject.GENERAL, title="กลุ่มสาระการเรียนรู้")
    text_th: str = Field(min_length=1, max_length=500, title="ข้อคำถาม")
    text_en: str = Field(default="", max_length=500, title="ข้อคำถาม (ภาษาอังกฤษ)")
    kind: Kind = Field(title="ชนิดคำถาม")
    required: bool = Field(default=False, title="ต้องตอบ")
    show_if: Condition | None = Field(default=None, title="เงื่อนไขการถาม")
    # choice
    options: list[Option] = Field(default_factory=list, max_length=30, title="ตัวเลือก")
    multiple: bool = Field(default=False, title="เลือกได้หลายข้อ")
    # scale: whole numbers from scale_min to scale_max; need_from and above express a need
    scale_min: int = Field(default=1, ge=0, le=10, title="ค่าต่ำสุดของมาตราส่วน")
    scale_max: int = Field(default=5, ge=1, le=10, title="ค่าสูงสุดของมาตราส่วน")
    need_from: int | None = Field(default=None, ge=0, le=10, title="เกณฑ์ความต้องการ")
    # number: a quantity needed (pieces, people...); above zero expresses a need
    number_min: float = Field(default=0, ge=-1e9, le=1e9, title="ค่าต่ำสุด")
    number_max: float = Field(default=1_000_000, ge=-1e9, le=1e9, title="ค่าสูงสุด")
    unit_th: str = Field(default="", max_length=50, title="หน่วยนับ")
    # text
    max_length: int = Field(default=1000, ge=1, le=TEXT_LIMIT, title="ความยาวสูงสุดของคำตอบ")

    def need_threshold(self) -> int:
        """The lowest scale answer that expresses a need: need_from, else the top two points."""
        if self.need_from is not None:
            return self.need_from
        return self.scale_max - 1 if self.scale_max - self.scale_min >= 2 else self.scale_max

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


def meaning(question: Question) -> tuple[object, ...]:
    """What must stay the same for one question id across versions of a template."""
    if question.kind == "scale":
        return (question.kind, question.scale_min, question.scale_max)
    return (question.kind,)
