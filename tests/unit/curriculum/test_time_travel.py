"""The case exactly as it stood at any moment, folded from its stream up to that time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.errors import NotFound
from kit.eventstore.memory import InMemoryEventStore
from services.curriculum.application import cases, committees, reading
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.decisions import DecisionRequest
from services.curriculum.domain.events import registry
from services.curriculum.domain.reference import Committee
from tests.unit.curriculum.given import DIRECTOR, EVERY_GROUP, HASH_1, HASH_2, SCHOOL, member

START = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)
SCHOOL_FACTS = {
    "school": SCHOOL,
    "esa": "rayong-2",
    "province": "rayong",
    "cluster": "rayong-2-wangchan",
    "name_th": "โรงเรียนบ้านป่ายุบใน",
    "sandbox_pilot": True,
}
CASE = f"{SCHOOL}-2569"
META = CommandMeta(actor_id="tester", actor_role="school_director", name="test")


async def test_the_case_as_of_a_moment_is_what_the_committee_saw_then() -> None:
    clock = FixedClock(START)
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, registry, "curriculum", clock)
    today = date(2026, 6, 1)

    async def step(decide: object) -> None:
        await cases.run_on_case(runner, META, "rayong-2", CASE, decide)  # type: ignore[arg-type]
        clock.advance(days=1)

    await cases.open_case(runner, META, SCHOOL_FACTS, 2569, 2, "หลักสูตรฐานสมรรถนะ")
    clock.advance(days=1)
    await step(lambda h: preparation.add_document(h, "drive://v1", HASH_1, ""))
    await step(lambda h: preparation.record_analysis(h, "ฐานทุน", [], []))
    await step(lambda h: preparation.record_board_approval(h, today, "มติ 1/2569", today))
    await step(lambda h: preparation.record_hearing(h, today, EVERY_GROUP, today))
    await step(lambda h: submission.submit(h, DIRECTOR))
    seen_by_committee = clock.now() - timedelta(hours=1)
    send_back = DecisionRequest(Committee.ACADEMIC_SUBCOMMITTEE, "send_back", "ปรับ", ("เพิ่ม",))
    who = member(Committee.ACADEMIC_SUBCOMMITTEE)
    await committees.decide(runner, META, "rayong-2", CASE, send_back, who)
    clock.advance(days=1)
    await step(lambda h: preparation.add_document(h, "drive://v2", HASH_2, ""))

    then = await reading.case_state(store, "rayong-2", CASE, seen_by_committee)
    now = await reading.case_state(store, "rayong-2", CASE)
    assert (then["stage"], then["decisions"], len(then["documents"])) == ("screening", [], 1)
    assert then["version"] == 6 and then["as_of"] == seen_by_committee.isoformat()
    assert (now["stage"], len(now["decisions"]), len(now["documents"])) == ("returned", 1, 2)
    assert now["decisions"][0]["required_changes"] == ["เพิ่ม"]

    with pytest.raises(NotFound) as before:
        await reading.case_state(store, "rayong-2", CASE, START - timedelta(seconds=1))
    assert before.value.code == "case_not_yet_opened"
    with pytest.raises(NotFound) as other_esa:
        await reading.case_state(store, "rayong-1", CASE)
    assert other_esa.value.code == "case_not_found"
