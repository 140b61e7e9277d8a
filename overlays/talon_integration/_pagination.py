"""Walking a paged operation: the one place that knows when to ask for the next page and when to stop.

The generated ``iter_...`` methods (one per operation with ``pageSize``/``skip`` and a ``data`` list in its result,
``templates/client.py.jinja``) hand ``BaseClient._pages`` a function that makes one page call of the operation, with
the caller's arguments and per-call options; so every page goes through the operation's normal path (checks,
retries, timeout and deadline, size limit, tolerant parsing, errors). ``Walk`` holds the position and the stop
rules (pure, no I/O); ``walk`` and ``async_walk`` are the two drivers, generators so that nothing is sent before
the first item is asked for and a page is fetched only when the one before is used up (openai-python's
auto-pagination, stripe-python's ``auto_paging_iter``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .errors import InvalidInputError

__all__ = ["Walk", "async_walk", "walk"]


class Walk:
    """Where a walk over the pages stands, and whether another page is to be asked for.

    The stop rules, in this order after each page: ``max_pages`` pages fetched; an empty page (also the answer to a
    service that says ``hasMore`` but sends nothing, so a walk never spins); ``hasMore`` when the answer has it
    (true or false, it decides); otherwise (the achievement lists, which carry only ``totalResultSize``) the
    offset reaching ``totalResultSize``, or a page shorter than the ``page_size`` asked for. A tolerant answer
    whose ``hasMore`` or ``totalResultSize`` did not parse (``None``) falls through to the next rule.
    """

    __slots__ = ("more", "page_size", "pages_left", "skip")

    def __init__(self, page_size: int | None, skip: int | None, max_pages: int | None) -> None:
        if max_pages is not None and (type(max_pages) is not int or max_pages < 1):
            raise InvalidInputError(f"max_pages must be a positive integer or None, got {max_pages!r}")
        self.page_size = page_size
        self.skip = 0 if skip is None else skip
        self.pages_left = max_pages
        self.more = True

    def take(self, page: Any) -> list[Any]:
        """The items of a page just fetched; moves the offset and decides ``more``."""
        data = getattr(page, "data", None)
        items: list[Any] = data if type(data) is list else []
        count = len(items)
        self.skip += count
        if self.pages_left is not None:
            self.pages_left -= 1
        has_more = getattr(page, "has_more", None)
        total = getattr(page, "total_result_size", None)
        if (self.pages_left is not None and self.pages_left <= 0) or count == 0:
            self.more = False
        elif type(has_more) is bool:
            self.more = has_more
        elif type(total) is int and self.skip >= total:
            self.more = False
        else:
            self.more = self.page_size is None or count >= self.page_size
        return items


def walk(fetch: Callable[[int], Any], state: Walk) -> Iterator[Any]:
    """The items of every page: ``fetch(skip)`` is one page call, made when the items before are used up."""
    while state.more:
        yield from state.take(fetch(state.skip))


async def async_walk(fetch: Callable[[int], Awaitable[Any]], state: Walk) -> AsyncIterator[Any]:
    """``walk`` for the async client: ``await fetch(skip)`` is one page call."""
    while state.more:
        for item in state.take(await fetch(state.skip)):
            yield item
