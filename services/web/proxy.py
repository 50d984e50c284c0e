"""The API proxy: `/api/<service>/<path>` is forwarded to that service under one origin.

Only the headers an API call needs cross (bearer token, content type, Idempotency-Key,
If-Match, correlation id); answers keep their status, body and the headers the app reads
(ETag, Idempotent-Replayed, Content-Disposition). A service that does not answer becomes a
503 in the services' own error shape, in Thai first, naming the service.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
from fastapi import Request, Response
from fastapi.responses import JSONResponse

from kit.errors import NithetError, NotFound

log = logging.getLogger(__name__)

REQUEST_HEADERS = (
    "authorization",
    "content-type",
    "accept",
    "accept-language",
    "idempotency-key",
    "if-match",
    "x-correlation-id",
)
RESPONSE_HEADERS = (
    "content-type",
    "etag",
    "idempotent-replayed",
    "content-disposition",
    "location",
    "retry-after",
)
ALLOWED_PREFIXES = ("v1/", "openapi.json")

SERVICE_NAMES_TH = {
    "directory": "ทะเบียนหน่วยงานและบุคลากร",
    "needs": "สำรวจความต้องการสื่อ",
    "supervision": "การนิเทศ",
    "curriculum": "หลักสูตรสถานศึกษา",
    "reporting": "รายงาน",
    "subscriptions": "การส่งต่อเหตุการณ์",
}


class UpstreamUnavailable(NithetError):
    status = 503
    code = "service_unavailable"


class UpstreamTimeout(NithetError):
    status = 504
    code = "service_timeout"


class BodyTooLarge(NithetError):
    status = 413
    code = "body_too_large"
    message_th = "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป กรุณาลดขนาดไฟล์หรือข้อความ"
    message_en = "The request body is too large."


@dataclass
class Upstream:
    name: str
    client: httpx.AsyncClient
    base: str  # "" when the client already carries its base URL


class Proxy:
    def __init__(self, upstreams: dict[str, Upstream], max_body_bytes: int) -> None:
        self.upstreams = upstreams
        self.max_body_bytes = max_body_bytes

    async def forward(self, service: str, path: str, request: Request) -> Response:
        upstream = self.upstreams.get(service)
        if upstream is None or not path.startswith(ALLOWED_PREFIXES):
            return _error(NotFound())
        body = await request.body()
        if len(body) > self.max_body_bytes:
            return _error(BodyTooLarge())
        headers = {k: v for k, v in request.headers.items() if k.lower() in REQUEST_HEADERS}
        try:
            answer = await upstream.client.request(
                request.method,
                f"{upstream.base}/{path}",
                params=list(request.query_params.multi_items()),
                content=body or None,
                headers=headers,
            )
        except httpx.TimeoutException:
            log.warning("%s did not answer in time: %s %s", service, request.method, path)
            return _error(_timeout(service))
        except httpx.TransportError as exc:
            log.warning("%s unreachable: %s", service, exc)
            return _error(_unavailable(service))
        kept = {k: v for k, v in answer.headers.items() if k.lower() in RESPONSE_HEADERS}
        return Response(answer.content, status_code=answer.status_code, headers=kept)


def _unavailable(service: str) -> NithetError:
    name = SERVICE_NAMES_TH.get(service, service)
    return UpstreamUnavailable(
        f"บริการ{name}ยังไม่พร้อมให้บริการ กรุณาลองใหม่ในอีกสักครู่ หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ",
        f"The {service} service is not answering; try again shortly or tell an administrator.",
        details={"service": service},
    )


def _timeout(service: str) -> NithetError:
    name = SERVICE_NAMES_TH.get(service, service)
    return UpstreamTimeout(
        f"บริการ{name}ตอบช้าเกินไป กรุณาลองใหม่",
        f"The {service} service took too long to answer; try again.",
        details={"service": service},
    )


def _error(error: NithetError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status)
