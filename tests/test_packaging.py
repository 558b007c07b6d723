"""Packaging: the PyInstaller bundle, the .deb, the Windows installer script, Group Policy templates, CI.

The slow tests build the one-folder bundle once per run into a temporary folder, from the current tree,
then run the *bundled* ``crier --selftest`` the way IT would; the .deb is built from that same bundle and
unpacked into a throwaway root. What can't run here (Inno Setup, Group Policy, GitHub's runners) is
checked against the files that drive it, so a renamed executable or a new setting can't slip past.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

import pytest
import yaml

from desktop import __version__
from desktop.core.db import HEAD_REVISION
from desktop.core.display import XCB_LIBRARIES
from desktop.core.networks.registry import MODULES as PUBLISHER_MODULES
from desktop.core.policy import load_policy
from desktop.core.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
ISS = PACKAGING / "windows" / "crier.iss"
POLICY_DIR = PACKAGING / "windows" / "policy"
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
ICONS = REPO / "resources" / "icons"
SCHEMA = REPO / "resources" / "policy" / "policy.schema.json"
EXAMPLE_POLICY = REPO / "resources" / "policy" / "policy.example.json"
KEYRING_HELPER = REPO / "tests" / "run_with_keyring.py"
ADMX_NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
#: Upgrades find the installed copy by this; changing it would leave old installs behind.
INNO_APP_ID = "{{6F0E3B52-8C1D-4B7A-9E25-3D4C7A1F9B60}"
#: Regression guard for the Linux bundle: 173 MB before ICU was trimmed, 148 MB with psycopg for team mode,
#: 127 MB with one copy of each library, the desktop's own libraries from the system and -OO bytecode,
#: 109 MB with the base system's libraries (OpenSSL, C++ runtime, SQLite, GLib ...) from the system, ICU
#: data only for what Qt calls and unused library paths left out (the aim is under 110 MB;
#: benchmarks/bench_bundle.py and packaging/bundle_size.py list the largest files).
LINUX_BUNDLE_BUDGET_MB = 112
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
EXIT_CANNOT_START_KEYRING = 77


def _load(name: str, path: Path) -> ModuleType:
    """Load a packaging script by path: ``packaging/`` isn't a package (it would shadow PyPI's)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("crier_bundle_rules", PACKAGING / "bundle_rules.py")
icu_data = _load("crier_icu_data", PACKAGING / "icu_data.py")
bundle_size = _load("crier_bundle_size", PACKAGING / "bundle_size.py")
make_admx = _load("crier_make_admx", PACKAGING / "make_admx.py")
build_deb_module = _load("crier_build_deb", PACKAGING / "linux" / "build_deb.py")


# --- bundle rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "platform", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "linux", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "linux", False),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", "win32", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32", True),
        ("PySide6/plugins/imageformats/qico.dll", "win32", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", "win32", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
        ("PySide6/Qt/plugins/tls/libqsecuretransportbackend.dylib", "darwin", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux", False),
    ],
)
def test_qt_plugin_rules(dest: str, platform: str, kept: bool) -> None:
    plugin = rules.qt_plugin(dest)
    assert plugin is not None
    assert rules.keep_qt_plugin(*plugin, platform) is kept


def test_only_libraries_that_dropped_plugins_alone_need_are_pruned() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/src/libQt6WaylandClient.so.6", "BINARY"),
        ("libwayland-cursor.so.0", "/src/libwayland-cursor.so.0", "BINARY"),
        ("libxkbcommon.so.0", "/src/libxkbcommon.so.0", "BINARY"),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", "/src/QtPdf", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.dylib", "/src/libqpdf.dylib", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libxkbcommon.so.0"],
        # wayland needs what xcb needs too (libxkbcommon) plus its own libraries
        "/src/libqwayland.so": ["libQt6WaylandClient.so.6", "libxkbcommon.so.0"],
        "/src/libQt6WaylandClient.so.6": ["libwayland-cursor.so.0", "libQt6Gui.so.6"],
        "/src/libqpdf.dylib": ["@rpath/QtPdf.framework/Versions/A/QtPdf"],
    }
    datas = [
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/lib/QtPdf.framework/Resources/Info.plist", "/src/Info.plist", "DATA"),
        ("PySide6/Qt/lib/QtPdf.framework/QtPdf", "Versions/Current/QtPdf", "SYMLINK"),
        ("resources/tone/words.txt", "/src/words.txt", "DATA"),
    ]
    kept, kept_datas, dropped = rules.prune_qt(binaries, datas, "linux", lambda src: links.get(src, []))

    assert [dest for dest, _s, _k in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxkbcommon.so.0",
    ]
    assert [dest for dest, _s, _k in kept_datas] == ["libQt6Gui.so.6", "resources/tone/words.txt"]
    assert len(dropped) == len(binaries) + len(datas) - len(kept) - len(kept_datas)


def test_wheel_copies_of_system_libraries_become_links_where_the_system_copy_serves() -> None:
    binaries = [
        ("libssl.so.3", "/sys/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/sys/libcrypto.so.3", "BINARY"),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "/w/libpq", "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "/w/libssl", "BINARY"),
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "/w/libcrypto", "BINARY"),
        ("pillow.libs/libwebp-51b0b3f7.so.7.2.0", "/w/libwebp", "BINARY"),  # no system twin
        ("libzstd.so.1", "/sys/libzstd.so.1", "BINARY"),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/w/libzstd", "BINARY"),
        ("pillow.libs/libtiff-20b7e810.so.6.3.0", "/w/libtiff", "BINARY"),
    ]
    links = {
        "/w/libpq": ["libssl-6a9b88ec.so.3", "libcrypto-3a0647ea.so.3"],
        "/w/libssl": ["libcrypto-3a0647ea.so.3"],
        "/w/libtiff": ["libzstd-40ad5e7e.so.1.5.7"],
    }
    symbols = {  # (defined, needed)
        "/sys/libssl.so.3": ({"SSL_new@OPENSSL_3.0.0"}, {"EVP_MD_fetch@OPENSSL_3.0.0"}),
        "/sys/libcrypto.so.3": ({"EVP_MD_fetch@OPENSSL_3.0.0"}, set()),
        "/w/libpq": (set(), {"SSL_new@OPENSSL_3.0.0", "EVP_MD_fetch@OPENSSL_3.0.0", "memcpy@GLIBC_2.14"}),
        "/w/libssl": ({"SSL_new@OPENSSL_3.0.0"}, {"BIO_ADDR_copy@OPENSSL_3.2.0"}),
        "/w/libcrypto": ({"EVP_MD_fetch@OPENSSL_3.0.0", "BIO_ADDR_copy@OPENSSL_3.2.0"}, set()),
        "/sys/libzstd.so.1": ({"ZSTD_decompress"}, set()),
        "/w/libzstd": ({"ZSTD_decompress", "ZSTD_compressStream2"}, set()),
        "/w/libtiff": (set(), {"ZSTD_decompress", "ZSTD_compressStream2"}),
    }
    out, kept = rules.link_vendored_twins(binaries, lambda src: links.get(src, []), lambda src: symbols[src])
    by_dest = {dest: (src, kind) for dest, src, kind in out}
    # The wheel's libssl needs a 3.2 symbol the system libcrypto lacks, but once it is a link to the
    # system libssl nothing needs the wheel's libcrypto any more: both become links.
    assert by_dest["psycopg_binary.libs/libssl-6a9b88ec.so.3"] == ("../libssl.so.3", "SYMLINK")
    assert by_dest["psycopg_binary.libs/libcrypto-3a0647ea.so.3"] == ("../libcrypto.so.3", "SYMLINK")
    assert by_dest["pillow.libs/libwebp-51b0b3f7.so.7.2.0"] == ("/w/libwebp", "BINARY")
    # libtiff calls a zstd function the system's older zstd lacks: Pillow keeps its own.
    assert by_dest["pillow.libs/libzstd-40ad5e7e.so.1.5.7"] == ("/w/libzstd", "BINARY")
    assert [(entry[0], why) for entry, why in kept] == [
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "libzstd.so.1 lacks ZSTD_compressStream2")
    ]
    assert [dest for dest, _s, _k in out] == [dest for dest, _s, _k in binaries]


def test_dynamic_symbols_reads_versions_from_objdump() -> None:
    if shutil.which("objdump") is None or not sys.platform.startswith("linux"):
        pytest.skip("needs binutils' objdump on Linux")
    ssl_module = importlib.util.find_spec("_ssl")
    assert ssl_module is not None and ssl_module.origin is not None
    defined, needed = rules.dynamic_symbols(ssl_module.origin)
    assert "PyInit__ssl" in defined
    assert any(re.fullmatch(r"SSL_new@OPENSSL_\d[\d.]*", symbol) for symbol in needed)


def test_the_desktops_own_libraries_come_from_the_system_on_linux_only() -> None:
    assert rules.is_system_library("libX11.so.6", "linux")
    assert rules.is_system_library("libdbus-1.so.3", "linux")
    assert not rules.is_system_library("libX11.so.6", "win32")
    assert not rules.is_system_library("PySide6/Qt/lib/libQt6Gui.so.6", "linux")
    # The base system (C++ runtime, compressors, SQLite, GLib) and OpenSSL come from the distribution too,
    # but never a wheel's own copy nor Qt's ICU, which no distribution has in the same version.
    for system in ("libstdc++.so.6", "libcrypto.so.3", "libssl.so.3", "libsqlite3.so.0", "libz.so.1"):
        assert rules.is_system_library(system, "linux"), system
    for kept in ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "libpython3.11.so.1.0", "libicuuc.so.73"):
        assert not rules.is_system_library(kept, "linux"), kept
    # Each library left out is installed by a package the .deb depends on (or by one of its dependencies).
    assert {"libx11-6", "libfontconfig1", "libdbus-1-3", "libxkbcommon0"} <= set(rules.system_packages())
    assert {"libssl3", "libstdc++6", "libsqlite3-0", "libglib2.0-0"} <= set(rules.system_packages())
    assert set(XCB_LIBRARIES.values()) - {"libegl1", "libgl1"} <= set(rules.system_packages())


def test_links_to_a_library_left_to_the_system_name_the_systems_file() -> None:
    """psycopg's OpenSSL is a link to the system copy; once that copy leaves the bundle, the link names the
    installed file by soname (never by its full version, which an update changes)."""
    system_dir = os.path.realpath(os.path.dirname(ssl_library := _system_libcrypto()))
    binaries = [
        ("libcrypto.so.3", ssl_library, "BINARY"),
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "../libcrypto.so.3", "SYMLINK"),
        ("libcrypto-3a0647ea.so.3", "psycopg_binary.libs/libcrypto-3a0647ea.so.3", "SYMLINK"),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "/w/libpq", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, left = rules.leave_to_system(binaries, "linux")
    assert left == binaries[:1]
    assert kept == [
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", f"{system_dir}/libcrypto.so.3", "SYMLINK"),
        *binaries[2:],
    ]
    assert rules.leave_to_system(binaries, "win32") == (binaries, [])


def _system_libcrypto() -> str:
    """Where this machine's libcrypto.so.3 is, or a made-up path where it has none."""
    ssl_module = importlib.util.find_spec("_ssl")
    if sys.platform.startswith("linux") and shutil.which("ldd") and ssl_module and ssl_module.origin:
        listing = subprocess.run(["ldd", ssl_module.origin], capture_output=True, text=True).stdout
        found = re.search(r"libcrypto\.so\.3 => (\S+)", listing)
        if found:
            return found[1]
    return "/usr/lib/x86_64-linux-gnu/libcrypto.so.3"


def test_windows_software_opengl_is_left_out() -> None:
    binaries = [
        ("opengl32sw.dll", "C:/src/opengl32sw.dll", "BINARY"),
        ("PySide6/Qt6Gui.dll", "C:/src/Qt6Gui.dll", "BINARY"),
    ]
    kept, _datas, dropped = rules.prune_qt(binaries, [], "win32", lambda _src: [])
    assert kept == binaries[1:] and dropped == binaries[:1]
    assert rules.prune_qt(binaries, [], "linux", lambda _src: [])[0] == binaries


def test_excludes_keep_what_the_platforms_keyrings_need() -> None:
    linux = rules.excludes("linux")
    windows = rules.excludes("win32")
    assert "PySide6.QtQml" in linux and "PySide6.QtWebEngineCore" in windows
    for module in rules.QT_MODULES:
        assert f"PySide6.{module}" not in linux
    assert "cryptography" not in linux and "secretstorage" not in linux  # Secret Service needs them
    assert "cryptography" not in windows  # the Bluesky client signs with it
    assert "urllib3.contrib.pyopenssl" in windows
    assert "secretstorage" in rules.collected_package_names("linux")
    assert "win32ctypes" in rules.collected_package_names("win32")


def test_excludes_leave_out_unused_codecs_but_keep_what_atproto_and_spelling_need() -> None:
    linux = rules.excludes("linux")
    assert {"PIL._avif", "PIL._imagingcms", "zstandard", "pydantic.v1"} <= set(linux)
    # atproto's models are pydantic v2 classes built at import: pydantic and its compiled core stay.
    # pyenchant (spelling) is collected by its contrib hook; JPEG, PNG, GIF and WebP stay readable;
    # psycopg is team mode's PostgreSQL driver.
    needed_modules = ("pydantic", "pydantic_core", "enchant", "PIL", "PIL._webp", "psycopg", "psycopg_binary")
    for needed in needed_modules:
        assert not any(needed == name or needed.startswith(name + ".") for name in linux), needed


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        ("emoji/unicode_codes/emoji_de.json", True),
        ("emoji/unicode_codes/emoji.json", False),  # the table counting reads
        ("certifi/py.typed", True),
        ("somepackage/__init__.pyi", True),
        ("resources/tone/words.txt", False),
        ("resources/dictionaries/cy_GB.dic", False),
        ("resources/dictionaries/stub.pyi", False),  # Crier's own resources ship, but for build inputs:
        ("resources/translations/crier_cy.ts", True),  # the window and the CLI load the compiled .qm
        ("resources/translations/crier_cy.qm", False),
        ("resources/icons/crier.ico", True),  # the executables' and installers' icons come from the tree
        ("resources/icons/crier.svg", False),  # the window icon
        ("resources/icons/crier-32.png", False),  # the window icon in its first frame (app.FIRST_ICON)
        ("langcodes/data/language-subtag-registry.txt", True),  # only langcodes' build script parses it
        ("dukpy/jsruntime/process_runtime.js", False),
    ],
)
def test_unused_data_rules(dest: str, unused: bool) -> None:
    assert rules.unused_data(dest) is unused


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/root.res", True),
        ("icudt73l/cy.res", True),
        ("icudt73l/en_GB.res", True),
        ("icudt73l/coll/cy.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/zone/en_001.res", True),
        ("icudt73l/likelySubtags.res", True),
        ("icudt73l/pool.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/fr.res", False),
        ("icudt73l/coll/zh.res", False),
        ("icudt73l/zone/zh_Hant_HK.res", False),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/zoneinfo64.res", True),  # time zones (ucal)
        ("icudt73l/metaZones.res", True),
        ("icudt73l/brkitr/word.brk", False),  # only the APIs Qt never calls read these
        ("icudt73l/curr/en.res", False),
        ("icudt73l/lang/cy.res", False),
        ("icudt73l/region/en.res", False),
        ("icudt73l/unames.icu", False),
        ("icudt73l/uts46.nrm", False),
        ("icudt73l/nfkc.nrm", True),
    ],
)
def test_icu_items_kept(name: str, kept: bool) -> None:
    assert icu_data.keep_item(name) is kept


def test_qt_calls_only_the_icu_functions_whose_data_the_bundle_keeps() -> None:
    """A PySide6 upgrade whose Qt calls more of ICU (break iterators, number formats) fails here, before the
    trimmed data could fail a user: the spec then keeps ICU whole (and the bundle tests fail on its size)."""
    if shutil.which("objdump") is None or not sys.platform.startswith("linux"):
        pytest.skip("needs binutils' objdump and Qt's Linux libraries")
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    qt_core = Path(spec.origin).parent / "Qt" / "lib" / "libQt6Core.so.6"
    functions = icu_data.qt_icu_functions(qt_core)
    assert {"ucol_open", "ucal_getTimeZoneDisplayName", "ucnv_open", "u_strToUpper"} <= functions
    assert icu_data.unserved_icu_functions(functions) == []
    assert icu_data.unserved_icu_functions({"ubrk_open", "ucol_open"}) == ["ubrk_open"]


def _icu_item(payload: bytes) -> bytes:
    """A minimal ICU data item: a 32-byte header (size, magic, UDataInfo) then the payload."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"Test", b"\x01\0\0\0", b"\x01\0\0\0")
    return struct.pack("<HBB", 32, 0xDA, 0x27) + info + b"\0" * (32 - 4 - len(info)) + payload


def test_icu_common_data_round_trips_with_items_aligned() -> None:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack(
        "<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\x01\0\0\0", b"\x03\0\0\0"
    )
    header += b"\0" * (32 - len(header))
    items = [("icudt73l/a.res", _icu_item(b"a" * 5)), ("icudt73l/coll/b.res", _icu_item(b"b" * 40))]
    blob = icu_data.write_common_data(header, items)
    read_header, read_items = icu_data.read_common_data(blob)
    assert read_header == header
    assert [name for name, _ in read_items] == [name for name, _ in items]
    for (_name, item), (_read_name, read_item) in zip(items, read_items, strict=True):
        assert read_item.rstrip(b"\0") == item.rstrip(b"\0")
        assert blob.index(read_item) % 16 == 0  # ICU maps items in place: each must stay aligned
    with pytest.raises(ValueError, match="CmnD"):
        icu_data.read_common_data(_icu_item(b"not common data"))


def test_bundle_size_report_lists_the_largest_files_and_the_ratio(tmp_path: Path) -> None:
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "big.so").write_bytes(b"x" * 3_300_000)
    (tmp_path / "small.txt").write_bytes(b"x" * 1_000)
    (tmp_path / "link.so").symlink_to(tmp_path / "_internal" / "big.so")
    report = bundle_size.report(tmp_path, aim_mb=1.1, largest=1)
    lines = report.splitlines()
    assert "3.3 MB in 2 files; 3.00x the 1.1 MB aim" in lines[0]
    assert lines[1:] == ["     3.3 MB  _internal/big.so"]
    assert bundle_size.main([str(tmp_path / "missing")]) == 2


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("2", (2, 0, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("1.2.3.4", (1, 2, 3, 4))],
)
def test_version_numbers_for_windows(version: str, numbers: tuple[int, ...]) -> None:
    assert rules.version_tuple(version) == numbers


def test_version_numbers_windows_cannot_store_are_refused() -> None:
    with pytest.raises(ValueError, match="65535"):
        rules.version_tuple("1.70000")
    with pytest.raises(ValueError, match="number"):
        rules.version_tuple("dev")


def _version_resource(text: str) -> dict[str, Any]:
    """Read PyInstaller's version-file text without evaluating it."""
    tree = ast.parse(text, mode="eval")
    found: dict[str, Any] = {"strings": {}}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        args = [ast.literal_eval(arg) for arg in node.args if not isinstance(arg, ast.Call | ast.List)]
        if node.func.id == "FixedFileInfo":
            found.update({kw.arg: ast.literal_eval(kw.value) for kw in node.keywords})
        elif node.func.id == "StringStruct":
            found["strings"][args[0]] = args[1]
        elif node.func.id == "StringTable":
            found["table"] = args[0]
        elif node.func.id == "VarStruct":
            found["translation"] = ast.literal_eval(node.args[1])
    return found


def test_windows_version_resource_carries_the_app_version() -> None:
    resource = _version_resource(rules.version_info_text(__version__, rules.CONSOLE_EXE))
    assert resource["filevers"] == resource["prodvers"] == rules.version_tuple(__version__)
    assert resource["strings"]["ProductVersion"] == resource["strings"]["FileVersion"] == __version__
    assert resource["strings"]["OriginalFilename"] == f"{rules.CONSOLE_EXE}.exe"
    assert resource["strings"]["ProductName"] == "Crier"
    assert resource["table"] == "080904B0"  # en-GB, Unicode
    assert resource["translation"] == [0x0809, 1200]


# --- Windows installer script ------------------------------------------------------------------------------


@dataclass
class InnoScript:
    defines: dict[str, str]
    sections: dict[str, list[str]]

    def setup(self) -> dict[str, str]:
        pairs = (line.split("=", 1) for line in self.sections["Setup"] if "=" in line)
        return {key.strip(): value.strip() for key, value in pairs}

    def entries(self, section: str) -> list[dict[str, str]]:
        """``Name: "x"; Flags: a b`` lines as dicts."""
        rows = []
        for line in self.sections.get(section, []):
            fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
            rows.append({key: value.strip().strip('"') for key, value in fields})
        return rows

    def expand(self, text: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines[m.group(1)], text)


def _inno() -> InnoScript:
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if current != "Code" and (not line or line.startswith(";")):
            continue
        if match := re.fullmatch(r"#define (\w+) (.+)", line):
            defines[match[1]] = match[2]
        elif match := re.fullmatch(r"\[(\w+)\]", line):
            current = match[1]
            sections[current] = []
        elif current and not line.startswith("#"):
            sections[current].append(line)
    return InnoScript(defines, sections)


def _ispp_string(expression: str) -> str:
    """Evaluate the ISPP string expressions this script uses: literals, SourcePath and ``+``."""
    parts = [part.strip() for part in expression.split("+")]
    out = ""
    for part in parts:
        if part == "AddBackslash(SourcePath)":
            out += str(ISS.parent) + "\\"
        elif part.startswith('"') and part.endswith('"'):
            out += part[1:-1]
        else:
            raise AssertionError(f"unexpected ISPP expression part {part!r}")
    return out


def _windows_path(text: str) -> Path:
    """A path the script builds on Windows, resolved against this checkout."""
    pure = PureWindowsPath(text.replace(str(ISS.parent), "ISSDIR"))
    assert pure.parts[0] == "ISSDIR"
    return (ISS.parent.joinpath(*pure.parts[1:])).resolve()


def test_inno_installs_per_user_and_lets_it_choose_all_users() -> None:
    setup = _inno().setup()
    assert setup["AppId"] == INNO_APP_ID
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["CloseApplications"] == "yes"


def test_inno_takes_the_bundle_the_spec_builds() -> None:
    script = _inno()
    bundle = _windows_path(_ispp_string(script.defines["BundleDir"]))
    assert bundle == REPO / "dist" / rules.BUNDLE_NAME
    assert script.defines["CliExe"] == f'"{rules.CONSOLE_EXE}.exe"'
    assert script.defines["GuiExe"] == f'"{rules.WINDOWED_EXE}.exe"'
    spec = (PACKAGING / "crier.spec").read_text(encoding="utf-8")
    assert "rules.CONSOLE_EXE" in spec and "rules.WINDOWED_EXE" in spec and "name=rules.BUNDLE_NAME" in spec

    files = script.entries("Files")
    assert files, "the installer must install the bundle"
    for entry in files:
        assert entry["Source"] == "{#BundleDir}\\*"  # the whole one-folder bundle, nothing from elsewhere
        assert entry["DestDir"] == "{app}"
        assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(entry["Flags"].split())
    # The uninstall icon and every shortcut point at programs the spec builds.
    gui = script.defines["GuiExe"].strip('"')
    assert script.setup()["UninstallDisplayIcon"] == "{app}\\{#GuiExe}"
    for icon in script.entries("Icons"):
        assert script.expand(icon["Filename"].replace("{#GuiExe}", gui)) == f"{{app}}\\{gui}"
    # Upgrades clear the old contents folder first, so no stale library survives.
    assert {"Type": "filesandordirs", "Name": f"{{app}}\\{rules.CONTENTS_DIR}"} in script.entries(
        "InstallDelete"
    )


def test_inno_version_comes_from_the_bundled_exe_whose_resource_is_the_app_version() -> None:
    script = _inno()
    assert re.fullmatch(
        r'GetStringFileInfo\(AddBackslash\(BundleDir\) \+ CliExe, "ProductVersion"\)',
        script.defines["AppVersion"],
    )
    setup = script.setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    resource = _version_resource(rules.version_info_text(__version__, rules.CONSOLE_EXE))
    assert resource["strings"]["ProductVersion"] == __version__


def test_inno_purge_removes_every_folder_crier_writes_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs.windows

    from desktop.core.paths import APP_AUTHOR, APP_NAME

    local = r"C:\Users\someone\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _csidl: local, raising=False)
    dirs = platformdirs.windows.Windows(APP_NAME, APP_AUTHOR)
    code = "\n".join(_inno().sections["Code"])
    purged = re.search(r"ExpandConstant\('\{localappdata\}\\(\w+)'\)", code)
    assert purged is not None
    folder = PureWindowsPath(local, purged[1])
    for path in (dirs.user_data_dir, dirs.user_log_dir, dirs.user_config_dir):
        assert PureWindowsPath(path).is_relative_to(folder), path
    assert "CommandLineHas('/PURGE')" in code
    assert (
        "MB_DEFBUTTON2, IDNO" in code
    )  # asked interactively, "No" (keep) is the default and the silent answer


# --- Group Policy templates --------------------------------------------------------------------------------


def _policies() -> list[ET.Element]:
    root = ET.parse(POLICY_DIR / "crier.admx").getroot()
    return root.findall("p:policies/p:policy", ADMX_NS)


def _elements(policy: ET.Element) -> list[ET.Element]:
    found = policy.find("p:elements", ADMX_NS)
    return [] if found is None else list(found)


def _value_name(policy: ET.Element) -> str:
    if "valueName" in policy.attrib:
        return policy.attrib["valueName"]
    (element,) = _elements(policy)
    return element.attrib["valueName"]


def test_committed_templates_are_what_the_generator_writes() -> None:
    for path, text in make_admx.outputs(make_admx.build()).items():
        assert path.read_bytes().decode("utf-8") == text.replace("\n", "\r\n"), (
            f"{path.relative_to(REPO)} is out of date: run .venv/bin/python packaging/make_admx.py"
        )


def test_every_policy_key_has_a_group_policy_setting() -> None:
    schema_keys = {
        key for key in json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"] if key != "$schema"
    }
    policy_keys = {key for key, spec in SETTINGS.items() if spec.policy}
    assert schema_keys == policy_keys
    policies = _policies()
    assert sorted(_value_name(p) for p in policies) == sorted(policy_keys)
    for policy in policies:
        assert policy.attrib["key"] == r"Software\Policies\Crier"
        assert policy.attrib["class"] == "Machine"


@pytest.mark.parametrize("language", make_admx.LANGUAGES)
def test_every_admx_reference_exists_in_the_adml(language: str) -> None:
    admx_text = (POLICY_DIR / "crier.admx").read_text(encoding="utf-8")
    adml = ET.parse(POLICY_DIR / language / "crier.adml").getroot()
    strings = {s.attrib["id"] for s in adml.findall("p:resources/p:stringTable/p:string", ADMX_NS)}
    presentations = {
        p.attrib["id"]: p for p in adml.findall("p:resources/p:presentationTable/p:presentation", ADMX_NS)
    }
    string_refs = set(re.findall(r"\$\(string\.([^)]+)\)", admx_text))
    presentation_refs = set(re.findall(r"\$\(presentation\.([^)]+)\)", admx_text))
    assert string_refs and presentation_refs
    assert string_refs <= strings
    assert presentation_refs == set(presentations)
    # Each presentation's controls point at the policy's own elements, and every element has a control.
    for policy in _policies():
        ref = policy.attrib.get("presentation")
        elements = {e.attrib["id"] for e in _elements(policy)}
        if ref is None:
            assert not elements
            continue
        controls = {c.attrib["refId"] for c in presentations[ref[len("$(presentation.") : -1]]}
        assert controls == elements


def _registry_value_as_group_policy_writes_it(policy: ET.Element, value: Any) -> Any:
    """What Windows stores for ``value`` through this policy's ADMX definition."""
    if policy.find("p:enabledValue", ADMX_NS) is not None:
        chosen = "p:enabledValue" if value else "p:disabledValue"
        return int(policy.find(f"{chosen}/p:decimal", ADMX_NS).attrib["value"])
    (element,) = _elements(policy)
    kind = element.tag.split("}")[1]
    if kind == "decimal":
        assert int(element.attrib["minValue"]) <= value <= int(element.attrib["maxValue"])
        return value  # REG_DWORD
    if kind == "multiText":
        return list(value)  # REG_MULTI_SZ, as winreg returns it
    if kind == "enum":  # a drop-down list: only its items can be chosen
        assert value in [s.text for s in element.iterfind("p:item/p:value/p:string", ADMX_NS)]
        return value  # REG_SZ
    assert kind == "text"
    text = value if isinstance(value, str) else json.dumps(value)
    assert len(text) <= int(element.attrib.get("maxLength", 1023))
    return text  # REG_SZ


def test_values_entered_through_group_policy_are_read_back_by_crier(tmp_path: Path) -> None:
    example = {
        k: v
        for k, v in json.loads(EXAMPLE_POLICY.read_text(encoding="utf-8")).items()
        if not k.startswith("//")
    }
    example.pop("$schema", None)
    by_key = {_value_name(policy): policy for policy in _policies()}
    registry = {
        key: _registry_value_as_group_policy_writes_it(by_key[key], value) for key, value in example.items()
    }
    registry["posting.require_alt_text"] = 0  # a Disabled boolean policy, too
    policy = load_policy(tmp_path / "no-file.json", registry=registry)
    assert policy.problems == ()
    assert dict(policy.values) == {**example, "posting.require_alt_text": False}


# --- CI workflow -------------------------------------------------------------------------------------------


def _check_workflow(path: Path) -> subprocess.CompletedProcess[str]:
    # The schema is vendored in check-jsonschema; a proxy on a closed local port keeps anything from fetching.
    env = {**os.environ, "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    command = [
        sys.executable,
        "-m",
        "check_jsonschema",
        "--builtin-schema",
        "vendor.github-workflows",
        str(path),
    ]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT)


def test_workflow_is_valid_for_github(tmp_path: Path) -> None:
    if importlib.util.find_spec("check_jsonschema") is None:
        pytest.fail("check-jsonschema is missing: it belongs in the dev extra of pyproject.toml")
    result = _check_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    broken["jobs"]["build"]["runs-on"] = {"not": "a runner"}
    broken["jobs"]["build"]["timeout-minutes"] = "soon"
    (tmp_path / "broken.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert _check_workflow(tmp_path / "broken.yml").returncode != 0  # the check can fail


def test_workflow_builds_checks_and_uploads_every_platform() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    assert {row["os"] for row in job["strategy"]["matrix"]["include"]} == {
        "windows-latest", "macos-latest", "ubuntu-latest"
    }  # fmt: skip
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "packaging/crier.spec" in runs
    assert "dist/crier/crier --selftest" in runs
    assert "packaging\\windows\\crier.iss" in runs
    assert "packaging/linux/build_deb.py" in runs
    assert "/PURGE" in runs and "/VERYSILENT" in runs
    uploads = [step for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["if-no-files-found"] == "error"


# --- icons and desktop entry -------------------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_at_every_size_the_packages_use() -> None:
    for size in build_deb_module.ICON_SIZES:
        assert _png_size((ICONS / f"crier-{size}.png").read_bytes()) == (size, size)
    ico = (ICONS / "crier.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (ICONS / "crier.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, {}
    while offset < len(icns):
        kind_name, length = icns[offset : offset + 4], struct.unpack(">I", icns[offset + 4 : offset + 8])[0]
        kinds[kind_name] = _png_size(icns[offset + 8 : offset + length])
        offset += length
    assert kinds[b"ic10"] == (1024, 1024) and kinds[b"ic07"] == (128, 128)


def test_desktop_entry_starts_the_packaged_command() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "crier.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == build_deb_module.PACKAGE == rules.CONSOLE_EXE
    assert entry["Icon"] == build_deb_module.PACKAGE
    assert entry["Categories"].endswith(";")


def test_debian_versions_sort_pre_releases_first() -> None:
    assert build_deb_module.debian_version("1.2.0") == "1.2.0"
    assert build_deb_module.debian_version("1.2.0rc1") == "1.2.0~rc1"
    assert build_deb_module.debian_version("1.2.0.dev3") == "1.2.0~dev3"


# --- the bundle itself (slow) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path
    build_seconds: float


def _require_build_tools() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: it belongs in the dev extra of pyproject.toml")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.fail("PyInstaller needs objdump on Linux: apt-get install binutils")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Build the bundle once for this module, fresh from the current tree (never a stale dist/)."""
    _require_build_tools()
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(PACKAGING / "crier.spec"),
        ],  # fmt: skip
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    folder = work / "dist" / rules.BUNDLE_NAME
    executable = folder / (rules.CONSOLE_EXE + (".exe" if sys.platform == "win32" else ""))
    assert executable.is_file()
    print(f"\nbundle built in {seconds:.0f} s")
    return Bundle(folder, executable, seconds)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Offscreen, a fresh data folder, no machine policy (unless given), no debug logging."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CRIER_DEBUG", "PYTHON_KEYRING_BACKEND")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CRIER_DATA_DIR=str(tmp_path / "data"),
        CRIER_POLICY_FILE=str(tmp_path / "no-policy.json"),
    )
    env.update(extra)
    return env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run from the data folder's parent, so nothing depends on the checkout being the working directory."""
    cwd = Path(env["CRIER_DATA_DIR"]).parent
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT, cwd=cwd)


def _check_lines(output: str) -> dict[str, tuple[str, str]]:
    """``{"Qt": ("ok", "PySide6 … loaded"), …}`` from the self-test report."""
    found = {}
    for match in re.finditer(r"^  \[(ok|warn|FAIL)\] ([^:]+): (.*(?:\n      .*)*)", output, re.MULTILINE):
        found[match[2]] = (match[1], match[3])
    return found


@pytest.mark.slow
def test_bundled_selftest_passes_on_a_fresh_machine(bundle: Bundle, tmp_path: Path) -> None:
    env = _env(tmp_path)
    result = _run([str(bundle.executable), "--selftest"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = _check_lines(result.stdout)
    assert checks["Python"][0] == "ok" and "(bundled)" in checks["Python"][1]
    assert checks["Qt"][0] == "ok" and "platform plugin 'offscreen' loaded" in checks["Qt"][1]
    # ... and draws an SVG icon and text, and reads the Welsh catalogue: near what the bundle leaves out.
    assert "draws SVG icons and text" in checks["Qt"][1] and "Welsh catalogue loads" in checks["Qt"][1]
    assert "ICU sorts Welsh and names time zones" in checks["Qt"][1]  # from the trimmed ICU data
    assert checks["Spelling"] == ("ok", "en_GB, cy_GB dictionaries load")
    assert checks["Database"][0] == "ok"
    assert f"schema at migration {HEAD_REVISION}" in checks["Database"][1]
    assert checks["Machine policy"][0] == "ok"
    # Publishers are imported by name from the registry; each must be in the bundle with what it imports.
    assert checks["Publishers"] == ("ok", f"can post to {', '.join(PUBLISHER_MODULES)}")
    # Pillow's codecs and psycopg's libpq load: their own libraries are partly links to the system copies.
    state, detail = checks["Images"]
    assert state == "ok" and "JPEG, PNG, GIF, WEBP" in detail
    state, detail = checks["Team database driver"]
    assert state == "ok" and "(binary) with libpq" in detail
    assert checks["TLS certificates"][0] == "ok"
    stores = int(re.search(r"holds (\d+) CA certificates", checks["TLS certificates"][1])[1])
    assert stores > 0
    # The keyring backends came through their entry points, with what each needs to load.
    backends = checks["Credential store"][1]
    if sys.platform.startswith("linux"):
        assert re.search(
            r"keyring\.backends\.SecretService\.Keyring: (priority|not usable: Unable to init)", backends
        )
        assert "SecretStorage required" not in backends
    assert (
        "keyring.backends.fail.Keyring" in backends and "keyring.backends.chainer.ChainerBackend" in backends
    )
    # Alembic really ran from the bundled migration files: the fresh database is at the head revision.
    with sqlite3.connect(tmp_path / "data" / "crier.sqlite3") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)


@pytest.mark.slow
@pytest.mark.integration
def test_bundled_app_uses_a_real_secret_service(bundle: Bundle, tmp_path: Path) -> None:
    env = _env(tmp_path)
    command = [sys.executable, str(KEYRING_HELPER), "--", str(bundle.executable), "--selftest"]
    result = _run(command, env)
    if result.returncode == EXIT_CANNOT_START_KEYRING:
        if os.environ.get("CRIER_REQUIRE_KEYRING_TESTS") == "1":
            pytest.fail(f"gnome-keyring is required here but couldn't start: {result.stderr}")
        pytest.skip(result.stderr.strip().splitlines()[-1])
    assert result.returncode == 0, result.stdout + result.stderr
    state, detail = _check_lines(result.stdout)["Credential store"]
    assert state == "ok"
    assert detail.startswith("keyring.backends.SecretService.Keyring")


@pytest.mark.slow
def test_bundled_version(bundle: Bundle, tmp_path: Path) -> None:
    result = _run([str(bundle.executable), "--version"], _env(tmp_path))
    assert result.returncode == 0
    assert result.stdout.strip() == f"Crier {__version__}"


@pytest.mark.slow
def test_bundled_selftest_fails_on_a_malformed_policy_with_its_line(bundle: Bundle, tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{\n  "posting.require_alt_text": true,\n  "backups.keep": 7,,\n}\n', encoding="utf-8")
    result = _run([str(bundle.executable), "--selftest"], _env(tmp_path, CRIER_POLICY_FILE=str(policy)))
    assert result.returncode == 1, result.stdout
    state, detail = _check_lines(result.stdout)["Machine policy"]
    assert state == "FAIL"
    assert "policy.json line 3" in detail
    assert "1 check failed." in result.stdout


@pytest.mark.slow
def test_bundle_holds_what_the_app_loads_at_run_time_and_nothing_it_excludes(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader, pkg_archive_contents

    from desktop import selftest

    modules = set(pkg_archive_contents(str(bundle.executable)))
    for needed in (
        "desktop.core.networks.x.publisher", "desktop.selftest", "desktop.cli",
        "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
        "secretstorage", "jeepney", "truststore", "pypac.parser", "tweepy", "platformdirs.unix",
        "alembic.op", "alembic.runtime.migration", "sqlalchemy.dialects.sqlite.pysqlite",
    ):  # fmt: skip
        assert needed in modules, needed
    for publisher in PUBLISHER_MODULES.values():
        assert publisher in modules, publisher
    assert "PIL" in modules  # the Bluesky publisher downscales images with Pillow
    unwanted_modules = (
        "sqlalchemy.dialects.mysql",
        "sqlalchemy.testing",
        "pygments",
        "tkinter",
        "PySide6.QtQml",
        "jeepney.tests",
        "platformdirs.testing",
    )
    for unwanted in unwanted_modules:
        assert unwanted not in modules, unwanted
    # Bytecode is built as by python -OO: no docstrings (2 MB of the archive).
    pyz = CArchiveReader(str(bundle.executable)).open_embedded_archive("PYZ.pyz")
    assert selftest.__doc__ and selftest.__doc__ not in pyz.extract("desktop.selftest").co_consts

    internal = bundle.folder / rules.CONTENTS_DIR
    migrations = internal / "desktop" / "core" / "migrations"
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    assert {p.name for p in (REPO / "desktop" / "core" / "migrations" / "versions").glob("*.py")} == shipped
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert (internal / "resources" / "tone" / "words.txt").is_file()
    assert (internal / "resources" / "translations" / "crier_cy.qm").is_file()
    assert (internal / "dukpy" / "jsruntime" / "process_runtime.js").is_file()
    assert any((d / "entry_points.txt").is_file() for d in internal.glob("keyring-*.dist-info"))

    plugins = {p.parent.name + "/" + p.name for p in internal.glob("PySide6/**/plugins/*/*")}
    platform = rules.platform_key(sys.platform)
    for entry in plugins:
        plugin_type, name = rules.qt_plugin("PySide6/plugins/" + entry)
        assert rules.keep_qt_plugin(plugin_type, name, platform), entry
    assert any(entry.startswith("platforms/") and "offscreen" in entry for entry in plugins)
    assert not list(internal.glob("PySide6/**/translations/*.qm"))
    if sys.platform.startswith("linux"):  # the desktop's own libraries come from the system
        assert not [name for name in rules.SYSTEM_LIBRARIES if (internal / name).exists()]
        # psycopg's OpenSSL is a link to the installed system's (the distribution's updates reach it).
        twin = internal / "psycopg_binary.libs" / "libcrypto-3a0647ea.so.3"
        assert twin.is_symlink() and os.readlink(twin) == os.path.join(
            os.path.realpath(os.path.dirname(_system_libcrypto())), "libcrypto.so.3"
        )
        assert not list(internal.glob("python3*/lib-dynload/_codecs_*"))  # no East Asian legacy codecs
        assert list(internal.glob("python3*/lib-dynload/unicodedata*"))
    # Pillow's AVIF codec and emoji's names in other languages stay out; the emoji table ships.
    assert not list(internal.glob("PIL/_avif*")) and not (internal / "zstandard").exists()
    assert "PIL.AvifImagePlugin" not in modules and "PIL.WebPImagePlugin" in modules
    assert (internal / "emoji" / "unicode_codes" / "emoji.json").is_file()
    assert not list(internal.glob("emoji/unicode_codes/emoji_*.json"))
    assert not list(internal.glob("resources/translations/*.ts"))  # the .qm catalogues ship
    assert not (internal / "langcodes" / "data").exists()
    if sys.platform.startswith("linux") and shutil.which("cc"):
        # ICU's data library keeps root, English and Welsh only (32 MB in full).
        icu = next(internal.glob("PySide6/Qt/lib/libicudata.so*"))
        assert icu.stat().st_size < 8_000_000
        _symbol, address, size = icu_data._exported_data_symbol(icu)
        _header, items = icu_data.read_common_data(icu.read_bytes()[address : address + size])
        names = {name.split("/", 1)[1] for name, _item in items}
        assert {"root.res", "cy.res", "en_GB.res", "coll/cy.res", "coll/ucadata.icu"} <= names
        assert all(icu_data.keep_item(name) for name, _item in items)
    assert not [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


def _library(path: str) -> str:
    """``libcrypto`` for ``/x/libcrypto.so.3`` and for a wheel's ``libcrypto-3a0647ea.so.3``."""
    return re.sub(r"(-[0-9a-f]{8})?\.so(\.\d+)*$", "", Path(path).name)


@pytest.mark.slow
def test_bundle_loads_one_copy_of_each_library(bundle: Bundle, tmp_path: Path) -> None:
    """The self-test loads Qt, OpenSSL (Python's and libpq's), Kerberos and Pillow's codecs: each library
    from one file. psycopg-binary and Pillow bring their own OpenSSL, Kerberos, XZ, Zstandard and Xau, so
    a bundle that kept them all would load libcrypto twice; the wheels' copies are links to one file."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the loader's LD_DEBUG report is a glibc feature")
    result = _run([str(bundle.executable), "--selftest"], _env(tmp_path, LD_DEBUG="files"))
    assert result.returncode == 0, result.stdout
    inits = re.findall(r"calling init: (\S+)", result.stderr)
    # The bootloader starts Python in a fresh image of the same process: read the last image's libraries.
    last_start = max(i for i, path in enumerate(inits) if Path(path).name == "libc.so.6")
    files: dict[str, set[str]] = {}
    for path in inits[last_start:]:
        if ".cpython-" not in path:  # extension modules of the same name live in different packages
            files.setdefault(_library(path), set()).add(os.path.realpath(path))
    assert {"libcrypto", "libssl", "libpq", "libgssapi_krb5", "libtiff", "libQt6Core"} <= set(files)
    twice = {name: paths for name, paths in files.items() if len(paths) > 1}
    # Except Pillow's own libxcb (for ImageGrab, which Crier never calls): the system's libxcb.so.1 is
    # never bundled (PyInstaller leaves it, like libGL, to the system), so there is no copy to link it to.
    bundled = str(bundle.folder.resolve())
    assert all("/pillow.libs/" in path or not path.startswith(bundled) for path in twice.pop("libxcb", ()))
    assert twice == {}
    internal = bundle.folder / rules.CONTENTS_DIR
    # The one OpenSSL is the installed system's, for Python's ssl and psycopg's libpq alike.
    assert files["libcrypto"] == {os.path.realpath(_system_libcrypto())}
    assert (internal / "psycopg_binary.libs" / "libcrypto-3a0647ea.so.3").is_symlink()


def _median_seconds(command: list[str], env: dict[str, str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = _run(command, env)
        times.append(time.perf_counter() - started)
        assert result.returncode == 0, result.stdout + result.stderr
    return statistics.median(times)


@pytest.mark.slow
def test_bundle_size_and_start_up(bundle: Bundle, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [p for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    biggest: dict[str, int] = {}
    for path in files:
        top = path.relative_to(bundle.folder).parts[:2]
        biggest[str(Path(*top))] = biggest.get(str(Path(*top)), 0) + path.stat().st_size
    top = ", ".join(
        f"{name} {size / 1e6:.0f} MB" for name, size in sorted(biggest.items(), key=lambda kv: -kv[1])[:5]
    )

    env = _env(tmp_path)
    bundled = _median_seconds([str(bundle.executable), "--selftest"], env)
    source = _median_seconds(
        [sys.executable, "-m", "desktop", "--selftest"], {**env, "PYTHONPATH": str(REPO)}
    )
    with capsys.disabled():
        print(
            f"\nbundle: {size_mb:.0f} MB in {len(files)} files (largest: {top});"
            f" built in {bundle.build_seconds:.0f} s\nstart-up to the self-test result:"
            f" bundled {bundled * 1000:.0f} ms, from source {source * 1000:.0f} ms"
        )
    if sys.platform.startswith("linux"):
        assert size_mb < LINUX_BUNDLE_BUDGET_MB, f"the bundle grew to {size_mb:.0f} MB: {top}"


# --- the .deb (slow) ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is only on Debian-like systems")
    # gzip at level 1 builds in seconds; releases use xz, which only changes the compression.
    return build_deb_module.build_deb(bundle.folder, tmp_path_factory.mktemp("deb"), "gzip", 1)


def _control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields: dict[str, str] = {}
    for match in re.finditer(r"^(\S+): (.*(?:\n .*)*)", text, re.MULTILINE):
        fields[match[1]] = match[2]
    return fields


@pytest.mark.slow
def test_deb_metadata_and_layout(deb: Path) -> None:
    control = _control(deb)
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: crier" in info
    assert control["Package"] == "crier"
    assert control["Version"] == build_deb_module.debian_version(__version__)
    assert control["Architecture"] == build_deb_module.architecture()
    depends = {part.split()[0] for part in control["Depends"].split(", ")}
    assert set(XCB_LIBRARIES.values()) <= depends
    assert set(rules.system_packages()) <= depends  # what the bundle leaves to the system comes from here
    assert "libxcb-cursor0" in depends and "libc6" in depends
    assert int(control["Installed-Size"]) > 10_000

    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in listing.splitlines():
        mode, owner, _size, _date, _time, name, *link = line.split(maxsplit=7)
        entries[name.removeprefix(".")] = (mode, owner, " ".join(link))
    assert all(owner == "root/root" for _mode, owner, _link in entries.values())
    assert entries["/opt/crier/crier"][0] == "-rwxr-xr-x"
    assert (
        entries["/usr/bin/crier"][0].startswith("l")
        and entries["/usr/bin/crier"][2] == "-> ../../opt/crier/crier"
    )
    assert "/usr/share/applications/crier.desktop" in entries
    for size in build_deb_module.ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/crier.png" in entries
    assert "/usr/share/icons/hicolor/scalable/apps/crier.svg" in entries
    assert not [name for name, (mode, _o, _l) in entries.items() if mode[0] == "-" and mode[8] == "w"]


@pytest.fixture
def installed(deb: Path, tmp_path: Path) -> Iterator[Path]:
    """The package unpacked into a throwaway root, as dpkg would install it."""
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
def test_installed_deb_runs_its_selftest(installed: Path, tmp_path: Path) -> None:
    command = installed / "usr" / "bin" / "crier"
    assert command.is_symlink() and command.resolve() == installed / "opt" / "crier" / "crier"
    result = _run([str(command), "--selftest"], _env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    checks = _check_lines(result.stdout)
    assert "(bundled)" in checks["Python"][1]
    assert checks["Database"][0] == "ok"

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(installed / "usr" / "share" / "applications" / "crier.desktop", encoding="utf-8")
    program = entry["Desktop Entry"]["Exec"].split()[0]
    assert (installed / "usr" / "bin" / program).exists()
    icon = entry["Desktop Entry"]["Icon"]
    assert (installed / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{icon}.png").is_file()
