"""The audit trail: one `audit_logs` row per API request, written off the request path.

Requests only put a small dict on a bounded queue; a daemon thread inserts them in
batches, retrying while the database is down. Only when the queue is full is a row dropped
and counted (an outage of the audit table must not take the API down with it). `flush()`
drains the queue: called at shutdown and at the end of every Lambda invocation, before the
sandbox is frozen.
"""

from __future__ import annotations

import atexit
import ipaddress
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy import insert as sa_insert
from sqlalchemy.orm import Session

from shared.settings import get_settings
from shared.storage.db import app_engine
from shared.storage.models import AuditLog, utcnow

QUEUE_SIZE = 50_000  # ~300 bytes a row: 15 MB held at most while the database is down
BATCH_SIZE = 200
RETRY_MIN_S = 0.5
RETRY_MAX_S = 30.0
log = logging.getLogger("chatbi.audit")

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=16)
def _parse_networks(spec: str) -> tuple[_Network, ...]:
    networks: list[_Network] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            log.warning("TRUSTED_PROXIES entry %r is not an address or network; ignored", part)
    return tuple(networks)


def _is_trusted(address: str, networks: Iterable[_Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in networks)


def resolve_client_ip(peer: str | None, forwarded_for: str | None, trusted_proxies: str) -> str | None:
    """The caller's address. X-Forwarded-For counts only when the direct peer is a trusted proxy;
    then the right-most hop that is not itself a trusted proxy is the client (left-most entries
    are whatever the client chose to send)."""
    networks = _parse_networks(trusted_proxies)
    if not peer or not forwarded_for or not _is_trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            return hop[:64]
    return hops[0][:64] if hops else peer


class AuditWriter:
    """A bounded queue drained by one daemon thread that inserts rows in batches.

    When the database is down the batch is kept and retried with backoff (0.5 s doubling to
    30 s) while new rows wait in the queue: an outage delays audit rows, it does not lose them.
    Only a queue full for the whole outage (QUEUE_SIZE rows) drops rows, and counts them.
    """

    def __init__(self, maxsize: int = QUEUE_SIZE, batch_size: int = BATCH_SIZE):
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=maxsize)
        self._batch_size = batch_size
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._start_lock = threading.Lock()
        self._failing = threading.Event()  # the last write failed; retrying
        self._wake = threading.Event()  # cut a retry wait short (discard)
        self._generation = 0  # bumped by discard(): a batch being retried is abandoned
        self._in_hand: list[dict[str, Any]] = []
        self._hand_lock = threading.Lock()  # held while the batch in hand is written, and while it is spooled

    def _ensure_thread(self) -> None:
        # After a fork (gunicorn) the parent's thread does not exist in the child.
        if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
            return
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
                self._pid = os.getpid()
                self._thread = threading.Thread(target=self._run, name="chatbi-audit", daemon=True)
                self._thread.start()

    @property
    def failing(self) -> bool:
        return self._failing.is_set()

    @property
    def pending(self) -> int:
        return int(self._queue.unfinished_tasks)

    def submit(self, row: dict[str, Any]) -> bool:
        """Queue one row; never blocks. False when the row had to be dropped."""
        self._ensure_thread()
        try:
            self._queue.put_nowait(row)
            return True
        except queue.Full:
            if spill_rows([row]):
                return True
            from shared.telemetry.metrics import record_audit_dropped  # lazy: cold start

            record_audit_dropped()
            return False

    def _take_batch(self) -> list[dict[str, Any]]:
        batch = [self._queue.get()]
        while len(batch) < self._batch_size:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        return batch

    def _run(self) -> None:
        while True:
            batch = self._take_batch()
            self._in_hand = batch
            try:
                self._write_until_done(batch)
            finally:
                self._in_hand = []
                for _ in batch:
                    self._queue.task_done()

    def _write_until_done(self, batch: list[dict[str, Any]]) -> None:
        generation = self._generation
        delay = RETRY_MIN_S
        while True:
            # shutdown() spools the batch in hand under this lock: a batch is written or spooled, never both
            with self._hand_lock:
                if generation != self._generation:
                    return  # spooled by shutdown() or dropped by discard()
                try:
                    write_rows(batch)
                    self._in_hand = []
                    error = None
                except Exception as exc:  # noqa: BLE001 - keep the writer alive whatever the database does
                    error = exc
            if error is None:
                break
            if not self._failing.is_set():
                log.warning("audit rows not written (%s: %s); retrying", type(error).__name__, error)
            self._failing.set()
            self._wake.wait(delay)
            self._wake.clear()
            delay = min(delay * 2, RETRY_MAX_S)
        if self._failing.is_set():
            log.info("audit rows written again after a database outage")
        self._failing.clear()
        replay_spilled()

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until every queued row is written (or `timeout_s` passes, or the database is down:
        nobody waits on an outage); True when drained.

        Starts no thread (Python 3.12 refuses new threads at interpreter shutdown, when the
        atexit flush runs): it waits on the queue's own condition, and when the writer thread
        is gone (after a fork, at exit) it writes the remaining rows itself."""
        if self._queue.unfinished_tasks == 0:
            return True
        if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
            self._drain_here()
            return self._queue.unfinished_tasks == 0
        deadline = time.monotonic() + timeout_s
        done = self._queue.all_tasks_done
        with done:
            while self._queue.unfinished_tasks and not self._failing.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                done.wait(min(remaining, 0.05))
            return self._queue.unfinished_tasks == 0

    def _drain_here(self) -> None:
        """Write what is queued from the calling thread (no writer thread to do it)."""
        while True:
            batch: list[dict[str, Any]] = []
            while len(batch) < self._batch_size:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if not batch:
                return
            try:
                write_rows(batch)
            except Exception:  # noqa: BLE001 - no thread left to retry: keep them in the spool
                if not spill_rows(batch):
                    log.exception("could not write or spool %d audit rows", len(batch))
            finally:
                for _ in batch:
                    self._queue.task_done()

    def shutdown(self, timeout_s: float = 5.0) -> int:
        """At exit: write what can be written; what the database cannot take now goes to the spool
        file (written on the next successful write, by this or the next process). Returns rows spilled."""
        if self.flush(timeout_s) or self._queue.unfinished_tasks == 0:
            return 0
        held = self._hand_lock.acquire(timeout=timeout_s)  # a write in flight ends first (written or not)
        try:
            rows, self._in_hand = list(self._in_hand), []
            while True:
                try:
                    rows.append(self._queue.get_nowait())
                except queue.Empty:
                    break
                self._queue.task_done()
            self._generation += 1  # the batch in hand is in the spool now
        finally:
            if held:
                self._hand_lock.release()
        self._wake.set()
        return len(rows) if spill_rows(rows) else 0

    def discard(self) -> int:
        """Forget every row not written yet (tests switching databases); returns how many."""
        dropped = 0
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
            self._queue.task_done()
            dropped += 1
        self._generation += 1
        self._wake.set()
        return dropped


def write_rows(rows: list[dict[str, Any]]) -> None:
    """Insert audit rows in one statement (executemany)."""
    with app_engine().begin() as conn:
        conn.execute(sa_insert(AuditLog), rows)


@lru_cache(maxsize=1)
def audit_writer() -> AuditWriter:
    writer = AuditWriter()
    atexit.register(writer.shutdown)
    return writer


SPOOL_DIR = "audit-spool"
_spool_lock = threading.Lock()


def _spool_path() -> Any:
    return get_settings().chatbi_data_dir / SPOOL_DIR


def spill_rows(rows: list[dict[str, Any]]) -> bool:
    """Append rows the database cannot take now to this process's spool file (JSON lines)."""
    if not rows:
        return True
    try:
        folder = _spool_path()
        folder.mkdir(parents=True, exist_ok=True)
        with _spool_lock, (folder / f"{os.getpid()}.jsonl").open("a", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps({**row, "created_at": row["created_at"].isoformat()}) + "\n")
    except Exception:  # noqa: BLE001 - a full disk must not take requests down
        log.exception("could not spool %d audit rows", len(rows))
        return False
    return True


def replay_spilled() -> int:
    """Write spooled rows (a previous outage or process) and remove their files; returns rows written."""
    folder = _spool_path()
    if not folder.is_dir():
        return 0
    written = 0
    for path in sorted(folder.glob("*.jsonl")):
        claimed = path.with_suffix(f".replaying-{os.getpid()}")
        try:
            path.rename(claimed)  # one process replays a file
        except OSError:
            continue
        rows = [json.loads(line) for line in claimed.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:
            row["created_at"] = datetime.fromisoformat(row["created_at"])
        try:
            for start in range(0, len(rows), BATCH_SIZE):
                write_rows(rows[start : start + BATCH_SIZE])
        except Exception:  # noqa: BLE001 - back to the spool for the next attempt
            claimed.rename(path)
            return written
        claimed.unlink()
        written += len(rows)
    return written


def record_request(
    *,
    method: str,
    path: str,
    status: int,
    latency_ms: float,
    user_id: int | None,
    username: str | None,
    api_key_id: int | None,
    client_ip: str | None,
    request_id: str | None,
) -> None:
    """Queue the audit row of one API request."""
    audit_writer().submit(
        {
            "created_at": utcnow(),
            "method": method[:8],
            "path": path[:512],
            "status": status,
            "latency_ms": round(latency_ms, 3),
            "user_id": user_id,
            "username": username[:64] if username else None,
            "api_key_id": api_key_id,
            "client_ip": client_ip[:64] if client_ip else None,
            "request_id": request_id[:64] if request_id else None,
        }
    )


def flush(timeout_s: float = 5.0) -> bool:
    """Drain pending audit rows (shutdown, end of a Lambda invocation, tests)."""
    if not audit_writer.cache_info().currsize:
        return True
    return audit_writer().flush(timeout_s)


def shutdown(timeout_s: float = 5.0) -> int:
    """Flush at exit; rows the database cannot take are spooled to disk, not lost."""
    if not audit_writer.cache_info().currsize:
        return 0
    return audit_writer().shutdown(timeout_s)


def discard_pending() -> int:
    """Drop rows still waiting to be written (tests, between databases)."""
    if not audit_writer.cache_info().currsize:
        return 0
    return audit_writer().discard()


def query_audit_logs(
    session: Session,
    *,
    user_id: int | None = None,
    username: str | None = None,
    path_prefix: str | None = None,
    method: str | None = None,
    status: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[AuditLog], int]:
    """A page of audit rows, newest first, and how many rows match in total."""
    conditions: list[Any] = []
    if user_id is not None:
        conditions.append(AuditLog.user_id == user_id)
    if username:
        conditions.append(AuditLog.username == username)
    if path_prefix:
        escaped = path_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(AuditLog.path.like(escaped + "%", escape="\\"))
    if method:
        conditions.append(AuditLog.method == method.upper())
    if status is not None:
        conditions.append(AuditLog.status == status)
    if since is not None:
        conditions.append(AuditLog.created_at >= since)
    if until is not None:
        conditions.append(AuditLog.created_at < until)
    total = session.scalar(select(func.count()).select_from(AuditLog).where(*conditions)) or 0
    rows = session.scalars(
        select(AuditLog)
        .where(*conditions)
        .order_by(AuditLog.created_at.desc(), AuditLog.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    return list(rows), int(total)


def purge_audit_logs(session: Session, older_than: datetime) -> int:
    """Delete audit rows created before `older_than`; returns how many went."""
    result = session.execute(delete(AuditLog).where(AuditLog.created_at < older_than))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
