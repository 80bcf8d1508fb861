"""Extract the core's marked messages into its gettext catalogue and compile it.

    python installers/dev/update_core_messages.py          # update the .pot and .po, write .mo
    python installers/dev/update_core_messages.py --check  # exit 1 on stale or untranslated

The core (everything under ``ebp_logger/`` but ``gui/``; the GUI has its Qt Linguist sources,
see ``update_translations.py``) marks the messages a user reads with ``_("…")`` from
:mod:`ebp_logger.i18n`. This script (Babel) extracts them (``--pot FILE`` writes the template with
each message's file and line, for a translator; it is not committed), merges them into each
language's
``resources/locale/<lang>/LC_MESSAGES/ebp_logger_core.po`` (new messages come in with an empty
``msgstr``, vanished ones are dropped: git keeps the history) and compiles each .po into the
``.mo`` the program reads. The .mo files are committed (a bundle needs no build step).

After merging branches that add core messages: run it, translate every empty ``msgstr`` in
the Danish .po (Danish quotation marks »…«; keep each ``{name}`` exactly as in the English),
run it again to compile. ``--check`` (run by the tests) reports:

- unmarked messages are not seen here: the test ``tests/core/test_core_messages.py`` finds
  ``raise``s of user-facing errors whose text is not marked;
- stale .po: a marked message is missing from the .po, or the .po holds one no longer in the
  code;
- untranslated: an empty (or fuzzy) Danish text, or one whose ``{placeholders}`` differ;
- stale .mo: the .mo does not match its .po.
"""

from __future__ import annotations

import argparse
import io
import string
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

TOP = Path(__file__).resolve().parents[2]
PACKAGE = TOP / "ebp_logger"
LOCALE = TOP / "resources" / "locale"
DOMAIN = "ebp_logger_core"
LANGS = ("da",)
# Fixed dates keep the files unchanged when no message changed (no churn between branches).
FIXED_DATE = datetime(2026, 12, 1, tzinfo=timezone.utc)


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def core_files() -> list[Path]:
    """Every core module: the package without the GUI."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


def extract() -> Catalog:
    """The marked messages of the core, with where each is used."""
    template = Catalog(
        project="EBP Logger", domain=DOMAIN, charset="utf-8", creation_date=FIXED_DATE
    )
    for path in core_files():
        rel = path.relative_to(TOP).as_posix()
        for lineno, message, comments, _context in extract_from_file(
            "python", str(path), keywords={"_": None}, comment_tags=("Translators:",)
        ):
            if isinstance(message, str) and message:
                template.add(message, locations=[(rel, lineno)], auto_comments=comments)
    return template


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a message (a translation may change a field's format, e.g. a
    date's, never its name)."""
    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<unbalanced braces>"}


def _read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN, creation_date=FIXED_DATE)
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def merged(lang: str, template: Catalog) -> Catalog:
    po = _read(lang)
    po.update(template, no_fuzzy_matching=True, update_header_comment=False)
    po.creation_date = po.revision_date = FIXED_DATE
    po.project, po.version, po.fuzzy = "EBP Logger", "", False
    po.header_comment = (
        "# Texts of EBP Logger's core messages (errors and refusals).\n"
        "# Made by installers/dev/update_core_messages.py; translate each empty msgstr."
    )
    return po


def po_bytes(po: Catalog) -> bytes:
    out = io.BytesIO()
    # no locations: line numbers would change the .po with every edit and collide in merges
    write_po(out, po, width=100, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def pot_bytes(template: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, template, width=100, sort_output=True)
    return out.getvalue()


def mo_bytes(po: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, po, use_fuzzy=False)
    return out.getvalue()


def problems(lang: str, template: Catalog, po: Catalog) -> list[str]:
    """Untranslated, fuzzy or placeholder-mismatched messages of one language."""
    found = []
    for msg in po:
        if not msg.id or msg.id not in template:
            continue
        if not msg.string or msg.fuzzy:
            found.append(f"{lang}: untranslated: {msg.id!r}")
        elif placeholders(msg.id) != placeholders(msg.string):
            found.append(f"{lang}: placeholders differ: {msg.id!r} -> {msg.string!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--pot", metavar="FILE", help="also write the template (with locations)")
    args = parser.parse_args(argv)
    template = extract()
    report: list[str] = []
    stale = False
    for lang in LANGS:
        po = merged(lang, template)
        new_po = po_bytes(po)
        path = po_path(lang)
        if args.check:
            if not path.exists() or path.read_bytes() != new_po:
                stale = True
                report.append(f"{path.relative_to(TOP)}: stale (run this script)")
            mo = mo_path(lang)
            if not mo.exists() or mo.read_bytes() != mo_bytes(po):
                stale = True
                report.append(f"{mo.relative_to(TOP)}: stale (run this script)")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(new_po)
            mo_path(lang).write_bytes(mo_bytes(po))
        report.extend(problems(lang, template, po))
        print(f"{path.relative_to(TOP)}: {len(template)} messages", file=sys.stderr)
    if args.pot:
        Path(args.pot).write_bytes(pot_bytes(template))
    for line in report:
        print(line)
    return 1 if (report or stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
