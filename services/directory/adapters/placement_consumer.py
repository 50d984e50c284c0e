"""The consumer of the directory's own events that runs the placement policy.

Declared when the runtime starts and wired to the command runner once it exists; a batch
that arrives before that is retried (a transient error).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.commands import CommandRunner
from kit.errors import ServiceUnavailable
from kit.messaging.records import Delivery
from kit.runtime import Subscription
from kit.settings import Settings
from services.directory.application.placement import Members, on_directory_event


@dataclass
class PlacementConsumer:
    runner: CommandRunner | None = None
    members: Members | None = None

    def subscription(self, settings: Settings) -> Subscription:
        return Subscription(
            group=f"{settings.database_prefix}.directory.placement",
            topics=[settings.topic("directory")],
            handle=self.handle,
        )

    async def handle(self, deliveries: list[Delivery]) -> None:
        if self.runner is None or self.members is None:
            raise ServiceUnavailable()
        for delivery in deliveries:
            await on_directory_event(self.runner, self.members, delivery.event())
