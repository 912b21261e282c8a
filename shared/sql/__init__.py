"""SQL safety: the guard every statement from any engine or user passes."""
