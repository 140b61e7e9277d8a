"""Start a Prism mock server (``@stoplight/prism-cli``) on a free loopback port, and stop it again.

Used by the session-scoped ``prism`` fixture in ``tests/conftest.py``. Prism runs in static mode with
``--errors``: requests are validated against ``openapi.yaml`` and answered with the spec's named examples,
and a response that would violate the spec becomes a 500 instead of a warning.

The executable is ``$PRISM`` if set (the Makefile sets it), else ``node_modules/.bin/prism`` in the repo.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
DEFAULT_PRISM = REPO_ROOT / "node_modules" / ".bin" / "prism"

STARTUP_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 5.0
_START_ATTEMPTS = 3  # a free port can be taken between choosing it and Prism binding it


class PrismError(RuntimeError):
    """Prism is missing, exited early or did not start listening in time."""


@dataclass(frozen=True)
class PrismServer:
    base_url: str
    port: int
    pid: int


def prism_executable() -> Path:
    """``$PRISM`` if set, else the repo's ``node_modules/.bin/prism``."""
    path = Path(os.environ.get("PRISM") or DEFAULT_PRISM)
    if not path.is_file():
        raise PrismError(f"Prism not found at {path}: run `npm ci` (or `make test`), or set PRISM=/path/to/prism")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop Prism and anything it spawned: it runs in its own session, so signal its process group.

    Only while it has not been reaped: until then its pid (= the group id) cannot belong to anyone else.
    """
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT_S)
    except ProcessLookupError:
        proc.wait(timeout=STOP_TIMEOUT_S)


def _read(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode(errors="replace")


@contextmanager
def run_prism(
    spec: Path = SPEC_PATH,
    *,
    extra_args: Sequence[str] = (),
    startup_timeout: float = STARTUP_TIMEOUT_S,
) -> Iterator[PrismServer]:
    """Run ``prism mock <spec> --errors -h 127.0.0.1 -p <free port> -v warn [extra_args]`` for the block."""
    exe = prism_executable()
    with tempfile.TemporaryFile() as log:
        for attempt in range(1, _START_ATTEMPTS + 1):
            port = free_port()
            cmd = [str(exe), "mock", str(spec), "--errors", "-h", "127.0.0.1", "-p", str(port), "-v", "warn"]
            proc = subprocess.Popen(
                [*cmd, *extra_args],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO_ROOT,
                start_new_session=True,
            )
            try:
                deadline = time.monotonic() + startup_timeout
                while not _port_open(port):
                    if proc.poll() is not None:
                        break
                    if time.monotonic() > deadline:
                        raise PrismError(
                            f"Prism did not listen on port {port} within {startup_timeout:.0f} s:\n{_read(log)}"
                        )
                    time.sleep(0.05)
                if proc.poll() is not None:
                    output = _read(log)
                    if attempt < _START_ATTEMPTS and "EADDRINUSE" in output:
                        continue
                    raise PrismError(f"Prism exited with code {proc.returncode}:\n{output}")
                yield PrismServer(base_url=f"http://127.0.0.1:{port}", port=port, pid=proc.pid)
                return
            finally:
                _stop(proc)
