"""Every Lambda function of template.yaml can deploy and runs with what it ships.

A zip function plus its layers must stay under 250 MB unzipped: each layer's dependency closure is
walked from the installed distributions' metadata (infra/sam/lambda_requirements.py) and their
installed files are summed. Then each zip handler runs real requests in a subprocess whose
sys.path holds nothing but the stdlib, its own code and its layers' distributions (plus the
runtime's boto3): a module missing from its layers fails the request. The image function
(DatasetsFunction) must have a Dockerfile that installs the project and runs its handler.
"""

from __future__ import annotations

import importlib.metadata as md
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from shared.cli.invoke import function_handler, load_template
from tests.conftest import FIXTURES, make_user, upload_file
from tests.lambda_events import http_v2_event

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
RUNNER = Path(__file__).with_name("lambda_sandbox_runner.py")
MB = 2**20


def _load_requirements_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lambda_requirements", ROOT / "infra/sam/lambda_requirements.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lr = _load_requirements_module()


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template(TEMPLATE)


@pytest.fixture(scope="module")
def layer_closures() -> dict[str, dict[str, md.Distribution]]:
    return dict(lr.layer_closures())


def _functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == "AWS::Serverless::Function"}


def _zip_functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in _functions(template).items() if v["Properties"].get("PackageType") != "Image"}


def _layers_of(function: dict[str, Any]) -> list[str]:
    return [ref["Ref"] for ref in function["Properties"].get("Layers", [])]


def _group(template: dict[str, Any], name: str) -> str:
    return function_handler(template, name).split(".")[1]


def function_bytes(
    template: dict[str, Any], name: str, closures: dict[str, dict[str, md.Distribution]]
) -> int:
    """Unzipped bytes of a zip function as deployed: its route group, shared/ and its layers'
    distributions (counted with their bytecode, so compiling the layers would still fit)."""
    shipped = lr.tree_bytes(ROOT / "shared") - lr.tree_bytes(ROOT / "shared" / "cli")
    code = lr.tree_bytes(ROOT / "functions" / _group(template, name)) + shipped
    layers = _layers_of(_functions(template)[name])
    return code + sum(lr.installed_bytes(d) for layer in layers for d in closures[layer].values())


def test_every_runtime_dependency_has_exactly_one_place() -> None:
    # Given the project's runtime dependencies and the places a dependency can live on Lambda
    places = {layer: {lr.canonical(n) for n in names} for layer, names in lr.LAYERS.items()}
    places |= {"image only": set(lr.IMAGE_ONLY), "not in Lambda": set(lr.NOT_IN_LAMBDA)}
    places["runtime"] = set(lr.RUNTIME_PROVIDED)
    # Then each dependency is in exactly one of them (a new dependency must be placed on purpose)
    for name in lr.project_requirements():
        homes = [place for place, names in places.items() if name in names]
        assert len(homes) == 1, (name, homes)
    # And nothing placed is unknown to pyproject.toml
    assert set().union(*places.values()) - set(lr.project_requirements()) <= {"botocore", "s3transfer"}


def test_template_layers_are_the_built_layers(template) -> None:
    # Given the template's layer resources and each zip function's Layers
    resources = {k for k, v in template["Resources"].items() if v["Type"] == "AWS::Serverless::LayerVersion"}
    assert resources == set(lr.LAYERS)
    order = list(lr.LAYERS)
    for name, function in _zip_functions(template).items():
        layers = _layers_of(function)
        # Then every layer stacks on the ones below it (a layer leaves out what they ship)
        assert layers == order[: len(layers)], (name, layers)


def test_each_zip_function_fits_the_unzipped_size_limit(template, layer_closures) -> None:
    # Given each layer's own distributions, none of them provided by the runtime
    for layer, distributions in layer_closures.items():
        assert not set(distributions) & lr.RUNTIME_PROVIDED, layer
        assert not set(distributions) & (lr.IMAGE_ONLY | lr.NOT_IN_LAMBDA), layer
    # When each zip function's code and layers are summed
    sizes = {name: function_bytes(template, name, layer_closures) for name in _zip_functions(template)}
    report = ", ".join(f"{name} {size / MB:.1f} MB" for name, size in sorted(sizes.items()))
    print(f"\nunzipped function + layers: {report}")
    # Then each is under Lambda's 250 MB limit
    assert all(size < lr.LIMIT_BYTES for size in sizes.values()), report
    # And the chat engines only weigh on the function that asks questions
    assert {n for n, f in _zip_functions(template).items() if "AskLayer" in _layers_of(f)} == {"ChatFunction"}


def test_the_datasets_data_stack_needs_an_image(layer_closures) -> None:
    # Given the datasets function's extra dependencies (pyarrow, calamine, ...) on top of the shared layer
    shared = layer_closures["SharedLayer"]
    extra = {n: d for n, d in lr.closure(lr.project_requirements()[n] for n in lr.IMAGE_ONLY).items()}
    size = sum(lr.installed_bytes(d) for d in {**shared, **extra}.values())
    print(f"\nDatasetsFunction as a zip would be {size / MB:.1f} MB")
    # Then as a zip it would not fit, which is why it is a container image
    assert size >= lr.LIMIT_BYTES


def test_image_function_dockerfile_installs_the_project(template, tmp_path) -> None:
    images = {k: v for k, v in _functions(template).items() if v["Properties"].get("PackageType") == "Image"}
    assert set(images) == {"DatasetsFunction"}
    for name, function in images.items():
        metadata = function["Metadata"]
        dockerfile = ROOT / metadata["DockerContext"] / metadata["Dockerfile"]
        text = dockerfile.read_text(encoding="utf-8")
        # Given its Dockerfile: the python3.12 Lambda base image, CMD = the template's handler
        assert re.search(r"^FROM public\.ecr\.aws/lambda/python:3\.12\s*$", text, re.MULTILINE), name
        command = json.loads(re.findall(r"^CMD (\[.*\])$", text, re.MULTILINE)[-1])
        assert (
            command == function["Properties"]["ImageConfig"]["Command"] == [function_handler(template, name)]
        )
        assert re.search(r"^RUN pip install \.", text, re.MULTILINE), "the project is installed"
        # When the files it copies are built the way `pip install .` builds them
        context = tmp_path / "context"
        context.mkdir()
        for source in re.findall(r"^COPY (?!--from)(\S+(?: \S+)*) \S+$", text, re.MULTILINE):
            for item in source.split():
                src = ROOT / metadata["DockerContext"] / item
                if src.is_dir():
                    shutil.copytree(src, context / item, ignore=shutil.ignore_patterns("__pycache__"))
                else:
                    shutil.copy(src, context / item)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
            + ["--wheel-dir", str(tmp_path / "wheels"), str(context)],
            check=True,
            capture_output=True,
        )
        # Then the installed project holds the handler and what it imports from shared/
        wheel = next((tmp_path / "wheels").glob("chatbi-*.whl"))
        members = set(zipfile.ZipFile(wheel).namelist())
        module = function_handler(template, name).rpartition(".")[0]
        assert module.replace(".", "/") + ".py" in members
        assert {"shared/datasets/loader.py", "shared/api/app.py"} <= members


# ---------------------------------------------------------------- each handler with only its layers


def _runtime_sdk() -> dict[str, md.Distribution]:
    """What the python3.12 runtime puts on the path for everyone: boto3 and its dependencies."""
    return dict(lr.closure(["boto3"], exclude=()))


def _build_sandbox(directory: Path, group: str, distributions: list[md.Distribution]) -> None:
    """The function's code, shared/ and the given distributions' files, symlinked one by one (so a
    namespace shared with a distribution outside the set brings nothing of it along)."""
    directory.mkdir(parents=True)
    (directory / "functions").mkdir()
    (directory / "functions" / "__init__.py").symlink_to(ROOT / "functions" / "__init__.py")
    (directory / "functions" / group).symlink_to(ROOT / "functions" / group)
    (directory / "shared").mkdir()
    for child in (ROOT / "shared").iterdir():  # as the Makefile ships it: without the CLI
        if child.name not in ("cli", "__pycache__"):
            (directory / "shared" / child.name).symlink_to(child)
    for distribution in distributions:
        for file in distribution.files or []:
            if file.parts[0] == "..":
                continue
            target = directory / file
            source = Path(str(distribution.locate_file(file)))
            if source.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.symlink_to(source)


def _import_names(distributions: list[md.Distribution]) -> list[str]:
    """The public top-level packages of the layers' root distributions."""
    wanted = {lr.canonical(d.metadata["Name"]) for d in distributions}
    names = [
        name
        for name, owners in md.packages_distributions().items()
        if name.isidentifier() and not name.startswith("_") and {lr.canonical(o) for o in owners} & wanted
    ]
    return sorted(set(names) - {"multipart"})  # python-multipart's deprecated alias warns on import


def _http(method: str, path: str, token: str | None = None, **kwargs: Any) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return http_v2_event(method, path, headers=headers, **kwargs)


def _scheduled(name: str) -> dict[str, Any]:
    return dict(json.loads((ROOT / "events" / name).read_text(encoding="utf-8")))


Case = tuple[dict[str, Any], int | None, dict[str, Any]]


def _cases(token: str, datasource_id: int) -> dict[str, list[Case]]:
    """Per function: (event, expected HTTP status or None for a scheduled job, expected fields of
    the JSON body) steps that reach its heavy paths: password hashing, JWT, audit queries, the
    question engine (rapidfuzz, sqlglot, CC-CEDICT, lemminflect), the SQL guard, XLSX export, backups."""
    ask = {"datasource_id": datasource_id, "question": "各省份的销售额"}
    return {
        "HealthFunction": [(_http("GET", "/health"), 200, {"status": "healthy"})],
        "HealthCheckFunction": [(_scheduled("health_check.json"), None, {"status": "healthy"})],
        "AuthFunction": [
            (
                _http("POST", "/api/v1/auth/login", body={"username": "admin", "password": "password-123"}),
                200,
                {},
            ),
            (_http("GET", "/api/v1/auth/me", token), 200, {"username": "admin"}),
            (_http("POST", "/api/v1/api-keys", token, body={"name": "sandbox"}), 201, {}),
        ],
        "AuditFunction": [(_http("GET", "/api/v1/audit-logs", token, query={"limit": "5"}), 200, {})],
        "ChatFunction": [
            (_http("POST", "/api/v1/ask", token, body=ask), 200, {"status": "ok", "engine": "rules"}),
            (
                _http("GET", "/api/v1/messages/{last.message_id}/export", token, query={"format": "xlsx"}),
                200,
                {},
            ),
            (
                _http(
                    "POST",
                    f"/api/v1/datasources/{datasource_id}/query",
                    token,
                    body={"sql": "SELECT 1 AS one"},
                ),
                200,
                {"status": "ok"},
            ),
        ],
        "BackupFunction": [(_scheduled("backup.json"), None, {})],
        "CleanupFunction": [(_scheduled("cleanup.json"), None, {})],
    }


@pytest.fixture
def uploaded(sqlite_storage) -> tuple[str, int]:
    """An admin's token and an uploaded orders dataset (uploaded with the full venv, as the
    datasets image would)."""
    from fastapi.testclient import TestClient

    from functions.local import app

    headers = make_user("admin", "admin")
    with TestClient(app) as client:
        datasource_id = upload_file(client, headers, FIXTURES / "bi_dev" / "orders.csv", "orders")
    return headers["Authorization"].split()[1], datasource_id


def test_each_zip_function_runs_with_nothing_but_its_layers(
    template, layer_closures, uploaded, tmp_path
) -> None:
    from tests.conftest import reset_runtime

    token, datasource_id = uploaded
    reset_runtime()  # the subprocesses open the database themselves
    cases = _cases(token, datasource_id)
    assert set(cases) == set(_zip_functions(template))
    runtime = list(_runtime_sdk().values())
    for name, function in _zip_functions(template).items():
        # Given a sandbox with the function's code, its layers' distributions and the runtime's SDK
        own = [d for layer in _layers_of(function) for d in layer_closures[layer].values()]
        sandbox = tmp_path / name
        _build_sandbox(sandbox, _group(template, name), own + runtime)
        roots = [md.distribution(n) for layer in _layers_of(function) for n in lr.LAYERS[layer]]
        spec = {
            "handler": function_handler(template, name),
            "imports": _import_names(roots),
            "steps": [{"event": event} for event, _, _ in cases[name]],
        }
        (tmp_path / f"{name}.json").write_text(json.dumps(spec), encoding="utf-8")
        # When its handler runs the requests in a Python that sees only the stdlib and the sandbox
        completed = subprocess.run(
            [sys.executable, "-I", "-S", str(RUNNER), str(sandbox), str(tmp_path / f"{name}.json")],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert completed.returncode == 0, (name, completed.stderr[-3000:])
        report = json.loads(completed.stdout.strip().splitlines()[-1])
        # Then every layer package imports, every request succeeds, and nothing came from elsewhere
        assert report["failed_imports"] == {}, (name, report["failed_imports"])
        for (_, status, fields), result in zip(cases[name], report["results"], strict=True):
            assert "error" not in result, (name, result)
            assert result["status"] == status, (name, result)
            body = result["body"] if status is None else result["body"] or {}
            assert isinstance(body, dict) and {k: body.get(k) for k in fields} == fields, (name, result)
        assert report["outside"] == [], (name, report["outside"][:10])
