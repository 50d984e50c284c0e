"""One deployment of every service for the whole package."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fuzz.deployment import Deployment, running
from tests.support.infra import Infra


@pytest.fixture(scope="package")
def deployment(infra: Infra) -> Iterator[Deployment]:
    with running(infra) as started:
        yield started
