"""A dispatcher killed (SIGKILL) in the middle of a delivery loses nothing.

The subscriptions service runs as a real process (uvicorn), the only dispatcher of its
deployment. It is killed while the receiver holds a request unanswered, after the receiver has
also been failing for a while; a second process takes the endpoint over when the lease term
ends and finishes the work from the saved cursor. The receiver then holds every event of the
scope, duplicates carry the same webhook-id and the same body, and every stream came in order.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from kit.settings import Settings
from nithet.servers import ROOT, free_port
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.subscriptions.domain.signature import verify
from tests.integration.needs_flow import campaign_body, publish_template_with, standard_answers
from tests.integration.webhook_system import FAST
from tests.support.harness import auth, eventually, serve
from tests.support.kafka_log import campaign_log, create_topics, wanted_log
from tests.support.receiver import Received, Receiver, receiving
from tests.support.threads import enlarge_default_executor

LOEI = ("province", "loei")


@contextlib.contextmanager
def subscriptions_process(settings: Settings, log: Path) -> Iterator[tuple[str, int]]:
    """The subscriptions service as its own process; yields its URL and process id."""
    port = free_port()
    env = os.environ | {
        "NITHET_ENVIRONMENT": "test",
        "NITHET_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "NITHET_MONGO_URL": settings.mongo_url,
        "NITHET_DATABASE_PREFIX": settings.database_prefix,
        "NITHET_TOPIC_PREFIX": settings.topic_prefix,
        **{f"NITHET_WEBHOOK_{k.upper()}": json.dumps(v) for k, v in FAST.items()},
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "services.subscriptions.main:create_app",
    ]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    with log.open("ab") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


async def ready(client: httpx.AsyncClient) -> int:
    try:
        return (await client.get("/readyz")).status_code
    except httpx.HTTPError:
        return 0


@pytest.fixture
async def services(
    settings: Settings,
) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    enlarge_default_executor()
    await create_topics(settings)
    async with serve(directory_app(settings)) as directory, serve(needs_app(settings)) as needs:
        yield directory, needs


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


def first_occurrences(requests: list[Received]) -> dict[str, list[int]]:
    seen: set[str] = set()
    versions: dict[str, list[int]] = defaultdict(list)
    for request in requests:
        if request.webhook_id not in seen:
            seen.add(request.webhook_id)
            event = json.loads(request.body)
            versions[event["subject"]].append(event["streamversion"])
    return versions


async def open_campaign(needs: httpx.AsyncClient, settings: Settings, school: str) -> str:
    headers = auth(settings, "supervisor", "loei-3")
    body = campaign_body(
        await publish_template_with(needs, headers, "loei-3"), kind="list", schools=[school]
    )

    async def opened() -> str:
        r = await needs.post("/v1/esas/loei-3/campaigns", json=body, headers=headers)
        return str(r.json().get("campaign_id", "")) if r.status_code == 201 else ""

    return await eventually(opened, bool, timeout_s=60)


async def test_a_killed_dispatcher_resumes_and_the_receiver_misses_nothing(
    settings: Settings,
    services: tuple[httpx.AsyncClient, httpx.AsyncClient],
    receiver: Receiver,
    tmp_path: Path,
) -> None:
    _, needs = services
    campaign = await open_campaign(needs, settings, "1042060101")
    for n in range(4):
        r = await needs.put(
            f"/v1/esas/loei-3/campaigns/{campaign}/responses/1042060101",
            json={"answers": standard_answers(devices_needed=n + 1)},
            headers=auth(settings, "school", "1042060101"),
        )
        assert r.status_code == 200, r.text
    await campaign_log(settings, campaign, 5)
    expected = {r.value for r in await wanted_log(settings, LOEI)}

    counter = iter(range(1, 10_000))

    def respond(request: Received) -> int:
        n = next(counter)
        if n == 12:
            receiver.holding()  # the 12th request (and any beside it) hangs: kill now
        return 503 if 4 <= n <= 7 else 200

    receiver.respond = respond
    admin = auth(settings, "admin", "th")
    with subscriptions_process(settings, tmp_path / "first.log") as (url, pid):
        async with httpx.AsyncClient(base_url=url, timeout=30) as first:
            await eventually(lambda: ready(first), lambda s: s == 200, timeout_s=90)
            body = {
                "url": receiver.url,
                "event_types": ["*"],
                "scope": {"level": "province", "id": "loei"},
                "start": "beginning",
            }

            async def registered() -> httpx.Response:
                return await first.post("/v1/endpoints", json=body, headers=admin)

            r = await eventually(registered, lambda r: r.status_code == 201, timeout_s=60)
            secret = r.json()["secret"]
            await eventually(receiver.count, lambda n: n >= 11, timeout_s=60)
            await eventually(lambda: _held(receiver), bool, timeout_s=30)
            os.killpg(pid, signal.SIGKILL)
    held = await _held(receiver)  # sent, never answered: the dispatcher died waiting
    sent_before = Counter(r.webhook_id for r in receiver.arrived)
    receiver.release()  # each held request is now answered what `respond` chose (200 or 503)

    async def resent() -> bool:
        # Every event answered 200, and every held request sent again by the second process.
        # Both are waited for: a held request released with 200 already counts among the
        # bodies, and one released with 503 (a request of the failing stretch that reached
        # the hold after the 12th cleared it) is answered 200 only when sent again.
        arrived = Counter(r.webhook_id for r in receiver.arrived)
        again = all(arrived[i] > sent_before[i] for i in held)
        return again and expected <= set(await receiver.bodies())

    with subscriptions_process(settings, tmp_path / "second.log") as (url, _):
        await eventually(resent, bool, timeout_s=90)

    requests = receiver.answered(None)
    by_id: dict[str, set[bytes]] = defaultdict(set)
    for request in requests:
        by_id[request.webhook_id].add(request.body)
        verify(secret, request.headers, request.body, tolerance_s=None)
    assert all(len(bodies) == 1 for bodies in by_id.values())  # one id, one body
    assert {body for bodies in by_id.values() for body in bodies} == expected
    again = Counter(r.webhook_id for r in receiver.arrived) - sent_before
    story = {i: [r.status for r in requests if r.webhook_id == i] for i in held}
    assert held and all(again[i] >= 1 for i in held), story  # sent again by the second process
    assert [r.status for r in requests].count(503) == 4
    for stream, versions in first_occurrences(requests).items():
        assert versions == sorted(versions), f"{stream} out of order: {versions}"


async def _held(receiver: Receiver) -> set[str]:
    """Ids of requests that arrived and are not answered yet."""
    waiting = Counter(r.webhook_id for r in receiver.arrived)
    waiting.subtract(r.webhook_id for r in receiver.answered(None))
    return {i for i, n in waiting.items() if n > 0}
