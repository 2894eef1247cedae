"""The one safe way to open a picture a user chose: its size is read from the header and checked before decoding.

A PNG of 20,000 × 20,000 pixels can be 400 KB on disk and 1.2 GB once decoded; Pillow only warns below 179
megapixels. MAX_PIXELS (50 megapixels, 150 MB as RGB) takes any phone's or camera's ordinary picture (12–48 MP) and
refuses the rest before a byte of pixels is decoded.
"""

from __future__ import annotations

import enum
import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

MAX_PIXELS = 50_000_000


class PictureProblem(enum.StrEnum):
    NOT_A_PICTURE = "not_a_picture"
    TOO_MANY_PIXELS = "too_many_pixels"  # limit: MAX_PIXELS


class PictureRefused(ValueError):
    def __init__(self, problem: PictureProblem, limit: int = 0, size: tuple[int, int] | None = None) -> None:
        super().__init__(f"{problem.value} {size or ''} (limit {limit})".strip())
        self.problem = problem
        self.limit = limit
        self.size = size


@cache
def _pillow() -> Any:
    """Pillow, with its own bomb check set to this limit: it warns above MAX_PIXELS and refuses above twice that."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


@contextmanager
def open_picture(data: bytes, max_pixels: int = MAX_PIXELS) -> Iterator[Any]:
    """``data`` opened with Pillow (not yet decoded) once its pixel count is known to be within ``max_pixels``.

    Raises PictureRefused; errors while decoding inside the block become NOT_A_PICTURE.
    """
    from PIL import UnidentifiedImageError

    Image = _pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # refused below, with the size
            opened = Image.open(io.BytesIO(data))
        with opened as image:
            width, height = image.size
            if width * height > max_pixels:
                raise PictureRefused(PictureProblem.TOO_MANY_PIXELS, max_pixels, (width, height))
            yield image
    except PictureRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:  # Pillow's check, in Image.open
        raise PictureRefused(PictureProblem.TOO_MANY_PIXELS, max_pixels) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise PictureRefused(PictureProblem.NOT_A_PICTURE) from exc
