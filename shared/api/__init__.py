"""FastAPI glue shared by every function: app factory, dependencies, error mapping."""
