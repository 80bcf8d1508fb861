"""Work that must not freeze the screen, run on Qt's thread pool.

``PdfJob`` builds a PDF off the UI thread and reports back through queued signals. peewee keeps
one SQLite connection per thread, so the job opens its own connection for the build (when the
database is initialised and this pool thread has none) and closes it afterwards; the UI
thread's connection is never shared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ebp_logger.gui.messages import explain


class PdfJobSignals(QObject):
    """Lives in the thread that made the job; its signals arrive there (queued)."""

    finished = Signal(bytes)  # the PDF
    failed = Signal(str)  # a message fit for the user


class PdfJob(QRunnable):
    """Run ``build`` (returning PDF bytes) on a pool thread::

    job = PdfJob(lambda: procedure_record_for_session(sid))
    job.signals.finished.connect(show)
    QThreadPool.globalInstance().start(job)
    """

    def __init__(self, build: Callable[[], bytes]) -> None:
        super().__init__()
        self.signals = PdfJobSignals()
        self._build = build
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            data = self._build_with_connection()
            if not isinstance(data, bytes | bytearray) or not bytes(data[:5]) == b"%PDF-":
                raise RuntimeError("the report did not produce a PDF")
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self.signals.failed.emit(explain(exc))
            return
        self.signals.finished.emit(bytes(data))

    def _build_with_connection(self) -> bytes:
        from ebp_logger.store.database import db

        opened_here = db.database is not None and db.is_closed()
        if opened_here:
            db.connect()
        try:
            return self._build()
        finally:
            if opened_here:
                db.close()


class BackupJobSignals(QObject):
    failed = Signal(str)  # a message fit for the user


class BackupJob(QRunnable):
    """An automatic backup on a pool thread: after a session (``session_id``) or the daily one.
    The store's backup functions open their own connection and never raise."""

    def __init__(self, session_id: int | None = None) -> None:
        super().__init__()
        self.signals = BackupJobSignals()
        self._session_id = session_id
        self.setAutoDelete(True)

    def run(self) -> None:
        from ebp_logger.store import backup

        if self._session_id is None:
            outcome = backup.backup_if_due()
        else:
            outcome = backup.backup_after_session(self._session_id)
        if outcome.error:
            self.signals.failed.emit(outcome.error)


class ReadJobSignals(QObject):
    finished = Signal(object)  # what the read returned
    failed = Signal(str)  # a message fit for the user
    progress = Signal(int, int)  # done, total
    cancelled = Signal()


class ReadJob(QRunnable):
    """A long read (a ten-year overview, a whole registry export) on a pool thread, with
    progress and a cancel the read hears between its slices::

    job = ReadJob(lambda progress: outcomes.overview(start, end, progress))
    job.signals.progress.connect(bar.setValue)
    QThreadPool.globalInstance().start(job)   # job.cancel() from the UI thread stops it

    ``read`` gets ``progress(done, total) -> bool`` and passes it on; False means stop (the
    store raises ``Cancelled``)."""

    def __init__(self, read: Callable[[Callable[[int, int], bool]], object]) -> None:
        super().__init__()
        self.signals = ReadJobSignals()
        self._read = read
        self._cancelled = False
        self.setAutoDelete(False)  # the screen keeps it to cancel it

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        from ebp_logger.errors import Cancelled
        from ebp_logger.store.database import db

        opened_here = db.database is not None and db.is_closed()
        if opened_here:
            db.connect()
        try:
            result = self._read(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
            self.signals.failed.emit(explain(exc))
            return
        finally:
            if opened_here:
                db.close()
        self.signals.finished.emit(result)
