"""One deployment of every service for the whole package, and every operation's probe."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.security.deployment import Deployment, running
from tests.security.probes import SERVICES, Probe, probes
from tests.support.harness import deployment_settings
from tests.support.infra import Infra


@pytest.fixture(scope="package")
async def deployment(infra: Infra) -> AsyncIterator[Deployment]:
    async with running(deployment_settings(infra.kafka, infra.mongo_url)) as started:
        yield started


@pytest.fixture(scope="package")
def all_probes(deployment: Deployment) -> list[Probe]:
    return [p for service in SERVICES for p in probes(service, deployment.victim_ids)]
