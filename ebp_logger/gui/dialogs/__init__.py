"""GUI dialogs (one class per file)."""
