"""A directory deployment in-process on the real Kafka and FerretDB, and its callers."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from kit.auth.principal import Grant, Level, Principal, Role
from kit.auth.tokens import TokenIssuer
from kit.settings import Settings
from services.directory.main import create_app
from tests.support.harness import auth, eventually, serve


@dataclass
class DirectoryApi:
    settings: Settings
    client: httpx.AsyncClient

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    def holding(self, *grants: Grant) -> dict[str, str]:
        """A token with exactly these grants (places the demo data does not name)."""
        s = self.settings
        issuer = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, 3600)
        return {"Authorization": f"Bearer {issuer.issue(Principal('t', 'ทดสอบ', grants))}"}

    @property
    def admin(self) -> dict[str, str]:
        return self.auth("admin", "th")

    async def post(self, path: str, body: dict[str, Any], who: dict[str, str]) -> httpx.Response:
        return await self.client.post(path, json=body, headers=who)

    async def read(self, path: str, accept: Callable[[Any], bool]) -> Any:
        """Wait until the directory's view answers `path` as `accept` wants."""

        async def probe() -> Any:
            r = await self.client.get(path, headers=self.admin)
            return r.json() if r.status_code == 200 else None

        return await eventually(probe, lambda v: v is not None and accept(v), timeout_s=60)


def cluster_grant(role: Role, cluster: str, esa: str) -> Grant:
    return Grant(role, Level.CLUSTER, cluster, esa=esa, province=esa.rsplit("-", 1)[0])


@contextlib.asynccontextmanager
async def directory_api(settings: Settings) -> AsyncIterator[DirectoryApi]:
    async with serve(create_app(settings)) as client:
        api = DirectoryApi(settings, client)
        await api.read("/v1/esas/loei-3/schools", lambda v: len(v) == 17)
        yield api


def field_of(r: httpx.Response) -> str:
    """The field a refusal names (the first one)."""
    return str(r.json()["error"]["details"][0]["field"])
