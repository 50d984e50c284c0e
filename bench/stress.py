"""`python -m bench.stress subscriptions --rounds 10`: the webhook scenarios, again and again, busy.

Each round runs every webhook scenario at once (register and deliver, pause and resume, rotate,
replay, 410 Gone, redelivery, and a new endpoint registered while another is busy with the
whole history) against one deployment of directory, needs and subscriptions in this process,
while the machine is kept busy: a process burning a core, and a steady needs command load. A
round passes when every scenario does within its time. For a failed round it prints where the
system's asyncio tasks were suspended and what the webhook reader threads were doing.

Kafka and FerretDB: those named by NITHET_TEST_KAFKA and NITHET_TEST_MONGO_URL, else started
for the run (tests.support.infra).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import sys
import tempfile
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.integration.webhook_system import WebhookSystem, webhook_system
from tests.support.harness import deployment_settings, eventually
from tests.support.infra import start_infra
from tests.support.receiver import Received, Receiver, receiving
from tests.support.stacks import task_stacks

SCENARIO_S = 120.0
Scenario = Callable[[WebhookSystem, str], Awaitable[None]]


def of_campaign(receiver: Receiver, campaign: str, status: int | None = 200) -> list[Received]:
    return [
        r
        for r in receiver.answered(status)
        if json.loads(r.body)["data"].get("campaign_id") == campaign
    ]


async def received(receiver: Receiver, campaign: str, count: int) -> list[Received]:
    async def probe() -> list[Received]:
        return of_campaign(receiver, campaign)

    return await eventually(probe, lambda got: len(got) >= count, 60)


async def deliver(s: WebhookSystem, school: str) -> None:
    with receiving() as r:
        endpoint = await s.register(r.url, types=("needs.*",))
        campaign = await s.needs_activity("loei-3", school, revisions=2)
        got = await received(r, campaign, 3)
        versions = [json.loads(x.body)["streamversion"] for x in got if b"Response" in x.body]
        assert versions == sorted(versions), f"out of order: {versions}"
        for request in got:
            Webhook(endpoint["secret"]).verify(request.body, request.headers)


async def pause_resume(s: WebhookSystem, school: str) -> None:
    with receiving() as r:
        endpoint = await s.register(r.url, types=("needs.*",))
        path = f"/v1/endpoints/{endpoint['endpoint_id']}"
        assert (await s.post(f"{path}/pause")).json()["status"] == "paused"
        campaign = await s.needs_activity("loei-3", school, revisions=1)
        await asyncio.sleep(1.0)
        assert not of_campaign(r, campaign, None), "delivered while paused"
        assert (await s.post(f"{path}/resume")).json()["status"] == "active"
        await received(r, campaign, 2)


async def rotate(s: WebhookSystem, school: str) -> None:
    with receiving() as r:
        endpoint = await s.register(r.url, types=("needs.CampaignOpened",))
        path = f"/v1/endpoints/{endpoint['endpoint_id']}/secret/rotate"
        newer = (await s.post(path, {"keep_previous_hours": 0})).json()["secret"]
        [got] = await received(r, await s.needs_activity("loei-3", school, 0), 1)
        Webhook(newer).verify(got.body, got.headers)
        with contextlib.suppress(WebhookVerificationError):
            Webhook(endpoint["secret"]).verify(got.body, got.headers)
            raise AssertionError("signed with the replaced secret after a rotation to 0 hours")


async def replay(s: WebhookSystem, school: str) -> None:
    with receiving() as r:
        endpoint = await s.register(r.url, types=("needs.CampaignOpened",))
        since = time.time() - 1
        campaign = await s.needs_activity("loei-3", school, revisions=0)
        await received(r, campaign, 1)
        at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(since))
        body = {"start": "time", "at": at}
        answer = await s.post(f"/v1/endpoints/{endpoint['endpoint_id']}/replay", body)
        assert answer.status_code == 202, answer.text
        first, again = await received(r, campaign, 2)
        assert first.webhook_id == again.webhook_id


async def gone(s: WebhookSystem, school: str) -> None:
    with receiving(respond=lambda r: 410) as r:
        endpoint = await s.register(r.url, types=("needs.*",))
        campaign = await s.needs_activity("loei-3", school, revisions=1)
        disabled = lambda e: e.get("status") == "disabled"  # noqa: E731
        await eventually(lambda: s.endpoint(endpoint["endpoint_id"]), disabled, 60)
        r.respond = lambda request: 200
        await s.post(f"/v1/endpoints/{endpoint['endpoint_id']}/resume")
        await received(r, campaign, 2)


async def redeliver(s: WebhookSystem, school: str) -> None:
    with receiving() as r:
        endpoint = await s.register(r.url, types=("needs.CampaignOpened",))
        campaign = await s.needs_activity("loei-3", school, revisions=0)
        [sent] = await received(r, campaign, 1)
        path = f"/v1/endpoints/{endpoint['endpoint_id']}"
        [first] = await eventually(
            lambda: s.deliveries(endpoint["endpoint_id"], event_id=sent.webhook_id), bool, 60
        )
        answer = await s.post(f"{path}/deliveries/{first['delivery_id']}/redeliver")
        assert answer.status_code == 202, answer.text
        await received(r, campaign, 2)


async def new_while_busy(s: WebhookSystem, school: str) -> None:
    with receiving(delay_s=0.05) as slow, receiving() as r:
        await s.register(slow.url, scope=("nation", "th"), start="beginning")  # the history
        await s.register(r.url, types=("needs.*",))
        await received(r, await s.needs_activity("loei-3", school, revisions=1), 2)


SCENARIOS: dict[str, Scenario] = {
    "deliver": deliver,
    "pause_resume": pause_resume,
    "rotate": rotate,
    "replay": replay,
    "gone": gone,
    "redeliver": redeliver,
    "new_while_busy": new_while_busy,
}
SCHOOLS = [f"10420601{n:02d}" for n in range(1, 15)]


async def needs_load(s: WebhookSystem, stopping: asyncio.Event) -> int:
    """Schools of loei-1 answer a campaign, one command after another, all along; returns
    how many of these activities (a template, a campaign, three answers) went through."""
    n = done = 0
    while not stopping.is_set():
        with contextlib.suppress(Exception):
            await s.needs_activity("loei-1", f"10420001{n % 9 + 1:02d}", revisions=3)
            done += 1
        n += 1
    return done


async def one_round(s: WebhookSystem, number: int) -> list[str]:
    """The names of the scenarios that failed (each reported with where things waited)."""

    async def run(name: str, scenario: Scenario, school: str) -> str | None:
        mine = dataclasses.replace(s, registered=[])  # its own endpoints, deleted after it
        try:
            async with asyncio.timeout(SCENARIO_S):
                await scenario(mine, school)
            return None
        except BaseException as exc:  # a timeout, an assertion, an error: reported as such
            print(f"round {number}: {name} failed: {type(exc).__name__}: {exc}", flush=True)
            traceback.print_exception(exc, limit=4, file=sys.stdout)
            return name
        finally:
            await mine.delete_registered()

    chosen = zip(SCENARIOS.items(), SCHOOLS[number % 2 :: 2], strict=False)
    outcomes = await asyncio.gather(*(run(n, f, school) for (n, f), school in chosen))
    failed = [name for name in outcomes if name]
    if failed:
        await report(s)
    return failed


async def report(s: WebhookSystem) -> None:
    status = (await s.subscriptions.get("/readyz")).json()["checks"].get("dispatcher")
    print("dispatcher:", json.dumps(status, default=str)[:3000])
    print("tasks:\n" + task_stacks(limit=80))
    for thread_id, frame in sys._current_frames().items():
        name = next(
            (t.name for t in __import__("threading").enumerate() if t.ident == thread_id), ""
        )
        if name.startswith("webhook-reader"):
            where = "".join(traceback.format_stack(frame, limit=6))
            print(f"thread {name}:\n{where}")


@contextlib.asynccontextmanager
async def busy_machine(s: WebhookSystem) -> AsyncIterator[None]:
    burner = await asyncio.create_subprocess_exec(sys.executable, "-c", "while True: pass")
    stopping = asyncio.Event()
    load = asyncio.create_task(needs_load(s, stopping))
    try:
        yield
    finally:
        stopping.set()
        burner.kill()
        await burner.wait()
        await asyncio.wait({load}, timeout=60)
        if load.done() and not load.cancelled() and load.exception() is None:
            print(f"background load: {load.result()} needs activities of 5 commands", flush=True)


async def stress(rounds: int, kafka: str, mongo_url: str) -> int:
    passed = 0
    async with webhook_system(deployment_settings(kafka, mongo_url)) as s, busy_machine(s):
        for number in range(1, rounds + 1):
            started = time.monotonic()
            failed = await one_round(s, number)
            passed += not failed
            took = time.monotonic() - started
            print(
                f"round {number}: {'passed' if not failed else 'FAILED ' + ', '.join(failed)}"
                f" in {took:.0f}s",
                flush=True,
            )
    print(f"rounds passed: {passed}/{rounds}", flush=True)
    return passed


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stress")
    parser.add_argument("service", choices=["subscriptions"])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nithet-stress-") as folder:
        infra = start_infra(Path(folder))
        try:
            passed = asyncio.run(stress(args.rounds, infra.kafka, infra.mongo_url))
        finally:
            infra.stop()
    sys.exit(0 if passed == args.rounds else 1)


if __name__ == "__main__":
    main()
