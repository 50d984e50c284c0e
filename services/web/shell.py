"""The HTML shell every page of the app starts from, and the headers every answer carries.

The shell is read once at start-up; every module of the app is announced with
`<link rel="modulepreload">` so the browser fetches them in parallel instead of discovering
them import by import (the first page is interactive sooner). Static files are served under
`/static/<version>/...`, where the version is a hash of their content: they can be cached
for a year, and a new release is a new URL.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

STATIC = Path(__file__).parent / "static"

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self' https:; frame-ancestors 'none'; base-uri 'self'; "
        "form-action 'self' https:"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def asset_version(root: Path = STATIC) -> str:
    """A short hash of every static file's path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def render_shell(version: str, root: Path = STATIC) -> str:
    """index.html with the asset version in its URLs and a preload link per module."""
    modules = sorted(p.relative_to(root).as_posix() for p in (root / "js").rglob("*.js"))
    preload = "\n".join(
        f'  <link rel="modulepreload" href="/static/{version}/{m}">' for m in modules
    )
    template = (root / "index.html").read_text(encoding="utf-8")
    return template.replace("<!--modulepreload-->", preload).replace("{{v}}", version)
