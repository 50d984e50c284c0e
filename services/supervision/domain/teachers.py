"""Teachers honoured for excellent work (sandbox manual, item 4.6: ยกย่องเชิดชูเกียรติครูที่มี
ผลงานที่เป็นเลิศ), one stream per school and year; each teacher receives a title once."""

from __future__ import annotations

from kit.events import DomainEvent
from services.supervision.domain.events.schools import TeacherHonoured


def teachers_stream(school: str, year: int) -> str:
    return f"teachers-{school}-{year}"


def honour_teacher(history: list[DomainEvent], honour: TeacherHonoured) -> list[DomainEvent]:
    given = {(e.teacher, e.title_th) for e in history if isinstance(e, TeacherHonoured)}
    return [] if (honour.teacher, honour.title_th) in given else [honour]
