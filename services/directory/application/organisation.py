"""Provinces, ESAs and school clusters: create, rename, move a cluster to another ESA, close.

Each handler checks that the caller administers the parent of what it changes
(services.directory.application.access) on the state it decides on.
"""

from __future__ import annotations

from kit.auth.principal import Place, Principal
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.directory.application import answers, units
from services.directory.application.access import administer
from services.directory.application.changes import Claims, change, create
from services.directory.domain import commands as cmd
from services.directory.domain import model, state
from services.directory.domain import organisation as rules
from services.directory.domain.refusals import duplicate, unknown
from services.directory.domain.state import Cluster, Esa, Province


async def create_province(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, c: cmd.CreateProvince
) -> CommandOutcome:
    administer(who, Place())
    target = StreamTarget(c.province, c.province, model.stream_of_province(c.province))
    return await create(
        runner, meta, target, lambda h: rules.create_province(h, c), answers.province
    )


async def rename_province(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.Rename
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(p: Province) -> list[DomainEvent]:
        administer(who, Place())
        return rules.rename_province(p, c, day)

    stream = model.stream_of_province(code)
    return await change(runner, meta, stream, state.province_of, decide, answers.province)


async def create_esa(
    runner: CommandRunner,
    meta: CommandMeta,
    who: Principal | None,
    province_code: str,
    c: cmd.CreateEsa,
) -> CommandOutcome:
    p = await units.province(runner, province_code)
    if p is None:
        raise unknown("จังหวัด")
    administer(who, p.place)
    target = StreamTarget(c.esa, p.province, model.stream_of_esa(c.esa))
    return await create(runner, meta, target, lambda h: rules.create_esa(h, c, p), answers.esa)


async def rename_esa(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.RenameEsa
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(e: Esa) -> list[DomainEvent]:
        administer(who, Place.of_province(e.province))
        return rules.rename_esa(e, c, day)

    return await change(runner, meta, model.stream_of_esa(code), state.esa_of, decide, answers.esa)


async def create_cluster(
    runner: CommandRunner,
    claims: Claims,
    meta: CommandMeta,
    who: Principal | None,
    esa_code: str,
    c: cmd.CreateCluster,
) -> CommandOutcome:
    e = await units.esa(runner, esa_code)
    if e is None:
        raise unknown("เขตพื้นที่")
    administer(who, e.place)
    day = units.today(runner, c.effective_from)
    target = StreamTarget(e.esa, e.province, model.stream_of_cluster(c.cluster))
    taken = duplicate(cmd.CreateCluster, "cluster", "กลุ่มโรงเรียน", "cluster")

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return rules.create_cluster(history, c, e, day)

    return await create(runner, meta, target, decide, answers.cluster, claims, taken)


async def rename_cluster(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.Rename
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)

    def decide(k: Cluster) -> list[DomainEvent]:
        administer(who, Place.of_esa(k.esa))
        return rules.rename_cluster(k, c, day)

    stream = model.stream_of_cluster(code)
    return await change(runner, meta, stream, state.cluster_of, decide, answers.cluster)


async def move_cluster(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, code: str, c: cmd.MoveCluster
) -> CommandOutcome:
    day = units.today(runner, c.effective_from)
    to = await units.esa(runner, c.to_esa)

    def decide(k: Cluster) -> list[DomainEvent]:
        administer(who, Place.of_esa(k.esa), *([to.place] if to else []))
        return rules.move_cluster(k, c, to, day)

    stream = model.stream_of_cluster(code)
    return await change(runner, meta, stream, state.cluster_of, decide, answers.cluster)


async def close_cluster(
    runner: CommandRunner,
    meta: CommandMeta,
    who: Principal | None,
    code: str,
    c: cmd.CloseCluster,
    open_schools: int,
) -> CommandOutcome:
    """`open_schools`: the cluster's open schools as the directory's view knows them."""
    day = units.today(runner, c.effective_from)

    def decide(k: Cluster) -> list[DomainEvent]:
        administer(who, Place.of_esa(k.esa))
        return rules.close_cluster(k, c, open_schools, day)

    stream = model.stream_of_cluster(code)
    return await change(runner, meta, stream, state.cluster_of, decide, answers.cluster)
