"""Question engines: turn a question into guarded SQL. See `base.Engine`."""
