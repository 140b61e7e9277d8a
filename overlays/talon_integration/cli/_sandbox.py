"""The ``sandbox`` subcommand: its options, and serving a seeded sandbox until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from ._common import EXIT_API_ERROR, EXIT_OK, EXIT_USAGE, PROG, err


def add_sandbox_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``sandbox`` subcommand on ``sub`` (the parser's subcommands): where to listen, which credentials."""
    p = sub.add_parser(
        "sandbox",
        help="serve a seeded local sandbox on 127.0.0.1 until Ctrl-C",
        description="Serve an in-memory Talon.One (seeded with demo campaigns) over HTTP until Ctrl-C or SIGTERM. "
        "The credentials given here are the ones the sandbox accepts (default API key: sandbox-key).",
        allow_abbrev=False,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=9000, help="port (default: 9000; 0 picks a free one)")
    p.add_argument("--quiet", action="store_true", help="no access log on stderr")
    creds = p.add_argument_group("credentials the sandbox accepts (the TALON_* env vars are not read)")
    creds.add_argument("--api-key", default=argparse.SUPPRESS, metavar="KEY", help="API key (default: sandbox-key)")
    creds.add_argument("--application-id", default=argparse.SUPPRESS, metavar="ID",
                       help="also accept HMAC-signed requests of this Application ID...")  # fmt: skip
    creds.add_argument("--application-key", default=argparse.SUPPRESS, metavar="HEX",
                       help="...signed with this hex Application key")  # fmt: skip


def serve_sandbox(args: argparse.Namespace) -> int:
    """Serve a seeded sandbox until SIGINT/SIGTERM; exit 0 after a clean shutdown."""
    from ..testing import Sandbox

    api_key = getattr(args, "api_key", None) or "sandbox-key"
    application_id, application_key = getattr(args, "application_id", None), getattr(args, "application_key", None)
    if (application_id is None) != (application_key is None):
        err("--application-id and --application-key go together")
        return EXIT_USAGE
    if application_id is not None and not str(application_id).isdigit():
        err("--application-id must be a positive integer")
        return EXIT_USAGE
    try:
        sandbox = Sandbox(
            api_key=api_key,
            application_id=None if application_id is None else int(application_id),
            application_key=application_key,
        )
    except ValueError as exc:  # InvalidInputError (a bad hex key) is a ValueError too
        err(f"sandbox: {exc}")
        return EXIT_USAGE
    seed = sandbox.seed_demo()
    try:
        server = sandbox.serve(args.host, args.port, log=None if args.quiet else _access_log)
    except OSError as exc:
        err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_API_ERROR
    if not server.loopback and api_key == "sandbox-key":
        # The default key is printed in every README: beyond loopback, anyone who can reach the port is in.
        print(f"warning: the sandbox listens on {server.host}, beyond this machine, and accepts the default API "
              f"key 'sandbox-key', which anyone can guess; pass --api-key <key of your own>, or --host 127.0.0.1",
              file=sys.stderr, flush=True)  # fmt: skip
    stop = threading.Event()
    previous = _install_stop_handlers(stop)
    try:
        print("\n".join(_sandbox_banner(server.url, seed, api_key=api_key, hmac_id=application_id)), flush=True)
        while not stop.wait(0.1):
            pass
    finally:
        server.shutdown()
        _restore_handlers(previous)
    print("sandbox stopped", flush=True)
    return EXIT_OK


def _access_log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _sandbox_banner(url: str, seed: Any, *, api_key: str, hmac_id: str | None) -> list[str]:
    """How to point a client at the served sandbox, and what it was seeded with."""
    # The sandbox's own key is printed on purpose: a local stand-in the user chose, not a real secret.
    coupons = ", ".join(seed.coupons)
    lines = [
        f"Talon.One sandbox listening on {url} (Ctrl-C to stop)",
        "",
        "Point a client at it:",
        f"  export TALON_BASE_URL={url} TALON_API_KEY={api_key}",
    ]
    if hmac_id is not None:
        lines.append(f"  or sign with HMAC: TALON_APPLICATION_ID={hmac_id} and the --application-key given")
    return [
        *lines,
        "",
        "Seeded:",
        f"  coupon campaign {seed.coupon_campaign_id}: coupons {coupons}",
        f"  referral campaign {seed.referral_campaign_id}: "
        f"{PROG} create-referral --campaign-id {seed.referral_campaign_id} --advocate user-1",
        "",
        "Try:",
        f"  {PROG} update-customer-session sess-1 --profile-id user-1 --coupon {seed.coupons[0]} \\",
        "      --item sku=shoe-1,name=Shoe,quantity=1,price=49.9 --format table",
    ]


_Handler = Callable[[int, Any], Any] | int | None


def _install_stop_handlers(stop: threading.Event) -> dict[int, _Handler]:
    """SIGINT and SIGTERM set ``stop`` (main thread only; elsewhere Ctrl-C raises KeyboardInterrupt as usual)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    previous: dict[int, _Handler] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, lambda _signum, _frame: stop.set())
    return previous


def _restore_handlers(previous: dict[int, _Handler]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
