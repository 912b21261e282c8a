"""Which text encoding an uploaded text file is in, checked over the whole file in constant memory."""

from __future__ import annotations

import codecs
from pathlib import Path

from shared.datasets.source import READ_CHUNK, SAMPLE_BYTES
from shared.errors import ValidationFailed


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is zero (ASCII text in UTF-16), else None."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def detect_encoding(path: Path, filename: str) -> str:
    """UTF-8 (with or without BOM), UTF-16, GB18030 (covers GBK/GB2312), else charset_normalizer's guess.

    The whole file is validated (incremental decode, constant memory), so a file that mixes
    encodings is refused with the line where the first undecodable bytes are.
    """
    with path.open("rb") as f:
        head = f.read(SAMPLE_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless16 = utf16_without_bom(head)
    if bomless16:
        return bomless16
    if _decodes(path, "utf-8"):
        return "utf-8"
    utf8_error = _first_decode_error(path, "utf-8")
    if utf8_error is None:
        return "utf-8"
    offset, line, non_ascii_before = utf8_error
    if non_ascii_before >= 6:
        raise ValidationFailed(
            f"{filename}: line {line} is not valid UTF-8 although the lines before it are; "
            f"the file mixes text encodings. Save it again as UTF-8 and re-upload"
        )
    if _first_decode_error(path, "gb18030") is None:
        return "gb18030"
    from charset_normalizer import from_bytes  # lazy: heavy (charset_normalizer)

    best = from_bytes(head).best()
    if best is not None and _first_decode_error(path, best.encoding) is None:
        return str(best.encoding)
    raise ValidationFailed(
        f"{filename}: could not recognise the text encoding (line {line} is neither UTF-8 nor GBK); "
        f"save it as UTF-8 and re-upload"
    )


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes: the common case, checked without `_first_decode_error`'s counting."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as f:
        try:
            while chunk := f.read(READ_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _first_decode_error(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """(byte offset, line number, non-ASCII bytes before it) of the first undecodable byte, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = lines = non_ascii = 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(READ_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                bad = max(0, exc.start - len(decoder.getstate()[0]))
                before = chunk[:bad]
                return (
                    offset + bad,
                    lines + before.count(b"\n") + 1,
                    non_ascii + sum(1 for b in before if b >= 0x80),
                )
            if not chunk:
                return None
            offset += len(chunk)
            lines += chunk.count(b"\n")
            if non_ascii < 6:
                non_ascii += sum(1 for b in chunk if b >= 0x80)
