"""Needs event histories made by the real command handlers, and the orders Kafka may deliver them.

`needs_history(plan)` runs a plan of steps (open a campaign in one of four ESAs of two
provinces, answer, return, adopt a newer template version, remind, close, let a day pass)
through the needs application on the in-memory event store; refused steps leave nothing. The
events come back in commit order with the set of (campaign, school) whose answer was accepted.

`deliveries` draws another order: each stream's events keep their order while streams mix,
and events already delivered come again. `log_readings` draws what a reader of the log hands
out: the events in partitions (a stream in one), each with its position, partitions mixed,
and now and then a partition read again from an earlier position (a restart of the reader
before its position was saved, or the reader going back for a read model that is behind).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.errors import NithetError
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from kit.messaging.records import Position
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.application import campaigns, responses, templates
from services.needs.domain import events as ev
from services.needs.domain.commands.common import Target
from services.needs.domain.commands.surveys import (
    AdoptTemplateVersion,
    OpenCampaign,
    PublishTemplate,
    ReturnResponse,
    SubmitResponse,
)
from services.needs.domain.days import local_day
from services.needs.domain.standard_form import standard_questions
from tests.unit.needs.builders import standard_answers
from tests.unit.needs.memory import MemoryViews
from tests.unit.needs.year import version_2

ESAS = {"loei-1": "loei", "loei-3": "loei", "rayong-1": "rayong", "rayong-2": "rayong"}
START = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
STEPS = ("open", "answer", "answer", "answer", "return", "adopt", "remind", "close", "day")

plans = st.lists(st.tuples(st.sampled_from(STEPS), st.integers(0, 10**6)), max_size=30)


def schools_of(esa: str) -> list[ev.TargetSchool]:
    """Three fictional schools in two clusters of the ESA."""
    number = list(ESAS).index(esa) + 1
    return [
        ev.TargetSchool(
            school=f"10{number}006010{s}", cluster=f"{esa}-c{s % 2}", name_th=f"โรงเรียนสมมุติ {s}"
        )
        for s in range(3)
    ]


def meta(name: str) -> CommandMeta:
    return CommandMeta(actor_id="test:supervisor", actor_role="supervisor", name=name)


@dataclass
class Made:
    events: list[CloudEvent]
    answered: set[tuple[str, str]] = field(default_factory=set)  # (campaign, school)
    province_of: dict[str, str] = field(default_factory=dict)  # campaign -> province


def needs_history(plan: list[tuple[str, int]]) -> Made:
    return asyncio.run(_history(plan))


async def _history(plan: list[tuple[str, int]]) -> Made:
    clock = FixedClock(START)
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, ev.registry, "needs", clock)
    made = Made([])
    opened: list[tuple[str, str]] = []  # (campaign, esa)
    tpl = {esa: await _template(runner, esa) for esa in ESAS}
    for kind, n in plan:
        if kind == "open" or not opened:
            esa = list(ESAS)[n % len(ESAS)]
            done = await _open(runner, esa, tpl[esa])
            opened.append((str(done.result["campaign_id"]), esa))
            made.province_of[opened[-1][0]] = ESAS[esa]
            continue
        campaign, esa = opened[n % len(opened)]
        school = schools_of(esa)[n % 3].school
        try:
            if kind == "answer":
                version = (await campaigns.load_campaign(runner, esa, campaign)).template_version
                answers = (
                    standard_answers() if version == 1 else standard_answers(english_media=None)
                )
                command = SubmitResponse(answers=answers)
                await responses.submit_response(
                    runner, meta("submit"), esa, campaign, school, command
                )
                made.answered.add((campaign, school))
            elif kind == "return":
                back = ReturnResponse(reason="ข้อมูลไม่ครบ")
                await responses.return_response(runner, meta("return"), esa, campaign, school, back)
            elif kind == "adopt":
                adopt = AdoptTemplateVersion(template_version=2)
                await campaigns.adopt_template_version(runner, meta("adopt"), esa, campaign, adopt)
            elif kind == "remind":
                views = MemoryViews()
                views.fold(
                    NeedsRecords(), [e for c in await store.pending(10**6) for e in c.events]
                )
                doc = await views.get("needs_records", f"campaign:{campaign}") or {}
                missing = campaigns.missing_schools(doc)
                await campaigns.send_reminder(runner, meta("remind"), esa, campaign, missing)
            elif kind == "close":
                await campaigns.close_campaign(runner, meta("close"), esa, campaign)
            else:
                clock.advance(days=1 + n % 5)
        except NithetError:
            pass  # refused: nothing was written
    made.events = [e for c in await store.pending(10**6) for e in c.events]
    return made


async def _template(runner: CommandRunner, esa: str) -> str:
    first = None
    for questions in (standard_questions(), version_2()):
        command = PublishTemplate(title_th="แบบสำรวจความต้องการสื่อ", questions=questions)
        done = await templates.publish(runner, meta("publish"), esa, command, first)
        first = first or str(done.result["template_id"])
    assert first is not None
    return first


async def _open(runner: CommandRunner, esa: str, template_id: str) -> Any:
    today = local_day(runner.now())
    known = schools_of(esa)
    command = OpenCampaign(
        title="สำรวจความต้องการสื่อ ปีการศึกษา 2569",
        academic_year=2569,
        opens_on=today,
        closes_on=today.replace(day=28) if today.day < 28 else today,
        target=Target(kind="list", schools=[s.school for s in known]),
        template_id=template_id,
        template_version=1,
    )
    return await campaigns.open_campaign(runner, meta("open"), esa, command, known)


@st.composite
def deliveries(
    draw: st.DrawFn, events: list[CloudEvent], duplicates: bool = True
) -> list[CloudEvent]:
    """Streams interleaved at random, each in its order; with `duplicates`, events delivered
    before come again now and then (a consumer that restarts from an older offset)."""
    queues: dict[str, list[CloudEvent]] = {}
    for e in events:
        queues.setdefault(e.subject, []).append(e)
    out: list[CloudEvent] = []
    while queues:
        stream = list(queues)[draw(st.integers(0, len(queues) - 1))]  # by first appearance
        out.append(queues[stream].pop(0))
        if not queues[stream]:
            del queues[stream]
        if duplicates and draw(st.integers(0, 4)) == 0:
            start = draw(st.integers(0, len(out) - 1))
            out.extend(out[start : start + draw(st.integers(1, 4))])
    return out


Reading = list[tuple[CloudEvent, Position]]


def log_of(
    events: list[CloudEvent], partitions: int = 4
) -> list[list[tuple[CloudEvent, Position]]]:
    """The events as the relay publishes them: each stream in one partition, in commit order
    (streams spread over the partitions by first appearance: ids are random, draws must not be)."""
    log: list[list[tuple[CloudEvent, Position]]] = [[] for _ in range(partitions)]
    partition_of: dict[str, int] = {}
    for e in events:
        n = partition_of.setdefault(e.subject, len(partition_of) % partitions)
        log[n].append((e, Position("nithet.needs.events", n, len(log[n]))))
    return log


@st.composite
def log_readings(draw: st.DrawFn, events: list[CloudEvent]) -> tuple[Reading, list[int]]:
    """A reading of the log, and the indexes in it where the reader restarted (its memory
    lost, the documents kept): before each restart it may go back in a partition."""
    log = log_of(events)
    next_offset = [0] * len(log)
    out: Reading = []
    restarts: list[int] = []
    while any(next_offset[n] < len(part) for n, part in enumerate(log)):
        live = [n for n, part in enumerate(log) if next_offset[n] < len(part)]
        n = live[draw(st.integers(0, len(live) - 1))]
        out.append(log[n][next_offset[n]])
        next_offset[n] += 1
        if len(restarts) < 4 and draw(st.integers(0, 5)) == 5:
            restarts.append(len(out))
            next_offset[n] -= draw(st.integers(0, next_offset[n]))
    return out, restarts
