"""The `nithet` command.

nithet run | up | down | status     the whole system (see nithet.run)
nithet token ROLE SCOPE             print a development token, e.g.
                                    nithet token supervisor loei-3
                                    nithet token school 1042060101
                                    nithet token provincial_officer loei
nithet rebuild [READ_MODEL]         rebuild reporting read models, with progress
"""

from __future__ import annotations

import argparse
import sys
import time

import httpx

from kit.auth.tokens import TokenIssuer
from kit.errors import NithetError
from kit.settings import Settings


def token(role: str, scope: str) -> str:
    from services.directory.application.tokens import principal_for

    s = Settings()
    issuer = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, s.jwt_ttl_seconds)
    return issuer.issue(principal_for(role, scope))


def rebuild(models: list[str]) -> int:
    s = Settings()
    headers = {"Authorization": f"Bearer {token('admin', 'th')}"}
    base = f"{s.url('reporting')}/v1/admin/read-models"
    with httpx.Client(headers=headers, timeout=10) as client:
        if not models:
            models = [m["model"] for m in client.get(base).json()["read_models"]]
        for model in models:
            r = client.post(f"{base}/{model}/rebuild")
            if r.status_code >= 400:
                print(f"{model}: {r.json()['error']['message_en']}")
                return 1
            while True:
                time.sleep(0.5)
                p = client.get(base).json()["rebuilds"][model]
                left = "?" if p["seconds_left"] is None else f"{p['seconds_left']:.0f}s"
                print(
                    f"\r{model}: {p['phase']:<9} {p['events_done']:>9,}/{p['events_total']:,} "
                    f"events  {p['events_per_second']:>9,.0f}/s  left {left:<6}",
                    end="",
                    flush=True,
                )
                if p["phase"] == "switched" or p["phase"].startswith("failed"):
                    print()
                    break
            if p["phase"].startswith("failed"):
                return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="nithet", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "up", "down", "status"):
        sub.add_parser(name)
    t = sub.add_parser("token", help="print a development token")
    t.add_argument("role")
    t.add_argument("scope")
    r = sub.add_parser("rebuild", help="rebuild reporting read models")
    r.add_argument("models", nargs="*")
    args = parser.parse_args(argv)
    if args.command in ("run", "up", "down", "status"):
        from nithet import run

        return int(getattr(run, args.command)())
    if args.command == "token":
        try:
            print(token(args.role, args.scope))
        except NithetError as exc:
            print(exc.message_en, file=sys.stderr)
            return 2
        return 0
    return rebuild(args.models)


if __name__ == "__main__":
    sys.exit(main())
