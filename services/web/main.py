"""The web app: `uvicorn --factory services.web.main:create_app` (port NITHET_WEB_PORT, 8000).

Routes: `/api/<service>/...` (the proxy), `/auth/config` (how to sign in), `/static/<v>/...`
(the app's modules, styles and fonts), and every other GET path answers the HTML shell, whose
router shows the page (or the app's own not-found page).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from kit.http.app import create_service_app
from kit.settings import Settings
from services.web.bundle import bundle
from services.web.config import WebSettings, auth_config, upstream_urls
from services.web.proxy import Proxy, Upstream
from services.web.shell import SECURITY_HEADERS, STATIC, asset_version, render_shell

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
IMMUTABLE = {"cache-control": "public, max-age=31536000, immutable"}


def create_app(
    settings: Settings | None = None,
    web: WebSettings | None = None,
    *,
    clients: dict[str, httpx.AsyncClient] | None = None,
) -> FastAPI:
    """`clients` replaces the HTTP client of some services (tests call apps in-process)."""
    settings = settings or Settings()
    web = web or WebSettings()
    given = clients or {}
    urls = upstream_urls(settings, web)
    version = asset_version()
    shell = render_shell(version, auth_config(settings, web), bundled=web.web_bundle)
    app_js = bundle(STATIC / "js" / "main.js") if web.web_bundle else ""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(web.web_proxy_timeout_seconds, connect=3.0)
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
        async with httpx.AsyncClient(timeout=timeout, limits=limits) as shared:
            app.state.proxy = Proxy(
                {
                    name: Upstream(name, given[name], "")
                    if name in given
                    else Upstream(name, shared, url)
                    for name, url in urls.items()
                },
                web.web_max_body_bytes,
            )
            app.state.readiness = {"directory": _answers(app.state.proxy, "directory")}
            yield

    app = create_service_app(
        service="web",
        title="Nithet web",
        description="เว็บแอปนิเทศ — the Thai web app every role works in, and its API proxy.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.api_route("/api/{service}/{path:path}", methods=METHODS, include_in_schema=False)
    async def proxy(service: str, path: str, request: Request) -> Response:
        return await request.app.state.proxy.forward(service, path, request)  # type: ignore[no-any-return]

    @app.get("/auth/config", tags=["sign-in"])
    async def sign_in_config() -> dict[str, Any]:
        """How the browser signs a person in: development login or OIDC (code flow + PKCE)."""
        return auth_config(settings, web)

    @app.get(f"/static/{version}/app.js", include_in_schema=False)
    async def app_bundle() -> Response:
        return Response(app_js, media_type="text/javascript", headers=IMMUTABLE)

    app.mount(f"/static/{version}", _CachedStatic(directory=STATIC), name="static")

    @app.get("/{page:path}", include_in_schema=False)
    async def page(page: str) -> Response:
        if page.startswith(("api/", "static/")):
            return JSONResponse(
                {
                    "error": {
                        "code": "not_found",
                        "message": "ไม่พบข้อมูลที่ต้องการ",
                        "message_en": "Not found.",
                    }
                },
                status_code=404,
            )
        return HTMLResponse(shell, headers={"cache-control": "no-cache"})

    return app


class _CachedStatic(StaticFiles):
    """Versioned URLs never change content: cache them for a year."""

    async def get_response(self, path: str, scope: Any) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers.update(IMMUTABLE)
        return response


def _answers(proxy: Proxy, service: str) -> Any:
    async def check() -> dict[str, Any]:
        upstream = proxy.upstreams[service]
        r = await upstream.client.get(f"{upstream.base}/healthz", timeout=2)
        r.raise_for_status()
        return {}

    return check
