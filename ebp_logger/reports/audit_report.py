"""The audit trail of a patient or a session as a PDF: every change with who, when, what (old →
new) and why, and every view, print and export, on the shared page layout (reports.layout).

The caller logs the print or export (``audit.log_access``) before the PDF leaves the app;
building it writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ebp_logger.clinical.labels import Label, normalise_lang
from ebp_logger.clock import to_local, utcnow
from ebp_logger.reports.layout import (
    PageDecor,
    build_pdf,
    content_width,
    data_table,
    esc,
    fmt_datetime,
    make_styles,
)
from ebp_logger.store.audit_view import AuditEntry
from ebp_logger.store.records import PatientRecord
from ebp_logger.store.settings import AppSettings

BASE_SIZE = 9

T = {
    "title": Label("Audit trail", "Revisionsspor"),
    "name": Label("Name", "Navn"),
    "cpr": Label("CPR", "CPR"),
    "session": Label("Session", "Forløb"),
    "scope_patient": Label(
        "Every change to the patient's records and every view, print and export.",
        "Alle ændringer i patientens journal og alle visninger, udskrifter og eksporter.",
    ),
    "scope_session": Label(
        "Every change to this session and every view, print and export of it.",
        "Alle ændringer i dette forløb og alle visninger, udskrifter og eksporter af det.",
    ),
    "printed": Label("Printed {at} by {who}", "Udskrevet {at} af {who}"),
    "filtered": Label(
        "Filter: {what} ({n} of {total} rows)", "Filter: {what} ({n} af {total} rækker)"
    ),
    "none": Label("No rows.", "Ingen rækker."),
    "time": Label("Time", "Tidspunkt"),
    "user": Label("User", "Bruger"),
    "action": Label("Action", "Handling"),
    "record": Label("Record", "Post"),
    "changes": Label("Changes (old → new)", "Ændringer (før → efter)"),
    "reason": Label("Reason", "Årsag"),
    "page_of": Label("Page {page} of {pages}", "Side {page} af {pages}"),
    "footer": Label("Audit trail · verified hash chain", "Revisionsspor · verificeret hashkæde"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return T[key].text(lang).format(**values)


def _changes(entry: AuditEntry) -> str:
    lines = [
        f"{c.label}: {c.old} → {c.new}" if c.old else f"{c.label}: {c.new}" for c in entry.changes
    ]
    if entry.detail:
        lines.append(entry.detail)
    return "\n".join(lines)


def audit_trail_pdf(
    entries: Sequence[AuditEntry],
    *,
    conf: AppSettings,
    lang: str = "en",
    patient: PatientRecord | None = None,
    session_id: int | None = None,
    printed_by: str = "",
    filter_note: str = "",
    total: int | None = None,
) -> bytes:
    """Lay out ``entries`` (already filtered) as a landscape table."""
    lang = normalise_lang(lang)
    st = make_styles(BASE_SIZE)
    identity: list[tuple[str, str | None]] = []
    if patient is not None:
        identity += [(_t("name", lang), patient.name), (_t("cpr", lang), patient.cpr_display)]
    if session_id is not None:
        identity.append((_t("session", lang), f"#{session_id}"))
    decor = PageDecor(
        title=_t("title", lang),
        department=conf.department_name,
        department_detail=conf.department_address,
        logo=conf.department_logo or None,
        identity=tuple(identity),
        footer=_t("footer", lang),
        page_of=T["page_of"].text(lang),  # filled in per page by the layout
    )
    now = fmt_datetime(utcnow(), lang)
    story = [
        Paragraph(esc(_t("title", lang)), st.title),
        Paragraph(esc(_t("scope_session" if session_id else "scope_patient", lang)), st.subtitle),
        Paragraph(esc(_t("printed", lang, at=now, who=printed_by or "—")), st.note),
    ]
    if filter_note:
        story.append(
            Paragraph(
                esc(
                    _t(
                        "filtered",
                        lang,
                        what=filter_note,
                        n=len(entries),
                        total=total or len(entries),
                    )
                ),
                st.note,
            )
        )
    head = [_t(k, lang) for k in ("time", "user", "action", "record", "changes", "reason")]
    rows: list[list[object]] = [head]
    for e in entries:
        user = (
            e.user_full_name
            if e.user_full_name == e.username
            else f"{e.user_full_name} ({e.username})"
        )
        rows.append(
            [
                f"{to_local(e.at):%Y-%m-%d %H:%M:%S}",
                user,
                e.action_label,
                e.what,
                Paragraph(esc(_changes(e)).replace("\n", "<br/>"), st.cell),
                e.reason,
            ]
        )
    if len(rows) == 1:
        story.append(Paragraph(esc(_t("none", lang)), st.body))
    else:
        width = content_width(wide=True)
        widths = [30 * mm, 38 * mm, 30 * mm, 32 * mm]
        widths += [width - sum(widths) - 45 * mm, 45 * mm]
        story.append(data_table(rows, widths, st))
    return build_pdf(story, decor, st, wide=True)
