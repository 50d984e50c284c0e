"""A cluster's schools follow it to another ESA: the placement policy.

Reacts to the directory's own events (at least once, from Kafka). A move of a cluster is one
event in the cluster's stream; each of its schools then gets a `SchoolMoved` of its own, so
every reader of school placements (needs, supervision, curriculum, reporting's "as organised
then / now") sees the schools in the new ESA from the day of the move, with nothing to learn.

Which schools are in the cluster comes from `Members`, every (cluster, school) pair a school
was ever placed in, written by this policy. Both sides write first and read second: on a
school placed in a cluster, the pair is written, then the cluster's stream is read; on a
cluster moved (already committed), the pairs are read. A school placed while its cluster
moves is therefore seen by one side or the other, and a move twice is nothing the second
time. Each school's own stream decides whether it still is in the cluster (it may have moved
on, or closed).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol

from kit.commands import CommandMeta, CommandRunner
from kit.errors import NotFound, RuleViolation
from kit.events import CloudEvent, DomainEvent
from services.directory.application import answers, units
from services.directory.application.changes import change
from services.directory.domain import model, state
from services.directory.domain.schools import follow_cluster
from services.directory.domain.state import Cluster

log = logging.getLogger(__name__)
PLACED = ("directory.SchoolRegistered", "directory.SchoolMoved")
ACTOR = "system:placement-policy"


class Members(Protocol):
    async def join(self, cluster: str, school: str) -> None:
        """Remember that `school` was placed in `cluster` (idempotent)."""
        ...

    async def of(self, cluster: str) -> list[str]:
        """Every school ever placed in `cluster`."""
        ...


async def on_directory_event(runner: CommandRunner, members: Members, event: CloudEvent) -> None:
    d = event.data
    if event.type in PLACED:
        cluster = d["cluster"] if event.type.endswith("Registered") else d["to_cluster"]
        await members.join(cluster, d["school"])
        k = await units.cluster(runner, cluster)
        if k is not None:
            await follow(runner, d["school"], k, k.esa_since or date.min, event)
    elif event.type == "directory.ClusterMoved":
        k = await units.cluster(runner, d["cluster"])
        if k is not None:
            for school in await members.of(k.cluster):
                await follow(runner, school, k, date.fromisoformat(d["effective_from"]), event)


async def follow(
    runner: CommandRunner, school: str, k: Cluster, day: date, cause: CloudEvent
) -> None:
    """Move `school` to its cluster's ESA, if it is still in the cluster and not there yet."""

    def decide(s: state.School) -> list[DomainEvent]:
        return follow_cluster(s, k, day)

    meta = CommandMeta(
        actor_id=ACTOR,
        actor_role="admin",
        name="follow_cluster",
        correlation_id=cause.correlationid,
    )
    stream = model.stream_of_school(school)
    try:
        await change(runner, meta, stream, state.school_of, decide, answers.school)
    except (NotFound, RuleViolation) as exc:  # not registered (yet), or refused: nothing to do
        log.info("school %s does not follow cluster %s: %s", school, k.cluster, exc)
