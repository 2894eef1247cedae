"""Writing files the user keeps (PDFs, workbooks, exports) so that a failure never leaves half a file behind."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, build: Callable[[io.BufferedIOBase], object]) -> Path:
    """Run ``build`` into a temporary file beside ``path`` and move it into place only when it succeeded."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            build(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
