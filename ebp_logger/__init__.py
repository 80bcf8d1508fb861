"""EBP Logger: bedside documentation of epidural blood patch procedures."""

__version__ = "0.1.0"
