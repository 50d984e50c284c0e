"""The consumer of the curriculum service's events: hands each to the supervision policies.

The consumer is declared when the runtime starts and wired to the command runner and views
once they exist; a batch that arrives before that is retried (a transient error).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.commands import CommandRunner
from kit.errors import ServiceUnavailable
from kit.messaging.records import Delivery
from kit.runtime import Subscription
from kit.settings import Settings
from services.supervision.application.policies import on_curriculum_approved
from services.supervision.application.ports import Directory


@dataclass
class CurriculumPolicyConsumer:
    runner: CommandRunner | None = None
    directory: Directory | None = None

    def subscription(self, settings: Settings) -> Subscription:
        return Subscription(
            group=f"{settings.database_prefix}.supervision.curriculum-policy",
            topics=[settings.topic("curriculum")],
            handle=self.handle,
        )

    async def handle(self, deliveries: list[Delivery]) -> None:
        if self.runner is None or self.directory is None:
            raise ServiceUnavailable()
        for delivery in deliveries:
            await on_curriculum_approved(self.runner, self.directory, delivery.event())
