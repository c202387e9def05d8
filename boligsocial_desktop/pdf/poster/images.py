"""Pictures and logos for posters: checked, shrunk to what print needs, cached for the preview.

A photo straight from a phone is 4000 × 3000 pixels and 5 MB; a poster needs at most
about 2400 pixels across (A3 at 200 dpi). Larger pictures are scaled down once and
kept as JPEG (photos) or PNG (logos with transparency), so previews stay fast and PDFs
small. Files that are not pictures, are empty, or are absurdly large are refused with
a Danish message.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from ...errors import ValidationError

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 60_000_000
PRINT_PIXELS = 2400  # longest side kept for a picture
LOGO_PIXELS = 800


@dataclass(frozen=True)
class Picture:
    data: bytes  # JPEG or PNG, already scaled down
    width: int
    height: int

    def reader(self) -> ImageReader:
        return ImageReader(io.BytesIO(self.data))


def _open(data: bytes, label: str) -> Image.Image:
    if not data:
        raise ValidationError(f"{label} er tom (0 byte). Vælg et andet billede.", "picture")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    f"{label} er for stort ({width} × {height} punkter). Brug et billede på højst "
                    f"{MAX_PIXELS // 1_000_000} megapixel; du kan gøre det mindre i Paint eller Fotos.", "picture")
            image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        raise ValidationError(f"{label} er ikke et billede, programmet kan læse. Brug en JPG- eller PNG-fil.",
                              "picture") from exc
    return image


def _shrunk(image: Image.Image, longest: int, keep_alpha: bool) -> Picture:
    image = image.copy()
    image.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if keep_alpha and has_alpha:
        image.convert("RGBA").save(out, "PNG", optimize=False)
    else:
        image.convert("RGB").save(out, "JPEG", quality=88)
    return Picture(out.getvalue(), image.width, image.height)


def load_picture(path: Path | str) -> Picture:
    """A photo or drawing for the poster, from a file the user chose."""
    path = Path(path)
    label = f"Filen »{path.name}«"
    try:
        stat = path.stat()
    except OSError:
        raise ValidationError(f"{label} findes ikke længere. Vælg billedet igen.", "picture") from None
    if stat.st_size > MAX_FILE_BYTES:
        raise ValidationError(f"{label} fylder {stat.st_size / 1024 / 1024:.0f} MB. Brug et billede på højst "
                              f"{MAX_FILE_BYTES // 1024 // 1024} MB; du kan gøre det mindre i Paint eller Fotos.",
                              "picture")
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _load_cached(path: str, _mtime: int, _size: int) -> Picture:
    data = Path(path).read_bytes()
    return _shrunk(_open(data, f"Filen »{Path(path).name}«"), PRINT_PIXELS, keep_alpha=True)


def logo_from_bytes(data: bytes) -> Picture:
    """An estate's logo, kept small (transparency kept)."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("Logoet er for stort. Brug en PNG- eller JPG-fil på højst 30 MB.", "logo")
    return _shrunk(_open(data, "Logoet"), LOGO_PIXELS, keep_alpha=True)


@lru_cache(maxsize=32)
def cached_picture(data: bytes) -> Picture:
    """An already checked, already small picture (e.g. a stored logo) as a Picture."""
    with Image.open(io.BytesIO(data)) as image:
        return Picture(data, image.width, image.height)
