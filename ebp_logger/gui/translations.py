"""The GUI's language at run time: Qt translators and the default locale.

Two translators per language: ours (``resources/translations/ebp_logger_<lang>.qm``, compiled
from the Qt Linguist sources beside it by ``installers/dev/update_translations.py``) and Qt's
own ``qtbase_<lang>.qm`` from the Qt installation (standard buttons, file and colour dialogs,
context menus of line edits). English has a .qm too: it carries the English plural forms of
``%n`` messages.

The default QLocale follows the language, so Qt's widgets (spin boxes, date edits) and
:mod:`ebp_logger.gui.formatting` write decimal commas in Danish.

Texts outside a QObject class go through a :class:`TextContext` subclass so lupdate sees them
with the context they are looked up in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ebp_logger.gui.ui_language import resolve_lang
from ebp_logger.paths import resource_path

__all__ = ["LOCALE_NAMES", "TextContext", "install_translators", "installed_language"]

log = logging.getLogger(__name__)

# English texts with Danish dates are set by the explicit formats in formatting.py; numbers
# follow the language (2,5 ml in Danish, 2.5 ml in English).
LOCALE_NAMES = {"da": "da_DK", "en": "en_GB"}

# Qt's own words that the app says differently: listed here, lupdate puts them in our .ts, and
# our translator (installed after Qt's, so asked first) wins. Qt's Danish standard button says
# "Annuller"; the app's own buttons say "Annullér".
QT_OVERRIDES = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),)

_installed: list[QTranslator] = []
_language = ""


class TextContext:
    """Translatable texts of module-level functions (outside any QObject class).

    Subclass it once per module; the subclass's name is the translation context, as lupdate
    reads ``WardText.tr("Done")``::

        class WardText(TextContext):
            pass
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    ok = translator.load(name, folder)
    if not ok:
        log.info("no translation %s in %s", name, folder)
    return ok


def install_translators(app: QCoreApplication, lang: str = "") -> str:
    """Show the GUI in ``lang`` ("da", "en"; "" follows ``EBP_LOGGER_LANG`` or the system).

    Replaces the translators installed by an earlier call (a changed setting); widgets
    already shown receive ``QEvent.LanguageChange``. Returns the language in effect. A
    missing .qm file leaves the English source texts, never an error.
    """
    global _language
    chosen = resolve_lang(lang)
    if chosen == _language:  # unchanged: no LanguageChange round through every widget
        return chosen
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALE_NAMES[chosen]))
    wanted = []
    if chosen != "en":  # Qt's own texts are written in English
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{chosen}", qt_folder))
    # Installed last, asked first: our words win where both translate a text (QT_OVERRIDES).
    wanted.append((f"ebp_logger_{chosen}", str(resource_path("translations"))))
    for name, folder in wanted:
        translator = QTranslator(app)
        if _load(translator, name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    _language = chosen
    return chosen


def installed_language() -> str:
    """The language of the last :func:`install_translators` ("" before the first)."""
    return _language
