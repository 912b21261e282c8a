"""What every `chatbi` command shares: settings validated at the edge, one-line operator errors."""

from __future__ import annotations

from typing import Any

import typer


def config_error_lines(exc: BaseException) -> list[str] | None:
    """One line per problem for errors an operator fixes in the configuration; None for bugs."""
    from pydantic import ValidationError  # lazy: cold start
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError  # lazy: cold start

    if isinstance(exc, ValidationError):
        lines = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error.get("loc", ()) if part)
            message = error["msg"].removeprefix("Value error, ")
            lines.append(f"Configuration error: {where.upper() + ': ' if where else ''}{message}")
        return lines
    if isinstance(exc, ArgumentError | NoSuchModuleError):
        return [f"Configuration error: DATABASE_URL is not a usable database URL ({exc})"]
    if isinstance(exc, OperationalError):
        reason = str(exc.orig) if exc.orig is not None else str(exc).splitlines()[0]
        return [f"Database unreachable: {reason} (check DATABASE_URL and that the server is running)"]
    return None


def load_settings() -> Any:
    """Validate settings at the edge: a bad value stops the command with a message, not a traceback."""
    from pydantic import ValidationError  # lazy: cold start

    from shared.settings import get_settings  # lazy: cold start

    try:
        return get_settings()
    except ValidationError as exc:
        for line in config_error_lines(exc) or []:
            typer.echo(line, err=True)
        raise typer.Exit(2) from exc
