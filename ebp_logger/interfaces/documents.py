"""The procedure record as the EHR receives it: the outbox scan with the PDF renderer plugged
in. It lives here, above both the store and the reports, so the store never imports a report."""

from __future__ import annotations

from ebp_logger.store.services import outbox


def scan() -> list[outbox.OutboxRecord]:
    """Queue an MDM document for every session that ended or changed since its last one."""
    # Imported here: reportlab costs the window's start-up a quarter of a second.
    from ebp_logger.reports.procedure_record import procedure_record_for_session

    return outbox.scan(procedure_record_for_session)
