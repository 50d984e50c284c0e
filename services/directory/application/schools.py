"""Schools: register in a cluster, rename, move to another cluster or ESA, pilot status, close.

The clusters a command names are read from their own streams (units), so a school never
joins a cluster that is closed or in another ESA than the one the command says.
"""

from __future__ import annotations

from collections.abc import Callable

from kit.auth.principal import Place, Principal
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.directory.application import answers, units
from services.directory.application.access import administer, administer_within, an_admin
from services.directory.application.changes import Claims, change, create
from services.directory.domain import commands as cmd
from services.directory.domain import model, state
from services.directory.domain import schools as rules
from services.directory.domain.refusals import duplicate, unknown
from services.directory.domain.state import School


async def register_school(
    runner: CommandRunner,
    claims: Claims,
    meta: CommandMeta,
    who: Principal | None,
    esa: str,
    c: cmd.RegisterSchool,
) -> CommandOutcome:
    an_admin(who)
    if await units.esa(runner, esa) is None:
        raise unknown("เขตพื้นที่")
    cluster = await units.cluster(runner, c.cluster)
    day = units.today(runner, c.effective_from)
    if cluster is None or cluster.esa != esa or cluster.closed_on:
        administer_within(who, Place.of_esa(esa))
        rules.register_school([], c, esa, cluster, day)  # says what is wrong with the cluster
    assert cluster is not None
    administer(who, cluster.place)
    target = StreamTarget(esa, cluster.province, model.stream_of_school(c.school))
    taken = duplicate(cmd.RegisterSchool, "school", "โรงเรียน", "school")

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return rules.register_school(history, c, esa, cluster, day)

    return await create(runner, meta, target, decide, answers.school, claims, taken)


def parent(s: School) -> Place:
    """Where a school is administered from: its cluster."""
    return Place.of_cluster(s.cluster, s.esa)


async def _on_school(
    runner: CommandRunner,
    meta: CommandMeta,
    code: str,
    decide: Callable[[School], list[DomainEvent]],
) -> CommandOutcome:
    stream = model.stream_of_school(code)
    return await change(runner, meta, stream, state.school_of, decide, answers.school)


async def rename_school(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.Rename
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(s: School) -> list[DomainEvent]:
        administer(who, parent(s))
        return rules.rename_school(s, c, day)

    return await _on_school(runner, meta, code, decide)


async def set_sandbox_pilot(
    runner: CommandRunner,
    meta: CommandMeta,
    who: Principal | None,
    code: str,
    c: cmd.SetSandboxPilot,
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(s: School) -> list[DomainEvent]:
        administer(who, parent(s))
        return rules.set_sandbox_pilot(s, c, day)

    return await _on_school(runner, meta, code, decide)


async def move_school(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.MoveSchool
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)
    to = await units.cluster(runner, c.to_cluster)

    def decide(s: School) -> list[DomainEvent]:
        administer(who, parent(s), *([to.place] if to else []))
        return rules.move_school(s, c, to, day)

    return await _on_school(runner, meta, code, decide)


async def close_school(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.CloseSchool
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(s: School) -> list[DomainEvent]:
        administer(who, parent(s))
        return rules.close_school(s, c, day)

    return await _on_school(runner, meta, code, decide)
