"""Many people's tickets at once, rendered in worker processes when there are enough of them.

Each ticket is a PDF of its own, and most of its cost is ReportLab saving that document (formatting
its objects, subsetting and compressing the fonts it uses), which no cache can share between two
files. So a long batch is cut in chunks of people that worker processes render side by side, one
per core; a short one is rendered here, since starting a worker costs as much as a hundred tickets.

Workers are started with "spawn" on every platform: that is what Windows and macOS do anyway, so the
tests on Linux run the same path as the desk laptops, and it is safe from the GUI (forking a process
that runs Qt's threads is not). A frozen bundle must call ``multiprocessing.freeze_support()`` first
thing (``checkin/__main__.py`` does). If workers cannot be started or die, the rest of the batch is
rendered here: slower, never lost.

Tickets come back in the order asked, and are the files the serial path writes (only the creation
date and document id differ, as between any two runs of ReportLab).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from badges.fonts import font_set
from badges.layout import Layout
from badges.ticket import TicketRenderer, qr_png
from checkin.core.models import Attendee
from checkin.mail.messages import MessageBuilder, person_dict

PARALLEL_FROM = 250  # measured break-even on 2 cores ~200: starting a worker (spawned) costs ~0.3-0.4 s
PEOPLE_PER_WORKER = 100  # no more workers than this many tickets each would keep busy
CHUNK = 25  # people per task: ~0.1 s of work, so progress moves steadily and the workers finish together
MAX_WORKERS = 8


@dataclass(frozen=True)
class RenderedTicket:
    pdf: bytes
    png: bytes = b""  # the QR picture, when asked for


# (ticket words, layout, QR encoder): what a worker needs to build the same renderer as the builder's.
Recipe = tuple[dict[str, Any], Layout, str]
Job = tuple[int, dict[str, Any]]  # (recipe index, person dict)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (Linux)
    except AttributeError:
        return os.cpu_count() or 1


def worker_count(tickets: int, cores: int | None = None) -> int:
    """How many worker processes pay for ``tickets``; 0 means render them here."""
    cores = available_cores() if cores is None else cores
    if tickets < PARALLEL_FROM or cores < 2:
        return 0
    return max(2, min(cores, MAX_WORKERS, tickets // PEOPLE_PER_WORKER))


def render_ticket_files(
    builder: MessageBuilder,
    wanted: Sequence[tuple[Attendee, str]],
    *,
    qr_pixels: int = 0,
    should_stop: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Iterator[RenderedTicket]:
    """The ticket of each (attendee, language) in ``wanted``, in that order.

    ``qr_pixels`` > 0 also makes each person's QR picture at that many pixels a module. ``workers``
    forces a number of worker processes (0: none); by default it follows the cores and the batch
    size. Closing the iterator early (or ``should_stop`` turning true, or an error) ends the
    workers at once, so none outlives the call.
    """
    recipes: list[Recipe] = []
    renderers: list[TicketRenderer] = []  # the builder's own, for rendering here
    index_of: dict[int, int] = {}
    jobs: list[Job] = []
    for attendee, language in wanted:
        renderer = builder.renderer(language)  # loads and checks the layout here, before any worker starts
        index = index_of.get(id(renderer))
        if index is None:
            index = index_of[id(renderer)] = len(recipes)
            recipes.append((renderer.event, renderer.layout, renderer.qr_encoder))
            renderers.append(renderer)
        jobs.append((index, person_dict(attendee)))
    count = worker_count(len(jobs)) if workers is None else workers
    if count > 0:
        done = yield from _in_workers(recipes, jobs, qr_pixels, count, should_stop)
        if done is None:
            return
        jobs = jobs[done:]  # the workers could not go on: the rest is rendered here
    for index, person in jobs:
        if should_stop is not None and should_stop():
            return
        yield _render(renderers[index], person, qr_pixels)


def _in_workers(recipes: list[Recipe], jobs: list[Job], qr_pixels: int, count: int,
                should_stop: Callable[[], bool] | None) -> Generator[RenderedTicket, None, int | None]:
    """Yield the tickets from worker processes; return None when all went (or a stop came), else how
    many went before the workers broke."""
    chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
    done = 0  # tickets handed out so far; on a broken pool the rest is rendered here
    finished = False
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker, initargs=(recipes,))
    try:
        pending: deque[Future[list[RenderedTicket]]] = deque()
        next_chunk = 0
        while next_chunk < len(chunks) or pending:
            # Keep every worker busy with one chunk ahead, without queueing the whole batch.
            while next_chunk < len(chunks) and len(pending) < 2 * count:
                pending.append(executor.submit(_render_chunk, chunks[next_chunk], qr_pixels))
                next_chunk += 1
            for ticket in pending.popleft().result():
                if should_stop is not None and should_stop():
                    return None
                done += 1
                yield ticket
        finished = True
    except (BrokenProcessPool, OSError):
        pass  # workers could not start or died: finish here
    finally:
        if not finished:
            _stop_workers(executor)
        executor.shutdown(wait=True, cancel_futures=True)
    return None if finished else done


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """End the workers now, whatever they are doing: for a cancel, Ctrl+C or an error.

    A graceful shutdown waits for the chunks in flight, and Ctrl+C at the wrong moment can leave
    idle workers that the interpreter then waits for at exit, for ever. Their tickets are not wanted.
    Python 3.14 has ``terminate_workers()``; before it, the executor's own process table.
    """
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()


def _renderer(recipe: Recipe) -> TicketRenderer:
    words, layout, encoder = recipe
    return TicketRenderer(words, layout, qr_encoder=encoder)


def _render(renderer: TicketRenderer, person: dict[str, Any], qr_pixels: int) -> RenderedTicket:
    png = qr_png(str(person["code"]), module_pixels=qr_pixels, encoder=renderer.qr_encoder) if qr_pixels else b""
    return RenderedTicket(renderer.pdf_bytes(person), png)


# --- in the worker processes ---------------------------------------------------------------

_worker_renderers: list[TicketRenderer] = []


def _start_worker(recipes: list[Recipe]) -> None:
    """Build each renderer once per worker, and register the fonts before the first ticket."""
    font_set()
    _worker_renderers[:] = [_renderer(recipe) for recipe in recipes]


def _render_chunk(jobs: list[Job], qr_pixels: int) -> list[RenderedTicket]:
    return [_render(_worker_renderers[index], person, qr_pixels) for index, person in jobs]
