"""The `chatbi` command: serve, migrate, create-user, invoke, and the operator/eval commands."""

from __future__ import annotations

import importlib
import ipaddress
import json
import sys
from pathlib import Path
from typing import Any

import typer

from shared.cli.common import config_error_lines, load_settings
from shared.errors import ChatBIError

app = typer.Typer(help="ChatBI: conversational BI backend.", no_args_is_help=True, add_completion=False)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="HTTP port."),
    reload: bool = typer.Option(False, help="Reload on code changes (development)."),
    metrics: bool = typer.Option(True, help="Serve Prometheus metrics on PROMETHEUS_PORT."),
) -> None:
    """Run the API in one Uvicorn process (embedded SQLite + in-process cache by default)."""
    import uvicorn  # lazy: heavy (uvicorn)

    from shared.cli.bootstrap import admin_credentials, prepare_embedded  # lazy: cold start
    from shared.telemetry.logs import configure_logging  # lazy: cold start

    settings = load_settings()
    refuse_public_bind_with_placeholder_secret(host, settings)
    configure_logging()
    prepare_embedded()
    creds = admin_credentials(settings)
    if settings.is_embedded and creds:
        typer.echo(f"Embedded mode: data in {settings.chatbi_data_dir.resolve()}; admin login {creds[0]!r}")
    if metrics:
        _start_metrics(settings.prometheus_port)
    typer.echo(f"Docs: http://{host}:{port}/docs")
    uvicorn.run("functions.local:app", host=host, port=port, reload=reload, proxy_headers=True)


LOOPBACK_HOSTS = {"localhost", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host.strip().lower() in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def refuse_public_bind_with_placeholder_secret(host: str, settings: Any) -> None:
    """Anyone who can reach the port could sign tokens with a placeholder secret: loopback only."""
    placeholder = settings.secret_is_placeholder()
    if placeholder and not is_loopback(host):
        typer.echo(
            f"Refusing to listen on {host}: {placeholder} is a placeholder or shorter than 16 "
            f"characters, so anyone reaching this port could forge an admin token. Set a random "
            f"value (e.g. `openssl rand -hex 32`), or leave it unset in development to use the "
            f"random secret generated in the data directory, or bind to 127.0.0.1.",
            err=True,
        )
        raise typer.Exit(2)


def _start_metrics(port: int) -> None:
    from shared.telemetry.metrics import start_metrics_server  # lazy: cold start

    try:
        start_metrics_server(port)
    except OSError as exc:
        typer.echo(f"Metrics server not started on port {port}: {exc}", err=True)


@app.command()
def migrate(sql: bool = typer.Option(False, help="Print the DDL instead of applying it.")) -> None:
    """Apply the database migrations (a deploy step in production), then create the first admin."""
    from shared.cli.bootstrap import create_first_admin  # lazy: cold start
    from shared.storage import migrate as migrations  # lazy: cold start

    if sql:
        typer.echo(migrations.offline_sql(), nl=False)
        return
    load_settings()
    migrations.upgrade()
    created = create_first_admin()
    typer.echo("Database is at the newest schema." + (f" Created admin {created!r}." if created else ""))
    if not created and not _any_admin():
        typer.echo(
            "WARNING: there is no admin user, so nobody can log in or create users.\n"
            "  Set CHATBI_ADMIN_USERNAME and CHATBI_ADMIN_PASSWORD and run `chatbi migrate` again,\n"
            "  or run `chatbi create-user NAME --role admin` (it asks for the password).",
            err=True,
        )


def _any_admin() -> bool:
    from sqlalchemy import select  # lazy: cold start

    from shared.storage.db import session_scope  # lazy: cold start
    from shared.storage.models import User  # lazy: cold start

    with session_scope() as session:
        return (
            session.scalar(select(User.id).where(User.role == "admin", User.is_active).limit(1)) is not None
        )


@app.command("create-user")
def create_user(
    username: str,
    role: str = typer.Option("viewer", help="admin, analyst or viewer."),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True),
) -> None:
    """Create a user."""
    from shared.identity import users  # lazy: cold start
    from shared.storage.db import session_scope  # lazy: cold start

    try:
        with session_scope() as session:
            user = users.create_user(session, username, password, role)
            typer.echo(f"Created {user.role} {user.username!r} (id {user.id}).")
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(2) from exc


@app.command()
def invoke(
    function: str = typer.Argument(..., help="Logical ID of the function in template.yaml."),
    event: Path = typer.Option(..., "--event", "-e", exists=True, help="Event JSON file."),
    template: Path = typer.Option(Path("template.yaml"), help="SAM template."),
) -> None:
    """Call a function's handler with an event, as `sam local invoke` would, without Docker.

    Refuses (except the health functions, which report it) when the database is not migrated."""
    from shared.cli.invoke import function_handler, invoke_function, load_template  # lazy: cold start
    from shared.storage.db import app_engine  # lazy: cold start
    from shared.storage.migrate import schema_state  # lazy: cold start

    settings = load_settings()
    try:
        handler = function_handler(load_template(template), function)
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(2) from exc
    state = schema_state(app_engine())
    if state != "current" and ".health" not in handler:
        where = settings.app_database_url if settings.is_embedded else "DATABASE_URL"
        typer.echo(
            f"The database ({where}) is {state.replace('_', ' ')}: run `chatbi migrate` first "
            "(with CHATBI_ADMIN_USERNAME / CHATBI_ADMIN_PASSWORD set to create the first admin).",
            err=True,
        )
        raise typer.Exit(2)
    result = invoke_function(template, function, json.loads(event.read_text(encoding="utf-8")))
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))


@app.command()
def cleanup() -> None:
    """The daily housekeeping now: old audit rows, expired cache entries, orphaned files and tables."""
    from shared.ops.cleanup import run_cleanup  # lazy: cold start

    load_settings()
    result = run_cleanup()
    typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    if result.errors:
        raise typer.Exit(1)


def _register(module: str) -> None:
    """Commands of other concerns (operations, eval, ask) live in their own modules."""
    mod: Any = importlib.import_module(module)
    mod.register(app)


for _module in ("shared.cli.ops", "shared.cli.eval", "shared.cli.ask"):
    _register(_module)


def main() -> None:
    """The `chatbi` entry point: configuration and connection errors are one line, not a traceback."""
    try:
        app()
    except Exception as exc:
        lines = config_error_lines(exc)
        if lines is None:
            raise
        for line in lines:
            typer.echo(line, err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
