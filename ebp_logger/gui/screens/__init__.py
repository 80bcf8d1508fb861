"""GUI screens (one class per file)."""
