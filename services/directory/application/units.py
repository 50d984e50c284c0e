"""The units and people a command names, read from their own streams.

A command that names another unit (the cluster a school joins, the ESA a cluster moves to)
reads that unit's stream through the command runner, never a read model: what it decides on
is what was committed, not what a view has caught up with.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar
from zoneinfo import ZoneInfo

from kit.auth.principal import esa_province
from kit.commands import CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.directory.domain import model, state
from services.directory.domain.people import Person, person_of

BANGKOK = ZoneInfo("Asia/Bangkok")
S = TypeVar("S")


def today(runner: CommandRunner, given: date | None = None) -> date:
    """The day a change takes effect: the one given, else today in Thailand."""
    return given or runner.now().astimezone(BANGKOK).date()


async def located(runner: CommandRunner, stream: str) -> StreamTarget | None:
    """The stream with its tenant (the ESA that registered it), or None when it is empty."""
    tenant = await runner.locate(stream)
    if tenant is None:
        return None
    return StreamTarget(tenant=tenant, province=esa_province(tenant), stream=stream)


async def history_of(runner: CommandRunner, stream: str) -> list[DomainEvent]:
    target = await located(runner, stream)
    return [] if target is None else (await runner.history(target))[0]


async def _state(
    runner: CommandRunner, stream: str, fold: Callable[[list[DomainEvent]], S | None]
) -> S | None:
    return fold(await history_of(runner, stream))


async def province(runner: CommandRunner, code: str) -> state.Province | None:
    return await _state(runner, model.stream_of_province(code), state.province_of)


async def esa(runner: CommandRunner, code: str) -> state.Esa | None:
    return await _state(runner, model.stream_of_esa(code), state.esa_of)


async def cluster(runner: CommandRunner, code: str) -> state.Cluster | None:
    return await _state(runner, model.stream_of_cluster(code), state.cluster_of)


async def school(runner: CommandRunner, code: str) -> state.School | None:
    return await _state(runner, model.stream_of_school(code), state.school_of)


async def person(runner: CommandRunner, person_id: str) -> Person | None:
    return await _state(runner, model.stream_of_person(person_id), person_of)
