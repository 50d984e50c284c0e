"""Fixtures and names shared by the needs campaign-year test modules (imported by them, so
pytest sees the fixtures): one deployment per module on a clock the tests move, set back to
the first day before each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kit.clock import FixedClock
from tests.integration.needs_flow import NA_HAEO, START, system_on_a_fixed_day
from tests.integration.system import System
from tests.support.infra import Infra

PATIENCE = 60  # seconds a view may take on a busy machine (speed is benchmarked elsewhere)
ESA = "/v1/esas/loei-3"
A, C, E = NA_HAEO[0], NA_HAEO[2], NA_HAEO[4]


@pytest.fixture(scope="module")
async def deployment(infra: Infra) -> AsyncIterator[tuple[System, FixedClock]]:
    async with system_on_a_fixed_day(infra) as running:
        yield running


@pytest.fixture
def system(deployment: tuple[System, FixedClock]) -> System:
    deployment[1].set(START)
    return deployment[0]
