"""Neither a webhook signing secret nor a bearer token ever reaches a log record.

The subscriptions service runs under uvicorn on 127.0.0.1 with its access log on (logging
left unconfigured, so every record reaches the root logger that caplog watches at DEBUG), and
is called over real HTTP with httpx, whose request log is captured too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from nithet import servers
from services.subscriptions.main import create_app as subscriptions_app
from services.subscriptions.settings import WebhookSettings
from tests.security.deployment import WEBHOOK_URL, Deployment
from tests.security.tokens import bad_tokens
from tests.support.harness import eventually, token


def _texts(records: list[logging.LogRecord]) -> list[str]:
    texts = []
    for record in records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        if record.exc_info and record.exc_info[1] is not None:
            texts.append(repr(record.exc_info[1]))
    return texts


@pytest.fixture
def every_logger_reaches_caplog() -> Iterator[None]:
    """Earlier code in the same process may have configured logging (uvicorn's default config
    stops `uvicorn.access` from propagating; a dictConfig disables loggers): undo it for the
    test, so that caplog sees every record, and restore it afterwards."""
    loggers = [
        logging.getLogger(name)
        for name, found in list(logging.root.manager.loggerDict.items())
        if isinstance(found, logging.Logger)
    ] + [logging.getLogger("uvicorn.access"), logging.getLogger("uvicorn.error")]
    saved = [(lg, lg.disabled, lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.disabled, lg.propagate = False, True
        if lg.name.startswith("uvicorn"):  # an earlier server may have set WARNING
            lg.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for lg, disabled, propagate, level in saved:
            lg.disabled, lg.propagate = disabled, propagate
            lg.setLevel(level)


@pytest.mark.usefixtures("every_logger_reaches_caplog")
async def test_secrets_and_tokens_never_reach_the_logs(
    deployment: Deployment, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    port = servers.free_port()
    app = subscriptions_app(deployment.settings, WebhookSettings())
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=True)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    loei = token(deployment.settings, "integration", "loei")
    tokens = [loei, *bad_tokens(deployment.settings).values()]
    secrets: list[str] = []
    try:
        await eventually(lambda: asyncio.sleep(0, server.started), bool, 60)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            who = {"Authorization": f"Bearer {loei}"}
            body = {
                "url": WEBHOOK_URL,
                "event_types": ["*"],
                "scope": {"level": "esa", "id": "loei-3"},
            }
            r = await client.post("/v1/endpoints", json=body, headers=who)
            assert r.status_code == 201, r.text
            endpoint = r.json()["endpoint_id"]
            secrets.append(r.json()["secret"])

            async def visible() -> int:
                return (await client.get(f"/v1/endpoints/{endpoint}", headers=who)).status_code

            await eventually(visible, lambda status: status == 200)
            r = await client.post(f"/v1/endpoints/{endpoint}/secret/rotate", headers=who)
            assert r.status_code == 200, r.text
            secrets.append(r.json()["secret"])  # the new one, answered once
            r = await client.get(f"/v1/endpoints/{endpoint}/secret", headers=who)
            assert r.status_code == 200, r.text
            for bad in tokens[1:]:
                r = await client.get(
                    f"/v1/endpoints/{endpoint}", headers={"Authorization": f"Bearer {bad}"}
                )
                assert r.status_code == 401 and bad not in r.text
    finally:
        server.should_exit = True
        await task
    assert len(set(secrets)) == 2 and all(len(s) >= 24 for s in secrets)
    texts = _texts(caplog.records)
    access = [r for r in caplog.records if r.name == "uvicorn.access"]
    assert len(access) >= 10, "the access log must have been captured for this to prove anything"
    assert any(r.name == "httpx" for r in caplog.records)
    for secret in secrets:
        assert not [t for t in texts if secret in t], "a signing secret reached the logs"
    for value in tokens:
        assert not [t for t in texts if value in t], "a bearer token reached the logs"
