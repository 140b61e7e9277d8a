"""One client under test, in its own process, driven by ``run.py`` over stdin/stdout (one JSON object a line).

``python bench/worker.py KIND BASE_URL``; KIND is one of ``raw``, ``raw_async``, ``ours``, ``ours_async``,
``generated``, ``sdk``. ``generated`` is the stock openapi-python-client package that ``run.py`` generates into
``bench/.vanilla/`` (``talon_integration_vanilla``). The ``sdk`` worker runs in the official SDK's own venv, so
this file imports only the standard library at the top and each client's packages inside its setup function.

Commands: ``seq`` (sequential calls: process CPU time per call and wall latencies), ``calls`` (the same for
each of N calls, which ``run.py`` alternates between two clients), ``threads`` (N threads sharing one client for
a fixed time), ``async`` (N concurrent tasks), ``check`` (a summary of one result, so
``run.py`` can tell that every client got the same data), ``parse`` / ``profile`` / ``breakdown`` (ours and
sdk only) and ``quit``. CPU time is ``time.process_time()`` of this process only: the server and the other
workers are other processes.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import bodies as b

VANILLA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".vanilla")  # written by run.py

TIMEOUT = (5.0, 10.0)  # connect, read: the same explicit timeout for every client
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
CART = b.request_cart(20)
SESSION_ID = {"session_small": b.SMALL_SESSION, "session_small_read": b.SMALL_SESSION, "session_large": b.LARGE_SESSION}
COUPON_ID = {"profiles_1": b.ONE_PROFILE_COUPON, "profiles_1000": b.MANY_PROFILES_COUPON}


# ---- the clients: each returns {op: callable} (sync) or {op: coroutine function} (async) -------------------------


def setup_raw(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    import httpx

    client = httpx.Client(
        headers={"Authorization": f"ApiKey-v1 {b.API_KEY}", "Accept": "application/json"},
        timeout=httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0]),
    )
    ctype = {"Content-Type": "application/json"}

    def session(sid: str, read: bool) -> Callable[[], Any]:
        url = f"{base}/v1/customer_sessions/{sid}"

        def call() -> Any:
            payload = {"profileId": b.PROFILE_ID, "coupon": b.COUPON_VALUE, "cartItems": CART}
            r = client.put(url, content=json.dumps(payload, separators=(",", ":")).encode(), headers=ctype)
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            data = json.loads(r.content)
            if read:
                _read_raw(data)
            return data

        return call

    def profiles(coupon: str) -> Callable[[], Any]:
        url = f"{base}/v1/coupon_reservations/customerprofiles/{coupon}"

        def call() -> Any:
            r = client.get(url)
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            return json.loads(r.content)

        return call

    v2_url = f"{base}/v2/customer_sessions/{b.V2_SESSION}"

    def session_v2() -> Any:
        payload = {"customerSession": {"profileId": b.PROFILE_ID, "couponCodes": [b.COUPON_VALUE], "cartItems": CART}}
        r = client.put(v2_url, content=json.dumps(payload, separators=(",", ":")).encode(), headers=ctype)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    delete_url = f"{base}/v1/customer_data/{b.PROFILE_ID}"

    def delete() -> Any:
        r = client.delete(delete_url)
        if r.status_code != 204:
            raise RuntimeError(r.status_code)

    def delete_with_body() -> Any:
        # What ours sends on this DELETE (`{}`), to tell the cost of the body from the cost of the client.
        r = client.request("DELETE", delete_url, content=b"{}", headers=ctype)
        if r.status_code != 204:
            raise RuntimeError(r.status_code)

    reserve_url = f"{base}/v1/coupon_reservations/{b.COUPON_VALUE}"

    def reserve() -> Any:
        body = json.dumps({"integrationIDs": b.RESERVATION_IDS}, separators=(",", ":")).encode()
        r = client.post(reserve_url, content=body, headers=ctype)
        if r.status_code != 201:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    ops = {
        "session_small": session(b.SMALL_SESSION, False),
        "session_small_read": session(b.SMALL_SESSION, True),
        "session_large": session(b.LARGE_SESSION, False),
        "session_v2": session_v2,
        "profiles_1": profiles(b.ONE_PROFILE_COUPON),
        "profiles_1000": profiles(b.MANY_PROFILES_COUPON),
        "delete_customer_data": delete,
        "delete_customer_data_body": delete_with_body,
        "coupon_reservation": reserve,
    }
    return ops, client


def _read_raw(data: dict[str, Any]) -> float:
    """What a checkout reads after a session update: every effect and every cart line's price."""
    total = 0.0
    for effect in data["event"]["effects"]:
        if effect[3][0] == "setDiscount":
            total += effect[3][2]
    for item in data["session"]["cartItems"]:
        total += item["price"]
    return total


def setup_raw_async(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    import httpx

    client = httpx.AsyncClient(
        headers={"Authorization": f"ApiKey-v1 {b.API_KEY}", "Accept": "application/json"},
        timeout=httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0]),
    )
    ctype = {"Content-Type": "application/json"}

    def session(sid: str, read: bool) -> Callable[[], Any]:
        url = f"{base}/v1/customer_sessions/{sid}"

        async def call() -> Any:
            payload = {"profileId": b.PROFILE_ID, "coupon": b.COUPON_VALUE, "cartItems": CART}
            r = await client.put(url, content=json.dumps(payload, separators=(",", ":")).encode(), headers=ctype)
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            data = json.loads(r.content)
            if read:
                _read_raw(data)
            return data

        return call

    def profiles(coupon: str) -> Callable[[], Any]:
        url = f"{base}/v1/coupon_reservations/customerprofiles/{coupon}"

        async def call() -> Any:
            r = await client.get(url)
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            return json.loads(r.content)

        return call

    v2_url = f"{base}/v2/customer_sessions/{b.V2_SESSION}"

    async def session_v2() -> Any:
        payload = {"customerSession": {"profileId": b.PROFILE_ID, "couponCodes": [b.COUPON_VALUE], "cartItems": CART}}
        r = await client.put(v2_url, content=json.dumps(payload, separators=(",", ":")).encode(), headers=ctype)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    delete_url = f"{base}/v1/customer_data/{b.PROFILE_ID}"

    async def delete() -> Any:
        r = await client.delete(delete_url)
        if r.status_code != 204:
            raise RuntimeError(r.status_code)

    reserve_url = f"{base}/v1/coupon_reservations/{b.COUPON_VALUE}"

    async def reserve() -> Any:
        body = json.dumps({"integrationIDs": b.RESERVATION_IDS}, separators=(",", ":")).encode()
        r = await client.post(reserve_url, content=body, headers=ctype)
        if r.status_code != 201:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    ops = {
        "session_small": session(b.SMALL_SESSION, False),
        "session_small_read": session(b.SMALL_SESSION, True),
        "session_large": session(b.LARGE_SESSION, False),
        "session_v2": session_v2,
        "profiles_1": profiles(b.ONE_PROFILE_COUPON),
        "profiles_1000": profiles(b.MANY_PROFILES_COUPON),
        "delete_customer_data": delete,
        "coupon_reservation": reserve,
    }
    return ops, client


def _read_ours(state: Any) -> float:
    total = 0.0
    for effect in state.effects:
        if effect.effect_type == "setDiscount":
            total += effect.value
    for item in state.session.cart_items:
        total += item.price
    return total


def _ours_ops(client: Any, is_async: bool) -> dict[str, Callable[[], Any]]:
    from talon_integration import CartItem, NewCustomerSessionV2

    cart = [CartItem(**item) for item in CART]  # built once, like the raw client's dicts

    def session_v2() -> Any:  # the request model made per call, as raw httpx makes its dict per call
        body = NewCustomerSessionV2(profile_id=b.PROFILE_ID, coupon_codes=[b.COUPON_VALUE], cart_items=cart)
        return client.update_customer_session_v2(b.V2_SESSION, customer_session=body)  # a coroutine when async

    def session(sid: str, read: bool) -> Callable[[], Any]:
        if is_async:

            async def acall() -> Any:
                state = await client.update_customer_session(
                    sid, profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart
                )
                if read:
                    _read_ours(state)
                return state

            return acall

        def call() -> Any:
            state = client.update_customer_session(sid, profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart)
            if read:
                _read_ours(state)
            return state

        return call

    return {
        "session_small": session(b.SMALL_SESSION, False),
        "session_small_read": session(b.SMALL_SESSION, True),
        "session_large": session(b.LARGE_SESSION, False),
        "session_v2": session_v2,
        "profiles_1": lambda: client.get_reserved_customers(b.ONE_PROFILE_COUPON),
        "profiles_1000": lambda: client.get_reserved_customers(b.MANY_PROFILES_COUPON),
        "delete_customer_data": lambda: client.delete_customer_data(b.PROFILE_ID),
        "coupon_reservation": lambda: client.create_coupon_reservation(
            b.COUPON_VALUE, integration_ids=b.RESERVATION_IDS
        ),
    }


def setup_ours(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    import httpx

    from talon_integration import IntegrationClient

    client = IntegrationClient(base_url=base, api_key=b.API_KEY, timeout=httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0]))
    return _ours_ops(client, False), client


def setup_ours_async(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    import httpx

    from talon_integration import AsyncIntegrationClient

    client = AsyncIntegrationClient(
        base_url=base, api_key=b.API_KEY, timeout=httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0])
    )
    return _ours_ops(client, True), client


def _vanilla_path() -> None:
    if VANILLA_DIR not in sys.path:
        sys.path.insert(0, VANILLA_DIR)


def setup_generated(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    """The stock openapi-python-client output (no custom templates): ``AuthenticatedClient`` + ``sync_detailed``."""
    import httpx

    _vanilla_path()
    from talon_integration_vanilla.api.integration import (  # type: ignore[import-not-found]
        create_coupon_reservation,
        delete_customer_data,
        get_reserved_customers,
        update_customer_session,
        update_customer_session_v2,
    )
    from talon_integration_vanilla.client import AuthenticatedClient  # type: ignore[import-not-found]
    from talon_integration_vanilla.models import (  # type: ignore[import-not-found]
        CartItem,
        CouponReservations,
        IntegrationRequest,
        NewCustomerSession,
        NewCustomerSessionV2,
    )

    client = AuthenticatedClient(
        base_url=base, token=b.API_KEY, prefix="ApiKey-v1", timeout=httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0])
    )
    cart = [CartItem.from_dict(item) for item in CART]

    def checked(response: Any, status: int) -> Any:
        if response.status_code != status:
            raise RuntimeError(response.status_code)
        return response.parsed

    def session(sid: str, read: bool) -> Callable[[], Any]:
        def call() -> Any:
            body = NewCustomerSession(profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart)
            state = checked(update_customer_session.sync_detailed(sid, client=client, body=body), 200)
            if read:
                total = 0.0
                for effect in state.event.effects:
                    if effect[3][0] == "setDiscount":
                        total += effect[3][2]
                for item in state.session.cart_items:
                    total += item.price
            return state

        return call

    def reserve() -> Any:
        body = CouponReservations(integration_i_ds=list(b.RESERVATION_IDS))
        return checked(create_coupon_reservation.sync_detailed(b.COUPON_VALUE, client=client, body=body), 201)

    def session_v2() -> Any:
        session = NewCustomerSessionV2(profile_id=b.PROFILE_ID, coupon_codes=[b.COUPON_VALUE], cart_items=cart)
        body = IntegrationRequest(customer_session=session)
        return checked(update_customer_session_v2.sync_detailed(b.V2_SESSION, client=client, body=body), 200)

    ops = {
        "session_small": session(b.SMALL_SESSION, False),
        "session_small_read": session(b.SMALL_SESSION, True),
        "session_large": session(b.LARGE_SESSION, False),
        "session_v2": session_v2,
        "profiles_1": lambda: checked(get_reserved_customers.sync_detailed(b.ONE_PROFILE_COUPON, client=client), 200),
        "profiles_1000": lambda: checked(
            get_reserved_customers.sync_detailed(b.MANY_PROFILES_COUPON, client=client), 200
        ),
        "delete_customer_data": lambda: checked(delete_customer_data.sync_detailed(b.PROFILE_ID, client=client), 204),
        "coupon_reservation": reserve,
    }
    return ops, client


def setup_sdk(base: str) -> tuple[dict[str, Callable[[], Any]], Any]:
    import talon_one

    conf = talon_one.Configuration(host=base)
    conf.api_key["Authorization"] = b.API_KEY
    conf.api_key_prefix["Authorization"] = "ApiKey-v1"
    api_client = talon_one.ApiClient(conf)
    api = talon_one.IntegrationApi(api_client)
    cart = [talon_one.CartItem(**item) for item in CART]

    def session(sid: str, read: bool) -> Callable[[], Any]:
        # SDK 9.0.0 no longer has the v1 update_customer_session; this is the call its generated
        # update_customer_session_with_http_info made (same path, headers, auth and response type).
        def call() -> Any:
            body = talon_one.NewCustomerSession(profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart)
            state = api_client.call_api(
                "/v1/customer_sessions/{customerSessionId}",
                "PUT",
                {"customerSessionId": sid},
                [],
                {"Accept": "application/json", "Content-Type": "application/json"},
                body=body,
                post_params=[],
                files={},
                response_type="IntegrationState",
                auth_settings=["api_key_v1"],
                _return_http_data_only=True,
                _preload_content=True,
                _request_timeout=TIMEOUT,
                collection_formats={},
            )
            if read:
                total = 0.0
                for effect in state.event.effects:
                    if effect[3][0] == "setDiscount":
                        total += effect[3][2]
                for item in state.session.cart_items:
                    total += item.price
            return state

        return call

    def session_v2() -> Any:  # SDK 9.0.0's own IntegrationApi.update_customer_session_v2
        session = talon_one.NewCustomerSessionV2(
            profile_id=b.PROFILE_ID, coupon_codes=[b.COUPON_VALUE], cart_items=cart
        )
        body = talon_one.IntegrationRequest(customer_session=session)
        return api.update_customer_session_v2(b.V2_SESSION, body, _request_timeout=TIMEOUT)

    ops = {
        "session_small": session(b.SMALL_SESSION, False),
        "session_small_read": session(b.SMALL_SESSION, True),
        "session_large": session(b.LARGE_SESSION, False),
        "session_v2": session_v2,
        "profiles_1": lambda: api.get_reserved_customers(b.ONE_PROFILE_COUPON, _request_timeout=TIMEOUT),
        "profiles_1000": lambda: api.get_reserved_customers(b.MANY_PROFILES_COUPON, _request_timeout=TIMEOUT),
        "delete_customer_data": lambda: api.delete_customer_data(b.PROFILE_ID, _request_timeout=TIMEOUT),
        "coupon_reservation": lambda: api.create_coupon_reservation(
            b.COUPON_VALUE,
            talon_one.CouponReservations(integration_i_ds=list(b.RESERVATION_IDS)),
            _request_timeout=TIMEOUT,
        ),
    }
    return ops, api_client


SETUP = {
    "raw": setup_raw,
    "raw_async": setup_raw_async,
    "ours": setup_ours,
    "ours_async": setup_ours_async,
    "generated": setup_generated,
    "sdk": setup_sdk,
}
ASYNC_KINDS = ("raw_async", "ours_async")


# ---- measurements ------------------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def _summary(latencies: list[float], cpu: float, wall: float) -> dict[str, Any]:
    latencies.sort()
    n = len(latencies)
    return {
        "calls": n,
        "cpu_us": cpu / n * 1e6,
        "wall_s": wall,
        "p50_us": percentile(latencies, 0.5) * 1e6,
        "p90_us": percentile(latencies, 0.9) * 1e6,
    }


def seq_sync(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, Any]:
    for _ in range(cmd["warmup"]):
        call()
    seconds, min_calls, max_calls = cmd["seconds"], cmd["min_calls"], cmd["max_calls"]
    latencies: list[float] = []
    perf, proc = time.perf_counter, time.process_time
    cpu0, t0 = proc(), perf()
    end = t0
    while True:
        start = perf()
        call()
        end = perf()
        latencies.append(end - start)
        if len(latencies) >= max_calls or (len(latencies) >= min_calls and end - t0 >= seconds):
            break
    return _summary(latencies, proc() - cpu0, end - t0)


async def seq_async(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, Any]:
    for _ in range(cmd["warmup"]):
        await call()
    seconds, min_calls, max_calls = cmd["seconds"], cmd["min_calls"], cmd["max_calls"]
    latencies: list[float] = []
    perf, proc = time.perf_counter, time.process_time
    cpu0, t0 = proc(), perf()
    end = t0
    while True:
        start = perf()
        await call()
        end = perf()
        latencies.append(end - start)
        if len(latencies) >= max_calls or (len(latencies) >= min_calls and end - t0 >= seconds):
            break
    return _summary(latencies, proc() - cpu0, end - t0)


def calls_sync(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, list[float]]:
    """``cmd["n"]`` calls, each one's process CPU time and wall time (``run.py`` alternates two clients by the call)."""
    perf, proc = time.perf_counter, time.process_time
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(cmd["n"]):
        c0, t0 = proc(), perf()
        call()
        t1, c1 = perf(), proc()
        cpu.append(c1 - c0)
        wall.append(t1 - t0)
    return {"cpu": cpu, "wall": wall}


async def calls_async(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, list[float]]:
    perf, proc = time.perf_counter, time.process_time
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(cmd["n"]):
        c0, t0 = proc(), perf()
        await call()
        t1, c1 = perf(), proc()
        cpu.append(c1 - c0)
        wall.append(t1 - t0)
    return {"cpu": cpu, "wall": wall}


def threads_sync(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, Any]:
    n = cmd["concurrency"]
    stop = threading.Event()
    counts = [0] * n
    errors: list[BaseException] = []
    barrier = threading.Barrier(n + 1)

    def loop(k: int) -> None:
        call()  # warm this thread's connection
        barrier.wait()
        done = 0
        try:
            while not stop.is_set():
                call()
                done += 1
        except BaseException as exc:  # reported to run.py
            errors.append(exc)
        counts[k] = done

    workers = [threading.Thread(target=loop, args=(k,)) for k in range(n)]
    for w in workers:
        w.start()
    barrier.wait()
    cpu0, t0 = time.process_time(), time.perf_counter()
    time.sleep(cmd["seconds"])
    stop.set()
    for w in workers:
        w.join()
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    if errors:
        raise errors[0]
    total = sum(counts)
    return {"calls": total, "calls_per_s": total / wall, "cpu_us": cpu / max(total, 1) * 1e6, "wall_s": wall}


async def tasks_async(call: Callable[[], Any], cmd: dict[str, Any]) -> dict[str, Any]:
    n = cmd["concurrency"]
    await asyncio.gather(*(call() for _ in range(n)))  # warm n connections
    stop = False
    counts = [0] * n

    async def loop(k: int) -> None:
        done = 0
        while not stop:
            await call()
            done += 1
        counts[k] = done

    cpu0, t0 = time.process_time(), time.perf_counter()
    tasks = [asyncio.ensure_future(loop(k)) for k in range(n)]
    await asyncio.sleep(cmd["seconds"])
    stop = True
    await asyncio.gather(*tasks)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    total = sum(counts)
    return {"calls": total, "calls_per_s": total / wall, "cpu_us": cpu / max(total, 1) * 1e6, "wall_s": wall}


def summarize_result(op: str, result: Any) -> Any:
    """A client-independent digest of a result, to check that every client got (and parsed) the same data."""
    if result is None or op == "delete_customer_data":
        return None
    if op == "session_v2":  # IntegrationStateV2: customerSession and effect objects
        if isinstance(result, dict):
            s = result["customerSession"]
            return [len(s["cartItems"]), len(result["effects"]), s["total"], result["effects"][1]["props"]["value"]]
        s = result.customer_session
        props = result.effects[1].props
        if isinstance(props, dict):  # the SDK's
            value = props["value"]
        elif hasattr(props, "value"):  # ours: the typed SetDiscountEffectProps
            value = props.value
        else:  # the stock generated client's free-form model
            value = props.additional_properties["value"]
        return [len(s.cart_items), len(result.effects), s.total, value]
    if isinstance(result, dict):  # raw JSON
        if op.startswith("session"):
            return [len(result["session"]["cartItems"]), len(result["event"]["effects"]), result["session"]["total"]]
        if op.startswith("profiles"):
            return [len(result["data"]), result["data"][-1]["integrationId"]]
        return result["value"]
    if op.startswith("session"):
        return [len(result.session.cart_items), len(result.event.effects), result.session.total]
    if op.startswith("profiles"):
        return [len(result.data), result.data[-1].integration_id]
    return result.value


# ---- parse cost and profiles (ours, generated and the SDK; in this process, no I/O) -----------------------------


def _best_per_call(fn: Callable[[], Any], budget: float, repeats: int) -> float:
    """Min over ``repeats`` samples of the process CPU time per call, each sample about ``budget`` seconds."""
    clock = time.process_time
    t0 = clock()
    fn()
    once = max(clock() - t0, 1e-6)
    number = max(1, int(budget / once))
    best = float("inf")
    for _ in range(repeats):
        t0 = clock()
        for _ in range(number):
            fn()
        best = min(best, (clock() - t0) / number)
    return best


def parse_payloads(sizes: list[int]) -> dict[str, dict[int, bytes]]:
    return {
        "profiles": {n: b.dumps(b.reserved_customers(n)) for n in sizes},
        "cart_items": {n: b.dumps(b.integration_state(n, 4)) for n in sizes},
    }


def parse_fns(kind: str) -> dict[str, dict[str, Callable[[bytes], Any]]]:
    """{payload kind: {parser name: bytes -> result}} for this worker's client."""
    loads = json.loads
    if kind == "sdk":
        import talon_one

        api_client = talon_one.ApiClient(talon_one.Configuration(host="http://127.0.0.1"))

        class _Resp:
            def __init__(self, data: bytes) -> None:
                self.data = data.decode()

        return {
            "profiles": {"sdk": lambda raw: api_client.deserialize(_Resp(raw), "InlineResponse200")},
            "cart_items": {"sdk": lambda raw: api_client.deserialize(_Resp(raw), "IntegrationState")},
        }
    from talon_integration import IntegrationState, ReservedCustomers

    _vanilla_path()
    try:
        from talon_integration_vanilla.models import IntegrationState as StockState  # type: ignore[import-not-found]
        from talon_integration_vanilla.models import ReservedCustomers as StockProfiles  # type: ignore[import-not-found]
    except ImportError:  # run.py could not generate it: no stock rows
        StockState = StockProfiles = None

    def ours_profiles_walk(raw: bytes) -> Any:
        result = ReservedCustomers.from_dict(loads(raw))
        for profile in result.data:
            profile.created  # noqa: B018  (touch every item: a lazy parser pays here)
        return result

    def ours_state_walk(raw: bytes) -> Any:
        result = IntegrationState.from_dict(loads(raw))
        for item in result.session.cart_items:
            item.price  # noqa: B018
        return result

    fns: dict[str, dict[str, Callable[[bytes], Any]]] = {
        "profiles": {
            "json.loads": loads,
            "ours": lambda raw: ReservedCustomers.from_dict(loads(raw)),
            "ours+walk": ours_profiles_walk,
        },
        "cart_items": {
            "json.loads": loads,
            "ours": lambda raw: IntegrationState.from_dict(loads(raw)),
            "ours+walk": ours_state_walk,
        },
    }
    if StockState is not None:
        fns["profiles"]["stock generated"] = lambda raw: StockProfiles.from_dict(loads(raw))
        fns["cart_items"]["stock generated"] = lambda raw: StockState.from_dict(loads(raw))
    return fns


def cmd_parse(kind: str, cmd: dict[str, Any]) -> dict[str, Any]:
    sizes = cmd["sizes"]
    payloads = parse_payloads(sizes)
    out: dict[str, Any] = {}
    for what, fns in parse_fns(kind).items():
        for name, fn in fns.items():
            for n in sizes:
                raw = payloads[what][n]
                out[f"{what}|{name}|{n}"] = _best_per_call(
                    lambda fn=fn, raw=raw: fn(raw), cmd["budget"], cmd["repeats"]
                )
    return out


def cmd_profile(ops: dict[str, Callable[[], Any]], cmd: dict[str, Any]) -> dict[str, Any]:
    """cProfile of N calls of one operation: the top functions by own time, in microseconds per call."""
    import cProfile
    import pstats

    call = ops[cmd["op"]]
    for _ in range(3):
        call()
    profiler = cProfile.Profile()
    n = cmd["calls"]
    t0 = time.process_time()
    profiler.enable()
    for _ in range(n):
        call()
    profiler.disable()
    cpu = time.process_time() - t0
    stats = pstats.Stats(profiler)
    rows = []
    groups: dict[str, float] = {}
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "func": _short(filename, line, func),
                "ncalls": ncalls / n,
                "tottime_us": tottime / n * 1e6,
                "cumtime_us": cumtime / n * 1e6,
            }
        )
        group = _group(filename, func)
        groups[group] = groups.get(group, 0.0) + tottime / n * 1e6
    rows.sort(key=lambda r: r["tottime_us"], reverse=True)
    by_cum = sorted(rows, key=lambda r: r["cumtime_us"], reverse=True)
    return {
        "calls": n,
        "cpu_us_profiled": cpu / n * 1e6,
        "groups": groups,
        "top_tottime": rows[: cmd["top"]],
        "top_cumtime": by_cum[: cmd["top"] * 2],
        "all": {r["func"]: [r["ncalls"], r["tottime_us"]] for r in rows if r["tottime_us"] >= 0.05},
    }


_GROUPS = (  # the first needle found in the path names the group
    ("talon_integration_vanilla", "stock generated"),
    ("talon_integration_generated", "talon_integration_generated"),
    ("talon_integration", "talon_integration"),
    ("talon_one", "SDK (talon_one)"),
    ("dateutil", "dateutil"),
    ("urllib3", "urllib3"),
    ("httpcore", "httpcore"),
    ("h11", "h11"),
    ("httpx", "httpx"),
    ("anyio", "anyio"),
    ("attrs", "attrs"),
    ("json", "json"),
    ("asyncio", "asyncio"),
    ("http/client", "http.client"),
    ("email", "email"),
    ("bench/", "benchmark loop"),
)


def _group(filename: str, func: str) -> str:
    """Where a profiled function's own time goes: its package, JSON, socket I/O, attrs-made methods..."""
    path = filename.replace("\\", "/")
    if filename == "~":
        if "json" in func or "scanstring" in func:
            return "json"
        if any(word in func for word in ("recv", "send", "socket", "select", "poll", "epoll")):
            return "socket I/O"
        if "isoformat" in func or "datetime" in func:
            return "datetime"
        return "builtins"
    if path.startswith("<attrs generated"):
        return "attrs-made __init__/__eq__"
    for needle, name in _GROUPS:
        if needle in path:
            return name
    return "other stdlib"


def _short(filename: str, line: int, func: str) -> str:
    if filename == "~":
        return func
    parts = filename.replace("\\", "/").split("/")
    for package in ("talon_integration_generated", "talon_integration_vanilla"):  # same module names in both
        if package in parts:
            return f"{'/'.join(parts[parts.index(package) :])}:{line}({func})"
    for anchor in ("site-packages", "overlays", "generated", "lib"):
        if anchor in parts:
            parts = parts[parts.index(anchor) + 1 :]
            break
    return f"{'/'.join(parts[-2:])}:{line}({func})"


def _encode(body: dict[str, Any] | None) -> bytes | None:
    """A request body as the client encodes it (``talon_integration._base.encode``): compact UTF-8 JSON."""
    if body is None:
        return None
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def cmd_breakdown(kind: str, cmd: dict[str, Any]) -> dict[str, Any]:
    """Ours without I/O: building the request (the generated ``build()``: checks, path, body; then encoding)
    and parsing the canned answer (``json.loads`` + the public models), per operation."""
    from talon_integration import CartItem, Coupon, IntegrationState, ReservedCustomers
    from talon_integration_generated.api.integration import (
        create_coupon_reservation,
        delete_customer_data,
        get_reserved_customers,
        update_customer_session,
    )

    routes = b.routes()
    cart = [CartItem(**item) for item in CART]
    budget, repeats = cmd["budget"], cmd["repeats"]

    def body(method: str, path: str) -> bytes:
        return b.dumps(routes[(method, path)][1])

    small = body("PUT", f"/v1/customer_sessions/{b.SMALL_SESSION}")
    large = body("PUT", f"/v1/customer_sessions/{b.LARGE_SESSION}")
    one = body("GET", f"/v1/coupon_reservations/customerprofiles/{b.ONE_PROFILE_COUPON}")
    many = body("GET", f"/v1/coupon_reservations/customerprofiles/{b.MANY_PROFILES_COUPON}")
    coupon = body("POST", f"/v1/coupon_reservations/{b.COUPON_VALUE}")

    def build_session() -> Any:
        path, body = update_customer_session.build(
            b.SMALL_SESSION, profile_id=b.PROFILE_ID, coupon=b.COUPON_VALUE, cart_items=cart
        )
        return path, _encode(body)

    def build_profiles(coupon_value: str) -> Callable[[], Any]:
        def build() -> Any:
            path, body = get_reserved_customers.build(coupon_value)
            return path, _encode(body)

        return build

    def build_delete() -> Any:
        path, body = delete_customer_data.build(b.PROFILE_ID)
        return path, _encode(body)

    def build_reservation() -> Any:
        path, body = create_coupon_reservation.build(b.COUPON_VALUE, integration_ids=b.RESERVATION_IDS)
        return path, _encode(body)

    def raw_session_body() -> bytes:
        payload = {"profileId": b.PROFILE_ID, "coupon": b.COUPON_VALUE, "cartItems": CART}
        return json.dumps(payload, separators=(",", ":")).encode()

    plan: dict[str, tuple[Callable[[], Any], Callable[[], Any] | None, Callable[[], Any], Callable[[], Any] | None]] = {
        # op: (ours build, raw build, ours parse incl. json.loads, raw parse)
        "session_small": (
            build_session,
            raw_session_body,
            lambda: IntegrationState.from_dict(json.loads(small)),
            lambda: json.loads(small),
        ),
        "session_large": (
            build_session,
            raw_session_body,
            lambda: IntegrationState.from_dict(json.loads(large)),
            lambda: json.loads(large),
        ),
        "profiles_1": (
            build_profiles(b.ONE_PROFILE_COUPON),
            None,
            lambda: ReservedCustomers.from_dict(json.loads(one)),
            lambda: json.loads(one),
        ),
        "profiles_1000": (
            build_profiles(b.MANY_PROFILES_COUPON),
            None,
            lambda: ReservedCustomers.from_dict(json.loads(many)),
            lambda: json.loads(many),
        ),
        "delete_customer_data": (build_delete, None, lambda: None, None),
        "coupon_reservation": (
            build_reservation,
            lambda: json.dumps({"integrationIDs": b.RESERVATION_IDS}, separators=(",", ":")).encode(),
            lambda: Coupon.from_dict(json.loads(coupon)),
            lambda: json.loads(coupon),
        ),
    }
    out: dict[str, Any] = {}
    for op, (ours_build, raw_build, ours_parse, raw_parse) in plan.items():
        out[op] = {
            "ours_build_us": _best_per_call(ours_build, budget, repeats) * 1e6,
            "raw_build_us": _best_per_call(raw_build, budget, repeats) * 1e6 if raw_build else 0.0,
            "ours_parse_us": _best_per_call(ours_parse, budget, repeats) * 1e6,
            "raw_parse_us": _best_per_call(raw_parse, budget, repeats) * 1e6 if raw_parse else 0.0,
        }
    return out


# ---- the command loop --------------------------------------------------------------------------------------------


def versions(kind: str) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0]}
    names = ("talon-one-python-sdk", "urllib3", "python-dateutil") if kind == "sdk" else ("httpx", "httpcore", "attrs")
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def main() -> None:
    kind, base = sys.argv[1], sys.argv[2]
    ops, _client = SETUP[kind](base)
    is_async = kind in ASYNC_KINDS
    loop = asyncio.new_event_loop() if is_async else None
    print(json.dumps({"ready": kind, "versions": versions(kind)}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        name = cmd["cmd"]
        try:
            if name == "quit":
                break
            if name == "seq":
                call = ops[cmd["op"]]
                result: Any = loop.run_until_complete(seq_async(call, cmd)) if loop else seq_sync(call, cmd)
            elif name == "calls":
                call = ops[cmd["op"]]
                result = loop.run_until_complete(calls_async(call, cmd)) if loop else calls_sync(call, cmd)
            elif name == "threads":
                result = threads_sync(ops[cmd["op"]], cmd)
            elif name == "async":
                assert loop is not None
                result = loop.run_until_complete(tasks_async(ops[cmd["op"]], cmd))
            elif name == "check":
                call = ops[cmd["op"]]
                value = loop.run_until_complete(call()) if loop else call()
                result = summarize_result(cmd["op"], value)
            elif name == "parse":
                result = cmd_parse(kind, cmd)
            elif name == "profile":
                result = cmd_profile(ops, cmd)
            elif name == "breakdown":
                result = cmd_breakdown(kind, cmd)
            elif name == "gc":
                result = gc.collect()
            else:
                raise ValueError(f"unknown command {name!r}")
            print(json.dumps({"ok": result}), flush=True)
        except Exception as exc:  # reported to run.py, which stops the run
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)


if __name__ == "__main__":
    main()
