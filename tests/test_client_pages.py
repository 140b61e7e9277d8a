"""Pagination: the generated ``iter_...`` methods over every paged operation, sync and async (``MockTransport``).

Each walks the pages lazily (nothing sent before the first item is asked for, a page fetched when the one before is
used up), sends ``pageSize`` and the growing ``skip``, stops on ``hasMore`` false (or, for the achievement lists,
on ``totalResultSize`` or a short page), honours ``max_pages``, and makes each page an ordinary call of the
operation: per-call options on every page, errors raised as ``TalonError``s, tolerant answers keeping their items.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from _client_helpers import FakeServer, Mode, no_io, respond

from talon_integration import (
    AchievementStatusEntry,
    AsyncIntegrationClient,
    CardLedgerPointsEntryIntegrationAPI,
    IntegrationClient,
)
from talon_integration.errors import InvalidInputError, NotFoundError, TalonError
from talon_integration_generated.api import OPERATIONS


def point(n: int) -> dict[str, Any]:
    """One CardLedgerPointsEntryIntegrationAPI, as the service sends it."""
    return {
        "id": n, "created": "2026-12-01T10:00:00Z", "programId": 7, "name": f"points {n}",
        "startDate": "2026-12-01T10:00:00Z", "expiryDate": "2027-12-01T10:00:00Z", "subledgerId": "", "amount": n,
    }  # fmt: skip


def achievement(n: int) -> dict[str, Any]:
    """One AchievementStatusEntry."""
    return {
        "id": n, "created": "2026-12-01T10:00:00Z", "name": f"a{n}", "title": f"A {n}",
        "description": "", "target": 10.0,
    }  # fmt: skip


def points_page(ids: range, has_more: bool) -> httpx.Response:
    return respond(200, {"hasMore": has_more, "data": [point(n) for n in ids]})


def query(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(str(request.url)).query))


async def collect(mode: Mode, iterator: Any, limit: int | None = None) -> list[Any]:
    """The items of a sync or async iterator (the first ``limit`` of them)."""
    items: list[Any] = []
    if mode.is_async:
        async for item in iterator:
            items.append(item)
            if limit is not None and len(items) == limit:
                break
    else:
        for item in iterator:
            items.append(item)
            if limit is not None and len(items) == limit:
                break
    return items


async def advance(mode: Mode, iterator: Any) -> Any:
    return await anext(iterator) if mode.is_async else next(iterator)


@pytest.mark.anyio
async def test_every_item_in_order_page_size_and_skip_sent(mode: Mode) -> None:
    server = FakeServer([points_page(range(3), True), points_page(range(3, 6), True), points_page(range(6, 8), False)])
    client = mode.client(server)
    items = await collect(mode, client.iter_loyalty_card_points(7, "card-1", page_size=3, status="active"))
    await mode.close(client)
    assert [type(item) for item in items] == [CardLedgerPointsEntryIntegrationAPI] * 8  # the typed item model
    assert [item.id for item in items] == list(range(8))
    assert [query(r) for r in server.requests] == [
        {"status": "active", "pageSize": "3", "skip": "0"},
        {"status": "active", "pageSize": "3", "skip": "3"},
        {"status": "active", "pageSize": "3", "skip": "6"},
    ]
    assert {r.url.path for r in server.requests} == {"/v1/loyalty_programs/7/cards/card-1/points"}


@pytest.mark.anyio
async def test_lazy_no_request_before_iteration_and_one_page_at_a_time(mode: Mode) -> None:
    server = FakeServer([points_page(range(2), True), points_page(range(2, 4), False)])
    client = mode.client(server)
    iterator = client.iter_loyalty_program_profile_points(7, "user-42", page_size=2, skip=10)
    assert server.requests == []  # made, not started
    assert (await advance(mode, iterator)).id == 0
    assert len(server.requests) == 1
    assert (await advance(mode, iterator)).id == 1
    assert len(server.requests) == 1  # the first page is not used up yet
    assert (await advance(mode, iterator)).id == 2
    assert len(server.requests) == 2
    assert query(server.requests[0])["skip"] == "10" and query(server.requests[1])["skip"] == "12"
    assert [item.id for item in await collect(mode, iterator)] == [3]
    assert len(server.requests) == 2  # hasMore false: no third request
    await mode.close(client)


@pytest.mark.anyio
async def test_max_pages_caps_the_walk(mode: Mode) -> None:
    server = FakeServer([points_page(range(2), True), points_page(range(2, 4), True)])
    client = mode.client(server)
    items = await collect(mode, client.iter_loyalty_card_transactions(7, "card-1", page_size=2, max_pages=2))
    await mode.close(client)
    assert len(items) == 4 and len(server.requests) == 2  # hasMore still true: the cap ends it


@pytest.mark.anyio
async def test_without_page_size_skip_advances_by_the_items_received(mode: Mode) -> None:
    server = FakeServer([points_page(range(5), True), points_page(range(5, 7), False)])
    client = mode.client(server)
    items = await collect(mode, client.iter_loyalty_card_points(7, "card-1"))
    await mode.close(client)
    assert len(items) == 7
    assert [query(r) for r in server.requests] == [{"skip": "0"}, {"skip": "5"}]  # pageSize: the service's default


@pytest.mark.anyio
async def test_achievements_stop_at_total_result_size(mode: Mode) -> None:
    server = FakeServer([
        respond(200, {"totalResultSize": 4, "data": [achievement(0), achievement(1)]}),
        respond(200, {"totalResultSize": 4, "data": [achievement(2), achievement(3)]}),
    ])  # fmt: skip
    client = mode.client(server)
    items = await collect(mode, client.iter_customer_achievements("user-42", page_size=2))
    await mode.close(client)
    assert [type(i) for i in items] == [AchievementStatusEntry] * 4
    assert [i.id for i in items] == [0, 1, 2, 3] and len(server.requests) == 2  # skip reached totalResultSize


@pytest.mark.anyio
async def test_achievement_history_stops_on_a_short_page(mode: Mode) -> None:
    progress = {"status": "inprogress", "progress": 1.0, "startDate": "2026-12-01T10:00:00Z"}
    server = FakeServer([
        respond(200, {"totalResultSize": 100, "data": [progress, progress]}),
        respond(200, {"totalResultSize": 100, "data": [progress]}),
    ])  # fmt: skip
    client = mode.client(server)
    items = await collect(mode, client.iter_customer_achievement_history("user-42", 3, page_size=2))
    await mode.close(client)
    assert len(items) == 3 and len(server.requests) == 2  # a page shorter than page_size is the last


@pytest.mark.anyio
async def test_an_empty_page_ends_the_walk_even_when_has_more_says_otherwise(mode: Mode) -> None:
    server = FakeServer([points_page(range(1), True), points_page(range(0), True)])
    client = mode.client(server)
    assert len(await collect(mode, client.iter_loyalty_card_points(7, "c", page_size=1))) == 1
    await mode.close(client)
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_per_call_options_reach_every_page_request(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeServer([points_page(range(1), True), points_page(range(1, 2), False)])
    client = mode.client(server)
    seen: list[dict[str, Any]] = []
    start = client._start

    def spy(operation: Any, path: str, body: Any, options: Any) -> Any:
        seen.append(dict(options))
        return start(operation, path, body, options)

    monkeypatch.setattr(client, "_start", spy)
    items = await collect(mode, client.iter_loyalty_card_points(
        7, "c", page_size=1, timeout=3.5, deadline=9.0, extra_headers={"X-Trace": "t-1"},
    ))  # fmt: skip
    await mode.close(client)
    assert len(items) == 2
    assert seen == [{"timeout": 3.5, "deadline": 9.0, "extra_headers": {"X-Trace": "t-1"}}] * 2
    for request in server.requests:  # and on the wire
        assert request.headers["x-trace"] == "t-1"
        assert request.extensions["timeout"]["read"] == pytest.approx(3.5, abs=0.5)


@pytest.mark.anyio
async def test_a_deadline_per_page_request(mode: Mode) -> None:
    server = FakeServer([points_page(range(1), True)])
    client = mode.client(server)
    iterator = client.iter_loyalty_card_points(7, "c", page_size=1, deadline=1e-9)
    with pytest.raises(TalonError):  # the page's call has the deadline: APITimeoutError, nothing sent
        await collect(mode, iterator)
    await mode.close(client)
    assert server.requests == []


@pytest.mark.anyio
async def test_errors_propagate_after_the_items_before_them(mode: Mode) -> None:
    server = FakeServer([points_page(range(2), True), respond(404, {"message": "card gone"})])
    client = mode.client(server, max_retries=0)
    iterator = client.iter_loyalty_card_points(7, "c", page_size=2)
    got = await collect(mode, iterator, limit=2)
    assert [i.id for i in got] == [0, 1]
    with pytest.raises(NotFoundError) as caught:
        await advance(mode, iterator)
    assert isinstance(caught.value, TalonError) and caught.value.status_code == 404
    await mode.close(client)


@pytest.mark.anyio
async def test_each_page_is_retried_like_the_operation(mode: Mode) -> None:
    server = FakeServer([respond(503), points_page(range(2), False)])
    client = mode.client(server)
    mode.fake_sleep(client)
    assert len(await collect(mode, client.iter_loyalty_card_points(7, "c", page_size=2))) == 2
    await mode.close(client)
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_an_answer_with_problems_still_yields_its_items(mode: Mode, caplog: pytest.LogCaptureFixture) -> None:
    broken = point(1)
    del broken["name"]  # required by the spec
    server = FakeServer([respond(200, {"data": [point(0), broken]})])  # and no hasMore at all
    client = mode.client(server)
    items = await collect(mode, client.iter_loyalty_card_points(7, "c", page_size=5))
    await mode.close(client)
    assert [i.id for i in items] == [0, 1] and items[1].name is None
    assert len(server.requests) == 1  # no hasMore, a short page: the last
    assert "getLoyaltyCardPoints" in caplog.text  # the one WARNING of a tolerant answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"page_size": 0}, "page_size"),
        ({"max_pages": 0}, "max_pages"),
        ({"max_pages": "2"}, "max_pages"),
        ({"skip": "1"}, "skip"),
    ],
)
async def test_bad_arguments_are_refused_when_the_iterator_is_made(
    mode: Mode, kwargs: dict[str, Any], name: str
) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError, match=name):
        client.iter_loyalty_card_points(7, "c", **kwargs)
    await mode.close(client)


def _paged_in_spec() -> list[str]:
    """Operations with pageSize and skip whose result has a data list: the rule the templates apply."""
    names = []
    for op in OPERATIONS:
        wires = {p.wire for p in op.parameters if p.location == "query"}
        if {"pageSize", "skip"} <= wires and op.result is not None and "data" in {f.wire for f in op.result.FIELDS}:
            names.append(op.name)
    return names


@pytest.mark.parametrize("client_class", [IntegrationClient, AsyncIntegrationClient])
def test_every_paged_operation_of_the_spec_has_an_iterator(client_class: type[Any]) -> None:
    paged = _paged_in_spec()
    assert len(paged) >= 6  # today's: the two achievement lists, four loyalty ledgers
    for op in OPERATIONS:
        if op.name in paged:
            assert op.iterator == "iter_" + op.name.removeprefix("get_")
            method: Callable[..., Any] = getattr(client_class, op.iterator)
            assert not inspect.iscoroutinefunction(method)  # `async for x in client.iter_...(...)`, no await
            assert "max_pages" in inspect.signature(method).parameters
        else:
            assert op.iterator == ""
