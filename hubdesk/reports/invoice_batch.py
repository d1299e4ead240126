"""The PDFs of many issued invoices at once, on every core.

A month's run issues a thousand invoices; drawn one after the other their
PDFs take most of a minute. They are drawn after the numbers are committed,
from the snapshots committed with them, by worker processes that each open
the database themselves, and stored by the caller as they come. That is safe
because a PDF is reproducible byte for byte: the same snapshot gives the same
bytes (:func:`hubdesk.reports.invoices.document_pdf`), so a PDF drawn now is
the one the invoice was issued with, and an invoice whose PDF is not stored
yet (the program stopped halfway) is drawn again, the same, by the next run,
``hubdesk check`` or the Billing page (:meth:`hubdesk.app.Core.repair_documents`).

Small batches are drawn in this process: starting workers costs more than it
saves below a few dozen invoices.

The workers die with the process that started them, also when it is killed
outright (kill -9, a crash): a worker left behind would hold the database
open (and keep multiprocessing's resource tracker alive) for as long as it
waits for work that never comes. On Linux the kernel kills a worker when its
parent goes (``prctl(PR_SET_PDEATHSIG)``; that follows the *thread* that
started the workers, which is the one inside :class:`InvoiceDrawer`'s
``with`` block); everywhere, a watchdog thread in each worker ends it once
its parent is gone.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from hubdesk.db import Database
from hubdesk.reports.invoices import invoice_pdf

#: Below this many invoices the PDFs are drawn in this process.
WORKERS_FROM = 40
#: Invoices a worker draws per task (and the caller stores per write).
CHUNK = 25
#: How often a worker's watchdog looks whether its parent is still there (s).
WATCH_EVERY = 0.5
#: prctl(2): have this signal sent when the parent dies.
_PR_SET_PDEATHSIG = 1

_database: Database | None = None


def _die_with(parent: int) -> None:
    """End this worker as soon as process ``parent`` is gone."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still ends the worker
    if os.getppid() != parent:  # gone before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while True:
        time.sleep(WATCH_EVERY)
        if os.getppid() != parent:
            os._exit(1)


def _open(url: str, parent: int | None = None) -> None:
    global _database
    if parent is not None:
        _die_with(parent)
    _database = Database.open(url, create=False)


def _draw(invoice_ids: Sequence[int]) -> list[tuple[int, bytes]]:
    assert _database is not None, "the worker opens the database first"
    with _database.read() as session:
        return [(i, invoice_pdf(session, i, use_stored=False)) for i in invoice_ids]


def _ready() -> bool:
    """A task that only makes a new worker open the database and load what
    drawing needs, while the caller is still busy."""
    from hubdesk.reports.pdf_base import register_fonts

    register_fonts()
    return _database is not None


class InvoiceDrawer:
    """Workers started before the invoices they will draw are ready (they
    spend a second or so starting), then :meth:`draw`. Use it as a context
    manager; without workers (one core, or a small batch) it draws in this
    process."""

    def __init__(self, database: Database, count: int, *, workers: int | None = None) -> None:
        self.database = database
        wanted = workers if workers is not None else (os.cpu_count() or 1)
        self.workers = 0 if wanted <= 1 or count < WORKERS_FROM else wanted
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> InvoiceDrawer:
        if self.workers:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_open,
                initargs=(self.database.url, os.getpid()),
            )
            for _worker in range(self.workers):
                self.pool.submit(_ready)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def draw(self, invoice_ids: Sequence[int]) -> Iterator[list[tuple[int, bytes]]]:
        """(invoice id, PDF) of each invoice, a chunk at a time, in order. The
        invoices must be committed (workers read them with connections of
        their own)."""
        ids = list(invoice_ids)
        chunks = [ids[n : n + CHUNK] for n in range(0, len(ids), CHUNK)]
        if self.pool is None:
            for chunk in chunks:
                with self.database.read() as session:
                    yield [(i, invoice_pdf(session, i, use_stored=False)) for i in chunk]
            return
        yield from self.pool.map(_draw, chunks)


def draw_invoices(
    database: Database, invoice_ids: Sequence[int], *, workers: int | None = None
) -> Iterator[list[tuple[int, bytes]]]:
    """(invoice id, PDF) of each invoice, a chunk at a time, in order (see
    :class:`InvoiceDrawer`)."""
    with InvoiceDrawer(database, len(invoice_ids), workers=workers) as drawer:
        yield from drawer.draw(invoice_ids)
