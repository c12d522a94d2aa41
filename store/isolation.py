"""Run a function over many items in worker processes, one item's crash or hang its own.

`concurrent.futures.ProcessPoolExecutor` gives parallelism but no isolation: a
worker that dies breaks the whole pool (every running item fails with it), and
a worker that hangs is never stopped. `map_isolated` keeps at most one item per
worker in flight, so it always knows which items were running; when the pool
breaks it retries those items one at a time to find the one that kills its
worker, and when an item runs past its time limit it terminates the pool's
workers and resubmits the innocent items to a fresh pool.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

# forkserver: workers fork from a clean server process (not from a threaded Dagster
# process), and modules preloaded there make restarting a pool cheap.
_START_METHOD = "forkserver"
_PRELOAD: set[str] = set()


def preload_in_workers(module: str) -> None:
    """Have every worker process start with `module` already imported.

    Workers fork from one server process per Python process, which imports its preload
    list once, when the first pool starts, and never again. A module whose functions run
    in workers therefore declares itself when it is imported, before any pool starts: a
    process that runs pools for several jobs (the nightly run extracts documents, then
    draws report pages) finds every job's modules ready in every worker.
    """
    _PRELOAD.add(module)


@dataclass(frozen=True)
class Failed:
    """Why an item produced no result: its worker died, or it ran out of time."""

    reason: str


@dataclass
class _Task:
    index: int
    alone: bool  # run with nothing else in flight: the pool broke while it was running


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers (a hung one never returns on its own) and drop the pool."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public handle in 3.11
    for process in processes:
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)


def map_isolated(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    *,
    workers: int | None = None,
    timeout_s: float,
) -> list[Any]:
    """`[fn(item) for item in items]` in parallel processes; a failed item gives `Failed`.

    `fn` and the items must be picklable (a module-level function). An item whose
    worker process dies, or that runs longer than `timeout_s`, gets `Failed` with
    the reason; every other item still gets its result.
    """
    if not items:
        return []
    workers = max(1, min(workers or os.cpu_count() or 1, len(items)))
    context = multiprocessing.get_context(_START_METHOD)
    if _PRELOAD:
        context.set_forkserver_preload(sorted(_PRELOAD))
    results: dict[int, Any] = {}
    queue = deque(_Task(i, alone=False) for i in range(len(items)))
    while queue:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        running: dict[Future, tuple[_Task, float]] = {}
        finished = False
        try:
            while queue or running:
                while queue and len(running) < workers:
                    if queue[0].alone and running:
                        break
                    if any(task.alone for task, _ in running.values()):
                        break
                    task = queue.popleft()
                    running[pool.submit(fn, items[task.index])] = (task, time.monotonic())
                deadline = min(started for _, started in running.values()) + timeout_s
                done, _ = wait(running, timeout=max(0.0, deadline - time.monotonic()),
                               return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    task, _ = running.pop(future)
                    try:
                        results[task.index] = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if task.alone:
                            results[task.index] = Failed(
                                "its worker process died (crashed, exited or was killed, "
                                "e.g. for lack of memory)")
                        else:
                            queue.appendleft(_Task(task.index, alone=True))
                    except Exception as exc:  # fn raised, or its result could not be sent
                        results[task.index] = Failed(f"{type(exc).__name__}: {exc}")
                if broken:
                    for task, _ in running.values():  # died with the pool: suspects too
                        queue.appendleft(_Task(task.index, alone=True))
                    break
                now = time.monotonic()
                late = [f for f, (_, started) in running.items() if now - started >= timeout_s]
                if late:
                    for future in late:
                        task, _ = running.pop(future)
                        results[task.index] = Failed(f"timed out after {timeout_s:g} s; its "
                                                     "worker process was terminated")
                    for task, _ in running.values():  # innocent: run again in a fresh pool
                        queue.appendleft(task)
                    break
            else:
                finished = True
        finally:
            if finished:
                pool.shutdown(wait=True)
            else:
                _terminate(pool)
    return [results[i] for i in range(len(items))]
