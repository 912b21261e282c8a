"""Datasource use cases: what the /api/v1/datasources handlers and the ask pipeline call.

Access rule, everywhere: a user sees a datasource they own or that is shared with them
(by username or by role); anything else is 404, never 403, and never listed. Grantees are
read-only: changing a datasource is for its owner (or an admin).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from shared.datasets import storage
from shared.datasets.load_plan import LoadedTable, drop_tables
from shared.errors import BadRequest, Forbidden, NotFound, PayloadTooLarge, ValidationFailed
from shared.identity.auth import require_role
from shared.identity.ratelimit import enforce_quota
from shared.identity.security import decrypt_secret, encrypt_secret
from shared.semantic.schema import Column, ColumnProfile, ForeignKey, Schema, SemanticLayer, Table
from shared.settings import cached_factory, get_settings
from shared.storage.cache import CacheUnavailable, get_cache
from shared.storage.db import workspace_engine
from shared.storage.models import Datasource, DatasourceShare, DatasourceTable, Message, User

log = logging.getLogger("chatbi.datasets")
COPY_CHUNK = 1024 * 1024
SCHEMA_CACHE_TTL_S = 24 * 3600
PREVIEW_MAX_ROWS = 1000
SAFE_FILENAME_RE = re.compile(r"[^\w.\-]+", re.UNICODE)


# ------------------------------------------------------------------ access


def _visible_filter(user: User) -> Any:
    shared_ids = select(DatasourceShare.datasource_id).where(
        or_(DatasourceShare.grantee_user_id == user.id, DatasourceShare.grantee_role == user.role)
    )
    return or_(Datasource.owner_id == user.id, Datasource.id.in_(shared_ids))


def get_visible(session: Session, user: User, datasource_id: int) -> Datasource:
    """The datasource if the user owns it or it is shared with them; else NotFound."""
    datasource = session.scalar(
        select(Datasource).where(Datasource.id == datasource_id, _visible_filter(user))
    )
    if datasource is None:
        raise NotFound(f"Datasource {datasource_id} not found")
    return datasource


def visible_ids(session: Session, user: User, datasource_ids: set[int]) -> set[int]:
    """Which of these datasources the user may read."""
    if not datasource_ids:
        return set()
    rows = session.scalars(
        select(Datasource.id).where(Datasource.id.in_(datasource_ids), _visible_filter(user))
    )
    return set(rows)


def get_owned(session: Session, user: User, datasource_id: int) -> Datasource:
    """The datasource if the user may change it (owner or admin); grantees get Forbidden (read-only)."""
    datasource = get_visible(session, user, datasource_id)
    if datasource.owner_id != user.id and user.role != "admin":
        raise Forbidden(
            f"Datasource {datasource_id} is shared with you read-only; only its owner can change it"
        )
    return datasource


# ------------------------------------------------------------------ serialisation


def summarize(datasource: Datasource, user: User | None = None) -> dict[str, Any]:
    """The API view of a datasource (never the connection URL)."""
    return {
        "id": datasource.id,
        "name": datasource.name,
        "kind": datasource.kind,
        "dialect": datasource.dialect,
        "owner_id": datasource.owner_id,
        "shared": user is not None and datasource.owner_id != user.id,
        "file_name": datasource.file_name,
        "file_size": datasource.file_size,
        "data_version": datasource.data_version,
        "created_at": datasource.created_at.isoformat() if datasource.created_at else None,
        "updated_at": datasource.updated_at.isoformat() if datasource.updated_at else None,
        "tables": [
            {
                "name": t.name,
                "row_count": t.row_count,
                "columns": [
                    {"name": c["name"], "type": c["type"], "nullable": c.get("nullable", True)}
                    for c in t.columns
                ],
            }
            for t in datasource.tables
        ],
    }


def schema_of(datasource: Datasource) -> Schema:
    """The stored schema + profiles of a datasource (computed at upload / connect / refresh)."""
    tables = []
    for row in datasource.tables:
        columns = [
            Column(
                name=c["name"],
                type=c["type"],
                nullable=c.get("nullable", True),
                profile=ColumnProfile(**c["profile"]) if c.get("profile") else None,
            )
            for c in row.columns
        ]
        tables.append(
            Table(
                name=row.name,
                columns=columns,
                row_count=row.row_count,
                foreign_keys=[ForeignKey(**fk) for fk in row.foreign_keys or []],
                primary_key=list((row.profile or {}).get("primary_key") or []),
            )
        )
    return Schema(tables=tables, dialect=datasource.dialect)


def _table_rows(
    schema: Schema, physical: dict[str, str], extra_keys: dict[str, LoadedTable]
) -> list[DatasourceTable]:
    """DatasourceTable rows from a profiled schema, keys from the source file where it had them."""
    rows = []
    for position, table in enumerate(schema.tables):
        loaded = extra_keys.get(table.name)
        primary_key = table.primary_key or (loaded.primary_key if loaded else [])
        foreign_keys = [vars(fk) for fk in table.foreign_keys] or (loaded.foreign_keys if loaded else [])
        # The loader's inferred type and nullability beat reflection (MySQL BOOL reflects as TINYINT).
        inferred = {c["name"]: c for c in loaded.columns} if loaded else {}
        rows.append(
            DatasourceTable(
                position=position,
                name=table.name,
                physical_name=physical[table.name],
                row_count=table.row_count,
                columns=[
                    {
                        "name": c.name,
                        "type": inferred.get(c.name, {}).get("type", c.type),
                        "nullable": bool(inferred.get(c.name, {}).get("nullable", c.nullable))
                        or bool(c.profile and c.profile.null_share > 0),
                        "profile": vars(c.profile) if c.profile else None,
                    }
                    for c in table.columns
                ],
                foreign_keys=foreign_keys,
                profile={"primary_key": primary_key},
            )
        )
    return rows


def _store_relationships(datasource: Datasource, engine: Engine, physical: dict[str, str]) -> None:
    """Declared and data-confirmed inferred relationships, kept in the semantic layer with the data.

    A person's own ("manual") relationships survive a refresh; derived ones are recomputed.
    """
    from shared.semantic.relationships import containment_check, derive  # lazy: cold start

    layer = SemanticLayer.from_dict(datasource.semantic)
    manual = [r for r in layer.relationships or [] if r.source == "manual"]
    if len(datasource.tables) < 2 and not manual:
        return
    derived = derive(schema_of(datasource), containment_check(engine, physical))
    layer.relationships = manual + [
        r
        for r in derived
        if not any((m.from_table, m.from_columns) == (r.from_table, r.from_columns) for m in manual)
    ]
    # Only the layer's keys change: the semantic model's entries kept alongside stay as they are.
    datasource.semantic = {**(datasource.semantic or {}), **layer.to_dict()}


# ------------------------------------------------------------------ uploads


def _spool(fileobj: IO[bytes], filename: str) -> Path:
    """Copy an upload stream to a temp file, refusing it (413) as soon as it passes MAX_UPLOAD_MB."""
    settings = get_settings()
    limit = settings.max_upload_mb * 1024 * 1024
    tmp_dir = settings.chatbi_data_dir / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=tmp_dir, suffix=Path(filename).suffix.lower())
    path = Path(name)
    size = 0
    try:
        with open(fd, "wb") as handle:
            while chunk := fileobj.read(COPY_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(
                        f"{filename} is larger than the {settings.max_upload_mb} MB upload limit"
                    )
                handle.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _safe_filename(filename: str) -> str:
    name = SAFE_FILENAME_RE.sub("_", Path(filename).name).strip("._") or "upload"
    return name[-128:]


def _workspace() -> Engine:
    return workspace_engine()


def _new_prefix() -> str:
    return f"ds_{secrets.token_hex(6)}"


def _load_file(path: Path, filename: str, prefix: str, first_n: int) -> tuple[list[LoadedTable], Schema]:
    """Read, load and profile a file's tables; on failure nothing stays in the workspace."""
    from shared.datasets.formats import open_tables  # lazy: cold start
    from shared.datasets.loader import drop_tables, load_tables  # lazy: cold start
    from shared.datasets.profiling import build_schema  # lazy: cold start

    engine = _workspace()
    sources = open_tables(path, filename)
    physical = [f"{prefix}_{first_n + i}" for i in range(len(sources))]
    loaded = load_tables(engine, sources, physical)
    try:
        schema = build_schema(
            engine, {t.name: t.physical_name for t in loaded}, known={t.name: t.stats for t in loaded}
        )
    except BaseException:
        drop_tables(engine, physical)
        raise
    return loaded, schema


def _receive(user: User, fileobj: IO[bytes], filename: str | None) -> tuple[str, Path]:
    """Check the name and the user's upload quota, then spool the upload to a temp file."""
    from shared.datasets.formats import extension_format  # lazy: cold start

    filename = (filename or "").strip()
    if not filename:
        raise BadRequest("The upload has no file name; send the file as multipart field 'file'")
    extension_format(filename)
    enforce_quota(user.id, "upload")
    return filename, _spool(fileobj, filename)


def upload_dataset(
    session: Session, user: User, fileobj: IO[bytes], filename: str | None, name: str | None = None
) -> dict[str, Any]:
    """Upload a file as a new datasource: every table loaded, profiled, the raw file kept."""
    filename, path = _receive(user, fileobj, filename)
    prefix = _new_prefix()
    stored_key: str | None = None
    loaded: list[LoadedTable] = []
    try:
        loaded, schema = _load_file(path, filename, prefix, 1)
        stored_key = storage.store_file(path, f"{prefix}/{_safe_filename(filename)}")
        datasource = Datasource(
            owner_id=user.id,
            name=(name or "").strip()[:255] or Path(filename).stem[:255] or filename[:255],
            kind="file",
            dialect=schema.dialect,
            table_prefix=prefix,
            file_name=filename[:255],
            file_key=stored_key,
            file_size=path.stat().st_size,
            data_version=1,
        )
        datasource.tables = _table_rows(
            schema, {t.name: t.physical_name for t in loaded}, {t.name: t for t in loaded}
        )
        _store_relationships(datasource, _workspace(), {t.name: t.physical_name for t in loaded})
        _build_semantic(datasource, schema)
        session.add(datasource)
        # Durable before returning: the tables just created in the workspace must be owned by a
        # committed row, or a failed commit drops them below (nothing half-done either way).
        session.commit()
    except BaseException:
        session.rollback()
        if loaded:
            drop_tables(_workspace(), [t.physical_name for t in loaded])
        storage.delete_file(stored_key)
        raise
    finally:
        size = path.stat().st_size if path.exists() else 0
        path.unlink(missing_ok=True)
    _count_upload(loaded, size)
    return summarize(datasource, user)


def _count_upload(loaded: list[LoadedTable], size: int) -> None:
    """The upload metrics (chatbi_uploads, _rows, _bytes): one imported file."""
    from shared.telemetry.metrics import record_upload  # lazy: cold start

    record_upload(sum(t.row_count for t in loaded), size)


def reupload_dataset(
    session: Session, user: User, datasource_id: int, fileobj: IO[bytes], filename: str | None, mode: str
) -> dict[str, Any]:
    """Next month's export: `replace` swaps in the new file's tables, `append` adds its rows."""
    datasource = get_owned(session, user, datasource_id)
    if datasource.kind != "file":
        raise BadRequest("Only uploaded datasources can be re-uploaded; refresh a connected database instead")
    if mode not in ("replace", "append"):
        raise ValidationFailed("mode must be 'replace' or 'append'")
    filename, path = _receive(user, fileobj, filename)
    rows_before = sum(t.row_count for t in datasource.tables)
    try:
        if mode == "replace":
            _replace(session, datasource, path, filename)
        else:
            _append(session, datasource, path, filename)
        size = path.stat().st_size
    finally:
        path.unlink(missing_ok=True)
    rows = sum(t.row_count for t in datasource.tables) - (rows_before if mode == "append" else 0)
    _count_upload([LoadedTable("", "", max(rows, 0), [])], size)
    _forget_schema(datasource)
    return summarize(datasource, user)


def _next_table_number(datasource: Datasource) -> int:
    numbers = [
        int(t.physical_name.rsplit("_", 1)[1]) for t in datasource.tables if t.physical_name[-1:].isdigit()
    ]
    return max(numbers, default=0) + 1


def _replace(session: Session, datasource: Datasource, path: Path, filename: str) -> None:
    prefix = datasource.table_prefix or _new_prefix()
    n = _next_table_number(datasource)
    loaded, schema = _load_file(path, filename, prefix, n)
    stored_key: str | None = None
    old_tables = [t.physical_name for t in datasource.tables]
    old_key = datasource.file_key
    try:
        stored_key = storage.store_file(
            path, f"{prefix}/v{datasource.data_version + 1}/{_safe_filename(filename)}"
        )
        datasource.tables.clear()
        session.flush()
        datasource.tables.extend(
            _table_rows(schema, {t.name: t.physical_name for t in loaded}, {t.name: t for t in loaded})
        )
        datasource.file_name, datasource.file_key = filename[:255], stored_key
        datasource.file_size = path.stat().st_size
        datasource.data_version += 1
        _store_relationships(datasource, _workspace(), {t.name: t.physical_name for t in loaded})
        _build_semantic(datasource, schema)
        # Durable before the old tables are dropped below: readers never see rows naming gone tables.
        session.commit()
    except BaseException:
        session.rollback()
        drop_tables(_workspace(), [t.physical_name for t in loaded])
        storage.delete_file(stored_key)
        raise
    drop_tables(_workspace(), old_tables)
    storage.delete_file(old_key)


def _append(session: Session, datasource: Datasource, path: Path, filename: str) -> None:
    from shared.datasets.formats import open_tables  # lazy: cold start
    from shared.datasets.loader import append_rows  # lazy: cold start

    sources = open_tables(path, filename)
    tables = list(datasource.tables)
    if len(sources) == 1 and len(tables) == 1:
        pairs = [(sources[0], tables[0])]
    else:
        by_name = {t.name.lower(): t for t in tables}
        unknown = [s.name for s in sources if s.name.lower() not in by_name]
        if unknown:
            raise ValidationFailed(
                f"{filename}: no table named {', '.join(repr(u) for u in unknown)} in this datasource "
                f"(tables: {', '.join(t.name for t in tables)})"
            )
        pairs = [(s, by_name[s.name.lower()]) for s in sources]
    engine = _workspace()
    for source, table in pairs:
        append_rows(engine, source, table.physical_name, table.columns)
    _reprofile(session, datasource)
    stored_key = storage.store_file(
        path, f"{datasource.table_prefix}/append-{secrets.token_hex(4)}-{_safe_filename(filename)}"
    )
    datasource.file_key = stored_key
    # Durable now: the rows were appended to the workspace outside this transaction.
    session.commit()


def _reprofile(session: Session, datasource: Datasource) -> None:
    """Recompute the schema and profiles of a datasource's tables from the data itself."""
    from shared.datasets.profiling import build_schema  # lazy: cold start

    keys = {
        t.name: LoadedTable(
            t.name,
            t.physical_name,
            t.row_count,
            t.columns,
            list((t.profile or {}).get("primary_key") or []),
            list(t.foreign_keys or []),
        )
        for t in datasource.tables
        if datasource.kind == "file"
    }
    physical = {t.name: t.physical_name for t in datasource.tables}
    if datasource.kind == "file":
        schema = build_schema(_workspace(), physical)
    else:
        engine, _ = data_engine_for(datasource)
        schema = build_schema(engine, None, datasource.dialect)
        physical = {t.name: t.name for t in schema.tables}
    datasource.tables.clear()
    session.flush()
    datasource.tables.extend(_table_rows(schema, physical, keys))
    _store_relationships(datasource, _workspace() if datasource.kind == "file" else engine, physical)
    datasource.data_version += 1
    _build_semantic(datasource, schema)


def _build_semantic(datasource: Datasource, schema: Schema) -> None:
    """The semantic model for this data version, built from the schema and profiles; the person's
    semantic layer and the entries they set are kept (shared/semantic/builder.py)."""
    from shared.semantic.builder import build_model  # lazy: cold start
    from shared.semantic.model import InvalidModel, SemanticModel  # lazy: cold start

    try:
        previous = SemanticModel.from_dict(datasource.semantic)
    except InvalidModel:
        previous = SemanticModel(layer=SemanticLayer.from_dict(datasource.semantic))
    datasource.semantic = build_model(schema, previous, datasource.data_version).to_dict()


# ------------------------------------------------------------------ connected databases


def connect_database(session: Session, user: User, name: str, url: str) -> dict[str, Any]:
    """Register a database by SQLAlchemy URL: tested, introspected, credentials encrypted at rest."""
    from shared.datasets.connect import readonly_engine, test_connection  # lazy: cold start
    from shared.datasets.profiling import build_schema, sqlglot_dialect  # lazy: cold start

    require_role(user, "analyst")
    name = (name or "").strip()
    if not name:
        raise ValidationFailed("name must not be empty")
    parsed = test_connection(url)
    raw = parsed.render_as_string(hide_password=False)
    engine = readonly_engine(raw)
    try:
        schema = build_schema(engine, None)
    except sa.exc.DBAPIError as exc:
        raise ValidationFailed(
            f"Connected, but could not read the schema: {str(exc.orig).splitlines()[0]}"
        ) from exc
    datasource = Datasource(
        owner_id=user.id,
        name=name[:255],
        kind="database",
        dialect=sqlglot_dialect(engine),
        url_encrypted=encrypt_secret(raw),
        data_version=1,
    )
    datasource.tables = _table_rows(schema, {t.name: t.name for t in schema.tables}, {})
    _store_relationships(datasource, engine, {t.name: t.name for t in schema.tables})
    _build_semantic(datasource, schema)
    session.add(datasource)
    session.flush()  # committed with the request's unit of work, before the response
    return summarize(datasource, user)


def refresh_datasource(session: Session, user: User, datasource_id: int) -> dict[str, Any]:
    """Re-read the schema and profiles (a connected database's tables may have changed)."""
    datasource = get_owned(session, user, datasource_id)
    _reprofile(session, datasource)
    # Durable before the cached schema is dropped, so no reader re-caches the old profiles.
    session.commit()
    _forget_schema(datasource)
    return summarize(datasource, user)


# ------------------------------------------------------------------ read


def list_datasources(session: Session, user: User, offset: int = 0, limit: int = 50) -> dict[str, Any]:
    """A page of the datasources the user owns or may read, oldest first."""
    visible = _visible_filter(user)
    total = session.scalar(select(sa.func.count()).select_from(Datasource).where(visible)) or 0
    items = session.scalars(
        select(Datasource).where(visible).order_by(Datasource.id).offset(offset).limit(limit)
    ).all()
    return {"items": [summarize(d, user) for d in items], "total": total, "offset": offset, "limit": limit}


def get_datasource(session: Session, user: User, datasource_id: int) -> dict[str, Any]:
    return summarize(get_visible(session, user, datasource_id), user)


def data_identity(datasource: Datasource) -> str:
    """Which data a datasource holds: id, data version and what makes this datasource row unique
    (its random table prefix, else its creation time), so a reset database whose new datasource 1
    is again at version 1 never matches the old one's cached schema or answers."""
    stamp = datasource.table_prefix or (datasource.created_at.isoformat() if datasource.created_at else "")
    return f"{datasource.id}:{datasource.data_version}:{stamp}"


def _schema_key(datasource: Datasource) -> str:
    return f"schema:{data_identity(datasource)}"


def _forget_schema(datasource: Datasource) -> None:
    _local_schemas().pop(_schema_key(datasource), None)
    with contextlib.suppress(CacheUnavailable):
        get_cache().delete(_schema_key(datasource))


LOCAL_SCHEMAS_MAX = 64


@cached_factory
def _local_schemas() -> OrderedDict[str, Schema]:
    """Parsed schemas of this process, keyed like the shared cache (id + data_version): decoding
    a profiled schema from JSON on every question costs more than answering it."""
    return OrderedDict()


def cached_schema(datasource: Datasource) -> Schema:
    """The stored schema through the caches (keyed by data_version, so a new upload is never stale)."""
    key = _schema_key(datasource)
    local = _local_schemas()
    if key in local:
        return local[key]
    schema = local[key] = _shared_cached_schema(datasource, key)
    while len(local) > LOCAL_SCHEMAS_MAX:
        local.popitem(last=False)
    return schema


def _shared_cached_schema(datasource: Datasource, key: str) -> Schema:
    cache = get_cache()
    try:
        hit = cache.get(key)
    except CacheUnavailable:
        hit = None
    if hit is not None:
        return Schema.from_dict(json.loads(hit))
    schema = schema_of(datasource)
    with contextlib.suppress(CacheUnavailable):
        cache.set(key, json.dumps(schema.to_dict(), ensure_ascii=False).encode(), SCHEMA_CACHE_TTL_S)
    return schema


def get_schema(session: Session, user: User, datasource_id: int) -> dict[str, Any]:
    datasource = get_visible(session, user, datasource_id)
    return {"datasource_id": datasource.id, **cached_schema(datasource).to_dict()}


def load_context(
    session: Session, user: User, datasource_id: int
) -> tuple[Datasource, Schema, SemanticLayer]:
    """What the ask pipeline needs: the datasource (access-checked), its schema and semantic layer."""
    from shared.datasets.semantic import for_dialect  # lazy: cold start

    datasource = get_visible(session, user, datasource_id)
    schema = cached_schema(datasource)
    return datasource, schema, for_dialect(SemanticLayer.from_dict(datasource.semantic), schema.dialect)


def data_engine_for(datasource: Datasource) -> tuple[Engine, dict[str, str]]:
    """A READ-ONLY engine over the datasource's data, and its logical -> physical table map."""
    from shared.datasets.connect import readonly_engine  # lazy: cold start

    table_map = {t.name: t.physical_name for t in datasource.tables}
    if datasource.kind == "database":
        return readonly_engine(decrypt_secret(datasource.url_encrypted or "")), table_map
    settings = get_settings()
    url = settings.data_database_url
    if url.startswith(("mysql", "mariadb")) and settings.readonly_database_url:
        url = settings.readonly_database_url
    return readonly_engine(url), table_map


def preview(
    session: Session, user: User, datasource_id: int, table: str | None, limit: int
) -> dict[str, Any]:
    """The first rows of one table (default: the first), read-only."""
    from shared.datasets.profiling import json_value  # lazy: cold start

    datasource = get_visible(session, user, datasource_id)
    if not datasource.tables:
        raise NotFound(f"Datasource {datasource_id} has no tables")
    chosen = datasource.tables[0]
    if table:
        matches = [t for t in datasource.tables if t.name == table] or [
            t for t in datasource.tables if t.name.lower() == table.lower()
        ]
        if not matches:
            names = ", ".join(t.name for t in datasource.tables)
            raise NotFound(f"No table '{table}' in datasource {datasource_id} (tables: {names})")
        chosen = matches[0]
    limit = max(1, min(int(limit), PREVIEW_MAX_ROWS))
    engine, _ = data_engine_for(datasource)
    quote = engine.dialect.identifier_preparer.quote
    columns = [c["name"] for c in chosen.columns]
    select_list = ", ".join(quote(c) for c in columns)
    sql = f"SELECT {select_list} FROM {quote(chosen.physical_name)} LIMIT {limit}"
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(sql).all()
    return {
        "table": chosen.name,
        "columns": columns,
        "rows": [[json_value(v) for v in row] for row in rows],
        "row_count": chosen.row_count,
    }


# ------------------------------------------------------------------ delete


def delete_datasource(session: Session, user: User, datasource_id: int) -> None:
    """Remove a datasource: its physical tables (uploads), its stored files, its rows."""
    datasource = get_owned(session, user, datasource_id)
    physical = [t.physical_name for t in datasource.tables] if datasource.kind == "file" else []
    prefix = datasource.table_prefix
    file_key = datasource.file_key
    _forget_schema(datasource)
    forget_snapshots(session, datasource.id)
    session.delete(datasource)
    # Durable before its tables and files go: no committed row ever names a dropped table.
    session.commit()
    if physical:
        drop_tables(_workspace(), physical)
    storage.delete_file(file_key)
    if prefix:
        storage.delete_prefix(prefix)


DELETED_NOTICE = "The datasource of this answer was deleted; its data is no longer kept."


def forget_snapshots(session: Session, datasource_id: int) -> None:
    """Every message on the datasource, whoever asked it, loses its row snapshot and summary."""
    session.execute(
        sa.update(Message)
        .where(Message.datasource_id == datasource_id)
        .values(result=None, summary=None, message=DELETED_NOTICE)
        .execution_options(synchronize_session=False)
    )


# ------------------------------------------------------------------ erasure


class ErasedData:
    """What deleting a user's datasources leaves to remove once the deletion is committed."""

    def __init__(self, datasources: list[Datasource]):
        self.datasource_count = len(datasources)
        self.tables = [t.physical_name for d in datasources if d.kind == "file" for t in d.tables]
        self.file_keys = [d.file_key for d in datasources if d.file_key]
        self.prefixes = [d.table_prefix for d in datasources if d.table_prefix]
        self.schema_keys = [_schema_key(d) for d in datasources]

    def describe(self) -> str:
        return (
            f"{self.datasource_count} datasources, {len(self.tables)} workspace tables, "
            f"{len(self.prefixes)} upload folders"
        )

    def purge(self) -> None:
        """Drop the tables and stored files (after the commit: a failure leaves only orphans,
        which `chatbi cleanup` removes, never a datasource without its data)."""
        for key in self.schema_keys:
            _local_schemas().pop(key, None)
            with contextlib.suppress(CacheUnavailable):
                get_cache().delete(key)
        if self.tables:
            drop_tables(_workspace(), self.tables)
        for file_key in self.file_keys:
            storage.delete_file(file_key)
        for prefix in self.prefixes:
            storage.delete_prefix(prefix)


def delete_datasources_of(session: Session, owner_id: int) -> ErasedData:
    """Delete every datasource a user owns (rows now; tables and files by `ErasedData.purge`)."""
    datasources = list(session.scalars(select(Datasource).where(Datasource.owner_id == owner_id)).all())
    erased = ErasedData(datasources)
    for datasource in datasources:
        session.delete(datasource)
    session.flush()
    return erased
