"""What a teacher's own records share (a lesson plan, a class assessment): an id made of what
the record is about and the teacher's key, and who may change it."""

from __future__ import annotations

import hashlib

from kit.errors import Forbidden
from services.curriculum.domain.case import Actor
from services.curriculum.domain.schools import School

DIRECTOR = "school_director"


def teacher_key(person: str) -> str:
    """A short stable key of a person id (ids may hold characters a stream id may not)."""
    return hashlib.sha256(person.encode()).hexdigest()[:10]


def record_id(*parts: object, teacher: str) -> str:
    """`<part>-<part>-...-<teacher key>`, e.g. `1021080101-2569-science-p4-3f9a0c21be`."""
    return "-".join([*(str(p) for p in parts), teacher_key(teacher)])


def teacher_facts(school: School, teacher: Actor) -> dict[str, str]:
    """What the opening event of a teacher's record names: the school and the teacher."""
    names = {"school_name": school.name_th, "teacher": teacher.id, "teacher_name": teacher.name}
    return school.facts() | names


def require_author(teacher: str, actor: Actor) -> None:
    """Only the record's teacher, or the school's director, changes a teacher's record."""
    if actor.id != teacher and actor.role != DIRECTOR:
        raise Forbidden(
            "แก้ไขได้เฉพาะครูเจ้าของบันทึกหรือผู้อำนวยการโรงเรียน",
            "Only the record's teacher or the school director may change it.",
            code="not_the_teachers_record",
            details={"teacher": teacher},
        )
