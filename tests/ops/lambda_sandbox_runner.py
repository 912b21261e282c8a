"""Run one Lambda handler the way Lambda would see it: only the stdlib and one sandbox directory
(the function's code, its layers' distributions and the runtime's boto3) on sys.path.

    python -I -S lambda_sandbox_runner.py SANDBOX CASES.json

CASES.json: {"handler": "module.attr", "imports": [module, ...], "steps": [{"event": {...}}, ...]}.
A step's event may hold "{last.FIELD}", filled from the previous step's JSON body. Prints one JSON
object: each step's result, the imports that failed, and any module loaded from outside the
sandbox and the stdlib (there must be none). Started by tests/ops/test_lambda_packaging.py.
"""

import base64
import importlib
import json
import sys
import sysconfig
import traceback


class Context:
    function_name = "sandbox"
    aws_request_id = "sandbox-request"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:sandbox"

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def _body(result):
    """An HTTP result's parsed JSON body (or text); a scheduled result as it is."""
    if not isinstance(result, dict) or "statusCode" not in result:
        return result
    raw = result.get("body") or ""
    if result.get("isBase64Encoded"):
        raw = base64.b64decode(raw).decode("utf-8", "replace")
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw[:200]


def _fill(event, last):
    text = json.dumps(event)
    if isinstance(last, dict):
        for key, value in last.items():
            text = text.replace("{last." + key + "}", str(value))
    return json.loads(text)


def main(sandbox, cases_path):
    sys.path[:0] = [sandbox]
    with open(cases_path, encoding="utf-8") as file:
        cases = json.load(file)
    failed_imports = {}
    for name in cases["imports"]:
        try:
            importlib.import_module(name)
        except Exception:
            failed_imports[name] = traceback.format_exc(limit=3)[-600:]
    module_name, _, attribute = cases["handler"].rpartition(".")
    handler = getattr(importlib.import_module(module_name), attribute)
    results: list = []
    last = None
    for step in cases["steps"]:
        try:
            result = handler(_fill(step["event"], last), Context())
        except Exception:
            results.append({"error": traceback.format_exc(limit=8)[-2000:]})
            continue
        last = _body(result)
        status = result.get("statusCode") if isinstance(result, dict) else None
        results.append({"status": status, "body": last if isinstance(last, dict) else None})
    allowed = (sandbox, sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"])
    outside = sorted(
        f"{name}: {module.__file__}"
        for name, module in list(sys.modules.items())
        if name not in ("__main__", "__mp_main__")
        and getattr(module, "__file__", None)
        and not str(module.__file__).startswith(allowed)
    )
    print(json.dumps({"results": results, "failed_imports": failed_imports, "outside": outside}, default=str))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
