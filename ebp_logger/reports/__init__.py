"""PDF documents made with reportlab: the patient's discharge sheet, the procedure record, the
blank paper form (and the outcome report). Nothing is imported here: reportlab loads only when a
document is built, never at GUI start-up.

Each builder takes plain dataclasses (``SessionDetail``, ``AppSettings``) and returns PDF bytes,
so it works without a database; a thin ``*_for_session`` / ``*_pdf`` function reads the
database first (on any thread; see data.py).
"""
