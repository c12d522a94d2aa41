"""A memory kept for one document's read and forgotten when the read ends.

The readers ask the same questions of the same lines again and again within one
read (each candidate cut of a cell, section 6 read again with more names); what they
remember must not outlive the read, so a test that patches a rule, or the next
document, gets a fresh answer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ReadMemory(Generic[K, V]):
    """A dict that exists only inside `kept()`; outside it `get()` is None and the
    caller computes afresh."""

    def __init__(self, name: str) -> None:
        self._var: ContextVar[dict[K, V] | None] = ContextVar(name, default=None)

    def get(self) -> dict[K, V] | None:
        return self._var.get()

    @contextmanager
    def kept(self) -> Iterator[None]:
        token = self._var.set({})
        try:
            yield
        finally:
            self._var.reset(token)
