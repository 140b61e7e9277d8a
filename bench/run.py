"""``make bench``: our client vs raw httpx, the stock generated client and the official SDK; writes BENCHMARKS.md.

Everything runs on 127.0.0.1: a fixed-response server (``server.py``) in its own process, and one worker process
per client (``worker.py``), all driven from here. The official SDK (``talon-one-python-sdk==9.0.0``) is installed
on first use into ``bench/.sdk-venv`` (gitignored) and runs in its own worker; if it cannot be installed the run
goes on without it and says so. The "stock generated" client is what openapi-python-client makes of openapi.yaml
without this project's custom templates (``templates/``): generated at bench time into ``bench/.vanilla/``
(gitignored) as ``talon_integration_vanilla``, again whenever the spec, the config or the generator changes; if
generation fails the run goes on without it and says so. Measurements of the clients are interleaved (every
repetition runs every client on every operation, in a rotating order; ours and raw httpx alternate by blocks of
calls, so that both see the same moments of the machine), and every figure is reported as a ratio to raw httpx
measured in the same run. Never part of ``make test``. Options: ``--reps N``, ``--quick`` (a smoke run),
``--output PATH``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import select
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import bodies as b
from worker import percentile

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

SDK_REQUIREMENT = "talon-one-python-sdk==9.0.0"
SDK_VENV = BENCH / ".sdk-venv"
SDK_PY = SDK_VENV / "bin" / "python"
RUNTIME_VENV = BENCH / ".runtime-venv"
RUNTIME_REQUIREMENTS = ("httpx", "attrs", "python-dateutil")  # pyproject.toml's runtime dependencies
VANILLA_DIR = BENCH / ".vanilla"  # on the stock-generated worker's sys.path (worker.py)
VANILLA_PACKAGE = "talon_integration_vanilla"
VENV_BIN = Path(sys.executable).parent  # the project venv's bin/ (not resolved: the venv's own scripts)
HOST = "127.0.0.1"
X = "\N{MULTIPLICATION SIGN}"

KINDS = ("raw", "ours", "generated", "sdk", "raw_async", "ours_async")
SYNC_KINDS = ("raw", "ours", "generated", "sdk")
ASYNC_KINDS = ("raw_async", "ours_async")
BASELINE = {k: ("raw_async" if k in ASYNC_KINDS else "raw") for k in KINDS}
LABEL = {
    "raw": "raw httpx + json.loads",
    "ours": "ours (sync)",
    "generated": "stock generated `sync_detailed`",
    "sdk": "official SDK 9.0.0",
    "raw_async": "raw httpx async + json.loads",
    "ours_async": "ours (async)",
}
SHORT = {
    "raw": "raw httpx",
    "ours": "ours",
    "generated": "stock generated",
    "sdk": "SDK",
    "raw_async": "raw async",
    "ours_async": "ours async",
}
OPS = (
    "session_small",
    "session_small_read",
    "session_large",
    "session_v2",
    "profiles_1",
    "profiles_1000",
    "delete_customer_data",
    "coupon_reservation",
)
THROUGHPUT_OPS = ("session_small", "profiles_1")
# On this shared machine a busy second moves one sample by 30 % or more, in either client, so raw httpx and ours
# (sync, and async) are measured in pairs alternated by blocks of calls: the two clients compared see the same
# moments of the machine. Per operation: (samples per repetition, blocks per sample, calls per block). The
# 1000-profile call (5-20 ms) alternates call by call. The stock client and the SDK, reference figures only,
# keep plain ``seq`` samples of ``--seconds``.
PAIRS = (("raw", "ours"), ("raw_async", "ours_async"))
PAIRED = {op: (3, 12, 1) if op == "profiles_1000" else (2, 5, 20) for op in OPS}
PROFILE_OPS = ("session_small", "profiles_1000")  # every client profiled; ours and raw on every operation
PROFILE_CALLS = {
    "session_small": 200,
    "session_large": 60,
    "profiles_1": 300,
    "profiles_1000": 15,
    "delete_customer_data": 300,
    "coupon_reservation": 300,
}
TARGETS = (
    # (name, op or special, limit, "max" = ratio must stay at or under, "min" = at or over, SDK figure of issue 5)
    ("session update (20 items), client CPU", "session_small", 1.2, "max", f"4.1{X}"),
    ("1-profile list, client CPU", "profiles_1", 1.2, "max", f"1.3{X}"),
    ("1000-profile list, client CPU", "profiles_1000", 1.7, "max", f"43{X}"),
    ("bodiless DELETE, client CPU", "delete_customer_data", 1.05, "max", f"0.63{X}"),
    ("8 threads on one client, calls/s (session update)", "threads", 0.9, "min", "-"),
    ("`import talon_integration` vs `import talon_one`", "import", 0.5, "max", "-"),
)


def log(msg: str) -> None:
    print(f"[bench {time.monotonic() - T0:6.1f}s] {msg}", file=sys.stderr, flush=True)


T0 = time.monotonic()


def child_env() -> dict[str, str]:
    """The environment of every child: no TALON_* (no credentials or logging from the caller's shell)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TALON_")}


# ---- the official SDK's venv ---------------------------------------------------------------------------------------


def ensure_sdk_venv() -> tuple[Path | None, str]:
    """The SDK venv's python, created and installed on first use; (None, why) if that is impossible."""
    stamp = SDK_VENV / ".bench-stamp"
    if SDK_PY.exists() and stamp.exists() and stamp.read_text() == SDK_REQUIREMENT:
        check = subprocess.run([SDK_PY, "-c", "import talon_one"], capture_output=True, env=child_env())
        if check.returncode == 0:
            return SDK_PY, "reused"
    shutil.rmtree(SDK_VENV, ignore_errors=True)
    base = getattr(sys, "_base_executable", None) or shutil.which("python3") or sys.executable
    steps = [
        [base, "-m", "venv", str(SDK_VENV)],
        [
            str(SDK_PY),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--progress-bar",
            "off",
            "-q",
            SDK_REQUIREMENT,
        ],
    ]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=240, env=child_env())
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, f"`{' '.join(map(str, step[:4]))} ...` failed: {exc}"
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            return None, f"`{' '.join(map(str, step[:4]))} ...` failed: {' / '.join(tail)}"
    stamp.write_text(SDK_REQUIREMENT)
    return SDK_PY, "created"


# ---- the stock generated client ------------------------------------------------------------------------------------


def vanilla_config() -> dict[str, Any]:
    """generator-config.yml with another package name and without the hook that only the custom templates need.

    Same generator settings as ``make generate`` (literal enums, names...), so the one difference measured is
    the templates. The hooks only the custom templates need go: the one that deletes empty modules (the stock
    templates write none it should remove) and the ones that write parameter_limits.py and deprecations.py (they
    read neither, and TALON_GENERATE_ROOT, which those hooks need, is set only by the Makefile)."""
    import yaml

    config: dict[str, Any] = yaml.safe_load((ROOT / "generator-config.yml").read_text())
    config["project_name_override"] = "talon-integration-vanilla"
    config["package_name_override"] = VANILLA_PACKAGE
    only_custom = ("-empty -delete", "parameter_limits", "deprecations")
    config["post_hooks"] = [h for h in config.get("post_hooks", []) if not any(word in h for word in only_custom)]
    return config


def ensure_vanilla() -> tuple[Path | None, str]:
    """``bench/.vanilla/talon_integration_vanilla``: openapi-python-client's stock output for openapi.yaml (no
    ``--custom-template-path``), generated again when the spec, the config or the generator version changes;
    (None, why) if it cannot be generated."""
    from importlib.metadata import PackageNotFoundError, version

    import yaml

    try:
        generator = version("openapi-python-client")
    except PackageNotFoundError:
        return None, "openapi-python-client is not installed in this venv"
    config = vanilla_config()
    config_text = yaml.safe_dump(config, sort_keys=True)
    key = hashlib.sha256(
        b"\0".join([(ROOT / "openapi.yaml").read_bytes(), config_text.encode(), generator.encode()])
    ).hexdigest()
    stamp = VANILLA_DIR / ".bench-stamp"
    package = VANILLA_DIR / VANILLA_PACKAGE
    if (package / "__init__.py").exists() and stamp.exists() and stamp.read_text() == key:
        return VANILLA_DIR, f"openapi-python-client {generator}, reused"
    shutil.rmtree(VANILLA_DIR, ignore_errors=True)
    VANILLA_DIR.mkdir()
    config_path = VANILLA_DIR / "generator-config.yml"
    config_path.write_text(config_text)
    command = [
        str(VENV_BIN / "openapi-python-client"), "generate", "--path", str(ROOT / "openapi.yaml"),
        "--config", str(config_path), "--meta", "none", "--output-path", str(package),
    ]  # fmt: skip
    # The post hooks run `ruff`: the venv's pinned one, first on PATH (as the Makefile does).
    env = dict(child_env(), PATH=os.pathsep.join([str(VENV_BIN), os.environ.get("PATH", "")]))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=ROOT, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"`openapi-python-client generate` failed: {exc}"
    if done.returncode != 0 or not (package / "__init__.py").exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return None, f"`openapi-python-client generate` failed: {' / '.join(tail)}"
    stamp.write_text(key)
    return VANILLA_DIR, f"openapi-python-client {generator}, generated"


# ---- validation of the canned bodies against openapi.yaml ---------------------------------------------------------


def validate_bodies() -> list[str]:
    """Every canned response, and the request bodies the clients send, checked with openapi-core."""
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest, MockResponse

    from talon_integration import CartItem, NewCustomerSessionV2
    from talon_integration_generated.api.integration import (
        create_coupon_reservation,
        update_customer_session,
        update_customer_session_v2,
    )

    api = OpenAPI.from_file_path(str(ROOT / "openapi.yaml"))
    server = "http://127.0.0.1:4010"
    checked = []
    for (method, path), (status, body) in b.routes().items():
        request = MockRequest(server, method.lower(), path)
        data = b"" if body is None else b.dumps(body)
        response = MockResponse(data, status, content_type=None if body is None else "application/json")  # type: ignore[arg-type]
        api.validate_response(request, response)
        checked.append(f"{method} {path} → {status}")
    auth = {"Authorization": f"ApiKey-v1 {b.API_KEY}"}
    cart = [CartItem(**item) for item in b.request_cart(20)]
    # Ours: the generated build() (what the client's method calls) and the encoding the client applies.
    session_path, session_body = update_customer_session.build(
        b.SMALL_SESSION, profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart
    )
    reservation_path, reservation_body = create_coupon_reservation.build(
        b.COUPON_VALUE, integration_ids=b.RESERVATION_IDS
    )
    v2_path, v2_body = update_customer_session_v2.build(
        b.V2_SESSION,
        customer_session=NewCustomerSessionV2(profile_id=b.PROFILE_ID, coupon_codes=[b.COUPON_VALUE], cart_items=cart),
    )
    assert session_body is not None and reservation_body is not None and v2_body is not None
    raw = b.dumps({"profileId": b.PROFILE_ID, "coupon": b.COUPON_VALUE, "cartItems": b.request_cart(20)})
    for label, method, path, data in (
        ("PUT session request (ours)", "put", session_path, encode(session_body)),
        ("PUT session request (raw)", "put", f"/v1/customer_sessions/{b.SMALL_SESSION}", raw),
        ("POST coupon reservation request (ours)", "post", reservation_path, encode(reservation_body)),
        ("PUT v2 session request (ours)", "put", v2_path, encode(v2_body)),
        (
            "PUT v2 session request (raw)",
            "put",
            f"/v2/customer_sessions/{b.V2_SESSION}",
            b.dumps(b.request_session_v2()),
        ),
    ):
        api.validate_request(MockRequest(server, method, path, data=data, headers=auth))
        checked.append(label)
    sent = client_requests(cart)
    for label, path, data in (
        ("session", session_path, encode(session_body)),
        ("coupon reservation", reservation_path, encode(reservation_body)),
    ):
        if sent[label] != (path, data):
            raise RuntimeError(f"{label}: the client sends other bytes than build() + encoding: {sent[label]!r}")
    checked.append("the client sends exactly these two request bodies")
    return checked


def client_requests(cart: list[Any]) -> dict[str, tuple[str, bytes]]:
    """(path, body) of what ``IntegrationClient`` really sends for the session update and the reservation."""
    import httpx

    from talon_integration import IntegrationClient

    routes = b.routes()
    seen: list[tuple[str, bytes]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.raw_path.decode(), request.content))
        status, body = routes[(request.method, request.url.path)]
        return httpx.Response(status, content=b"" if body is None else b.dumps(body))

    transport = httpx.MockTransport(answer)  # no socket: the requests are only looked at
    with IntegrationClient(base_url="http://127.0.0.1:4010", api_key=b.API_KEY, transport=transport) as client:
        client.update_customer_session(b.SMALL_SESSION, profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart)
        client.create_coupon_reservation(b.COUPON_VALUE, integration_ids=b.RESERVATION_IDS)
    return dict(zip(("session", "coupon reservation"), seen, strict=True))


def encode(body: dict[str, Any]) -> bytes:
    """A request body as the client sends it: compact UTF-8 JSON."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


# ---- the server and its headroom -----------------------------------------------------------------------------------


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "server.py")], stdout=subprocess.PIPE, text=True, env=child_env()
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.port = int(line.split()[1])
        self.base = f"http://{HOST}:{self.port}"

    def cpu_seconds(self) -> float:
        """utime + stime of the server process, from /proc (Linux)."""
        try:
            data = Path(f"/proc/{self.proc.pid}/stat").read_text()
        except OSError:
            return float("nan")
        fields = data[data.rindex(")") + 2 :].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stats(self) -> dict[str, int]:
        with socket.create_connection((HOST, self.port)) as sock:
            sock.sendall(b"GET /__stats HTTP/1.1\r\nHost: bench\r\n\r\n")
            _status, body = _read_response(sock, bytearray())
        return json.loads(body)  # type: ignore[no-any-return]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _read_response(sock: socket.socket, buf: bytearray) -> tuple[int, bytes]:
    """Read one HTTP/1.1 response with a Content-Length from ``sock``; leftover bytes stay in ``buf``."""
    while True:
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            break
        chunk = sock.recv(1 << 20)
        if not chunk:
            raise ConnectionError("server closed the connection")
        buf += chunk
    head = bytes(buf[:end]).lower()
    at = head.find(b"content-length:")
    length = int(head[at + 15 : head.find(b"\r\n", at) if head.find(b"\r\n", at) >= 0 else len(head)]) if at >= 0 else 0
    total = end + 4 + length
    while len(buf) < total:
        chunk = sock.recv(1 << 20)
        if not chunk:
            raise ConnectionError("server closed the connection")
        buf += chunk
    status = int(bytes(buf[9:12]))
    body = bytes(buf[end + 4 : total])
    del buf[:total]
    return status, body


def _get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode()


def server_headroom(server: Server, seconds: float) -> list[dict[str, Any]]:
    """Max requests/s of the server, driven by a raw-socket client (one connection, 8 requests pipelined)."""
    session_body = b.dumps({"profileId": b.PROFILE_ID, "coupon": b.COUPON_VALUE, "cartItems": b.request_cart(20)})
    cases = [
        (
            "PUT session update (20 items, 5.4 KB back)",
            f"PUT /v1/customer_sessions/{b.SMALL_SESSION} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(session_body)}\r\n\r\n".encode()
            + session_body,
        ),
        ("GET 1-profile list (0.4 KB back)", _get(f"/v1/coupon_reservations/customerprofiles/{b.ONE_PROFILE_COUPON}")),
        (
            "GET 1000-profile list (395 KB back)",
            _get(f"/v1/coupon_reservations/customerprofiles/{b.MANY_PROFILES_COUPON}"),
        ),
    ]
    out = []
    depth = 8
    for label, request in cases:
        with socket.create_connection((HOST, server.port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buf = bytearray()
            burst = request * depth
            done = 0
            cpu0, t0 = server.cpu_seconds(), time.perf_counter()
            while time.perf_counter() - t0 < seconds:
                sock.sendall(burst)
                for _ in range(depth):
                    status, _body = _read_response(sock, buf)
                    if status >= 400:
                        raise RuntimeError(f"bench server answered {status} to {label}")
                done += depth
            wall = time.perf_counter() - t0
            cpu = server.cpu_seconds() - cpu0
        out.append({"case": label, "req_per_s": done / wall, "server_cpu_us": cpu / done * 1e6, "requests": done})
    return out


# ---- workers -------------------------------------------------------------------------------------------------------


class Worker:
    def __init__(self, kind: str, python: Path | str, base: str) -> None:
        self.kind = kind
        self.proc = subprocess.Popen(
            [str(python), str(BENCH / "worker.py"), kind, base],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        hello = self._read(120)
        self.versions = hello["versions"]

    def _read(self, timeout: float) -> Any:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise TimeoutError(f"worker {self.kind} did not answer within {timeout:.0f} s")
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.kind} exited (code {self.proc.poll()})")
        return json.loads(line)

    def ask(self, timeout: float = 120, **cmd: Any) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        answer = self._read(timeout)
        if "error" in answer:
            raise RuntimeError(f"worker {self.kind}, {cmd}: {answer['error']}")
        return answer["ok"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()


# ---- import times --------------------------------------------------------------------------------------------------


def runtime_constraints() -> str:
    """``name==version`` of every distribution in the project venv except the project itself."""
    from importlib.metadata import distributions

    lines = set()
    for dist in distributions():
        name = dist.metadata["Name"]
        if name and name.lower().replace("_", "-") != "talon-integration-client":
            lines.add(f"{name}=={dist.version}")
    return "\n".join(sorted(lines)) + "\n"


def ensure_runtime_venv() -> tuple[Path | None, str]:
    """A venv with only the runtime dependencies (httpx, attrs, python-dateutil and theirs), at the project
    venv's versions: what a user's install imports. The project's dev venv also holds httpx's optional CLI
    extras (rich, click, pygments), which ``import httpx`` loads whenever they are installed."""
    constraints = runtime_constraints()
    stamp = RUNTIME_VENV / ".bench-stamp"
    py = RUNTIME_VENV / "bin" / "python"
    if py.exists() and stamp.exists() and stamp.read_text() == constraints:
        return py, "reused"
    shutil.rmtree(RUNTIME_VENV, ignore_errors=True)
    base = getattr(sys, "_base_executable", None) or shutil.which("python3") or sys.executable
    RUNTIME_VENV.parent.mkdir(exist_ok=True)
    steps = [[base, "-m", "venv", str(RUNTIME_VENV)]]
    constraints_file = RUNTIME_VENV / "constraints.txt"
    steps.append(
        [str(py), "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "off", "-q",
         "-c", str(constraints_file), *RUNTIME_REQUIREMENTS]
    )  # fmt: skip
    for i, step in enumerate(steps):
        if i == 1:
            constraints_file.write_text(constraints)
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=240, env=child_env())
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, f"{exc}"
        if done.returncode != 0:
            return None, " / ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
    stamp.write_text(constraints)
    return py, "created"


def _importtime(py: str, code: str, env: dict[str, str]) -> list[tuple[int, int, int, str]]:
    """(own µs, cumulative µs, depth, module) for every module ``python -X importtime -c code`` loads."""
    done = subprocess.run([py, "-X", "importtime", "-c", code], capture_output=True, text=True, env=env)
    rows = []
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2, m.group(4)))
    return rows


def import_times(sdk_py: Path | None, runtime_py: Path | None, runs: int) -> dict[str, Any]:
    """Wall time of fresh interpreters doing one import, interleaved; min and median over ``runs``."""
    dev_py = sys.executable
    env = child_env()
    runtime_env = dict(env, PYTHONPATH=os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")]))
    cases: list[tuple[str, str, str, dict[str, str]]] = []
    if runtime_py is not None:
        cases += [
            ("python -c pass (runtime venv)", str(runtime_py), "pass", runtime_env),
            ("import talon_integration (runtime venv)", str(runtime_py), "import talon_integration", runtime_env),
            (
                "from talon_integration import IntegrationClient (runtime venv)",
                str(runtime_py),
                "from talon_integration import IntegrationClient",
                runtime_env,
            ),
            (
                "import httpx, attrs, dateutil (runtime venv)",
                str(runtime_py),
                "import httpx, attrs, dateutil",
                runtime_env,
            ),
        ]
    cases += [
        ("python -c pass (dev venv)", dev_py, "pass", env),
        ("import talon_integration (dev venv)", dev_py, "import talon_integration", env),
        ("import httpx, attrs, dateutil (dev venv)", dev_py, "import httpx, attrs, dateutil", env),
    ]
    if sdk_py is not None:
        cases += [
            ("python -c pass (SDK venv)", str(sdk_py), "pass", env),
            ("import talon_one (SDK venv)", str(sdk_py), "import talon_one", env),
        ]
    for _label, py, code, e in cases:  # warm the page cache and write .pyc files
        subprocess.run([py, "-c", code], check=True, env=e)
    samples: dict[str, list[float]] = {label: [] for label, *_ in cases}
    for _ in range(runs):
        for label, py, code, e in cases:
            t0 = time.perf_counter()
            subprocess.run([py, "-c", code], check=True, env=e)
            samples[label].append(time.perf_counter() - t0)
    out: dict[str, Any] = {
        "times": {
            label: {"min_ms": min(v) * 1e3, "median_ms": statistics.median(v) * 1e3} for label, v in samples.items()
        }
    }
    # What the import spends its time on (in the runtime venv when there is one).
    py, e, where = (str(runtime_py), runtime_env, "runtime venv") if runtime_py else (dev_py, env, "dev venv")
    rows = _importtime(py, "import talon_integration", e)
    top = next((i for i, r in enumerate(rows) if r[3] == "talon_integration"), len(rows) - 1)
    # Direct imports made while importing talon_integration (indented one level under it, listed before it).
    first = max((i for i, r in enumerate(rows[:top]) if r[2] == 0), default=-1) + 1
    children = [(cum, name) for _own, cum, depth, name in rows[first:top] if depth == 1]
    out["importtime"] = {
        "where": where,
        "modules": len(rows),
        "total_ms": rows[top][1] / 1000 if rows else float("nan"),
        "children": sorted(children, reverse=True)[:12],
        "own": sorted([(own, name) for own, _cum, _depth, name in rows], reverse=True)[:12],
        "generated_loaded": any(name.startswith("talon_integration_generated") for *_r, name in rows),
        "heavy_optional": sorted(
            {name.split(".")[0] for _own, cum, _d, name in rows if cum >= 1000} & {"rich", "click", "pygments", "anyio"}
        ),
    }
    return out


# ---- the run -------------------------------------------------------------------------------------------------------


def git_state() -> str:
    """The commit measured, and whether the client's sources differ from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "overlays", "generated"], cwd=ROOT, capture_output=True, text=True
        )
    except OSError:
        return "unknown (no git)"
    if head.returncode != 0:
        return "unknown (not a git checkout)"
    changed = len(dirty.stdout.splitlines())
    return head.stdout.strip() + (f" + {changed} uncommitted changes in overlays/ or generated/" if changed else "")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def best(runs: list[dict[str, Any]], key: str) -> float:
    """The best repetition: the lowest cost, or the highest rate. Noise on a shared machine only adds cost."""
    values = [r[key] for r in runs]
    return max(values) if key == "calls_per_s" else min(values)


def best_ratio(rows: dict[str, list[dict[str, Any]]], kind: str, key: str) -> float:
    """Best of ``kind`` over best of its raw-httpx baseline, both from this run."""
    return best(rows[kind], key) / best(rows[BASELINE[kind]], key)


def paired_sample(pair: list[Worker], op: str, start: int) -> dict[str, dict[str, Any]]:
    """One sample of each of two clients on ``op``: ``PAIRED[op]``'s blocks of calls, alternated (which client goes
    first switches every block), after a warm-up block each. Same figures as a ``seq`` sample."""
    _samples, blocks, calls = PAIRED[op]
    cpu: dict[str, list[float]] = {w.kind: [] for w in pair}
    wall: dict[str, list[float]] = {w.kind: [] for w in pair}
    for w in pair:
        w.ask(cmd="calls", op=op, n=calls)
    for i in range(blocks):
        for w in pair if (start + i) % 2 == 0 else pair[::-1]:
            got = w.ask(cmd="calls", op=op, n=calls)
            cpu[w.kind] += got["cpu"]
            wall[w.kind] += got["wall"]
    out = {}
    for kind in cpu:
        lat = sorted(wall[kind])
        out[kind] = {
            "calls": len(lat),
            "cpu_us": sum(cpu[kind]) / len(lat) * 1e6,
            "wall_s": sum(lat),
            "p50_us": percentile(lat, 0.5) * 1e6,
            "p90_us": percentile(lat, 0.9) * 1e6,
        }
    return out


def adjacent_pairs(kinds: list[str], rep: int) -> list[str]:
    """The clients in repetition ``rep``'s order (rotated every repetition) with ours right beside its baseline:
    just after it in even repetitions, just before it in odd ones, so that each compared pair shares a moment
    of the machine and neither is always first."""
    shift = rep % len(kinds)
    partner = {baseline: ours for baseline, ours in PAIRS if baseline in kinds and ours in kinds}
    order: list[str] = []
    for kind in kinds[shift:] + kinds[:shift]:
        if kind in partner.values():
            continue
        if kind not in partner:
            order.append(kind)
        else:
            order += [kind, partner[kind]] if rep % 2 == 0 else [partner[kind], kind]
    return order


def run(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "args": vars(args)}
    results["loadavg_start"] = os.getloadavg()
    log("validating the canned bodies against openapi.yaml")
    results["validated"] = validate_bodies()

    log("preparing the official SDK's venv (bench/.sdk-venv)")
    t = time.monotonic()
    sdk_py, sdk_note = ensure_sdk_venv()
    results["sdk"] = {"python": str(sdk_py) if sdk_py else None, "note": sdk_note, "seconds": time.monotonic() - t}
    log(f"SDK venv: {sdk_note}")
    log("generating the stock openapi-python-client package (bench/.vanilla)")
    t = time.monotonic()
    vanilla, vanilla_note = ensure_vanilla()
    results["vanilla"] = {"path": str(vanilla) if vanilla else None, "note": vanilla_note,
                          "seconds": time.monotonic() - t}  # fmt: skip
    log(f"stock generated client: {vanilla_note}")
    kinds = [k for k in KINDS if (k != "sdk" or sdk_py is not None) and (k != "generated" or vanilla is not None)]

    server = Server()
    workers: dict[str, Worker] = {}
    try:
        log(f"server on {server.base}; measuring its headroom")
        results["server_headroom"] = server_headroom(server, 0.5 if args.quick else 1.0)
        for kind in kinds:
            workers[kind] = Worker(kind, sdk_py if kind == "sdk" else sys.executable, server.base)
        results["versions"] = {k: w.versions for k, w in workers.items()}

        log("checking that every client gets the same data")
        checks: dict[str, dict[str, Any]] = {}
        for op in OPS:
            checks[op] = {k: w.ask(cmd="check", op=op) for k, w in workers.items()}
            expected = checks[op]["raw"]
            bad = {k: v for k, v in checks[op].items() if v != expected}
            if bad:
                raise RuntimeError(f"{op}: clients disagree with raw httpx ({expected!r}): {bad!r}")
        results["checks"] = checks

        stats0, server_cpu0 = server.stats(), server.cpu_seconds()
        results["git"] = git_state()
        seq: dict[str, dict[str, list[dict[str, Any]]]] = {op: {k: [] for k in kinds} for op in OPS}
        extra: dict[str, list[dict[str, Any]]] = {"raw_delete_with_body": []}
        log(f"sequential calls: {len(OPS)} operations x {len(kinds)} clients x {args.reps} repetitions, interleaved")
        for rep in range(args.reps):
            ops_order = OPS[rep % len(OPS) :] + OPS[: rep % len(OPS)]
            for i, op in enumerate(ops_order):
                heavy = op == "profiles_1000"
                paired = [pair for pair in PAIRS if all(k in kinds for k in pair)]
                alone = [k for k in kinds if not any(k in pair for pair in paired)]  # the stock client, the SDK
                shift = (rep + i) % max(len(alone), 1)
                for kind in alone[shift:] + alone[:shift]:
                    seq[op][kind].append(
                        workers[kind].ask(
                            cmd="seq",
                            op=op,
                            warmup=1 if heavy else 3,
                            seconds=args.seconds,
                            min_calls=3 if heavy else 20,
                            max_calls=1_000_000,
                        )
                    )
                for pair in paired if (rep + i) % 2 == 0 else paired[::-1]:
                    for sample in range(PAIRED[op][0]):
                        for kind, row in paired_sample([workers[k] for k in pair], op, rep + sample).items():
                            seq[op][kind].append(row)
                if op == "delete_customer_data":  # raw httpx sending ours' `{}`, right after the others
                    extra["raw_delete_with_body"].append(
                        workers["raw"].ask(
                            cmd="seq", op="delete_customer_data_body", warmup=3, seconds=args.seconds,
                            min_calls=20, max_calls=1_000_000,
                        )
                    )  # fmt: skip
            log(f"  repetition {rep + 1}/{args.reps} done")
        results["seq"] = seq
        results["seq_extra"] = extra

        log("parse cost at 10, 100, 1000 items")
        sizes = [10, 100, 1000]
        results["parse"] = workers["ours"].ask(cmd="parse", sizes=sizes, budget=0.05, repeats=5, timeout=300)
        if "sdk" in workers:
            results["parse_sdk"] = workers["sdk"].ask(cmd="parse", sizes=sizes, budget=0.04, repeats=2, timeout=300)

        log("breakdown of ours without I/O, and profiles")
        results["breakdown"] = workers["ours"].ask(cmd="breakdown", budget=0.03, repeats=3, timeout=300)
        profiles: dict[str, dict[str, Any]] = {}
        for op, calls in PROFILE_CALLS.items():
            profiles[op] = {}
            for kind in ("ours", "raw", "generated", "sdk"):
                if kind in workers and (kind in ("ours", "raw") or op in PROFILE_OPS):
                    n = max(3, calls // 40) if kind == "sdk" and op == "profiles_1000" else calls
                    profiles[op][kind] = workers[kind].ask(cmd="profile", op=op, calls=n, top=15, timeout=300)
        results["profiles"] = profiles
        # Last: 8 threads leave 8 idle connections in each pool, which makes every later call pay for
        # httpcore's bookkeeping of all of them until they expire (5 s).
        log("8 threads on one client / 8 asyncio tasks")
        conc: dict[str, dict[str, list[dict[str, Any]]]] = {op: {k: [] for k in kinds} for op in THROUGHPUT_OPS}
        for rep in range(args.throughput_reps):
            for op in THROUGHPUT_OPS:
                for kind in adjacent_pairs(kinds, rep):
                    mode = "async" if kind in ASYNC_KINDS else "threads"
                    conc[op][kind].append(
                        workers[kind].ask(cmd=mode, op=op, concurrency=8, seconds=args.throughput_seconds)
                    )
        results["concurrency"] = conc
        stats1, server_cpu1 = server.stats(), server.cpu_seconds()
        served = stats1["requests"] - stats0["requests"]
        results["server_during_clients"] = {
            "requests": served,
            "unknown_routes": stats1["unknown"],
            "server_cpu_us_per_request": (server_cpu1 - server_cpu0) / max(served, 1) * 1e6,
        }

    finally:
        for w in workers.values():
            w.stop()
        server.stop()

    log("import times (runtime-only venv bench/.runtime-venv, dev venv, SDK venv)")
    runtime_py, runtime_note = ensure_runtime_venv()
    results["runtime_venv"] = runtime_note
    results["imports"] = import_times(sdk_py, runtime_py, args.import_runs)
    results["loadavg_end"] = os.getloadavg()
    results["elapsed_s"] = time.monotonic() - T0
    return results


# ---- the report ----------------------------------------------------------------------------------------------------


def fmt_us(v: float) -> str:
    if v != v:  # NaN
        return "-"
    if v >= 10_000:
        return f"{v / 1000:,.1f} ms"
    if v >= 100:
        return f"{v:,.0f} µs"
    return f"{v:.1f} µs"


def fmt_ratio(v: float) -> str:
    if v != v:
        return "-"
    return f"{v:.2f}{X}" if v < 10 else f"{v:.0f}{X}"


def ratios(rows: dict[str, list[dict[str, Any]]], kind: str, key: str) -> list[float]:
    """Per-sample ratio of ``kind`` to its raw-httpx baseline measured beside it (a paired sample, adjacent runs)."""
    base = rows[BASELINE[kind]]
    return [r[key] / br[key] for r, br in zip(rows[kind], base, strict=True)]


def op_titles() -> dict[str, str]:
    routes = b.routes()

    def size(method: str, path: str) -> str:
        body = routes[(method, path)][1]
        return "no body" if body is None else f"{len(b.dumps(body)) / 1024:.1f} KB"

    small = size("PUT", f"/v1/customer_sessions/{b.SMALL_SESSION}")
    large = size("PUT", f"/v1/customer_sessions/{b.LARGE_SESSION}")
    v2 = size("PUT", f"/v2/customer_sessions/{b.V2_SESSION}")
    v2_request = f"{len(b.dumps(b.request_session_v2(20))) / 1024:.1f} KB"
    one = size("GET", f"/v1/coupon_reservations/customerprofiles/{b.ONE_PROFILE_COUPON}")
    many = size("GET", f"/v1/coupon_reservations/customerprofiles/{b.MANY_PROFILES_COUPON}")
    coupon = size("POST", f"/v1/coupon_reservations/{b.COUPON_VALUE}")
    request = f"{len(b.dumps({'profileId': b.PROFILE_ID, 'coupon': b.COUPON_VALUE, 'cartItems': b.request_cart(20)})) / 1024:.1f} KB"  # noqa: E501
    return {
        "session_small": f"session update, 20-item cart ({request} up, {small} back)",
        "session_small_read": "same + read every effect and cart line",
        "session_large": f"session update, 200 items + 50 effects ({large} back)",
        "session_v2": f"v2 session update, the same 20-item cart ({v2_request} up, {v2} back)",
        "profiles_1": f"reserved customers, 1 profile ({one})",
        "profiles_1000": f"reserved customers, 1000 profiles ({many})",
        "delete_customer_data": "delete customer data (DELETE → 204)",
        "coupon_reservation": f"create coupon reservation (201 Coupon, {coupon})",
    }


def machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"CPU: {model}, {os.cpu_count()} logical cores ({usable} usable by this process)",
        f"OS: {platform.system()} {platform.release()}",
    ]


def import_nets(times: dict[str, dict[str, float]]) -> dict[str, float]:
    """Net import times (min of the import minus min of ``python -c pass`` in the same venv), in ms.

    ``ours`` and ``base`` (httpx + attrs + dateutil) come from the runtime-only venv when it exists."""
    venv = "runtime venv" if "python -c pass (runtime venv)" in times else "dev venv"

    def net(label: str, where: str) -> float:
        return times[f"{label} ({where})"]["min_ms"] - times[f"python -c pass ({where})"]["min_ms"]

    out = {"ours": net("import talon_integration", venv), "base": net("import httpx, attrs, dateutil", venv)}
    out["ours_dev"] = net("import talon_integration", "dev venv")
    if "import talon_one (SDK venv)" in times:
        out["talon_one"] = net("import talon_one", "SDK venv")
    return out


def target_values(res: dict[str, Any]) -> dict[str, tuple[float, float, float, float] | None]:
    """Per target: (ratio of the best repetitions, median of the per-repetition ratios, their min, their max)."""
    out: dict[str, tuple[float, float, float, float] | None] = {}
    for _name, what, _limit, _sense, _sdk in TARGETS:
        if what == "import":
            nets = import_nets(res["imports"]["times"])
            if "talon_one" not in nets:
                out[what] = None
                continue
            value = nets["ours"] / nets["talon_one"]
            out[what] = (value, value, value, value)
            continue
        if what == "threads":
            rows, key = res["concurrency"]["session_small"], "calls_per_s"
        else:
            rows, key = res["seq"][what], "cpu_us"
        rs = ratios(rows, "ours", key)
        out[what] = (best_ratio(rows, "ours", key), median(rs), min(rs), max(rs))
    return out


def render_v2(res: dict[str, Any], kinds: list[str], add: Any) -> None:
    """The v2 session update (no limit of its own): ours against raw httpx and against the official SDK's
    ``IntegrationApi.update_customer_session_v2``, client CPU per call, best repetitions of this run."""
    rows = res["seq"]["session_v2"]
    add("## v2 session update")
    add("")
    add("`update_customer_session_v2` with the 20-item cart of the v1 case (answer: the spec's example for")
    add("updateCustomerSessionV2, its cart scaled to 20 lines). Client CPU per call, as above; no limit of its own.")
    add("")
    add("| client | CPU per call | ratio to raw httpx: best-of-run | per-repetition: median (range) | ours ÷ this |")
    add("| --- | --- | --- | --- | --- |")
    ours = best(rows["ours"], "cpu_us")
    for k in kinds:
        base = BASELINE[k]
        rs = ratios(rows, k, "cpu_us") if k in ("ours", "ours_async") else []  # the paired ones
        spread = "-" if not rs or min(rs) == max(rs) else f"{median(rs):.3f}{X} ({min(rs):.2f}{X} to {max(rs):.2f}{X})"
        mine = best(rows["ours_async" if k in ASYNC_KINDS else "ours"], "cpu_us")
        versus = "-" if k in ("ours", "ours_async") else fmt_ratio(mine / best(rows[k], "cpu_us"))
        ratio = "1" if k == base else f"{best_ratio(rows, k, 'cpu_us'):.3f}{X}"
        add(f"| {LABEL[k]} | {fmt_us(best(rows[k], 'cpu_us'))} | {ratio} | {spread} | {versus} |")
    add("")
    if "sdk" in kinds:
        add(
            f"Ours takes {fmt_ratio(ours / best(rows['sdk'], 'cpu_us'))} the client CPU of the official SDK 9.0.0 on"
            f" this call, and {fmt_ratio(best_ratio(rows, 'ours', 'cpu_us'))} that of raw httpx."
        )
        add("")


def render(res: dict[str, Any]) -> str:
    kinds = [k for k in KINDS if k in res["seq"]["session_small"]]
    titles = op_titles()
    seq = res["seq"]
    L: list[str] = []
    add = L.append
    add("# Benchmarks")
    add("")
    add("Written by `make bench` (`bench/run.py`); do not edit by hand. Every figure is compared with raw httpx")
    add("(`httpx.Client` + `json.loads`, or `httpx.AsyncClient` for the async rows) measured in the same run.")
    add("")
    add("## Machine and run")
    add("")
    for line in machine():
        add(f"- {line}")
    v = res["versions"]
    add(
        f"- Python {v['raw']['python']}; httpx {v['raw']['httpx']}, httpcore {v['raw']['httpcore']}, "
        f"attrs {v['raw']['attrs']}"
    )
    if "sdk" in v:
        s = v["sdk"]
        add(
            f"- Official SDK: talon-one-python-sdk {s['talon-one-python-sdk']} with urllib3 {s['urllib3']}, "
            f"python-dateutil {s['python-dateutil']}, same Python, in `bench/.sdk-venv` ({res['sdk']['note']})"
        )
    else:
        add(f"- **Official SDK: not measured**: it could not be installed ({res['sdk']['note']})")
    van = res.get("vanilla", {})
    if "generated" in kinds:
        add(
            f"- Stock generated client: `{VANILLA_PACKAGE}`, openapi.yaml through openapi-python-client without the"
            f" custom templates, same config otherwise, in `bench/.vanilla` ({van.get('note', '-')})"
        )
    else:
        add(f"- **Stock generated client: not measured**: it could not be generated ({van.get('note', '-')})")
    add(f"- Client code measured: commit {res['git']}")
    la0, la1 = res["loadavg_start"], res["loadavg_end"]
    add(
        f"- Run {res['started']}, {res['elapsed_s']:.0f} s in all; load average {la0[0]:.2f} at the start, "
        f"{la1[0]:.2f} at the end (a shared, noisy machine: CPU time per call is the steadiest figure)"
    )
    a = res["args"]
    heavy, light = PAIRED["profiles_1000"], PAIRED["session_small"]
    add(
        f"- {a['reps']} interleaved repetitions (operations in a rotating order). In each, raw httpx and ours, and raw"
        " async and ours async, run alternated by blocks of calls, so that the two compared see the same moments of"
        f" the machine: {heavy[0]} samples of {heavy[1]} alternations of {heavy[2]} call for the 1000-profile call,"
        f" {light[0]} samples of {light[1]} alternations of {light[2]} calls for the others; the stock client and"
        f" the SDK ~{a['seconds']} s per sample. {a['throughput_reps']} {X} {a['throughput_seconds']} s for"
        f" 8 threads / 8 tasks, ours just before or after its baseline in turn; {a['import_runs']} runs per import"
    )
    add("")
    add("Reproduce with `make bench` (about 4 minutes; the first run also creates `bench/.sdk-venv`). Everything")
    add("stays on 127.0.0.1. `python bench/run.py --quick` is a smoke run.")
    add("")

    # -- targets
    add("## Targets")
    add("")
    add("Client CPU per call (process CPU time of the client process / calls) as a ratio to raw httpx. The")
    add("verdict uses the ratio of the best repetitions (the least disturbed by other load on the machine); the")
    add("median and range of the per-repetition ratios show how much the machine moved during the run.")
    add("")
    add(
        "| target | limit | ours: best-of-run ratio | per-repetition ratios: median (range) | SDK here |"
        " SDK (issue 5) | met? |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- |")
    tv = target_values(res)
    for name, what, limit, sense, sdk_issue in TARGETS:
        value = tv[what]
        bound = f"{'≤' if sense == 'max' else '≥'} {limit}{X}"
        if value is None:
            add(f"| {name} | {bound} | not measured (no SDK) | - | - | - | - |")
            continue
        value_best, med, lo, hi = value
        ok = value_best <= limit if sense == "max" else value_best >= limit
        if "sdk" not in kinds or what == "import":
            sdk_here = "-"
        elif what == "threads":
            sdk_here = fmt_ratio(best_ratio(res["concurrency"]["session_small"], "sdk", "calls_per_s"))
        else:
            sdk_here = fmt_ratio(best_ratio(seq[what], "sdk", "cpu_us"))
        spread = "-" if lo == hi else f"{med:.3f}{X} ({lo:.2f}{X} to {hi:.2f}{X})"
        add(
            f"| {name} | {bound} | {value_best:.3f}{X} | {spread} | {sdk_here} | {sdk_issue} | "
            f"{'**met**' if ok else '**not met**'} |"
        )
    add("")
    add("The import ratio uses the net import time (minimum of the runs minus the minimum of `python -c pass` in the")
    add("same venv; ours in the runtime-only venv); all import times are in the table below.")
    add("")
    render_v2(res, kinds, add)

    # -- CPU table
    add("## Client CPU per call")
    add("")
    add("µs of client-process CPU per call, best repetition (ratio to raw httpx's best in the same run; the async")
    add("columns to raw async).")
    add("")
    add("| operation | " + " | ".join(SHORT[k] for k in kinds) + " |")
    add("| --- |" + " --- |" * len(kinds))
    for op in OPS:
        cells = []
        for k in kinds:
            cells.append(f"{fmt_us(best(seq[op][k], 'cpu_us'))} ({fmt_ratio(best_ratio(seq[op], k, 'cpu_us'))})")
        add(f"| {titles[op]} | " + " | ".join(cells) + " |")
    add("")

    # -- latency table
    add("## Wall latency per call, sequential")
    add("")
    add("Median / 90th percentile over the calls of a repetition (best repetition), ratio of the medians to raw")
    add("httpx in brackets. Client and server share the 2 cores, so wall time includes the server's turn.")
    add("")
    add("| operation | " + " | ".join(SHORT[k] for k in kinds) + " |")
    add("| --- |" + " --- |" * len(kinds))
    for op in OPS:
        cells = []
        for k in kinds:
            p50, p90 = best(seq[op][k], "p50_us"), best(seq[op][k], "p90_us")
            cells.append(f"{fmt_us(p50)} / {fmt_us(p90)} ({fmt_ratio(best_ratio(seq[op], k, 'p50_us'))})")
        add(f"| {titles[op]} | " + " | ".join(cells) + " |")
    add("")

    # -- concurrency
    add("## 8 threads on one client, 8 asyncio tasks")
    add("")
    add("Calls per second for the whole process, best repetition (ratio to raw httpx at the same concurrency), and")
    add("client CPU per call.")
    add("")
    add(
        "| operation | "
        + " | ".join(f"{SHORT[k]} ({'8 tasks' if k in ASYNC_KINDS else '8 threads'})" for k in kinds)
        + " |"
    )
    add("| --- |" + " --- |" * len(kinds))
    for op in THROUGHPUT_OPS:
        rows = res["concurrency"][op]
        cells = []
        for k in kinds:
            cps, cpu = best(rows[k], "calls_per_s"), best(rows[k], "cpu_us")
            cells.append(f"{cps:,.0f}/s ({fmt_ratio(best_ratio(rows, k, 'calls_per_s'))}), {fmt_us(cpu)} CPU")
        add(f"| {titles[op]} | " + " | ".join(cells) + " |")
    add("")

    # -- imports
    imp = res["imports"]
    times = imp["times"]
    add("## Import time")
    add("")
    add('Wall time of `python -c "<import>"` in a fresh interpreter (page cache warm, `.pyc` written). The')
    add("runtime venv (`bench/.runtime-venv`) holds only httpx, attrs and python-dateutil and their dependencies at")
    add("the dev venv's versions, with `overlays/` and `generated/` on PYTHONPATH: what a user's install imports. In")
    add("the dev venv, `import httpx` also loads its optional CLI (rich, click, pygments) because they are installed.")
    add("")
    add("| command | min | median | net of `python -c pass` (min) |")
    add("| --- | --- | --- | --- |")
    for label, row in times.items():
        where = label[label.rindex("(") :]
        net_cell = "-" if label.startswith("python -c pass") else (
            f"{row['min_ms'] - times[f'python -c pass {where}']['min_ms']:.1f} ms")  # fmt: skip
        add(f"| `{label}` | {row['min_ms']:.1f} ms | {row['median_ms']:.1f} ms | {net_cell} |")
    add("")
    nets = import_nets(times)
    if "talon_one" in nets:
        add(
            f"Net: ours {nets['ours']:.1f} ms = {nets['ours'] / nets['talon_one']:.2f}{X} the SDK's"
            f" {nets['talon_one']:.1f} ms, and {nets['ours'] / nets['base']:.2f}{X} `import httpx, attrs, dateutil`"
            f" ({nets['base']:.1f} ms); the SDK is {nets['talon_one'] / nets['base']:.1f}{X} the latter (the issue"
            f" said about 2.7{X}). In the dev venv ours is {nets['ours_dev']:.1f} ms."
        )
        add("")
        ready = "from talon_integration import IntegrationClient (runtime venv)"
        if ready in times:
            ready_net = times[ready]["min_ms"] - times["python -c pass (runtime venv)"]["min_ms"]
            add(
                "`import talon_integration` is lazy (PEP 562): public names load on first use. What a program pays"
                f" before its first call is `from talon_integration import IntegrationClient`: {ready_net:.1f} ms net,"
                f" {ready_net / nets['talon_one']:.2f}{X} the SDK's import, of which httpx and attrs are"
                f" {nets['base']:.1f} ms (the floor for any httpx-based client)."
            )
            add("")
    it = imp["importtime"]
    add(
        f'`python -X importtime -c "import talon_integration"` ({it["where"]}): {it["total_ms"]:.1f} ms for'
        f" {it['modules']} modules; the generated package is {'' if it['generated_loaded'] else 'not '}loaded;"
        f" optional heavy packages loaded: {', '.join(it['heavy_optional']) or 'none'}. The imports"
        " `talon_integration` makes directly, by cumulative time (the first to import httpx pays for it), and the"
        " modules with the most own time:"
    )
    add("")
    add("| imported by talon_integration | cumulative | | module | own time |")
    add("| --- | --- | --- | --- | --- |")
    for (cum, name), (own, mod) in zip(it["children"], it["own"], strict=False):
        add(f"| `{name}` | {cum / 1000:.1f} ms | | `{mod}` | {own / 1000:.1f} ms |")
    add("")

    # -- parse
    add("## Parse cost by size")
    add("")
    add("Best CPU time per parse of a canned body (bytes → result, `json.loads` included), no I/O. `ours+walk` also")
    add("reads one field of every item (so a lazy parser cannot hide its cost). µs per item in brackets; the last")
    add("column is t(1000) / t(100): 10 means linear growth.")
    add("")
    parse = dict(res["parse"])
    parse.update(res.get("parse_sdk", {}))
    for what, title in (
        ("profiles", "ReservedCustomers with N profiles"),
        ("cart_items", "IntegrationState with N cart items"),
    ):
        add(f"{title}:")
        add("")
        add("| parser | N = 10 | N = 100 | N = 1000 | ratio to json.loads at 1000 | t(1000)/t(100) |")
        add("| --- | --- | --- | --- | --- | --- |")
        names = [k.split("|")[1] for k in parse if k.startswith(what + "|") and k.endswith("|10")]
        loads1000 = parse[f"{what}|json.loads|1000"]
        for name in names:
            t = {n: parse[f"{what}|{name}|{n}"] * 1e6 for n in (10, 100, 1000)}
            cells = " | ".join(f"{fmt_us(t[n])} ({t[n] / n:.2f})" for n in (10, 100, 1000))
            add(f"| {name} | {cells} | {fmt_ratio(t[1000] / (loads1000 * 1e6))} | {t[1000] / t[100]:.1f} |")
        add("")

    # -- where ours spends time above raw
    add("## Where ours spends its time above raw httpx")
    add("")
    add("Client CPU per call of ours minus raw httpx (sequential calls, best repetitions), split with no-I/O CPU")
    add("timings of the two pure steps: building the request (argument checks + JSON encoding; raw: `json.dumps` of")
    add("the same data)")
    add("and parsing the answer (`json.loads` + our models; raw: `json.loads`). The rest is the HTTP layer around")
    add("them (request object, headers, auth flow, the retry generator, response handling) plus noise.")
    add("")
    add("| operation | raw | ours | above raw | build: ours - raw | parse: ours - raw | HTTP layer and rest |")
    add("| --- | --- | --- | --- | --- | --- | --- |")
    for op, row in res["breakdown"].items():
        raw_us, ours_us = best(seq[op]["raw"], "cpu_us"), best(seq[op]["ours"], "cpu_us")
        delta = ours_us - raw_us
        build = row["ours_build_us"] - row["raw_build_us"]
        parse_d = row["ours_parse_us"] - row["raw_parse_us"]
        add(
            f"| {titles[op]} | {fmt_us(raw_us)} | {fmt_us(ours_us)} | {delta:+,.0f} µs | {build:+,.1f} µs "
            f"({row['ours_build_us']:,.1f} vs {row['raw_build_us']:,.1f}) | {parse_d:+,.1f} µs "
            f"({row['ours_parse_us']:,.1f} vs {row['raw_parse_us']:,.1f}) | {delta - build - parse_d:+,.0f} µs |"
        )
    add("")

    add("Per operation, the functions whose own time is larger in ours than in raw httpx (cProfile of both, each")
    add("scaled to its unprofiled CPU per call; calls per API call, ours vs raw):")
    add("")
    for op in PROFILE_CALLS:
        prof = res["profiles"][op]
        ours_scale = best(seq[op]["ours"], "cpu_us") / prof["ours"]["cpu_us_profiled"]
        raw_scale = best(seq[op]["raw"], "cpu_us") / prof["raw"]["cpu_us_profiled"]
        ours_all, raw_all = prof["ours"]["all"], prof["raw"]["all"]
        diffs = []
        for func in set(ours_all) | set(raw_all):
            o_calls, o_us = ours_all.get(func, (0.0, 0.0))
            r_calls, r_us = raw_all.get(func, (0.0, 0.0))
            diffs.append((o_us * ours_scale - r_us * raw_scale, func, o_calls, r_calls))
        diffs.sort(reverse=True)
        more = sum(d for d, *_ in diffs if d > 0)
        less = sum(d for d, *_ in diffs if d < 0)
        top = "; ".join(f"`{f}` {d:+.1f} µs ({oc:g} vs {rc:g})" for d, f, oc, rc in diffs[:8] if d > 0)
        add(f"- **{titles[op]}** (functions up {more:+,.0f} µs, down {less:+,.0f} µs): {top}")
    add("")

    body_runs = res["seq_extra"]["raw_delete_with_body"]
    if body_runs:
        plain = best(seq["delete_customer_data"]["raw"], "cpu_us")
        with_body = best(body_runs, "cpu_us")
        ours_del = best(seq["delete_customer_data"]["ours"], "cpu_us")
        add(
            "The bodiless DELETE: with an API key ours sends no body, as raw httpx does; it sends `{}` only when it"
            f" signs requests (HMAC), and raw httpx sending that `{{}}` costs {fmt_us(with_body)} per call,"
            f" {fmt_ratio(with_body / plain)} its bodiless call ({fmt_us(plain)}; ours: {fmt_us(ours_del)}). A body"
            " means a Content-Length and a Content-Type header, a second `send()` of the socket (h11 writes headers"
            " and body separately) and more for the server to read."
        )
        add("")

    # -- profiles
    add("## Profiles: what dominates each client's cost")
    add("")
    add("cProfile in the client's worker (profiling inflates every function call, so compare shares, not totals).")
    add("Own time per call grouped by where the code lives:")
    add("")
    for op in PROFILE_OPS:
        add(f"{titles[op]}:")
        add("")
        add("| client | profiled CPU per call | " + " | ".join(["top groups by own time"]) + " |")
        add("| --- | --- | --- |")
        for kind, prof in res["profiles"][op].items():
            groups = prof["groups"]
            total = sum(groups.values())
            desc = ", ".join(f"{g} {v / total:.0%}" for g, v in sorted(groups.items(), key=lambda x: -x[1])[:6])
            add(f"| {SHORT[kind]} | {fmt_us(prof['cpu_us_profiled'])} | {desc} |")
        add("")
    for op in PROFILE_OPS:
        prof = res["profiles"][op]["ours"]
        add(f"Ours, {titles[op]}: top functions by own time (µs per API call; calls per API call):")
        add("")
        add("| function | calls | own µs | cumulative µs |")
        add("| --- | --- | --- | --- |")
        for row in prof["top_tottime"]:
            add(f"| `{row['func']}` | {row['ncalls']:.0f} | {row['tottime_us']:.1f} | {row['cumtime_us']:.1f} |")
        add("")
    for op in PROFILE_OPS:
        for kind in ("raw", "generated", "sdk"):
            prof = res["profiles"][op].get(kind)
            if not prof:
                continue
            top = ", ".join(f"`{r['func']}` {r['tottime_us']:.0f} µs" for r in prof["top_tottime"][:5])
            add(f"- {SHORT[kind]}, {titles[op]}: {top}")
    add("")

    # -- server
    add("## The server is not the bottleneck")
    add("")
    add("`bench/server.py`: an asyncio protocol on 127.0.0.1 in its own process that answers every request with bytes")
    add("rendered at start-up (HTTP/1.1 keep-alive, Content-Length). Its maximum rate, driven by a raw-socket")
    add("client over one connection with 8 requests pipelined, and its CPU per request:")
    add("")
    add("| request | server max req/s | server CPU per request |")
    add("| --- | --- | --- |")
    for row in res["server_headroom"]:
        add(f"| {row['case']} | {row['req_per_s']:,.0f} | {fmt_us(row['server_cpu_us'])} |")
    sd = res["server_during_clients"]
    raw_small = best(seq["session_small"]["raw"], "cpu_us")
    best_cps = max(best(rows[k], "calls_per_s") for rows in res["concurrency"].values() for k in kinds)
    add("")
    add(
        f"While the clients ran it served {sd['requests']:,} requests at {fmt_us(sd['server_cpu_us_per_request'])} of"
        f" server CPU each on average ({sd['unknown_routes']} unknown routes); the cheapest client call (raw httpx,"
        f" session update) costs {fmt_us(raw_small)} of client CPU, and the fastest client rate seen was"
        f" {best_cps:,.0f} calls/s."
    )
    add("")
    add("## Method")
    add("")
    add("- Bodies (`bench/bodies.py`) are generated deterministically and validated against `openapi.yaml` with")
    add("  openapi-core at the start of every run (responses of all nine operations, and the request bodies sent):")
    add(f"  {len(res['validated'])} checks passed. They also carry the few fields the live service sends beyond")
    add("  the spec (`session.updated`, `profile.id`, loyalty balances), which the official SDK requires.")
    add("- Every client gets the same data: before measuring, each worker's result digest (cart lines, effects,")
    add("  total, profile count) is compared with raw httpx's.")
    add("- Inputs: the same 20 cart lines for every client, built once (dicts for raw httpx, `CartItem` objects for")
    add("  ours, the stock generated package's `CartItem` models, SDK `CartItem` models); each call builds its")
    add("  request body from them. Ours and raw httpx send no body on the DELETE (API-key auth).")
    add("- Ours is `talon_integration` (the overlay) on `talon_integration_generated` (generated with the custom")
    add("  templates); the stock generated client is the same spec and config through the stock templates")
    add("  (`AuthenticatedClient` + `<operation>.sync_detailed`, its `Response.parsed`), regenerated when they change.")
    add("- The SDK's v1 session update no longer exists in 9.0.0; it is sent through `ApiClient.call_api` with")
    add("  `response_type='IntegrationState'`, as its generated method did. Its other calls are its own methods.")
    add("- Same explicit timeout everywhere (5 s connect, 10 s read), one client object per worker, keep-alive.")
    add("")
    return "\n".join(L) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=0.2)
    parser.add_argument("--throughput-reps", type=int, default=12)
    parser.add_argument("--throughput-seconds", type=float, default=0.3)
    parser.add_argument("--import-runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 1 repetition, short samples")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    if args.quick:
        args.reps, args.seconds, args.throughput_reps, args.throughput_seconds, args.import_runs = 1, 0.1, 1, 0.3, 2
    results = run(args)
    (BENCH / ".last-results.json").write_text(json.dumps(results, indent=1, default=str))
    args.output.write_text(render(results))
    log(f"wrote {args.output} ({results['elapsed_s']:.0f} s)")


if __name__ == "__main__":
    main()
