"""The `nithet` command.

nithet run | up | down | status     the whole system (see nithet.run)
nithet token ROLE SCOPE             print a development token (development and test only), e.g.
                                    nithet token supervisor loei-3
                                    nithet token supervisor loei-3-nahaeo   (a cluster)
                                    nithet token school 1042060101
                                    nithet token provincial_officer loei
nithet rebuild [--token T] [READ_MODEL...]
                                    rebuild reporting read models, with progress

Commands that call the services authenticate with --token, NITHET_TOKEN, or OAuth2 client
credentials (NITHET_OIDC_TOKEN_URL, NITHET_CLI_CLIENT_ID, NITHET_CLI_CLIENT_SECRET); only in
development do they sign a development token themselves (see nithet.credentials).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import httpx

from kit.auth.tokens import TokenIssuer
from kit.errors import NithetError
from kit.settings import Settings
from nithet.credentials import CliSettings, NoCredentials, ServiceAuth, signs_development_tokens


def token(role: str, scope: str) -> str:
    from services.directory.application.tokens import principal_for

    s = Settings()
    if not signs_development_tokens(s):
        raise NithetError(
            "โทเค็นสำหรับการพัฒนาใช้ได้เฉพาะโหมดพัฒนา",
            "Development tokens are for development and test only.",
        )
    issuer = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, s.jwt_ttl_seconds)
    return issuer.issue(principal_for(role, scope))


def _failed(r: httpx.Response) -> str | None:
    if r.status_code < 400:
        return None
    try:
        error = r.json()["error"]
        return f"{error['message']} ({error['message_en']})"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {r.status_code}"


def rebuild(models: list[str], given_token: str | None = None) -> int:
    s, cli = Settings(), CliSettings()
    base = f"{(cli.reporting_url or s.url('reporting')).rstrip('/')}/v1/admin/read-models"
    with httpx.Client(auth=ServiceAuth(s, cli, given_token), timeout=30) as client:
        listed = client.get(base)
        if problem := _failed(listed):
            print(problem, file=sys.stderr)
            return 1
        for model in models or [m["model"] for m in listed.json()["read_models"]]:
            r = client.post(f"{base}/{model}/rebuild")
            if problem := _failed(r):
                print(f"{model}: {problem}", file=sys.stderr)
                return 1
            if not _follow(client, base, model):
                return 1
    return 0


def _follow(client: httpx.Client, base: str, model: str) -> bool:
    """Print a rebuild's progress until it ends; True when it switched to the new model."""
    while True:
        time.sleep(0.5)
        p: dict[str, Any] = client.get(base).json()["rebuilds"][model]
        left = "?" if p["seconds_left"] is None else f"{p['seconds_left']:.0f}s"
        print(
            f"\r{model}: {p['phase']:<9} {p['events_done']:>9,}/{p['events_total']:,} "
            f"events  {p['events_per_second']:>9,.0f}/s  left {left:<6}",
            end="",
            flush=True,
        )
        if p["phase"] == "switched" or p["phase"].startswith("failed"):
            print()
            return bool(p["phase"] == "switched")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nithet", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "up", "down", "status"):
        command = sub.add_parser(name)
        if name in ("run", "up"):  # make run WEBHOOKS=local
            command.add_argument(
                "--webhooks",
                choices=["local"],
                help="allow http and loopback webhook receivers (development only)",
            )
    t = sub.add_parser("token", help="print a development token (development only)")
    t.add_argument("role")
    t.add_argument("scope")
    r = sub.add_parser("rebuild", help="rebuild reporting read models")
    r.add_argument("--token", help="a bearer token for the services (else NITHET_TOKEN...)")
    r.add_argument("models", nargs="*")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("run", "up", "down", "status"):
        from nithet import run

        if getattr(args, "webhooks", None) == "local" and (refused := run.local_webhooks()):
            print(refused, file=sys.stderr)
            return 2
        return int(getattr(run, args.command)())
    try:
        if args.command == "token":
            print(token(args.role, args.scope))
            return 0
        return rebuild(args.models, args.token)
    except NithetError as exc:
        print(f"{exc.message_th}\n{exc.message_en}", file=sys.stderr)
        return 2
    except NoCredentials as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
