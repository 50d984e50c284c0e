"""How a command's answer is told from its stream: the fields of the latest event of a kind,
whether the command just wrote it or an earlier one did (a repeat changes nothing and
answers the same)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.commands import Describe
from kit.events import DomainEvent


def latest(kind: type[DomainEvent], fields: set[str]) -> Describe:
    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        last = [e for e in [*history, *new] if isinstance(e, kind)][-1]
        return last.model_dump(mode="json", include=fields)

    return describe
