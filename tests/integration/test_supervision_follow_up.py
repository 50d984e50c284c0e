"""Follow-up by itself: curriculum approvals schedule supervision, due items become overdue."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kit.clock import FixedClock
from kit.events import CloudEvent
from kit.ids import new_id
from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import event_record
from kit.settings import Settings
from tests.integration.supervision_system import NA_HAEO, eventually, running, visit_body

SANDBOX_SCHOOL = "1021080101"  # a Rayong sandbox pilot school of rayong-2


def curriculum_approved(case_id: str) -> CloudEvent:
    """What the curriculum service emits when a curriculum is finally approved."""
    return CloudEvent(
        id=new_id(),
        source="/nithet/curriculum",
        type="curriculum.CurriculumApproved",
        time=datetime.now(UTC),
        subject=case_id,
        data={
            "case_id": case_id,
            "school": SANDBOX_SCHOOL,
            "esa": "rayong-2",
            "province": "rayong",
            "academic_year": 2569,
            "curriculum_type": 3,
            "approved_by": "policy_committee",
            "decided_at": "2026-06-01T10:00:00+07:00",
            "document_sha256": "f" * 64,  # a field this reader does not know
        },
        tenantid="rayong-2",
        provinceid="rayong",
        streamversion=7,
        correlationid=new_id(),
        causationid=new_id(),
        actorid="thawatchai.boonmee",
        actorrole="policy_committee",
    )


async def test_an_approved_curriculum_schedules_one_follow_up_even_when_redelivered(
    settings: Settings,
) -> None:
    async with running(settings, with_reporting=False) as system:
        publisher = KafkaPublisher(settings.kafka_bootstrap, "test-curriculum")
        event = curriculum_approved(f"case-{SANDBOX_SCHOOL}-2569")
        sup = ("supervisor", "rayong-2")
        state = system.supervision._transport.app.state.supervision  # type: ignore[attr-defined]
        consumer = state.runtime.consumers[0]

        async def follow_ups() -> Any:
            return await system.get("/v1/esas/rayong-2/follow-ups", *sup, year=2569)

        try:
            await publisher.publish([event_record(event, settings.topic_prefix)])
            [scheduled] = await eventually(follow_ups, lambda rows: len(rows) == 1)
            handled = await _handled(consumer)
            await publisher.publish([event_record(event, settings.topic_prefix)])  # redelivered
        finally:
            await publisher.close()
        assert scheduled["school"] == SANDBOX_SCHOOL and scheduled["curriculum_type"] == 3
        assert scheduled["due_by"] == "2026-07-31" and scheduled["cluster"] == "rayong-2-klaeng"
        await eventually(lambda: _handled(consumer), lambda n: n > handled)
        stream = await state.runtime.store.load("rayong-2", f"followup-{SANDBOX_SCHOOL}-2569")
        assert [e.type for e in stream.events] == ["supervision.FollowUpSupervisionScheduled"]

        body = visit_body(SANDBOX_SCHOOL, "2026-06-20T09:00:00+07:00")
        body |= {"follow_up_id": scheduled["follow_up_id"], "policies": ["competency"]}
        r = await system.supervision.post(
            "/v1/esas/rayong-2/visits", json=body, headers=system.auth(*sup)
        )
        assert r.status_code == 201, r.text
        await eventually(follow_ups, lambda rows: rows[0]["visit_id"] == r.json()["visit_id"])


async def _handled(consumer: Any) -> int:
    return int(consumer.status.handled)


async def test_an_item_past_its_due_day_becomes_overdue_by_itself(settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 6, 12, 3, 0, tzinfo=UTC))
    fast = settings.model_copy(update={"supervision_overdue_interval_s": 0.2})
    async with running(fast, with_reporting=False, clock=clock) as system:
        sup = ("supervisor", "loei-3")
        body = visit_body(NA_HAEO[4], "2026-06-10T09:00:00+07:00")  # item a1 due 2026-07-10
        r = await system.supervision.post(
            "/v1/esas/loei-3/visits", json=body, headers=system.auth(*sup)
        )
        assert r.status_code == 201, r.text

        async def items(status: str) -> Any:
            return await system.get("/v1/esas/loei-3/action-items", *sup, status=status)

        await eventually(lambda: items("open"), lambda rows: len(rows) == 1)
        clock.set(datetime(2026, 7, 10, 16, 59, tzinfo=UTC))  # 23:59 on the due day in Thailand
        state = system.supervision._transport.app.state.supervision  # type: ignore[attr-defined]
        rounds = state.overdue.rounds
        await eventually(lambda: _rounds(state), lambda n: n > rounds + 2)
        assert await items("overdue") == []
        clock.set(datetime(2026, 7, 10, 17, 1, tzinfo=UTC))  # 00:01 the next day
        [overdue] = await eventually(lambda: items("overdue"), lambda rows: len(rows) == 1)
        assert overdue["item_id"] == "a1" and overdue["overdue_on"] == "2026-07-11"
        rounds = state.overdue.rounds
        await eventually(lambda: _rounds(state), lambda n: n > rounds + 3)
        stream = await state.runtime.store.load("loei-3", f"visit-{r.json()['visit_id']}")
        assert [e.type for e in stream.events].count("supervision.ActionItemBecameOverdue") == 1


async def _rounds(state: Any) -> int:
    return int(state.overdue.rounds)
