"""`chatbi ask "问题" --file sales.xlsx | --datasource ID`: an answer in the terminal, in-process."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import typer

from shared.errors import ChatBIError


def register(app: typer.Typer) -> None:
    app.command("ask")(ask_command)


def ask_command(
    question: str = typer.Argument(..., help="The question, in Chinese or English."),
    file: Path | None = typer.Option(None, "--file", "-f", exists=True, dir_okay=False, help="A data file."),
    datasource: int | None = typer.Option(None, "--datasource", "-d", help="An existing datasource id."),
    engine: str | None = typer.Option(None, help="rules | llm | auto."),
    max_rows: int = typer.Option(20, help="Rows to print."),
) -> None:
    """Answer one question on a file or datasource and print interpretation, SQL, rows and summary."""
    from sqlalchemy import select  # lazy: cold start

    from shared.ask import pipeline as ask  # lazy: cold start
    from shared.cli.bootstrap import prepare_embedded  # lazy: cold start
    from shared.storage.db import session_scope  # lazy: cold start
    from shared.storage.models import Datasource, User  # lazy: cold start

    if (file is None) == (datasource is None):
        typer.echo("Give exactly one of --file or --datasource.", err=True)
        raise typer.Exit(2)
    prepare_embedded()
    try:
        with session_scope() as session:
            user = session.scalar(select(User).where(User.role == "admin").order_by(User.id).limit(1))
            if user is None:
                typer.echo("No admin user yet: run `chatbi migrate` with CHATBI_ADMIN_* set.", err=True)
                raise typer.Exit(2)
            if file is not None:
                datasource = _datasource_for_file(session, user, file, Datasource)
            assert datasource is not None
            answer = ask.ask(session, user, datasource_id=datasource, question=question, engine=engine)
    except ChatBIError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(render_answer(answer, max_rows))
    raise typer.Exit(0 if answer["status"] == "ok" else 1)


def _datasource_for_file(session: Any, user: Any, file: Path, model: Any) -> int:
    """Reuse the datasource of an identical earlier upload (same name and size), else upload."""
    from sqlalchemy import select  # lazy: cold start

    from shared.datasets.service import upload_dataset  # lazy: cold start

    size = file.stat().st_size
    found = session.scalar(
        select(model.id).where(
            model.owner_id == user.id, model.file_name == file.name, model.file_size == size
        )
    )
    if found is not None:
        return int(found)
    with file.open("rb") as handle:
        return int(upload_dataset(session, user, handle, file.name, file.stem)["id"])


def render_answer(answer: dict[str, Any], max_rows: int) -> str:
    lines = []
    if answer.get("interpretation"):
        lines.append(f"Interpretation: {answer['interpretation']}")
    if answer["status"] != "ok":
        lines.append(f"[{answer['status']}] {answer.get('message') or ''}")
        return "\n".join(lines)
    lines.append(f"SQL: {answer['sql']}")
    names = [c["name"] for c in answer["columns"]]
    rows = [[_cell(v) for v in row] for row in answer["rows"][:max_rows]]
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines.append(" | ".join(_pad(n, w) for n, w in zip(names, widths, strict=True)))
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)) for row in rows)
    if answer["row_count"] > max_rows:
        lines.append(f"... {answer['row_count'] - max_rows} more rows")
    lines.append(f"Summary: {answer['summary']}")
    total = answer["timings_ms"].get("total", 0)
    lines.append(f"({answer['engine']}, {total:.1f} ms, chart: {answer['chart']['type']})")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    from shared.ask.present.formatting import format_number  # lazy: cold start

    return (
        format_number(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
    )


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
