"""Running a directory command: on a unit that exists, or creating one under a unique code.

Codes are unique in the country, but a cluster's or a school's stream belongs to the ESA that
registers it, so two ESAs could each start a stream under the same code. A new cluster or
school code is therefore first claimed (one unique insert, `Claims`): only the ESA that holds
the claim may register it. A claim whose registration never happened (a crash between the
two) stays with its ESA, which may register the code again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Decide, StreamTarget
from kit.errors import NithetError, NotFound
from kit.events import DomainEvent
from services.directory.application.units import located

S = TypeVar("S")
Answer = Callable[[list[DomainEvent]], dict[str, Any]]


class Claims(Protocol):
    async def claim(self, code: str, tenant: str) -> str:
        """Claim `code` for `tenant`; answers the tenant that holds it (the first claimant)."""
        ...


async def change(
    runner: CommandRunner,
    meta: CommandMeta,
    stream: str,
    fold: Callable[[list[DomainEvent]], S | None],
    decide: Callable[[S], Sequence[DomainEvent]],
    answer: Answer,
) -> CommandOutcome:
    """A command on a registered unit or person (404 when there is none)."""
    target = await located(runner, stream)
    if target is None:
        raise NotFound()

    def on(history: list[DomainEvent]) -> Sequence[DomainEvent]:
        current = fold(history)
        if current is None:
            raise NotFound()
        return decide(current)

    return await runner.run(target, meta, on, lambda h, new: answer([*h, *new]))


async def create(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    decide: Decide,
    answer: Answer,
    claims: Claims | None = None,
    duplicate: NithetError | None = None,
) -> CommandOutcome:
    """Register a new unit in `target`; with `claims`, its code is claimed for the tenant
    first, and `duplicate` is raised when another tenant holds it."""
    if claims is not None and duplicate is not None:
        elsewhere = await located(runner, target.stream)
        holder = await claims.claim(target.stream, target.tenant)
        if holder != target.tenant or (elsewhere and elsewhere.tenant != target.tenant):
            raise duplicate
    return await runner.run(target, meta, decide, lambda h, new: answer([*h, *new]))
