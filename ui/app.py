"""The QApplication: bundled fonts, translations (ours and Qt's own), and the error hook."""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from gridapp import APP_AUTHOR, APP_NAME, __version__
from gridapp.paths import CJK_FONT, EMOJI_FONT, RESOURCES, SYMBOL_FONT
from ui.errors import install_excepthook

log = logging.getLogger(__name__)

I18N = RESOURCES / "i18n"
FONT_POINT_SIZE = 10


def create_application(argv: list[str], language: str) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    use_bundled_font(app)
    install_translators(app, language)
    install_excepthook()
    forget_module_sources()
    return app


def forget_module_sources() -> None:
    """Keep no module's source in memory for PySide6's import check.

    PySide6 reads the whole source of every module imported after it (``shibokensupport.feature._mod_uses_pyside``
    looks for "PySide6" in it, for its ``__feature__`` switch) through ``linecache``, which keeps every line: 24 MiB
    of the app's, SQLAlchemy's and the standard library's source, a sixth of the window's memory on the board. This
    drops what is cached and lets each later check drop its own file; tracebacks read the lines again when needed.
    """
    linecache.clearcache()
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "forgets_source", False):
        return

    def uses_pyside(module: object) -> bool:
        try:
            return bool(check(module))
        finally:
            linecache.cache.pop(getattr(module, "__file__", None) or "", None)

    uses_pyside.forgets_source = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def use_bundled_font(app: QApplication) -> str:
    """Register the bundled fonts and make the chain the application font, so every PC shows the same glyphs: the
    CJK font, then DejaVu Sans for the symbols it lacks (℃ ✗ …), then Symbola (emoji), then whatever the PC has."""
    families: list[str] = []
    for path in (CJK_FONT, SYMBOL_FONT, EMOJI_FONT):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load bundled font %s", path)
            continue
        families.append(QFontDatabase.applicationFontFamilies(font_id)[0])
    if not families:
        return ""
    for fallback in families[1:]:
        # Widgets that name the CJK family alone (a QFont(family) of their own) fall back to the same chain.
        QFont.insertSubstitution(families[0], fallback)
    font = QFont(families[0], FONT_POINT_SIZE)
    font.setFamilies(families)
    app.setFont(font)
    return families[0]


# Qt 6 moved some of its own strings to new contexts; its Chinese catalogue still has them under the old one.
MOVED_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}


class QtCatalogueGaps(QTranslator):
    """Qt's own strings that its Chinese catalogue lacks in this Qt version, found under their older form.

    Qt 6.11 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") that ``qtbase_zh_CN`` has
    only without ("Look in:"), and moved the file kinds ("Folder") to a new context: the save dialog spoke English
    in a Chinese window. This finds the old translation and adds the mnemonic the Chinese way ("查找范围(&L)：").
    """

    def __init__(self, base: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": an empty string would count as found and blank the text out.
        if context in MOVED_CONTEXTS:
            return self._base.translate(MOVED_CONTEXTS[context], source, None, n) or None
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or source[at + 1] == "&" or not context.startswith("Q"):
            return None
        found = self._base.translate(context, source[:at] + source[at + 1 :], disambiguation, n)
        if not found or "&" in found:
            return found or None
        mnemonic = f"(&{source[at + 1].upper()})"
        if found[-1] in "：:":
            return found[:-1] + mnemonic + found[-1]
        return found + mnemonic


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translation and every ``*_<language>.qm`` of ours; English needs none."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = Path(qt_dir) / f"qtbase_{language}.qm"
    base = QTranslator(app)
    if base.load(str(qt_base)):
        # Consulted last (translators are asked newest first): only for what no catalogue knows.
        fallback = QtCatalogueGaps(base, app)
        app.installTranslator(fallback)
        translators.append(fallback)
    candidates = [qt_base, *sorted(I18N.glob(f"*_{language}.qm"))]
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not loaded", path)
    return translators
