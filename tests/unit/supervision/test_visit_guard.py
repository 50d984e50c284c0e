"""Commands on an existing visit check the caller against the visit's place, as its own stream
tells it, inside the decision: no read precedes them, and nothing is written when refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.errors import Forbidden, NotFound
from kit.eventstore.memory import InMemoryEventStore
from services.directory.application.tokens import principal_for
from services.supervision.api import access
from services.supervision.application import visits
from services.supervision.domain import visits as model
from services.supervision.domain.commands.visits import AcknowledgeVisit, ReviseVisit
from services.supervision.domain.events import registry
from tests.unit.supervision.examples import recorded

META = CommandMeta(actor_id="someone", actor_role="school_director", name="test")
TARGET = visits.visit_target("loei-3", "loei", "v1")


async def runner_with_a_visit() -> tuple[CommandRunner, InMemoryEventStore]:
    clock = FixedClock(datetime(2026, 6, 12, tzinfo=UTC))
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, registry, "supervision", clock)
    await runner.run(TARGET, META, lambda h: model.record_visit(h, recorded()))
    return runner, store


def guard(role: str, scope: str, roles: frozenset) -> visits.Guard:  # type: ignore[type-arg]
    principal = principal_for(role, scope)
    return lambda place: principal.require_place(place, roles)


async def test_only_the_visited_school_answers_its_visit() -> None:
    runner, store = await runner_with_a_visit()
    ack = AcknowledgeVisit(revision=1)
    with pytest.raises(NotFound):
        other = guard("school", "1042060102", access.SCHOOLS)
        await visits.acknowledge(runner, META, TARGET, other, ack)
    with pytest.raises(Forbidden):
        supervisor = guard("supervisor", "loei-3", access.SCHOOLS)
        await visits.acknowledge(runner, META, TARGET, supervisor, ack)
    assert len(store.all_events()) == 1
    own = guard("school", "1042060101", access.SCHOOLS)
    outcome = await visits.acknowledge(runner, META, TARGET, own, ack)
    assert outcome.answer == {"visit_id": "v1", "revision": 1, "status": "acknowledged"}


async def test_a_cluster_supervisor_revises_only_its_clusters_visits() -> None:
    runner, _ = await runner_with_a_visit()
    edit = ReviseVisit(base_revision=1, findings="ฉบับแก้ไข")
    with pytest.raises(NotFound):
        dan_sai = guard("supervisor", "loei-3-dansai", access.SUPERVISORS)
        await visits.revise_visit(runner, META, TARGET, dan_sai, edit)
    na_haeo = guard("supervisor", "loei-3-nahaeo", access.SUPERVISORS)
    outcome = await visits.revise_visit(runner, META, TARGET, na_haeo, edit)
    assert outcome.answer["revision"] == 2 and outcome.version == 2
