"""Which reviews have a run going on in this process, and whether a stored review's run stopped before its end.

A review is one LangGraph thread. Two runs on one thread at once fork its checkpoints (two sign-offs recorded,
a step done twice), and a new review started on a stored review's id mixes the two cases' states and replaces
the first one's de-identifier. :class:`RunningReviews` refuses both in this process; runs in other processes
on the same store are not seen here (the Redis worker holds a lease for that).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from consilium.orchestration.errors import InputError

T = TypeVar("T")
WAIT_S = 300.0  # how long a resume waits for a run of the same review in this process (a stalled one stops at its next step)


class ReviewIdInUse(InputError):
    """The review id names a stored review, or a run of that review is going on in this process."""


def unfinished(snapshot: Any) -> bool:
    """A stored run has steps left: a next node or, after a crash between a step's stored writes and its
    checkpoint, only that step's tasks (LangGraph's snapshot leaves tasks whose writes are stored out of
    ``next``). A pause for sign-off is a stop the review asked for, not this."""
    return bool(snapshot.next or snapshot.tasks) and "signoff" not in snapshot.next


class RunningReviews:
    """Review ids taken by a run (a review, a resume, a sign-off) in this process."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Condition()

    def claim(self, review_id: str, *, stored: Callable[[], bool] | None = None, wait: bool = False) -> None:
        """Take ``review_id``; with ``stored`` (a new review), also refuse an id something is stored under.
        With ``wait``, a run of it going on here is waited for instead of refused (a resume then goes on from
        what that run stored: a Redis worker thread that took a case over from a stalled sibling, whose run
        stops at its next checkpoint write)."""
        with self._lock:
            if wait and not self._lock.wait_for(lambda: review_id not in self._ids, timeout=WAIT_S):
                raise ReviewIdInUse(f"review '{review_id}' is still running in this process after {WAIT_S:.0f} s")
            if review_id in self._ids:
                raise ReviewIdInUse(f"review '{review_id}' is already running in this process; wait for it to end")
            if stored is not None and stored():
                raise ReviewIdInUse(f"review id '{review_id}' is taken by a stored review; use a new id "
                                    "(or resume or sign that review)")
            self._ids.add(review_id)

    def __contains__(self, review_id: object) -> bool:
        with self._lock:
            return review_id in self._ids

    def release(self, review_id: str) -> None:
        with self._lock:
            self._ids.discard(review_id)
            self._lock.notify_all()

    def released_after(self, items: Iterator[T], review_id: str) -> Iterator[T]:
        """``items``, then ``review_id`` released: when they run out or raise, or when the consumer closes the
        iterator or drops it, also before taking a single item (a generator's ``finally`` would not run then)."""
        return _Releasing(items, lambda: self.release(review_id))


class _Releasing(Iterator[T]):
    def __init__(self, items: Iterator[T], release: Callable[[], None]) -> None:
        self._items, self._release = iter(items), release

    def __next__(self) -> T:
        if self._release is None:
            raise StopIteration
        try:
            return next(self._items)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            try:
                getattr(self._items, "close", lambda: None)()
            finally:
                release()

    def __del__(self) -> None:
        self.close()
