"""A throwaway PostgreSQL cluster on 127.0.0.1 for tests and CI, from Debian's binaries.

``python tests/pgcluster.py start DIR`` prints a connection URL; ``stop DIR`` ends it.
The test fixture ``postgres_url`` uses the same functions (or a URL CI exported).
PostgreSQL refuses to run as root, so when we are root the cluster belongs to ``postgres``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

# Durability buys nothing in a throwaway cluster and costs seconds per test run.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
OWNER = "postgres"


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: on PATH or under Debian's versioned dirs."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts)
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", OWNER, "--", *cmd]


def start(root: Path) -> str:
    """Create and start a cluster in ``root`` (a new, empty folder); return its URL."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("initdb not found: install Debian's postgresql package")
    root.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam(OWNER)
        os.chown(root, user.pw_uid, user.pw_gid)
    data = root / "data"
    subprocess.run(
        _as_owner([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                   "--encoding=UTF8", "--no-sync"]),
        check=True, capture_output=True,
    )
    port = _free_port()
    options = " ".join(
        [f"-p {port}", "-h 127.0.0.1", f"-k {root}"] + [f"-c {s}" for s in FAST_SETTINGS]
    )
    subprocess.run(
        _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"),
                   "-o", options, "-w", "start"]),
        check=True, capture_output=True,
    )
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def stop(root: Path) -> None:
    """Stop the cluster in ``root`` at once and remove its files."""
    bindir = find_bindir()
    if bindir is not None and (root / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate",
                       "-w", "stop"]),
            check=False, capture_output=True,
        )
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    action, folder = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(folder))
    else:
        stop(folder)
