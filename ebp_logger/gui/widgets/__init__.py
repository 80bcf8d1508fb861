"""GUI widgets (one class per file)."""
