"""SharedReads answers a narrowed read from one coarse read, also when only some fields are
asked for: the fields it narrows and matches on are read too."""

from __future__ import annotations

from typing import Any

from services.reporting.application.querying import Doc, Fields, SharedReads

DOCS = [
    {"_id": "a", "esa": "loei-3", "province": "loei", "year": "2569", "n": 1},
    {"_id": "b", "esa": "loei-1", "province": "loei", "year": "2568", "n": 2},
    {"_id": "c", "esa": "rayong-2", "province": "rayong", "year": "2569", "n": 3},
]


class ProjectingStore:
    """Like the live store: only the fields asked for come back, and each read is counted."""

    def __init__(self) -> None:
        self.reads: list[tuple[dict[str, Any], Fields]] = []

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        self.reads.append((flt, fields))
        found = [d for d in DOCS if all(d.get(k) == v for k, v in flt.items())]
        return [{k: v for k, v in d.items() if fields is None or k in fields} for d in found]

    async def get(self, model: str, key: str) -> Doc | None:
        return None

    async def remember(self, key: Any, models: Any, compute: Any) -> Any:
        return await compute()


async def test_a_province_narrowed_read_with_fields_finds_the_province_documents() -> None:
    inner = ProjectingStore()
    shared = SharedReads(inner)
    loei = await shared.find("m", {"province": "loei", "year": "2569"}, ("esa", "n"))
    rayong = await shared.find("m", {"province": "rayong", "year": "2569"}, ("esa", "n"))
    assert [(d["esa"], d["n"]) for d in loei] == [("loei-3", 1)]
    assert [(d["esa"], d["n"]) for d in rayong] == [("rayong-2", 3)]
    assert len(inner.reads) == 1  # one coarse read for both provinces
    assert inner.reads[0][0] == {"year": "2569"}
