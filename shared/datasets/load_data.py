"""Pass 2 on MySQL/MariaDB: the converted rows as tab-separated text through LOAD DATA LOCAL INFILE."""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from shared.datasets.infer import ARROW_TYPES
from shared.datasets.load_convert import ColumnStats, converted_batches, short_error
from shared.datasets.load_plan import PlannedColumn
from shared.datasets.source import TableSource
from shared.errors import ValidationFailed


class LocalInfileUnavailable(Exception):
    """The MySQL server or client does not allow LOAD DATA LOCAL INFILE."""


TSV_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


def tsv_lines(converted: list[Any], columns: list[PlannedColumn]) -> Any:
    """One batch as LOAD DATA text (tab-separated, backslash escapes, \\N for NULL), built in Arrow."""
    import pyarrow as pa  # lazy: heavy (pyarrow)
    import pyarrow.compute as pc  # lazy: heavy (pyarrow)

    cells = []
    for values, column in zip(converted, columns, strict=True):
        if isinstance(values, list):
            values = pa.array(values, pa.type_for_alias(ARROW_TYPES[column.type]))
        if pa.types.is_boolean(values.type):
            values = pc.cast(values, pa.int8())
        if not pa.types.is_string(values.type):
            values = pc.cast(values, pa.string())
        elif pc.any(pc.match_substring_regex(values, r"[\\\t\n\r]")).as_py():
            for char, escaped in TSV_ESCAPES:
                values = pc.replace_substring(values, char, escaped)
        cells.append(pc.fill_null(values, "\\N"))
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, "\t"), "\n", "")
    whole = pa.ListArray.from_arrays(pa.array([0, len(lines)], pa.int32()), lines)
    return pc.binary_join(whole, "")[0].as_buffer()


def load_data_rows(
    engine: Engine,
    source: TableSource,
    physical: str,
    columns: list[PlannedColumn],
    stats: list[ColumnStats] | None = None,
) -> int:
    """Pass 2 on MySQL/MariaDB: converted rows as tab-separated text, loaded by LOAD DATA LOCAL INFILE.

    The server parses the text in C, several times faster than executemany through PyMySQL.
    Where the OS has named pipes the rows stream through one (a helper thread writes while the
    server loads), so conversion and loading overlap and no temp file holds the table.
    Values were already validated and converted, so a warning from the server is an error.
    """
    quote = engine.dialect.identifier_preparer.quote
    with tempfile.TemporaryDirectory(prefix="chatbi-load-") as workdir:
        path = os.path.join(workdir, "rows.tsv")
        writer = TsvWriter(path, source, columns, stats)
        if hasattr(os, "mkfifo"):
            os.mkfifo(path, 0o600)
            writer.start()
        else:
            writer.run()
        names = ", ".join(quote(c.name) for c in columns)
        escaped_path = path.replace("\\", "\\\\").replace("'", "\\'")
        sql = (
            f"LOAD DATA LOCAL INFILE '{escaped_path}' INTO TABLE {quote(physical)} CHARACTER SET utf8mb4 "
            f"FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ({names})"
        )
        # The one connection with LOCAL INFILE on: to the operator's own workspace database (never a
        # user-supplied URL), opened for this statement only; every other engine has it off (db.py).
        loader = sa.create_engine(engine.url, connect_args={"local_infile": True}, poolclass=sa.pool.NullPool)
        try:
            with loader.begin() as conn:
                try:
                    loaded = conn.exec_driver_sql(sql).rowcount
                except sa.exc.DBAPIError as exc:
                    writer.finish(stop=True)  # a conversion error explains a refused load best
                    code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
                    if code in (1148, 2068, 3948, 3950):
                        raise LocalInfileUnavailable(str(exc.orig)) from exc
                    raise ValidationFailed(
                        f"{source.name}: the database refused the rows: {short_error(exc.orig)}"
                    ) from exc
                written = writer.finish()  # raises the writer's error: the transaction rolls back
                warning = conn.exec_driver_sql("SHOW WARNINGS LIMIT 1").first()
                if warning is not None:
                    raise ValidationFailed(f"{source.name}: the database refused a value: {warning[2]}")
        finally:
            writer.finish(stop=True, quiet=True)
            loader.dispose()
    if loaded != written:
        raise ValidationFailed(f"{source.name}: {written} rows were sent but {loaded} were stored")
    return written


class TsvWriter:
    """Writes pass 2's rows as LOAD DATA text to `path` (a named pipe or a plain file), maybe on a thread."""

    def __init__(
        self, path: str, source: TableSource, columns: list[PlannedColumn], stats: list[ColumnStats] | None
    ):
        self.path, self.source, self.columns, self.stats = path, source, columns, stats
        self.written = 0
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._guarded, name="chatbi-load-data", daemon=True)
        self.thread.start()

    def _guarded(self) -> None:
        try:
            self.run()
        except BrokenPipeError:
            pass  # the reader gave up; its own error is the one to report
        except BaseException as exc:  # re-raised by finish() on the loading thread
            self.error = exc

    def run(self) -> None:
        fd = self._open()
        if fd is None:
            return
        with os.fdopen(fd, "wb") as handle:
            for _, converted in converted_batches(self.source, self.columns, self.stats):
                if self.stop.is_set():
                    return
                handle.write(tsv_lines(converted, self.columns))
                self.written += len(converted[0])

    def _open(self) -> int | None:
        """The write end; a pipe opens only once the reader does, so wait for it (or for finish())."""
        if self.thread is None:
            return os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        while not self.stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
                self.stop.wait(0.005)
                continue
            os.set_blocking(fd, True)
            return fd
        return None

    def finish(self, stop: bool = False, quiet: bool = False) -> int:
        """Wait for the writer (told to `stop` first when the load failed); re-raise its error unless `quiet`.

        Returns the rows written.
        """
        if self.thread is not None:
            if stop:
                self.stop.set()
            self.thread.join()
        if self.error is not None and not quiet:
            error, self.error = self.error, None
            raise error
        return self.written
