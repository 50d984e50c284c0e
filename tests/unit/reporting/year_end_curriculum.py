"""A year of competency-based curricula in Loei, through the curriculum service's own handlers:
a type-2 curriculum approved by the province, a type-3 one forwarded to the national committee
(still waiting, so overdue at year end), one sent back to its school, and competency
assessments reported in both semesters."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.curriculum.application import assessments, cases, committees
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.case import Actor
from services.curriculum.domain.decisions import DecisionRequest
from services.curriculum.domain.events import registry
from services.curriculum.domain.reference import PARTNER_GROUPS, Committee
from services.directory.reference import SCHOOL_BY_CODE

META = CommandMeta(actor_id="tester", actor_role="school_director", name="test")
SUB, DRIVING = Committee.ACADEMIC_SUBCOMMITTEE, Committee.DRIVING_COMMITTEE


class CurriculumYear:
    def __init__(self) -> None:
        self.clock = FixedClock(datetime(2026, 6, 1, 2, 0, tzinfo=UTC))
        self.store = InMemoryEventStore(self.clock)
        self.runner = CommandRunner(self.store, registry, "curriculum", self.clock)

    def events(self) -> list[CloudEvent]:
        return sorted(self.store.all_events(), key=lambda e: (e.time, e.subject, e.streamversion))

    def facts(self, school: str) -> dict[str, str]:
        s = SCHOOL_BY_CODE[school]
        return {"school": school, "esa": s.esa, "province": "loei", "cluster": s.cluster} | {
            "name_th": s.name_th
        }

    def actor(self, role: str) -> Actor:
        return Actor(f"someone-{role}", "ผู้ทดสอบ", role, self.clock.now())

    async def submitted(self, school: str, curriculum_type: int) -> str:
        facts = self.facts(school)
        await cases.open_case(
            self.runner, META, facts | {"sandbox_pilot": True}, 2569, curriculum_type, "หลักสูตร"
        )
        case_id, day = f"{school}-2569", date(2026, 5, 30)
        for decide in (
            lambda h: preparation.add_document(h, "drive://v1", "sha256:" + "a" * 64, ""),
            lambda h: preparation.record_analysis(h, "ฐานทุนของชุมชน", [], []),
            lambda h: preparation.record_board_approval(h, day, "มติที่ประชุม", day),
            lambda h: preparation.record_hearing(h, day, dict.fromkeys(PARTNER_GROUPS, 3), day),
            lambda h: submission.submit(h, self.actor("school_director")),
        ):
            await cases.run_on_case(self.runner, META, facts["esa"], case_id, decide)
        return case_id

    async def decide(self, case_id: str, committee: Committee, outcome: str) -> None:
        esa = SCHOOL_BY_CODE[case_id.split("-")[0]].esa
        changes = ("ปรับปรุงการวัดและประเมินผล",) if outcome == "send_back" else ()
        request = DecisionRequest(committee, outcome, "ตามมติที่ประชุม", changes)
        await committees.decide(self.runner, META, esa, case_id, request, self.actor(committee))

    async def assessed(self, school: str, semester: int, learners: int, advanced: int) -> None:
        levels = {
            "communication": {"advanced": advanced, "proficient": learners - advanced},
            "teamwork": {"developing": learners // 2, "proficient": learners - learners // 2},
        }
        await assessments.report(
            self.runner, META, self.facts(school), 2569, semester, learners, levels
        )


async def curriculum_events() -> list[CloudEvent]:
    y = CurriculumYear()
    approved = await y.submitted("1042060101", 2)
    forwarded = await y.submitted("1042060102", 3)
    returned = await y.submitted("1042000101", 2)
    y.clock.advance(days=20)
    for case_id in (approved, forwarded):
        await y.decide(case_id, SUB, "pass")
    await y.decide(returned, SUB, "send_back")
    y.clock.advance(days=15)
    await y.decide(approved, DRIVING, "approve")
    await y.decide(forwarded, DRIVING, "forward")
    y.clock.set(datetime(2026, 10, 1, 2, 0, tzinfo=UTC))
    await y.assessed("1042060101", 1, 120, 30)
    await y.assessed("1042000101", 1, 80, 10)
    y.clock.set(datetime(2027, 3, 1, 2, 0, tzinfo=UTC))
    await y.assessed("1042060101", 2, 125, 40)
    return y.events()
