"""The one QR encoder of every printed page: the matrix of a payload, drawn as vector squares (sharp at A1)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas


def qr_matrix(payload: str) -> list[list[bool]]:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(c: Canvas, matrix: list[list[bool]], x: float, y: float, size: float, quiet: int = 3) -> None:
    """The code (``qr_matrix``'s) with a white quiet zone of ``quiet`` modules, its lower-left corner at (x, y),
    ``size`` wide."""
    modules = len(matrix) + 2 * quiet
    unit = size / modules
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + quiet) * unit
        col = 0
        while col < len(row):
            if row[col]:
                run = col
                while run < len(row) and row[run]:
                    run += 1
                # Dark runs of a row as one rectangle, slightly overlapping so no hairline gaps show when printed.
                path.rect(x + (col + quiet) * unit, top - unit * 1.01, (run - col) * unit + 0.01, unit * 1.02)
                col = run
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
