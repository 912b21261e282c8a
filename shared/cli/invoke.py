"""Run a SAM function's handler locally: the `chatbi invoke` of `sam local invoke`, minus Docker."""

from __future__ import annotations

import importlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from shared.errors import NotFound
from shared.ops import audit


class _CfnLoader(yaml.SafeLoader):
    """YAML loader that keeps CloudFormation short tags (!Ref, !Sub, ...) as plain values."""


def _tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {f"Fn::{suffix}" if suffix != "Ref" else "Ref": value}


_CfnLoader.add_multi_constructor("!", _tag)


def load_template(path: Path) -> dict[str, Any]:
    return dict(yaml.load(path.read_text(encoding="utf-8"), Loader=_CfnLoader))  # noqa: S506


def function_handler(template: dict[str, Any], logical_id: str) -> str:
    """The 'module.attribute' handler string of a function, with Globals applied (an image
    function's is the first word of its ImageConfig.Command, as the Lambda base image runs it)."""
    resources = template.get("Resources", {})
    resource = resources.get(logical_id)
    functions = sorted(k for k, v in resources.items() if v.get("Type") == "AWS::Serverless::Function")
    if resource is None or resource.get("Type") != "AWS::Serverless::Function":
        raise NotFound(f"No function {logical_id!r} in the template; functions are: {', '.join(functions)}")
    props = resource.get("Properties", {})
    handler = props.get("Handler") or template.get("Globals", {}).get("Function", {}).get("Handler")
    if not handler and props.get("PackageType") == "Image":
        handler = (props.get("ImageConfig", {}).get("Command") or [None])[0]
    if not handler:
        raise NotFound(f"Function {logical_id!r} has no Handler")
    return str(handler)


@dataclass
class LambdaContext:
    function_name: str
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    memory_limit_in_mb: int = 512
    function_version: str = "$LATEST"
    log_group_name: str = "/aws/lambda/local"
    log_stream_name: str = "local"

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:us-east-1:000000000000:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return 300_000


def invoke_function(template_path: Path, logical_id: str, event: dict[str, Any]) -> Any:
    handler = function_handler(load_template(template_path), logical_id)
    module_name, _, attr = handler.rpartition(".")
    module = importlib.import_module(module_name)
    try:
        return getattr(module, attr)(event, LambdaContext(function_name=logical_id))
    finally:
        # As in Lambda, the invocation is over when the handler returns: its audit rows are
        # written now, not left to a daemon thread that dies with the process.
        audit.flush()
