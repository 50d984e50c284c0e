"""The web app's proxy and shell, with in-memory upstreams (no network)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from kit.settings import Settings
from services.web.bundle import BundleError, bundle
from services.web.config import WebSettings, auth_config, upstream_urls
from services.web.main import create_app
from tests.support.harness import serve

seen: list[httpx.Request] = []


def needs_service(request: httpx.Request) -> httpx.Response:
    seen.append(request)
    return httpx.Response(
        201,
        json={"campaign_id": "c1", "echo": json.loads(request.content or b"null")},
        headers={"ETag": '"1"', "Idempotent-Replayed": "true", "Set-Cookie": "x=1"},
    )


def unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.fixture
async def web() -> AsyncIterator[httpx.AsyncClient]:
    seen.clear()
    clients = {
        "needs": httpx.AsyncClient(
            transport=httpx.MockTransport(needs_service), base_url="http://n"
        ),
        "curriculum": httpx.AsyncClient(
            transport=httpx.MockTransport(unreachable), base_url="http://c"
        ),
    }
    app = create_app(
        Settings(environment="test"), WebSettings(web_max_body_bytes=1000), clients=clients
    )
    async with serve(app) as client:
        yield client


async def test_a_call_reaches_its_service_with_the_headers_an_api_needs(
    web: httpx.AsyncClient,
) -> None:
    r = await web.post(
        "/api/needs/v1/esas/loei-3/campaigns?year=2569",
        json={"title": "สำรวจ"},
        headers={"Authorization": "Bearer t", "Idempotency-Key": "k1", "Cookie": "secret=1"},
    )
    assert r.status_code == 201 and r.json()["echo"] == {"title": "สำรวจ"}
    assert r.headers["etag"] == '"1"' and r.headers["idempotent-replayed"] == "true"
    assert "set-cookie" not in r.headers
    sent = seen[-1]
    assert sent.url.path == "/v1/esas/loei-3/campaigns" and sent.url.params["year"] == "2569"
    assert sent.headers["authorization"] == "Bearer t" and sent.headers["idempotency-key"] == "k1"
    assert "cookie" not in sent.headers


async def test_a_service_that_does_not_answer_is_a_thai_503_naming_it(
    web: httpx.AsyncClient,
) -> None:
    r = await web.get("/api/curriculum/v1/esas/loei-3/curriculum-cases")
    assert r.status_code == 503
    error = r.json()["error"]
    assert error["code"] == "service_unavailable" and "หลักสูตรสถานศึกษา" in error["message"]
    assert error["details"] == {"service": "curriculum"}


async def test_unknown_services_and_paths_outside_the_api_are_not_found(
    web: httpx.AsyncClient,
) -> None:
    for path in ("/api/payroll/v1/x", "/api/needs/metrics", "/api/needs/readyz"):
        r = await web.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert seen == []


async def test_a_body_over_the_limit_is_refused_before_it_is_forwarded(
    web: httpx.AsyncClient,
) -> None:
    r = await web.post("/api/needs/v1/esas/loei-3/campaigns", content=b"x" * 1001)
    assert r.status_code == 413 and r.json()["error"]["message"].startswith("ข้อมูลที่ส่ง")
    assert seen == []


async def test_every_page_path_answers_the_shell_with_one_versioned_bundle(
    web: httpx.AsyncClient,
) -> None:
    r = await web.get("/esas/rayong-2/campaigns/anything")
    assert r.status_code == 200 and '<html lang="th">' in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert 'content="{&quot;mode&quot;: &quot;development&quot;' in r.text
    script = r.text.split('<script type="module" src="')[1].split('"')[0]
    assert script.startswith("/static/") and script.endswith("/app.js")
    app_js = await web.get(script, headers={"Accept-Encoding": "gzip"})
    assert app_js.status_code == 200 and "immutable" in app_js.headers["cache-control"]
    assert app_js.headers["content-encoding"] == "gzip" and "const __m_main" in app_js.text


def test_the_bundle_puts_every_module_after_what_it_imports(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text(
        'import { b as bee } from "./b.js";\nexport const a = bee + 1;\n'
    )
    (tmp_path / "b.js").write_text(
        'import * as c from "./c.js";\nexport function b() { return c.c; }\n'
    )
    (tmp_path / "c.js").write_text("export const c = 1;\n")
    text = bundle(tmp_path / "a.js")
    assert text.index("const __m_c") < text.index("const __m_b") < text.index("const __m_a")
    assert "const { b: bee } = __m_b;" in text and "const c = __m_c;" in text
    assert "export" not in text


def test_the_bundle_refuses_what_it_cannot_join(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text('import "./b.js";\n')
    (tmp_path / "b.js").write_text('import "./a.js";\n')
    with pytest.raises(BundleError, match="cycle"):
        bundle(tmp_path / "a.js")
    (tmp_path / "d.js").write_text('const m = await import("./c.js");\n')
    with pytest.raises(BundleError):
        bundle(tmp_path / "d.js")


def test_service_addresses_come_from_their_own_variables_or_the_shared_ports() -> None:
    urls = upstream_urls(
        Settings(needs_port=9001), WebSettings(curriculum_url="http://curriculum:8003/")
    )
    assert urls["needs"] == "http://127.0.0.1:9001"
    assert urls["curriculum"] == "http://curriculum:8003"


def test_sign_in_is_the_development_login_until_an_oidc_provider_is_configured() -> None:
    assert auth_config(Settings(), WebSettings())["mode"] == "development"
    oidc = WebSettings(
        oidc_authorize_url="https://id.example/auth",
        oidc_token_url="https://id.example/token",
        oidc_client_id="nithet-web",
    )
    config = auth_config(Settings(), oidc)
    assert config["mode"] == "oidc" and config["redirect_path"] == "/auth/callback"
    assert "secret" not in json.dumps(config)
