"""Directory, supervision and reporting of one isolated deployment, for the supervision tests."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from kit.settings import Settings
from services.directory.main import create_app as directory_app
from services.reporting.main import create_app as reporting_app
from services.supervision.main import create_app as supervision_app
from tests.support.harness import auth, serve
from tests.support.harness import eventually as _eventually

NA_HAEO = [f"10420601{n:02d}" for n in range(1, 15)]
LOEI_3_SCHOOLS = 17  # 14 in Na Haeo, 3 in Dan Sai
SUP = ("supervisor", "loei-3")


T = TypeVar("T")
PATIENCE_S = 45.0  # the machine is shared: views may take a while under load


async def eventually(probe: Callable[[], Awaitable[T]], accept: Callable[[T], Any]) -> T:
    """The harness's `eventually`, with the patience these multi-service tests need."""
    return await _eventually(probe, lambda v: bool(accept(v)), timeout_s=PATIENCE_S)


@dataclass
class SupervisionSystem:
    settings: Settings
    directory: httpx.AsyncClient
    supervision: httpx.AsyncClient
    reporting: httpx.AsyncClient | None

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    async def get(self, path: str, role: str, scope: str, **params: Any) -> Any:
        r = await self.supervision.get(path, params=params, headers=self.auth(role, scope))
        assert r.status_code == 200, r.text
        return r.json()


@contextlib.asynccontextmanager
async def running(
    settings: Settings, with_reporting: bool = True, **adapters: Any
) -> AsyncIterator[SupervisionSystem]:
    async with contextlib.AsyncExitStack() as stack:
        directory = await stack.enter_async_context(serve(directory_app(settings)))
        supervision = await stack.enter_async_context(serve(supervision_app(settings, **adapters)))
        reporting = None
        if with_reporting:
            reporting = await stack.enter_async_context(serve(reporting_app(settings)))
        system = SupervisionSystem(settings, directory, supervision, reporting)
        await wait_for_schools(system)
        yield system


async def wait_for_schools(system: SupervisionSystem) -> None:
    """The directory's schools have reached the supervision service."""

    async def count() -> int:
        r = await system.supervision.get(
            "/v1/esas/loei-3/coverage",
            params={"year": 2569, "semester": 1},
            headers=system.auth("supervisor", "loei-3"),
        )
        return int(r.json().get("school_count", 0)) if r.status_code == 200 else 0

    await _eventually(count, lambda n: n == LOEI_3_SCHOOLS, timeout_s=90)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def visit_body(school: str, occurred_at: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "school": school,
        "mode": "on_site",
        "occurred_at": occurred_at,
        "focus": "การใช้สื่อเทคโนโลยีในการจัดการเรียนรู้วิทยาการคำนวณ",
        "policies": ["stem_coding", "obec"],
        "findings": "ครูใช้สื่อ Unplugged Coding ได้ดี นักเรียนมีส่วนร่วม",
        "recommendations": "ควรเพิ่มกิจกรรมฝึกคิดเชิงคำนวณ",
        "action_items": [
            {
                "item_id": "a1",
                "description": "จัดทำแผนการสอนวิทยาการคำนวณเพิ่ม 2 แผน",
                "owner": "ครูผู้สอนวิทยาการคำนวณ",
                "due_on": "2026-07-10",
            }
        ],
        "evidence": [{"title": "ภาพกิจกรรม", "sha256": sha("photo-1")}],
    }
    return body | overrides


async def send(
    system: SupervisionSystem, method: str, path: str, body: Any, who: tuple[str, str] = SUP
) -> Any:
    r = await system.supervision.request(method, path, json=body, headers=system.auth(*who))
    assert r.status_code in (200, 201), r.text
    return r.json()


async def post(system: SupervisionSystem, path: str, body: Any, who: tuple[str, str] = SUP) -> Any:
    return await send(system, "POST", path, body, who)


async def put(system: SupervisionSystem, path: str, body: Any, who: tuple[str, str] = SUP) -> Any:
    return await send(system, "PUT", path, body, who)


async def refused(
    system: SupervisionSystem, method: str, path: str, body: Any, who: tuple[str, str]
) -> tuple[int, str]:
    """The status and error code of a request that must not succeed."""
    r = await system.supervision.request(method, path, json=body, headers=system.auth(*who))
    assert r.status_code >= 400, r.text
    return r.status_code, r.json()["error"]["code"]


async def accepted_sar(system: SupervisionSystem, esa: str, school: str, year: int = 2569) -> None:
    """The school sends its SAR and a supervisor of its ESA accepts it."""
    body = {"document": {"title": f"SAR {year}", "sha256": sha(f"sar-{school}")}}
    await put(system, f"/v1/esas/{esa}/sar/{year}", body, ("school", school))
    review = f"/v1/esas/{esa}/schools/{school}/sar/{year}/review"
    await post(system, review, {"decision": "accept"}, ("supervisor", esa))


def members(*people: tuple[str, str, str | None]) -> list[dict[str, Any]]:
    """Members of an appointment: (name, role, person id or None)."""
    return [
        {"name": name, "position": "กรรมการ", "role": role} | ({"person": person} if person else {})
        for name, role, person in people
    ]


async def reported(
    system: SupervisionSystem, path: str, who: tuple[str, str], accept: Callable[[Any], Any]
) -> Any:
    """A reporting view of the year 2569 once it shows what `accept` wants."""
    assert system.reporting is not None
    reporting = system.reporting

    async def view() -> Any:
        r = await reporting.get(path, params={"year": 2569}, headers=system.auth(*who))
        return r.json() if r.status_code == 200 else {}

    return await eventually(view, lambda v: bool(v) and accept(v))
