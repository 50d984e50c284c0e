"""Overdue action items surface by themselves: a periodic job finds open items past their due
day in the service's own read model (`Records.open_items`) and records
`ActionItemBecameOverdue` for each.

Safe to run on every replica at once: the command decides from the visit's stream (an item
already overdue or done produces nothing) and two replicas that loaded the same version
collide on append, so the loser re-decides and writes nothing.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass, field
from datetime import date

from kit.commands import CommandMeta, CommandRunner
from kit.waiting import wait_set
from services.supervision.application.ports import OpenItem, Records
from services.supervision.application.visits import visit_target
from services.supervision.domain import followups
from services.supervision.domain.terms import thai_day

log = logging.getLogger(__name__)
ACTOR = "system:overdue-watch"


async def due_items(facts: Records, today: date) -> list[OpenItem]:
    """Open action items whose due day has passed, as the read model knows them."""
    return [i for i in await facts.open_items() if i.due_on < today]


async def mark_overdue_items(runner: CommandRunner, facts: Records) -> int:
    """One round: returns how many items became overdue now."""
    today = thai_day(runner.now())
    marked = 0
    for item in await due_items(facts, today):
        meta = CommandMeta(actor_id=ACTOR, actor_role="system", name="mark_overdue")
        target = visit_target(item.esa, item.province, item.visit_id)
        outcome = await runner.run(
            target,
            meta,
            functools.partial(followups.mark_overdue, item_id=item.item_id, today=today),
        )
        marked += bool(outcome.result.get("event_ids"))
    return marked


@dataclass
class OverdueWatch:
    runner: CommandRunner
    facts: Records
    every_s: float
    rounds: int = 0
    marked: int = 0
    last_error: str = ""
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.marked += await mark_overdue_items(self.runner, self.facts)
                self.last_error = ""
            except Exception as exc:  # the store away: try again next round
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("overdue watch round failed: %s", exc)
            self.rounds += 1
            await wait_set(self._stopping, self.every_s)
