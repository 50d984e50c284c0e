"""The web app: `uvicorn --factory services.web.main:create_app` (port NITHET_WEB_PORT, 8000).

Routes: `/api/<service>/...` (the proxy), `/auth/config` (how to sign in), `/static/<v>/...`
(the app's modules, styles and fonts), `/sw.js` (the service worker keeping the shell for
offline use), and every other GET path answers the HTML shell, whose router shows the page
(or the app's own not-found page).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any, Literal

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.middleware.gzip import GZipMiddleware

from kit.errors import NotFound
from kit.http.app import create_service_app
from kit.http.errors import error_response
from kit.settings import Settings
from services.web.bundle import bundle
from services.web.config import WebSettings, auth_config, upstream_urls
from services.web.proxy import Proxy, Upstream
from services.web.shell import (
    SECURITY_HEADERS,
    STATIC,
    asset_version,
    render_service_worker,
    render_shell,
)

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
IMMUTABLE = {"cache-control": "public, max-age=31536000, immutable"}


class SignInConfig(BaseModel):
    """How the browser signs a person in."""

    mode: Literal["oidc", "development"]
    development: bool | None = None
    authorize_url: str | None = None
    token_url: str | None = None
    client_id: str | None = None
    scope: str | None = None
    logout_url: str | None = None
    redirect_path: str | None = None


def create_app(
    settings: Settings | None = None,
    web: WebSettings | None = None,
    *,
    clients: dict[str, httpx.AsyncClient] | None = None,
) -> FastAPI:
    """`clients` replaces the HTTP client of some services (tests call apps in-process)."""
    settings = settings or Settings()
    web = web or WebSettings()
    app = create_service_app(
        service="web",
        title="Nithet web",
        description="เว็บแอปนิเทศ — the Thai web app every role works in, and its API proxy.",
        lifespan=_lifespan(upstream_urls(settings, web), web, clients or {}),
    )
    app.state.settings = settings
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.middleware("http")(_security_headers)
    _api_routes(app, settings, web)
    _page_routes(app, settings, web)
    return app


def _lifespan(urls: dict[str, str], web: WebSettings, given: dict[str, httpx.AsyncClient]) -> Any:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        timeout = httpx.Timeout(web.web_proxy_timeout_seconds, connect=3.0)
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
        async with httpx.AsyncClient(timeout=timeout, limits=limits) as shared:
            upstreams = {
                name: Upstream(name, given[name], "")
                if name in given
                else Upstream(name, shared, url)
                for name, url in urls.items()
            }
            app.state.proxy = Proxy(upstreams, web.web_max_body_bytes)
            app.state.readiness = {"directory": _answers(app.state.proxy, "directory")}
            yield

    return lifespan


async def _security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _api_routes(app: FastAPI, settings: Settings, web: WebSettings) -> None:
    @app.api_route("/api/{service}/{path:path}", methods=METHODS, include_in_schema=False)
    async def proxy(service: str, path: str, request: Request) -> Response:
        return await request.app.state.proxy.forward(service, path, request)  # type: ignore[no-any-return]

    @app.get("/auth/config", tags=["sign-in"])
    async def sign_in_config() -> SignInConfig:
        """How the browser signs a person in: development login or OIDC (code flow + PKCE)."""
        return SignInConfig.model_validate(auth_config(settings, web))


def _page_routes(app: FastAPI, settings: Settings, web: WebSettings) -> None:
    version = asset_version()
    shell = render_shell(version, auth_config(settings, web), bundled=web.web_bundle)
    app_js = bundle(STATIC / "js" / "main.js") if web.web_bundle else ""
    service_worker = render_service_worker(version, bundled=web.web_bundle)

    @app.get(f"/static/{version}/app.js", include_in_schema=False)
    async def app_bundle() -> Response:
        return Response(app_js, media_type="text/javascript", headers=IMMUTABLE)

    app.mount(f"/static/{version}", _CachedStatic(directory=STATIC), name="static")

    @app.get("/sw.js", include_in_schema=False)
    async def offline_shell() -> Response:
        """The service worker that keeps the app shell for offline use (scope: the whole app)."""
        return Response(
            service_worker, media_type="text/javascript", headers={"cache-control": "no-cache"}
        )

    @app.get("/{page:path}", include_in_schema=False)
    async def page(page: str) -> Response:
        if page.startswith(("api/", "static/")):
            return error_response(NotFound())
        return HTMLResponse(shell, headers={"cache-control": "no-cache"})


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
