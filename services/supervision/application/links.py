"""What a visit record may name besides its school: the planned visit it carries out (in the
plan of its semester, for the same school) and the curriculum follow-up it fulfils (scheduled
for the same school in the visit's year or the one before: a follow-up is due 60 days after
an approval, which may fall in the next year). Both are read from their own streams, which the visit command
only reads (`runner.history`)."""

from __future__ import annotations

from kit.commands import CommandRunner, StreamTarget
from kit.errors import RuleViolation
from services.supervision.application.ports import SchoolPlace
from services.supervision.domain import followups, plans
from services.supervision.domain.commands.visits import RecordVisit
from services.supervision.domain.events.plans import VisitPlanned
from services.supervision.domain.events.schools import FollowUpSupervisionScheduled


async def check_links(
    runner: CommandRunner, school: SchoolPlace, term: tuple[int, int], command: RecordVisit
) -> None:
    if command.planned_visit_id:
        stream = plans.plan_stream(school.esa, *term)
        history, _ = await runner.history(StreamTarget(school.esa, school.province, stream))
        if not any(
            isinstance(e, VisitPlanned)
            and e.planned_visit_id == command.planned_visit_id
            and e.school == school.school
            for e in history
        ):
            raise _unknown("planned_visit_id", "แผนการนิเทศ", "planned visit")
    if command.follow_up_id:
        scheduled = []
        for year in (term[0], term[0] - 1):
            stream = followups.follow_up_stream(school.school, year)
            history, _ = await runner.history(StreamTarget(school.esa, school.province, stream))
            scheduled += [e for e in history if isinstance(e, FollowUpSupervisionScheduled)]
        if not any(e.follow_up_id == command.follow_up_id for e in scheduled):
            raise _unknown("follow_up_id", "การนิเทศติดตามหลักสูตร", "curriculum follow-up")


def _unknown(field: str, what_th: str, what: str) -> RuleViolation:
    return RuleViolation(
        f"ไม่พบ{what_th}นี้ของโรงเรียนในภาคเรียน/ปีการศึกษาของการนิเทศ",
        f"No such {what} of this school in the visit's semester or year.",
        code=f"unknown_{field.removesuffix('_id')}",
        details={"field": field},
    )
