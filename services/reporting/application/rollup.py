"""Summing ESA figures into provincial and national ones, and remembering them.

A domain's rollup turns the documents of one scope (an ESA, a province, the nation) and year
into figures per ESA that add up: counts, sums, counts per level or kind. A province's figures
are the sum of its ESAs' rows and the nation's the sum of every ESA's, so a province always
equals the sum of its ESAs, by construction. Ratios and means are taken after summing (from
the sums and counts the rows carry), never averaged.

A rollup is asked through the store's `remember`: the live store keeps it until the
read-model hub applies a batch to one of its models (adapters.live_reads), a view of many
parts computes it once (querying.SharedReads).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kit.auth.principal import esa_province
from services.reporting.application.querying import Doc, Key, Reads, SharedReads, Store, reads

Rows = dict[str, Doc]  # per ESA code: its figures
Compute = Callable[[Reads, dict[str, str], int, tuple[Any, ...]], Awaitable[Rows]]


def rate(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def where(level: str, code: str) -> dict[str, str]:
    """The filter of a level's documents: one ESA, one province, or the whole country."""
    return {} if level == "nation" else {level: code}


@dataclass(frozen=True)
class Rollup:
    """A domain's figures per ESA: its name, the read models it reads, how it is computed
    from the documents of a scope and year (`variant`: what else it depends on, such as the
    semester or the day overdue is counted at)."""

    name: str
    models: tuple[str, ...]
    compute: Compute

    async def rows(self, store: Store, scope: dict[str, str], year: int, *variant: Any) -> Rows:
        r = reads(store)
        if "province" in scope and isinstance(r, SharedReads):
            national = r.remembered(self._key({}, year, variant))
            if national is not None:  # a national view: its provinces share the nation's rows
                rows: Rows = await national
                return {e: row for e, row in rows.items() if esa_province(e) == scope["province"]}
        key = self._key(scope, year, variant)
        return await r.remember(key, self.models, lambda: self.compute(r, scope, year, variant))

    def _key(self, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Key:
        return (self.name, tuple(sorted(scope.items())), year, variant)


def add(total: Any, value: Any) -> Any:
    """`value` added into `total`, which the caller owns (None: a copy of `value`): numbers
    add, maps add key by key, lists are joined, text keeps the first value."""
    if total is None:
        return _copy(value)
    kind = type(value)
    if kind is int or kind is float:
        return total + value
    if kind is dict:
        for k, v in value.items():
            total[k] = add(total.get(k), v)
    elif kind is list:
        total.extend(value)
    return total


def _copy(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        return {k: _copy(v) for k, v in value.items()}
    if kind is list:
        return list(value)
    return value


def fresh(zero: Doc) -> Doc:
    """A row to count into, from a domain's zero row (which stays as it is)."""
    copied: Doc = _copy(zero)
    return copied


def summed(rows: Iterable[Doc], zero: Doc | None = None) -> Doc:
    """A new row: the sum of `rows` (none of which changes), from `zero` when given."""
    total: Any = fresh(zero) if zero is not None else None
    for row in rows:
        total = add(total, row)
    return total if total is not None else {}
