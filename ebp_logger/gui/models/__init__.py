"""GUI models (one class per file)."""
