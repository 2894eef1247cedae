"""The QApplication: bundled fonts, translations (ours and Qt's own), and the error hook."""

from __future__ import annotations

import logging
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
    return app


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


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translation and every ``*_<language>.qm`` of ours; English needs none."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(qt_dir) / f"qtbase_{language}.qm", *sorted(I18N.glob(f"*_{language}.qm"))]
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not loaded", path)
    return translators
