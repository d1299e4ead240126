"""The PDFs of many issued invoices at once, on every core.

A month's run issues a thousand invoices; drawn one after the other their
PDFs take most of a minute. They are drawn after the numbers are committed,
from the committed rows, by worker processes that each open the database
themselves, and stored by the caller as they come. That is safe because a
PDF is reproducible byte for byte: the same rows give the same bytes
(:func:`hubdesk.reports.invoices.invoice_pdf`), so a PDF drawn now is the one
the invoice was issued with, and an invoice whose PDF is not stored yet (the
program stopped halfway) gives the same bytes when it is asked for.

Small batches are drawn in this process: starting workers costs more than it
saves below a few dozen invoices.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from hubdesk.db import Database
from hubdesk.reports.invoices import invoice_pdf

#: Below this many invoices the PDFs are drawn in this process.
WORKERS_FROM = 40
#: Invoices a worker draws per task (and the caller stores per write).
CHUNK = 25

_database: Database | None = None


def _open(url: str) -> None:
    global _database
    _database = Database.open(url, create=False)


def _draw(invoice_ids: Sequence[int]) -> list[tuple[int, bytes]]:
    assert _database is not None, "the worker opens the database first"
    with _database.read() as session:
        return [(i, invoice_pdf(session, i, use_stored=False)) for i in invoice_ids]


def draw_invoices(
    database: Database, invoice_ids: Sequence[int], *, workers: int | None = None
) -> Iterator[list[tuple[int, bytes]]]:
    """(invoice id, PDF) of each invoice, a chunk at a time, in order. The
    invoices must be committed (workers read them with connections of their
    own)."""
    ids = list(invoice_ids)
    chunks = [ids[n : n + CHUNK] for n in range(0, len(ids), CHUNK)]
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(ids) < WORKERS_FROM:
        for chunk in chunks:
            with database.read() as session:
                yield [(i, invoice_pdf(session, i, use_stored=False)) for i in chunk]
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=min(count, len(chunks)),
        mp_context=context,
        initializer=_open,
        initargs=(database.url,),
    ) as pool:
        yield from pool.map(_draw, chunks)
