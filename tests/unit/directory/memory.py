"""The directory's application layer on an in-memory event store, with in-memory ports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from kit.auth.principal import Grant, Level, Principal, Role
from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.eventstore.memory import InMemoryEventStore
from services.directory.domain.events import registry

TODAY = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # 2 November 2569 in Thailand


@dataclass
class MemoryClaims:
    held: dict[str, str] = field(default_factory=dict)

    async def claim(self, code: str, tenant: str) -> str:
        return self.held.setdefault(code, tenant)


@dataclass
class MemoryMembers:
    pairs: set[tuple[str, str]] = field(default_factory=set)

    async def join(self, cluster: str, school: str) -> None:
        self.pairs.add((cluster, school))

    async def of(self, cluster: str) -> list[str]:
        return sorted(s for c, s in self.pairs if c == cluster)


def runner(store: InMemoryEventStore | None = None) -> CommandRunner:
    return CommandRunner(store or InMemoryEventStore(), registry, "directory", FixedClock(TODAY))


def meta(name: str = "test") -> CommandMeta:
    return CommandMeta(actor_id="t", actor_role="admin", name=name)


def admin_at(level: Level, code: str, esa: str = "", province: str = "") -> Principal:
    return Principal("t", "ผู้ดูแล", (Grant(Role.ADMIN, level, code, esa, province),))


NATIONAL = admin_at(Level.NATION, "th")
LOEI_3 = admin_at(Level.ESA, "loei-3", province="loei")
