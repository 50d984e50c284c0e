"""An endpoint as its own event stream holds it: what commands, the API and every attempt use.

The endpoints read model lags its stream by a relay publish and a projection batch; a command
answered a moment ago must already count. So an endpoint is read from its stream: its tenant
found by its unique stream id (`CommandRunner.locate`, remembered), its history served by the
runner's cache after one gathered probe that nothing was appended since (`runner.history`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.commands import CommandRunner, StreamTarget
from services.subscriptions.domain.model import DELETED, Endpoint, endpoint_from, endpoint_stream
from services.subscriptions.domain.scope import Scope, scope_of


@dataclass(frozen=True)
class Found:
    """An endpoint read from its stream, with the stream's version (the ETag)."""

    endpoint: Endpoint
    version: int

    @property
    def scope(self) -> Scope:
        r = self.endpoint.registered
        return scope_of(r.scope_level, r.scope_id)

    @property
    def endpoint_id(self) -> str:
        return self.endpoint.registered.endpoint_id


class EndpointStreams:
    def __init__(self, runner: CommandRunner) -> None:
        self._runner = runner

    async def find(self, endpoint_id: str) -> Found | None:
        """The endpoint, or None when it was never registered or is deleted."""
        stream = endpoint_stream(endpoint_id)
        tenant = await self._runner.locate(stream)
        if tenant is None:
            return None
        history, version = await self._runner.history(StreamTarget(tenant, "", stream))
        state = endpoint_from(history)
        if state is None or state.status == DELETED:
            return None
        return Found(state, version)

    async def current(self, scope: Scope, endpoint_id: str) -> Endpoint | None:
        """The endpoint now, when its scope is known (the dispatcher's workers)."""
        target = StreamTarget(scope.id, scope.province, endpoint_stream(endpoint_id))
        history, _ = await self._runner.history(target)
        return endpoint_from(history)
