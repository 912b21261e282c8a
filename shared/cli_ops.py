"""Operator commands `chatbi backup` and `chatbi restore`, registered by `shared.cli`."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    app.command("backup")(backup)
    app.command("restore")(restore)


def backup() -> None:
    """Back up the app and dataset tables (to BACKUP_BUCKET or BACKUP_DIR), then apply retention."""
    from shared.backup import create_backup
    from shared.errors import ChatBIError

    try:
        result = create_backup()
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))


def restore(
    source: str = typer.Argument(..., help="A backup file (chatbi_*.jsonl.gz) or s3://bucket/key."),
    database_url: str | None = typer.Option(
        None, help="Target app database (default: DATABASE_URL or the embedded SQLite)."
    ),
    workspace_database_url: str | None = typer.Option(
        None, help="Target dataset database (default: WORKSPACE_DATABASE_URL, else the app database)."
    ),
) -> None:
    """Restore a backup into an EMPTY database (blank: migrations are run for you)."""
    from shared.backup import restore_backup
    from shared.errors import ChatBIError

    try:
        tables = restore_backup(source, app_url=database_url, workspace_url=workspace_database_url)
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    for table in tables:
        typer.echo(f"{table.scope:9} {table.name:40} {table.rows:>10} rows")
    typer.echo(f"Restored {len(tables)} tables from {source}.")
