"""The needs streams of an ESA: reading the streams a command only looks at, where a school's
record counts, and moving a record on by one step of its life."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Describe, StreamTarget
from kit.events import DomainEvent
from kit.thai import academic_year, semester
from services.needs.domain.days import local_day
from services.needs.domain.events import TargetSchool

C = TypeVar("C", bound=BaseModel)
Step = Callable[[list[DomainEvent], Any, date], list[DomainEvent]]
Move = Callable[[CommandRunner, CommandMeta, str, str, Step, Any], Awaitable[CommandOutcome]]


class OfSchool(Protocol):
    """The first event of a school's record: it names the school and its cluster."""

    @property
    def school(self) -> str: ...

    @property
    def cluster(self) -> str: ...


def of_esa(esa: str, stream: str) -> StreamTarget:
    """A stream of the ESA (its tenant), in the ESA's province."""
    return StreamTarget(esa, esa_province(esa), stream)


async def history_of(runner: CommandRunner, esa: str, stream: str) -> list[DomainEvent]:
    """A stream the command reads but does not write (cached, confirmed by one probe)."""
    history, _ = await runner.history(of_esa(esa, stream))
    return history


async def histories_of(
    runner: CommandRunner, esa: str, streams: Sequence[str]
) -> list[list[DomainEvent]]:
    """Several such streams at once: their probes go to the store together."""
    return list(await asyncio.gather(*(history_of(runner, esa, s) for s in streams)))


async def advance(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    step: Step,
    command: C,
    describe: Describe,
) -> CommandOutcome:
    """One step of a record: `step(history, command, today)` is the domain's decision."""
    today = local_day(runner.now())
    return await runner.run(target, meta, lambda h: step(h, command, today), describe=describe)


def today_of(runner: CommandRunner) -> date:
    return local_day(runner.now())


def school_facts(esa: str, school: TargetSchool, day: date) -> dict[str, Any]:
    """Where and when a school's new record counts: the school and its cluster, the ESA and
    province, the academic year and semester of `day`."""
    return {
        "school": school.school,
        "cluster": school.cluster,
        "esa": esa,
        "province": esa_province(esa),
        "academic_year": academic_year(day),
        "semester": semester(day),
    }


async def school_of(
    runner: CommandRunner, esa: str, stream: str, first: Callable[[list[DomainEvent]], OfSchool]
) -> TargetSchool:
    """The school a record belongs to, with its cluster (not found outside the ESA)."""
    created = first(await history_of(runner, esa, stream))
    return TargetSchool(school=created.school, cluster=created.cluster)


def stepper(
    stream_of: Callable[[str], str], state: Callable[[list[DomainEvent]], dict[str, Any]]
) -> Move:
    """Moving one kind of record on: the step decides, the record's state is the answer."""

    async def move(
        runner: CommandRunner, meta: CommandMeta, esa: str, record_id: str, step: Step, command: Any
    ) -> CommandOutcome:
        target = of_esa(esa, stream_of(record_id))
        return await advance(runner, meta, target, step, command, lambda h, n: state([*h, *n]))

    return move
