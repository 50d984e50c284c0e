"""Idle footprint of the whole stack: resident memory and CPU of every process, at rest.

Read from /proc over `seconds` (after the other benchmarks, so caches are warm): RSS summed
over each process group (a service and its children, Kafka's JVM, FerretDB) and the CPU time
used during the window as a share of one core.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from bench.stack import Stack

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _group(pgid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    found.append(int(entry.name))
            except ProcessLookupError:
                continue
    return found


def _sample(pids: list[int]) -> tuple[float, int]:
    cpu, rss = 0.0, 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu += (int(stat[11]) + int(stat[12])) / TICKS  # utime + stime
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (FileNotFoundError, ProcessLookupError):
            continue
    return cpu, rss


def run(stack: Stack, *, seconds: float) -> dict[str, Any]:
    leaders = {name: p.pid for name, p in stack.processes.items()}
    for server in (stack.kafka, stack.ferretdb):
        assert server.process is not None
        leaders[server.name] = server.process.pid
    groups = {name: _group(os.getpgid(pid)) for name, pid in leaders.items()}
    before = {name: _sample(pids) for name, pids in groups.items()}
    time.sleep(seconds)
    after = {name: _sample(pids) for name, pids in groups.items()}
    result: dict[str, Any] = {}
    for name in groups:
        result[f"{name}_rss_mb"] = round(after[name][1] / 2**20)
        result[f"{name}_cpu_pct"] = round(100 * (after[name][0] - before[name][0]) / seconds, 1)
    result["total_rss_mb"] = sum(v for k, v in result.items() if k.endswith("_rss_mb"))
    result["total_cpu_pct_of_one_core"] = round(
        sum(v for k, v in result.items() if k.endswith("_cpu_pct")), 1
    )
    result["window_s"] = seconds
    return result
