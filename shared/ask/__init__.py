"""Asking: the pipeline, the SQL guard, the read-only executor, conversations, exports, engines."""
