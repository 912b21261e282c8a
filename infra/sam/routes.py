"""Print the HttpApi events template.yaml needs for every route of the local app, per function.

    .venv/bin/python infra/sam/routes.py            # all functions
    .venv/bin/python infra/sam/routes.py chat       # one route group

Paste the block under the function's `Events:`; tests/ops/test_deploy_files.py fails until
every route of `functions.local:app` is served by exactly one function of its own group.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

EVENT = """        {name}:
          Type: HttpApi
          Properties:
            ApiId: !Ref HttpApi
            Path: {path}
            Method: {method}"""


def routes_by_group() -> dict[str, list[tuple[str, str]]]:
    """{route group: [(METHOD, path template), ...]} in the app's declaration order."""
    from fastapi.routing import APIRoute, iter_route_contexts

    from functions.local import app

    groups: dict[str, list[tuple[str, str]]] = {}
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute):
            group = context.endpoint.__module__.split(".")[1]
            for method in sorted(context.methods):
                groups.setdefault(group, []).append((method, context.path))
    return groups


def event_name(method: str, path: str) -> str:
    """GET /api/v1/datasources/{datasource_id} -> GetDatasourcesDatasourceId (unique per function)."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", path) if w and w not in ("api", "v1")]
    return method.capitalize() + "".join(w[:1].upper() + w[1:] for w in words)


def main(selected: list[str]) -> None:
    for group, routes in routes_by_group().items():
        if selected and group not in selected:
            continue
        print(f"# {group.capitalize()}Function Events:")
        for method, path in routes:
            print(EVENT.format(name=event_name(method, path), path=path, method=method))


if __name__ == "__main__":
    main(sys.argv[1:])
