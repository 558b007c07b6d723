"""A smaller ICU data library for the Linux bundle: Qt's ``libicudata`` keeps only what Crier can use.

PySide6's Qt links ICU, whose data library (``libicudata.so.73``, 32 MB) holds every locale's names,
units, currencies, collation and time-zone strings, 200 legacy character-set converters and the CJK/Thai
word-break dictionaries. Qt reaches ICU only for locale-aware collation, case mapping, time-zone names
and legacy text codecs; Crier's interface is English and Welsh and its text is UTF-8. So the bundle
keeps the root, English and Welsh locale data and everything that isn't per-locale (likely subtags,
plural rules, time-zone tables, normalisation, the root collation table), and drops converters, word-
break dictionaries, transliterators and other languages' locale data. ICU falls back to root for a
locale it lacks, which is what Qt already shows when ICU has no better answer.

The data is an ICU "common data" blob (format ``CmnD``: a header, a table of contents, then items).
This module reads it out of the library, writes a blob with the kept items, and links it into a new
library with the same symbol and soname (needs a C compiler). Loaded by path from ``crier.spec``;
imports nothing from PyInstaller.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

#: Languages whose ICU locale data ships (``root`` is every locale's fallback).
KEPT_LANGUAGES = ("root", "en", "cy")
#: The ICU functions Qt calls, by family: all of them are in libQt6Core (``qt_icu_functions`` reads them),
#: and these are all the data they reach: collation, converter aliases, calendars and time-zone names, and
#: locale case mapping (whose properties are compiled into libicuuc).
QT_ICU_FAMILIES = ("ucol_", "ucnv_", "UCNV_", "ucal_", "u_strToUpper", "u_strToLower")
#: Whole kinds of item nothing in Crier reaches through Qt: transliterators, and what only ICU APIs Qt
#: never calls read: break iterators (ubrk), currency, unit and rule-based number names (unum), language and
#: region display names (uloc_getDisplay*), character names (u_charName), spoof checks, IDNA. 1.6 MB.
_DROPPED_DIRS = ("translit", "brkitr", "curr", "unit", "rbnf", "lang", "region")
_DROPPED_FILES = ("unames.icu", "confusables.cfu", "uts46.nrm")
_DROPPED_SUFFIXES = (".cnv", ".dict")
_LOCALE_STEM = re.compile(r"^(?P<language>[a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*$")
_ALIGN = 16


def keep_item(name: str) -> bool:
    """Whether an item such as ``icudt73l/coll/cy.res`` stays in the bundled ICU data."""
    path = name.split("/", 1)[-1]
    folder, _, filename = path.rpartition("/")
    if folder in _DROPPED_DIRS or filename in _DROPPED_FILES or filename.endswith(_DROPPED_SUFFIXES):
        return False
    stem = filename.rsplit(".", 1)[0]
    match = _LOCALE_STEM.match(stem)
    return match is None or match["language"] in KEPT_LANGUAGES


def qt_icu_functions(qt_core: Path) -> set[str]:
    """The ICU functions ``libQt6Core`` imports (``ucol_open``, without ICU's ``_73`` version suffix)."""
    command = ["objdump", "-p", "-T", str(qt_core)]
    dynamic = subprocess.run(command, capture_output=True, text=True, check=True)
    version = re.search(r"NEEDED\s+libicuuc\.so\.(\d+)", dynamic.stdout)
    if version is None:
        return set()
    imported = re.compile(rf"\*UND\*.*\s(\w+)_{version[1]}$")
    return {match[1] for line in dynamic.stdout.splitlines() if (match := imported.search(line.strip()))}


def unserved_icu_functions(functions: set[str]) -> list[str]:
    """Those of ``functions`` outside ``QT_ICU_FAMILIES``: a Qt that calls them may need dropped data."""
    return sorted(name for name in functions if not name.startswith(QT_ICU_FAMILIES))


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """``(header, [(name, item), ...])`` of an ICU common-data blob, items in the blob's (sorted) order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not little-endian ICU common data (CmnD)")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data for _name, data in entries] + [len(blob)]
    items = []
    for i, (name_offset, _data) in enumerate(entries):
        at = header_size + name_offset
        name = blob[at : blob.index(b"\0", at)].decode("ascii")
        items.append((name, blob[starts[i] : starts[i + 1]]))
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The blob ICU reads: the header, a table of contents (name and data offsets), names, aligned items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _item in items)
    toc_size = 4 + 8 * len(items)
    data_at = _aligned(len(header) + toc_size + len(names)) - len(header)
    toc, name_at, offset = [struct.pack("<I", len(items))], toc_size, data_at
    body = []
    for name, item in items:
        toc.append(struct.pack("<II", name_at, offset))
        name_at += len(name) + 1
        padded = item + b"\0" * (_aligned(len(item)) - len(item))
        body.append(padded)
        offset += len(padded)
    head = header + b"".join(toc) + names
    return head + b"\0" * (len(header) + data_at - len(head)) + b"".join(body)


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def _exported_data_symbol(library: Path) -> tuple[str, int, int]:
    """``(name, file offset, size)`` of the ``icudtNN_dat`` symbol, read with binutils' ``nm``."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], int(parts[0], 16), int(parts[1], 16)
    raise ValueError(f"{library} exports no icudtNN_dat symbol")


def _soname(library: Path) -> str:
    command = ["readelf", "-d", str(library)]
    dynamic = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return match[1] if match else library.name


def trim_library(library: Path, workdir: Path) -> tuple[Path, int, int]:
    """Build a trimmed copy of ``library`` in ``workdir``: ``(path, items kept, items dropped)``.

    Raises ``RuntimeError`` with the reason if this machine can't (no C compiler or binutils); the spec
    then keeps the full library.
    """
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("nm") is None:
        raise RuntimeError("needs a C compiler and binutils (apt-get install gcc binutils)")
    qt_core = library.with_name("libQt6Core.so.6")
    unserved = unserved_icu_functions(qt_icu_functions(qt_core)) if qt_core.is_file() else []
    if unserved:
        raise RuntimeError(f"Qt calls ICU functions whose data may be trimmed: {', '.join(unserved)}")
    symbol, address, size = _exported_data_symbol(library)
    raw = library.read_bytes()
    # The data sits in the first read-only segment, where file offsets equal addresses; check it's there.
    blob = raw[address : address + size]
    header, items = read_common_data(blob)
    kept = [(name, item) for name, item in items if keep_item(name)]
    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"{symbol}.bin"
    dat.write_bytes(write_common_data(header, kept))
    source = workdir / f"{symbol}.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out = workdir / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{_soname(library)}", "-o", out.name, source.name],
        cwd=workdir,
        check=True,
        capture_output=True,
    )
    return out, len(kept), len(items) - len(kept)
