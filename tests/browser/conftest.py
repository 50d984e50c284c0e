"""Browser fixtures: one whole system per test module (starting it takes seconds), a fresh
browser context per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page, expect

from tests.browser.stack import WebStack, web_stack
from tests.support.harness import deployment_settings
from tests.support.infra import Infra

# Views are built from events a moment after each command, on a machine shared with others:
# waiting for what a page shows may take longer than Playwright's default five seconds.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="module")
async def stack(infra: Infra) -> AsyncIterator[WebStack]:
    async with web_stack(deployment_settings(infra.kafka, infra.mongo_url)) as s:
        yield s


@pytest.fixture
async def page(stack: WebStack) -> AsyncIterator[Page]:
    p = await stack.page()
    yield p
    await p.context.close()
    assert not stack.script_errors(), stack.script_errors()


@pytest.fixture
async def phone(stack: WebStack) -> AsyncIterator[Page]:
    """A phone-sized touch screen (a supervisor in a school)."""
    p = await stack.page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield p
    await p.context.close()
    assert not stack.script_errors(), stack.script_errors()
