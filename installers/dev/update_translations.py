"""Extract the GUI's texts into the Qt Linguist sources and compile them.

    python installers/dev/update_translations.py          # update .ts, fill English, write .qm
    python installers/dev/update_translations.py --check  # exit 1 on stale or unfinished; write nothing

Sources: every ``ebp_logger/gui/**/*.py`` (``self.tr("…")`` with the class name as context,
``QCoreApplication.translate("context", "…")`` and ``TextContext`` objects) and every
``ui/*.ui``. The forms generated from the .ui files (``ebp_logger/gui/forms``) are skipped:
their .ui file is the source of the same messages.

Writes ``resources/translations/ebp_logger_<lang>.ts`` with the venv's ``pyside6-lupdate``
(new messages come in unfinished, vanished ones are dropped: git keeps the history), marks
every English message finished with its source as translation (English plural forms of
``%n`` messages stay for a person to write in Linguist), then compiles each .ts into its .qm
with ``pyside6-lrelease``. The .qm files are committed (a bundle needs no build step) and a
test runs ``--check``, which reports:

- stale .ts: lupdate would add or drop messages (a GUI text changed; run this script);
- unfinished messages: Danish still to translate (open the .ts in ``pyside6-linguist``,
  translate, mark done, run this script again to compile);
- stale .qm: the .qm does not match its .ts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
GUI_DIR = TOP / "ebp_logger" / "gui"
UI_DIR = TOP / "ui"
TS_DIR = TOP / "resources" / "translations"
LANGS = ("da", "en")
SOURCE_LANG = "en"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"ebp_logger_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"ebp_logger_{lang}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this interpreter (the venv's bin), else the one on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"update_translations: pyside6-{name} not found (install PySide6-Essentials)")


def source_files() -> list[Path]:
    forms = GUI_DIR / "forms"
    py = [p for p in GUI_DIR.rglob("*.py") if forms not in p.parents]
    return sorted(py) + sorted(UI_DIR.glob("*.ui"))


def _run(args: list[str]) -> None:
    result = subprocess.run(
        args, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    if result.returncode != 0:
        raise SystemExit(f"update_translations: {' '.join(args[:2])}: {result.stderr.strip()}")


def run_lupdate(ts_files: list[Path], lang_of: dict[Path, str]) -> None:
    """lupdate every source into each .ts (relative paths keep the file free of /work/...)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        for ts in ts_files:
            _run(
                [
                    tool("lupdate"),
                    f"@{listing}",
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-source-language",
                    SOURCE_LANG,
                    "-target-language",
                    {"da": "da_DK", "en": "en_GB"}[lang_of[ts]],
                    "-ts",
                    str(ts),
                ]
            )


def run_lrelease(ts: Path, qm: Path) -> None:
    _run([tool("lrelease"), "-nounfinished", "-removeidentical", str(ts), "-qm", str(qm)])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or each plural form


def read_messages(ts: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            kind = tr.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            out.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=numerus,
                    finished=kind != "unfinished" and all(forms),
                    forms=forms,
                )
            )
    return out


def keys(messages: list[Message]) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in messages}


_NOTES = "comment|oldsource|oldcomment|extracomment|translatorcomment"
_UNFINISHED_MESSAGE = re.compile(
    r"(<message>\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*"
    r"(?:<(?:%s)>[^<]*</(?:%s)>\s*)*)"
    r'<translation type="unfinished">[^<]*</translation>' % ((_NOTES,) * 2),
    # [^<]: a match never runs past its own message (sources and notes are XML-escaped)
)


def fill_english(ts: Path) -> int:
    """Mark every English message finished with its source as translation (also over a guess
    lupdate made from a similar text), except plural
    messages (``<message numerus="yes">``, not matched): their singular and plural are
    written by a person. Returns how many were filled; lupdate's layout stays."""
    text = ts.read_text(encoding="utf-8")
    text, filled = _UNFINISHED_MESSAGE.subn(r"\1<translation>\2</translation>", text)
    ts.write_text(text, encoding="utf-8")
    return filled


def unfinished(ts: Path) -> list[Message]:
    return [m for m in read_messages(ts) if not m.finished]


def stale_ts(lang: str) -> tuple[set, set]:
    """(messages lupdate would add, messages it would drop) for one language."""
    current = ts_path(lang)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / current.name
        if current.exists():
            shutil.copy(current, copy)
        run_lupdate([copy], {copy: lang})
        fresh = keys(read_messages(copy))
    have = keys(read_messages(current)) if current.exists() else set()
    return fresh - have, have - fresh


def stale_qm(lang: str) -> bool:
    qm = qm_path(lang)
    if not qm.exists() or not ts_path(lang).exists():
        return True
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        run_lrelease(ts_path(lang), fresh)
        return fresh.read_bytes() != qm.read_bytes()


def check() -> int:
    problems = 0
    for lang in LANGS:
        rel = ts_path(lang).relative_to(TOP)
        added, dropped = stale_ts(lang)
        for ctx, source, _ in sorted(added):
            print(f"stale: {rel}: new text [{ctx}] {source!r}")
        for ctx, source, _ in sorted(dropped):
            print(f"stale: {rel}: text no longer in the code [{ctx}] {source!r}")
        if ts_path(lang).exists():
            for m in unfinished(ts_path(lang)):
                print(f"unfinished: {rel}: [{m.context}] {m.source!r}")
                problems += 1
        if stale_qm(lang):
            print(f"stale: {qm_path(lang).relative_to(TOP)} (does not match {rel})")
            problems += 1
        problems += len(added) + len(dropped)
    if problems:
        print(
            "run: python installers/dev/update_translations.py, translate what is unfinished "
            "in pyside6-linguist, then run it again",
            file=sys.stderr,
        )
    return 1 if problems else 0


def update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    paths = {ts_path(lang): lang for lang in LANGS}
    run_lupdate(list(paths), paths)
    fill_english(ts_path("en"))
    for lang in LANGS:
        run_lrelease(ts_path(lang), qm_path(lang))
        messages = read_messages(ts_path(lang))
        todo = [m for m in messages if not m.finished]
        print(
            f"{ts_path(lang).relative_to(TOP)}: {len(messages)} messages, "
            f"{len(messages) - len(todo)} finished, {len(todo)} unfinished"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="report stale or unfinished; write nothing"
    )
    args = parser.parse_args(argv)
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
