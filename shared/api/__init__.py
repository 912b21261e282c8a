"""FastAPI glue shared by every function: app factory, dependencies, error mapping.

Every route module imports from here before it defines a route, so this is where FastAPI is told
not to import pydantic.v1 for its v1-model check (see `fastapi_v1_check`).
"""

from shared.api.fastapi_v1_check import check_v1_models_only_once_loaded

check_v1_models_only_once_loaded()
