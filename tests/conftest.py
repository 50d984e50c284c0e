"""Session fixtures: the real Kafka broker and FerretDB the test run starts and removes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kit.settings import Settings
from tests.support.harness import deployment_settings
from tests.support.infra import Infra, start_infra


@pytest.fixture(scope="session")
def infra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Infra]:
    started = start_infra(Path(tmp_path_factory.mktemp("infra")))
    yield started
    started.stop()


@pytest.fixture
def settings(infra: Infra) -> Settings:
    """A fresh deployment (own databases, own consumer groups) on the shared servers."""
    return deployment_settings(infra.kafka, infra.mongo_url)
