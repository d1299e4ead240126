"""Cold start to the first painted main window: hubdesk against a bare PySide6 window.

Spawns, alternately so both share the machine's conditions, N times each:

* ``bench/bare_window.py`` (QApplication + empty QMainWindow, prints ``painted``), and
* ``python -m hubdesk --db <large hub>`` with ``HUBDESK_STARTUP_PROBE=1`` (prints
  ``painted`` on the first paint of the main window, ``ready`` when the hub's data
  is shown, then quits),

both with ``QT_QPA_PLATFORM=offscreen`` and a fresh throwaway ``XDG_CONFIG_HOME``.
Wall time runs from just before ``Popen`` to the moment the line is read from the
child's stdout. Peak RSS comes from ``os.wait4`` (the child's own rusage).

The large hub is made once into ``bench/.cache/`` with ``hubdesk demo --size large``;
if the demo module is not there yet, the bench makes an equivalent hub itself
(1,000 organisations, 5,000 members, 300 spaces) and says so.

Run: ``.venv/bin/python bench/startup.py [-n 15]``. Prints medians and the
target; never fails on timings.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / ".cache"
LARGE_HUB = CACHE / "large-hub.sqlite"
#: How the cached hub was made: "demo <sha of demo.py>" or "bench" (the fallback).
LARGE_HUB_SOURCE = CACHE / "large-hub.source"
TARGET_RATIO = 1.3
RUN_TIMEOUT_S = 120.0

ORGANISATIONS, MEMBERS, SPACES = 1_000, 5_000, 300


@dataclass
class Run:
    marks: dict[str, float] = field(default_factory=dict)
    max_rss_kib: int = 0
    exit_code: int = 0
    stderr: str = ""
    lines: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ the large hub


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def _demo_fingerprint() -> str | None:
    """sha256 of the demo's modules (None while the demo does not exist): a
    changed demo makes a new hub."""
    services = ROOT / "hubdesk" / "services"
    demo = [services / "demo.py", services / "demo_bookings.py", services / "demo_frontdesk.py"]
    if not demo[0].is_file():
        return None
    digest = hashlib.sha256()
    for module in demo:
        if module.is_file():
            digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def _make_hub_with_demo(path: Path) -> tuple[bool, str]:
    result = subprocess.run(
        [sys.executable, "-m", "hubdesk", "demo", "--size", "large", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def _make_hub_in_bench(path: Path) -> None:
    """Fallback while hubdesk.services.demo does not exist: the large hub's size."""
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime

    from hubdesk.app import Core
    from hubdesk.domain.enums import OrganisationKind, SpaceKind
    from hubdesk.domain.models import Member, Organisation, Space
    from hubdesk.domain.money import Money

    t0 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    kinds = list(OrganisationKind)
    # 300 spaces: 60 offices, 100 dedicated desks, 110 flex desks, 24 rooms, 6 event spaces
    space_plan = [
        (SpaceKind.PRIVATE_OFFICE, 60, 4),
        (SpaceKind.DEDICATED_DESK, 100, 1),
        (SpaceKind.FLEX_DESK, 110, 1),
        (SpaceKind.MEETING_ROOM, 24, 8),
        (SpaceKind.EVENT_SPACE, 6, 80),
    ]
    assert sum(n for _, n, _ in space_plan) == SPACES
    core = Core.open(path)
    try:
        with core.db.write() as session:
            organisations = [
                Organisation(
                    name=f"Organisation {i:04d}", kind=kinds[i % len(kinds)], created_at=t0
                )
                for i in range(ORGANISATIONS)
            ]
            session.add_all(organisations)
            session.flush()
            session.add_all(
                Member(
                    organisation_id=organisations[i % ORGANISATIONS].id,
                    first_name=f"First{i}",
                    last_name=f"Last{i:05d}",
                    email=f"member{i}@example.org",
                    created_at=t0,
                )
                for i in range(MEMBERS)
            )
            for kind, count, capacity in space_plan:
                session.add_all(
                    Space(
                        name=f"{kind.value} {i + 1:03d}",
                        kind=kind,
                        floor=i % 5,
                        capacity=capacity,
                        buffer_minutes=15 if kind is SpaceKind.MEETING_ROOM else 0,
                        price_hour=Money(4500) if kind is SpaceKind.MEETING_ROOM else None,
                    )
                    for i in range(count)
                )
    finally:
        core.close()


def ensure_large_hub() -> str:
    """The cached large hub (made if missing or stale); returns how it was made."""
    CACHE.mkdir(exist_ok=True)
    source = LARGE_HUB_SOURCE.read_text().strip() if LARGE_HUB_SOURCE.is_file() else ""
    fingerprint = _demo_fingerprint()
    if LARGE_HUB.is_file() and fingerprint and source == f"demo {fingerprint}":
        return f"hubdesk demo --size large (cached, demo.py {fingerprint})"
    if LARGE_HUB.is_file() and fingerprint is None and source == "bench":
        return "bench fallback, hubdesk.services.demo missing (cached)"
    # missing, half-made, or made by another demo.py (or the fallback) than the one now there
    _remove_db(LARGE_HUB)
    LARGE_HUB_SOURCE.unlink(missing_ok=True)
    started = time.perf_counter()
    ok, output = _make_hub_with_demo(LARGE_HUB)
    if ok:
        LARGE_HUB_SOURCE.write_text(f"demo {fingerprint}\n")
        return (
            f"hubdesk demo --size large (made in {time.perf_counter() - started:.1f} s, "
            f"demo.py {fingerprint})"
        )
    missing_demo = "demo" in output and ("ImportError" in output or "ModuleNotFound" in output)
    if not missing_demo:
        sys.exit(f"startup bench: `hubdesk demo --size large` failed:\n{output}")
    _remove_db(LARGE_HUB)
    started = time.perf_counter()
    _make_hub_in_bench(LARGE_HUB)
    LARGE_HUB_SOURCE.write_text("bench\n")
    return (
        f"bench fallback, hubdesk.services.demo missing "
        f"(made in {time.perf_counter() - started:.1f} s)"
    )


# ---------------------------------------------------------------------- one run


def run_once(command: list[str], extra_env: dict[str, str]) -> Run:
    config_home = tempfile.mkdtemp(prefix="hubdesk-bench-xdg-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUBDESK_")}
    env.update(extra_env)
    env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config_home})
    run = Run()
    try:
        with tempfile.TemporaryFile() as errors:
            started = time.perf_counter()
            process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT
            )
            killer = threading.Timer(RUN_TIMEOUT_S, process.kill)
            killer.start()
            try:
                assert process.stdout is not None
                for raw in iter(process.stdout.readline, b""):
                    line = raw.decode(errors="replace").strip()
                    key = line.split()[0] if line else ""
                    if key and key not in run.marks:
                        run.marks[key] = time.perf_counter() - started
                    run.lines.append(line)
                process.stdout.close()
                _, status, usage = os.wait4(process.pid, 0)
            finally:
                killer.cancel()
            process.returncode = run.exit_code = os.waitstatus_to_exitcode(status)
            run.max_rss_kib = usage.ru_maxrss
            errors.seek(0)
            run.stderr = errors.read().decode(errors="replace")
    finally:
        shutil.rmtree(config_home, ignore_errors=True)
    return run


def _check(name: str, run: Run, words: tuple[str, ...]) -> None:
    missing = [w for w in words if w not in run.marks]
    if run.exit_code != 0 or missing:
        sys.exit(
            f"startup bench: {name} exited {run.exit_code} without {missing or 'problem'}; "
            f"stdout {run.lines}\nstderr:\n{run.stderr.strip()}"
        )


# ------------------------------------------------------------------------- main


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each (default 15)")
    args = parser.parse_args()

    hub_source = ensure_large_hub()
    bare = [sys.executable, str(BENCH / "bare_window.py")]
    hubdesk = [sys.executable, "-m", "hubdesk", "--db", str(LARGE_HUB)]
    probe = {"HUBDESK_STARTUP_PROBE": "1"}

    # warm-up (page cache, .pyc files): one of each, not counted
    _check("bare window", run_once(bare, {}), ("painted",))
    _check("hubdesk", run_once(hubdesk, probe), ("painted", "ready"))

    bare_runs: list[Run] = []
    hub_runs: list[Run] = []
    for _ in range(args.n):
        run = run_once(bare, {})
        _check("bare window", run, ("painted",))
        bare_runs.append(run)
        run = run_once(hubdesk, probe)
        _check("hubdesk", run, ("painted", "ready"))
        hub_runs.append(run)

    def series(runs: list[Run], word: str) -> list[float]:
        return [r.marks[word] for r in runs]

    bare_painted = series(bare_runs, "painted")
    hub_painted = series(hub_runs, "painted")
    hub_ready = series(hub_runs, "ready")
    ratio = statistics.median(hub_painted) / statistics.median(bare_painted)
    paired = statistics.median(h / b for h, b in zip(hub_painted, bare_painted, strict=True))

    def rss(runs: list[Run]) -> str:
        return f"{statistics.median(r.max_rss_kib for r in runs) / 1024:6.0f} MiB"

    size_mib = LARGE_HUB.stat().st_size / 1_048_576
    print(f"startup bench: {args.n} runs each, alternating, after 1 warm-up run each")
    print(
        f"machine: nproc={os.cpu_count()}, {platform.machine()}, Python "
        f"{platform.python_version()}, QT_QPA_PLATFORM=offscreen"
    )
    print(f"large hub: {LARGE_HUB.relative_to(ROOT)} ({size_mib:.1f} MiB), {hub_source}")
    print()
    print(f"{'':28}{'median':>11}{'min':>11}{'max':>11}{'peak RSS':>12}")
    rows = [
        ("bare window: painted", bare_painted, rss(bare_runs)),
        ("hubdesk: painted", hub_painted, rss(hub_runs)),
        ("hubdesk: ready", hub_ready, ""),
    ]
    for label, values, peak in rows:
        print(
            f"{label:28}{_ms(statistics.median(values))}"
            f"{_ms(min(values))}{_ms(max(values))}{peak:>12}"
        )
    print()
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(
        f"painted(hubdesk) / painted(bare): {ratio:.3f}x  (target <= {TARGET_RATIO}x: {verdict}; "
        f"median of paired ratios {paired:.2f}x)"
    )
    data_after_paint = statistics.median(r - p for r, p in zip(hub_ready, hub_painted, strict=True))
    print(f"ready - painted (hubdesk, median of runs): {data_after_paint * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
