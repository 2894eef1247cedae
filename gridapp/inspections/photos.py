"""Photos taken at an item, scaled down before they are stored: a phone's 12-megapixel picture would make the
database (and the USB exchange with the plant) grow by megabytes per round."""

from __future__ import annotations

import io

MAX_SIDE = 1600
QUALITY = 85


class NotAnImage(ValueError):
    pass


class TooManyPixels(NotAnImage):
    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} pixels")
        self.limit = limit


def shrink_photo(data: bytes) -> bytes:
    """``data`` (any image Pillow reads) as a JPEG no larger than MAX_SIDE on its longer side, upright."""
    from PIL import ImageOps

    from gridapp.io.pictures import PictureProblem, PictureRefused, open_picture

    try:
        with open_picture(data) as image:
            image = ImageOps.exif_transpose(image)
            if image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            image.save(out, "JPEG", quality=QUALITY, optimize=True)
    except PictureRefused as exc:
        if exc.problem is PictureProblem.TOO_MANY_PIXELS:
            raise TooManyPixels(exc.limit) from exc
        raise NotAnImage(str(exc)) from exc
    return out.getvalue()
