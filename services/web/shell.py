"""The HTML shell every page of the app starts from, and the headers every answer carries.

The shell is read once at start-up. The app's modules are served as one bundle (see bundle.py);
with `NITHET_WEB_BUNDLE=false` they are served one by one, each announced with
`<link rel="modulepreload">` (for working on them with the browser's tools). Static files are served under
`/static/<version>/...`, where the version is a hash of their content: they can be cached
for a year, and a new release is a new URL.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import Any

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


def render_service_worker(version: str, *, bundled: bool = True, root: Path = STATIC) -> str:
    """sw.js with this release's version and the assets it keeps for offline use."""
    kept = ["css/app.css", "css/fonts.css", "icon.svg"]
    kept += sorted(p.relative_to(root).as_posix() for p in (root / "fonts").glob("*.woff2"))
    if bundled:
        kept.append("app.js")
    else:
        kept += sorted(p.relative_to(root).as_posix() for p in (root / "js").rglob("*.js"))
    assets = [f"/static/{version}/{name}" for name in kept]
    template = (root / "sw.js").read_text(encoding="utf-8")
    return template.replace("{{assets}}", json.dumps(assets)).replace("{{v}}", version)


def render_shell(
    version: str, auth: dict[str, Any], *, bundled: bool = True, root: Path = STATIC
) -> str:
    """index.html with the asset version in its URLs, the sign-in configuration (one request
    fewer before the login page shows), and either the bundle or a preload link per module."""
    if bundled:
        script, preload = "app.js", ""
    else:
        modules = sorted(p.relative_to(root).as_posix() for p in (root / "js").rglob("*.js"))
        script = "js/main.js"
        preload = "\n".join(
            f'  <link rel="modulepreload" href="/static/{version}/{m}">' for m in modules
        )
    template = (root / "index.html").read_text(encoding="utf-8")
    return (
        template.replace("<!--modulepreload-->", preload)
        .replace("{{script}}", script)
        .replace("{{auth}}", html.escape(json.dumps(auth), quote=True))
        .replace("{{v}}", version)
    )
