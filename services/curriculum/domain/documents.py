"""Document versions (a curriculum, a lesson plan): a reference to where the file is kept and
its content hash; versions are numbered 1, 2, 3... and a copy of the latest is refused."""

from __future__ import annotations

from dataclasses import dataclass

from kit.errors import RuleViolation


@dataclass(frozen=True)
class Document:
    version: int
    reference: str
    content_hash: str
    note: str


def next_version(documents: tuple[Document, ...], content_hash: str) -> int:
    """The number of a new version, refused when it is identical to the latest."""
    latest = documents[-1] if documents else None
    if latest and latest.content_hash == content_hash:
        raise RuleViolation(
            f"เอกสารนี้เหมือนฉบับที่ {latest.version} ทุกประการ กรุณาแนบฉบับที่ปรับปรุงแล้ว",
            f"This document is identical to version {latest.version}; attach the revised one.",
            code="document_unchanged",
            details={"document_version": latest.version, "content_hash": content_hash},
        )
    return len(documents) + 1
