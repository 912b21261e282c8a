"""The audit trail: one `audit_logs` row per API request, written off the request path.

Requests only put a small dict on a bounded queue; a daemon thread inserts them in
batches. When the queue is full the row is dropped and counted (an outage of the audit
table must not take the API down with it). `flush()` drains the queue: called at
shutdown and at the end of every Lambda invocation, before the sandbox is frozen.
"""

from __future__ import annotations

import atexit
import ipaddress
import logging
import os
import queue
import threading
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy import insert as sa_insert
from sqlalchemy.orm import Session

from shared.models import AuditLog, utcnow

QUEUE_SIZE = 10_000
BATCH_SIZE = 200
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
    """A bounded queue drained by one daemon thread that inserts rows in batches."""

    def __init__(self, maxsize: int = QUEUE_SIZE, batch_size: int = BATCH_SIZE):
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=maxsize)
        self._batch_size = batch_size
        self._thread: threading.Thread | None = None
        self._pid = 0
        self._start_lock = threading.Lock()

    def _ensure_thread(self) -> None:
        # After a fork (gunicorn) the parent's thread does not exist in the child.
        if self._thread is not None and self._thread.is_alive() and self._pid == os.getpid():
            return
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
                self._pid = os.getpid()
                self._thread = threading.Thread(target=self._run, name="chatbi-audit", daemon=True)
                self._thread.start()

    def submit(self, row: dict[str, Any]) -> bool:
        """Queue one row; never blocks. False when the row had to be dropped."""
        self._ensure_thread()
        try:
            self._queue.put_nowait(row)
            return True
        except queue.Full:
            from shared.observability.metrics import record_audit_dropped

            record_audit_dropped()
            return False

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            batch = [first]
            while len(batch) < self._batch_size:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                write_rows(batch)
            except Exception:  # noqa: BLE001 - keep the writer alive whatever the database does
                log.exception("could not write %d audit rows", len(batch))
            finally:
                for _ in batch:
                    self._queue.task_done()

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until every queued row is written (or `timeout_s` passes); True when drained."""
        if self._queue.unfinished_tasks == 0:
            return True
        if self._thread is None or not self._thread.is_alive():
            return False
        done = threading.Event()

        def _wait() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=_wait, daemon=True).start()
        return done.wait(timeout_s)


def write_rows(rows: list[dict[str, Any]]) -> None:
    """Insert audit rows in one statement (executemany)."""
    from shared.db import app_engine

    with app_engine().begin() as conn:
        conn.execute(sa_insert(AuditLog), rows)


@lru_cache(maxsize=1)
def audit_writer() -> AuditWriter:
    writer = AuditWriter()
    atexit.register(writer.flush)
    return writer


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
