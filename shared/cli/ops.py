"""Operator commands `chatbi backup` and `chatbi restore`, registered by `shared.cli.main`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from shared.cli.common import load_settings
from shared.errors import ChatBIError


def register(app: typer.Typer) -> None:
    app.command("backup")(backup)
    app.command("restore")(restore)
    app.command("health")(health)


def backup() -> None:
    """Back up the app and dataset tables and the raw uploaded files (to BACKUP_BUCKET or BACKUP_DIR),
    then apply retention. A failure is alerted (ALERT_WEBHOOK_URL / ALERT_TOPIC_ARN) and exits 1."""
    from shared.ops.backup import run_scheduled_backup  # lazy: cold start

    load_settings()
    try:
        result = run_scheduled_backup()
    except ChatBIError as exc:
        typer.echo(f"Error: backup failed: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    except Exception as exc:  # noqa: BLE001 - already logged and alerted; one line for the operator
        typer.echo(f"Error: backup failed: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2))


def health(
    url: str | None = typer.Option(
        None,
        help="Probe a running server's /health (e.g. http://127.0.0.1:8000/health) instead of "
        "checking the database and Redis from this process.",
    ),
) -> None:
    """Check health once (cron / systemd timer every 5 minutes); alert and exit 1 when not healthy."""
    from shared.ops.health import probe_url, scheduled_health_check  # lazy: cold start

    load_settings()
    result = probe_url(url) if url else scheduled_health_check()
    typer.echo(json.dumps(result, ensure_ascii=False))
    if result.get("status") != "healthy":
        raise typer.Exit(1)


def restore(
    source: str = typer.Argument(..., help="A backup file (chatbi_*.jsonl.gz[.fernet]) or s3://bucket/key."),
    database_url: str | None = typer.Option(
        None, help="Target app database (default: DATABASE_URL or the embedded SQLite)."
    ),
    workspace_database_url: str | None = typer.Option(
        None,
        help="Target dataset database (default: --database-url when given, else WORKSPACE_DATABASE_URL, "
        "else the app database).",
    ),
    upload_dir: Path | None = typer.Option(
        None,
        help="Where the backed-up raw uploaded files go (default: UPLOAD_DIR or CHATBI_DATA_DIR/uploads).",
    ),
) -> None:
    """Restore a backup into an EMPTY database (blank: migrations are run for you).

    Every target is checked before anything is written: a refused restore changes nothing.
    Encrypted backups (.fernet) need the BACKUP_ENCRYPTION_KEY they were made with."""
    from shared.ops.restore import restore as restore_backup  # lazy: cold start

    load_settings()
    try:
        result = restore_backup(
            source, app_url=database_url, workspace_url=workspace_database_url, upload_dir=upload_dir
        )
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    for table in result.tables:
        typer.echo(f"{table.scope:9} {table.name:40} {table.rows:>10} rows")
    for key in result.files:
        typer.echo(f"file      {key}")
    for key in result.external_files:
        typer.echo(f"in S3     {key} (not copied: it stays in its bucket)")
    typer.echo(f"Restored {len(result.tables)} tables and {len(result.files)} files from {source}.")
