"""Commands per second through HTTP, against the same server's GET /healthz as the baseline."""

from __future__ import annotations

import asyncio
from typing import Any

from bench.load import closed_loop
from bench.stack import Stack
from bench.stats import latency_summary
from bench.workload import ESA, answers, headers, open_campaigns, response_pairs


def run(stack: Stack, *, clients: int, total: int, warmup: int) -> dict[str, Any]:
    campaigns = open_campaigns(stack, (total + warmup) // 17 + 2)
    pairs = response_pairs(campaigns)
    tokens = {school: headers(stack, "school", school) for school in {s for _, s in pairs}}
    base = stack.url("needs")

    def command(n: int) -> Any:
        campaign, school = pairs[n]
        url = f"{base}/v1/esas/{ESA}/campaigns/{campaign}/responses/{school}"
        return "PUT", url, tokens[school], {"answers": answers(n)}

    def health(n: int) -> Any:
        return "GET", f"{base}/healthz", {}, None

    baseline = asyncio.run(closed_loop(health, clients=clients, total=total, warmup=warmup))
    load = asyncio.run(closed_loop(command, clients=clients, total=total, warmup=warmup))
    return {
        "clients": clients,
        "commands": load.requests,
        "errors": load.errors,
        "statuses": load.statuses,
        "commands_per_s": round(load.per_second, 1),
        **{f"command_{k}": v for k, v in latency_summary(load.latencies).items()},
        "baseline_healthz_per_s": round(baseline.per_second, 1),
        **{f"healthz_{k}": v for k, v in latency_summary(baseline.latencies).items()},
        "ratio_commands_to_healthz": round(load.per_second / baseline.per_second, 3),
    }
