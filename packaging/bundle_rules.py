"""What goes into Crier's one-folder bundle: names, Qt plugins, excluded modules, Windows version resource.

Kept apart from ``crier.spec`` so the rules are plain Python the tests can import and check, and so the
Inno Setup script, the .deb builder and the CI workflow agree with the spec on one set of names. This file
is loaded by path (``packaging/`` is deliberately not a Python package: it would shadow PyPI's
``packaging``), so it imports nothing from PyInstaller at module level.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePosixPath

#: ``dist/<BUNDLE_NAME>/`` is the one-folder bundle; the installers take everything in it.
BUNDLE_NAME = "crier"
#: The command IT and scripts run (a console program on Windows, so ``--selftest`` prints).
CONSOLE_EXE = "crier"
#: Windows only: the same program without a console window, for the Start menu and scheduled tasks.
WINDOWED_EXE = "crierw"
#: PyInstaller 6's folder beside the executables that holds Python, Qt and the app.
CONTENTS_DIR = "_internal"
#: macOS application bundle built from the same folder.
MAC_APP_NAME = "Crier.app"
MAC_BUNDLE_ID = "uk.crier.desktop"

APP_NAME = "Crier"
APP_DESCRIPTION = "Crier - draft, check and publish council social media posts"
COMPANY = "Crier"
COPYRIGHT = "Copyright (c) Crier contributors. MIT licence."
#: en-GB (0x0809) with the Unicode code page (1200): how Windows shows the version resource.
VERSION_LANGUAGE = 0x0809
VERSION_CODEPAGE = 1200

# Qt plugins the app needs, per platform: plugin type -> name patterns (file stem without "lib" and
# extension). Types not listed are dropped entirely (eglfs, wayland, evdev, print support, SQL drivers,
# QML tooling, designer, virtual keyboard, and TLS: Crier's HTTPS is Python's, and QtNetwork serves only
# the single-instance socket and the online indicator, so Qt never does TLS). Why each is kept:
#   platforms          the window system, plus offscreen for --selftest and CI
#   xcbglintegrations  lets xcb create GL contexts if a widget asks (tiny)
#   platforminputcontexts  compose key and IBus, so Welsh accents (ŵ, ŷ) can be typed on Linux
#   platformthemes     xdg-desktop-portal file dialogs; GTK3's theme is dropped (it drags in all of GTK)
#   styles             the native Windows 11/Vista and macOS widget styles
#   imageformats       .ico (window icon on Windows) and .svg; PNG is built into QtGui
#   iconengines        crisp SVG icons at any scale
#   networkinformation the "online" indicator (QNetworkInformation)
QT_PLUGINS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "linux": {
        "platforms": ("qxcb", "qoffscreen"),
        "xcbglintegrations": ("*",),
        "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
        "platformthemes": ("qxdgdesktopportal",),
        "imageformats": ("qico", "qsvg"),
        "iconengines": ("qsvgicon",),
        "networkinformation": ("qnetworkmanager",),
    },
    "win32": {
        "platforms": ("qwindows", "qoffscreen"),
        "styles": ("*",),
        "imageformats": ("qico", "qsvg"),
        "iconengines": ("qsvgicon",),
        "networkinformation": ("*",),
    },
    "darwin": {
        "platforms": ("qcocoa", "qoffscreen"),
        "styles": ("*",),
        "imageformats": ("qico", "qsvg"),
        "iconengines": ("qsvgicon",),
        "networkinformation": ("*",),
    },
}

#: Libraries Qt's hooks add that a widgets app never loads: Windows' software OpenGL renderer (~20 MB) is
#: only a fallback for Qt Quick and OpenGL widgets on PCs without a GPU driver; widgets paint in software.
UNUSED_QT_BINARIES: Mapping[str, tuple[str, ...]] = {
    "linux": (),
    "win32": ("opengl32sw.dll",),
    "darwin": (),
}

#: Linux: the desktop's own libraries, used from the system, never bundled: soname -> the package Crier's
#: .deb depends on for it (None: a package named here brings it). The .deb already depended on the xcb,
#: fontconfig and D-Bus packages, so the bundle carried a second, older copy of what every install has,
#: and a mismatched one: PyInstaller leaves libxcb.so.1 and libGL to the system, whose drivers then met
#: the build machine's X11, Xkb and fontconfig. 7 MB.
SYSTEM_LIBRARIES: Mapping[str, str | None] = {
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libXdmcp.so.6": None, "libbsd.so.0": None, "libmd.so.0": None,  # with libxcb1
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libexpat.so.1": None, "libpng16.so.16": None, "libbrotlicommon.so.1": None, "libbrotlidec.so.1": None,
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": None, "libgcrypt.so.20": None, "libgpg-error.so.0": None, "liblz4.so.1": None,
    "libcap.so.2": None,  # with libdbus-1-3
    # The base system under Python and Qt: every Debian/Ubuntu has these (apt and dpkg themselves link the
    # C++ runtime and the compressors). The bundle carried the build machine's copy of each (13.8 MB).
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1", "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0", "liblzma.so.5": "liblzma5", "libzstd.so.1": "libzstd1",
    "libffi.so.8": "libffi8", "libuuid.so.1": "libuuid1", "libsqlite3.so.0": "libsqlite3-0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": None, "libpcre2-8.so.0": "libpcre2-8-0",
    # OpenSSL and Kerberos (Python's ssl, and libpq's through the wheel's links): the distribution's
    # security updates now reach Crier, and its certificate store was already the one Crier used.
    "libcrypto.so.3": "libssl3", "libssl.so.3": None,
    "libgssapi_krb5.so.2": "libgssapi-krb5-2", "libkrb5.so.3": "libkrb5-3", "libk5crypto.so.3": None,
    "libkrb5support.so.0": None, "libcom_err.so.2": None, "libkeyutils.so.1": None,  # with libkrb5-3
    "libXau.so.6": None,  # with libxcb1
}  # fmt: skip


def is_system_library(dest: str, platform: str) -> bool:
    """Whether a bundled library is one the Linux bundle takes from the system (``SYSTEM_LIBRARIES``)."""
    return platform_key(platform) == "linux" and "/" not in _norm(dest) and _norm(dest) in SYSTEM_LIBRARIES


def leave_to_system(binaries: list[TocEntry], platform: str) -> tuple[list[TocEntry], list[TocEntry]]:
    """Leave ``SYSTEM_LIBRARIES`` out of the bundle; links to them then point at the system's own file.

    Returns (binaries, left out). A wheel's copy that ``link_vendored_twins`` made a link to a system
    copy (psycopg's OpenSSL and Kerberos, Pillow's zstd, xz and Xau) keeps working: its link now names
    the system's file by soname in the system's library folder (``/usr/lib/x86_64-linux-gnu/libcrypto.so.3``,
    a path the distribution's package owns), the same file the loader finds for Python's own ``_ssl``.
    """
    import os.path

    left = [entry for entry in binaries if is_system_library(entry[0], platform)]
    system_file = {
        _norm(dest): posixpath.join(os.path.realpath(posixpath.dirname(src)), posixpath.basename(_norm(dest)))
        for dest, src, _kind in left
    }
    out = []
    for entry in binaries:
        if entry in left:
            continue
        if entry[2] == "SYMLINK" and _link_target(entry) in system_file:
            entry = (entry[0], system_file[_link_target(entry)], "SYMLINK")
        out.append(entry)
    return out, left


def system_packages() -> list[str]:
    """The Debian packages that install ``SYSTEM_LIBRARIES``, for the .deb's Depends."""
    return sorted({package for package in SYSTEM_LIBRARIES.values() if package})


#: Qt modules the app imports; everything else of PySide6 stays out of the bundle.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
_UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

#: Modules never needed at run time. Each would otherwise arrive through an optional import.
_EXCLUDES_ALL = (
    "tkinter", "_tkinter", "pydoc", "pdb", "lib2to3", "idlelib", "ensurepip", "venv", "distutils",
    "setuptools", "pkg_resources", "_distutils_hack",
    # test tools, should a developer's venv have them
    "pytest", "_pytest", "pytestqt", "hypothesis", "trustme",
    # test suites and helpers that packages ship inside themselves (collected with their package)
    "jeepney.tests", "jeepney.io.tests", "platformdirs.testing",
    # mako's Pygments highlighter drags in Pygments; Alembic only renders plain templates.
    # (Pillow stays: the Bluesky publisher downscales images with it.)
    "mako.ext", "pygments",
    # SQLAlchemy and Alembic extras: test suites, the mypy plugin, and dialects Crier never ships.
    # PostgreSQL's dialect stays: alembic.ddl imports it at start-up (MySQL/MSSQL/Oracle only for typing),
    # and psycopg 3 is team mode's driver (collected whole below), so only the other drivers are excluded.
    "sqlalchemy.testing", "alembic.testing", "sqlalchemy.ext.mypy",
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
    "psycopg2", "asyncpg", "pg8000", "pymysql", "MySQLdb", "mysql", "oracledb", "cx_Oracle",
    "pyodbc", "pymssql", "pysqlite2", "sqlcipher3", "greenlet",
    # tweepy's asyncio client needs aiohttp, which Crier doesn't use
    "tweepy.asynchronous", "aiohttp",
    # keyring backends whose libraries Crier doesn't ship (libsecret via PyGObject, KWallet via dbus-python)
    "gi", "dbus",
    # NumPy is only ever an optional accelerator of libraries here; zstandard only an optional HTTP
    # content-encoding of urllib3 and httpx (2 MB)
    "numpy", "zstandard",
    # Pillow's AVIF codec (libavif, 5 MB), colour management (lcms2) and Tk bridge: the Bluesky publisher
    # reads JPEG, PNG, GIF and WebP and writes JPEG or PNG; an AVIF gets the "save it as a JPEG" sentence.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk",
    # pydantic v2 is pure Python over pydantic_core (which atproto's models need at import); its v1
    # compatibility copy and mypy plugin are never imported.
    "pydantic.v1", "pydantic.mypy",
    # East Asian legacy byte encodings (Shift JIS, GB 18030, Big5, EUC-KR, ISO-2022): 0.9 MB of codecs.
    # Every network speaks UTF-8 JSON and drafts are Unicode; asking for one is a LookupError.
    "_codecs_jp", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
    "_multibytecodec",
    # Reached only through the importers named (PyInstaller's import graph), none of which any path of
    # Crier's loads: no test run of the window, the CLI, the self-test or sync on any network loaded one
    # (every import recorded), and tests/test_bundle_modules.py runs those paths with all of this list
    # blocked, as in the bundle, and fails if Crier's own code ever imports one.
    # dnspython (0.5 MB) by psycopg's opt-in SRV lookups (psycopg._dns, imported only by code that asks for
    # it) and atproto's DNS handle resolver (Crier resolves handles over HTTPS itself);
    "dns", "psycopg._dns", "atproto_identity.handle",
    # anyio by httpcore's async transport (httpx's sync client, what atproto's models import, needs none;
    # httpcore imports it in a try/except) and SQLAlchemy's asyncio extension, which needs greenlet (above);
    "anyio", "sqlalchemy.ext.asyncio",
    # multiprocessing by ProcessPoolExecutor (Crier's background work is threads) and PyInstaller's
    # multiprocessing start-up hook, which then stays out too; xmlrpc only by multiprocessing;
    "multiprocessing", "concurrent.futures.process", "xmlrpc",
    # decimal's pure-Python fallback (the C _decimal ships), logging's SMTP handler's and urllib's FTP
    # handler's protocols.
    "_pydecimal", "smtplib", "ftplib",
)  # fmt: skip
#: urllib3's optional pyOpenSSL support is replaced by truststore everywhere; the Secret Service client
#: libraries only mean something on Linux. (cryptography stays: SecretStorage and atproto sign with it.)
_EXCLUDES_NOT_LINUX = ("OpenSSL", "urllib3.contrib.pyopenssl", "secretstorage", "jeepney")


#: Data files of libraries that Crier never reads: emoji's names in other languages (it uses only the
#: emoji table, ``emoji.json``), type stubs and typing markers, and langcodes' copy of the IANA registry
#: (0.7 MB), which only its ``build_data`` script parses: tag checks at run time read ``data_dicts.py``.
_UNUSED_DATA = ("emoji/unicode_codes/emoji_*.json", "*.pyi", "*/py.typed", "langcodes/data/*")
#: Crier's own resources that only the build reads: the translation sources (the window and the CLI load
#: the compiled ``.qm``; ``QTranslator`` never reads a ``.ts``) and the Windows and macOS icon files, which
#: the spec and the installers take from the source tree (the window shows the PNG and SVG). 0.8 MB.
_UNUSED_RESOURCES = (
    "resources/translations/*.ts", "resources/translations/README", "resources/icons/crier.ico",
    "resources/icons/crier.icns",
)  # fmt: skip


def unused_data(dest: str) -> bool:
    """Whether a collected data file (bundle path) is one Crier never reads at run time."""
    path = _norm(dest)
    if path.split("/", 1)[0] == "resources":
        return any(fnmatch.fnmatchcase(path, pattern) for pattern in _UNUSED_RESOURCES)
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in _UNUSED_DATA)


def platform_key(platform: str) -> str:
    """``sys.platform`` reduced to the three platforms Crier ships for."""
    if platform.startswith("linux"):
        return "linux"
    if platform in ("win32", "cygwin"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    raise ValueError(f"Crier isn't packaged for {platform!r}")


def excludes(platform: str) -> list[str]:
    """Module names PyInstaller must leave out on ``platform``."""
    names = [*_EXCLUDES_ALL, *(f"PySide6.{module}" for module in _UNUSED_QT_MODULES)]
    if platform_key(platform) != "linux":
        names.extend(_EXCLUDES_NOT_LINUX)
    return names


def collected_package_names(platform: str) -> list[str]:
    """Packages whose submodules are all collected: loaded by name at run time, so analysis can't see them."""
    names = ["keyring.backends", "truststore", "platformdirs", "pypac", "psycopg", "psycopg_binary"]
    key = platform_key(platform)
    if key == "linux":
        names += ["secretstorage", "jeepney"]
    elif key == "win32":
        names += ["win32ctypes"]
    return names


# --- Qt plugins and translations ---------------------------------------------------------------------------

_QT_FILE = re.compile(r"^PySide6/(?:Qt/)?(?P<kind>plugins|translations)/(?P<rest>.+)$")
_LIB_SUFFIX = re.compile(r"(?:\.so(?:\.\d+)*|\.dll|\.dylib)$", re.IGNORECASE)


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """``(type, name)`` for a bundled Qt plugin path like ``PySide6/Qt/plugins/platforms/libqxcb.so``."""
    match = _QT_FILE.match(dest.replace("\\", "/"))
    if match is None or match["kind"] != "plugins":
        return None
    parts = PurePosixPath(match["rest"]).parts
    if len(parts) != 2:
        return None
    plugin_type, filename = parts
    stem = _LIB_SUFFIX.sub("", filename)
    if stem.startswith("lib") and not filename.lower().endswith(".dll"):
        stem = stem[3:]
    return plugin_type, stem


def is_qt_translation(dest: str) -> bool:
    """Qt's own translations, left out: Crier speaks Welsh and English; Qt ships no Welsh (Crier's own
    catalogue in resources/translations carries the Qt strings it shows); its built-in strings are English."""
    match = _QT_FILE.match(dest.replace("\\", "/"))
    return match is not None and match["kind"] == "translations"


def keep_qt_plugin(plugin_type: str, name: str, platform: str) -> bool:
    """Whether a Qt plugin belongs in the bundle for ``platform`` (see ``QT_PLUGINS``)."""
    patterns = QT_PLUGINS[platform_key(platform)].get(plugin_type, ())
    return any(fnmatch.fnmatchcase(name.lower(), pattern.lower()) for pattern in patterns)


TocEntry = tuple[str, str, str]  # (name in the bundle, source path, PyInstaller typecode)
ImportsOf = Callable[[str], Iterable[str]]  # source path -> base names of the libraries it links


def _basename(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).name.lower()


def prune_qt(
    binaries: list[TocEntry], datas: list[TocEntry], platform: str, imports_of: ImportsOf
) -> tuple[list[TocEntry], list[TocEntry], list[TocEntry]]:
    """Drop unwanted Qt plugins and libraries, the libraries only they needed, and Qt's translations.

    Returns (binaries, datas, dropped). PyInstaller collects every plugin of each type a Qt module might
    use, then every library those plugins link against (GTK for the GTK theme, Wayland and EGL libraries).
    A library is dropped only if a dropped plugin reaches it and nothing that stays does, so a library
    something else needs, or that was added for another reason, is never lost. Symbolic links and macOS
    framework files that belonged to a dropped library go with it.
    """
    by_name: dict[str, list[TocEntry]] = {}
    for entry in binaries:
        by_name.setdefault(_basename(entry[0]), []).append(entry)

    def reach(roots: Iterable[TocEntry]) -> set[TocEntry]:
        seen: set[TocEntry] = set()
        todo = list(roots)
        while todo:
            entry = todo.pop()
            if entry in seen:
                continue
            seen.add(entry)
            for linked in imports_of(entry[1]):
                todo.extend(by_name.get(_basename(linked), ()))
        return seen

    unused = set(UNUSED_QT_BINARIES[platform_key(platform)])
    unwanted = set()
    for entry in binaries:
        plugin = qt_plugin(entry[0])
        if (plugin is not None and not keep_qt_plugin(*plugin, platform)) or _basename(entry[0]) in unused:
            unwanted.add(entry)
    pulled_in = reach(unwanted) - unwanted
    needed = reach(entry for entry in binaries if entry not in pulled_in and entry not in unwanted)
    gone = unwanted | (pulled_in - needed)
    gone_dests = {_norm(entry[0]) for entry in gone}
    frameworks = {root for dest in gone_dests if (root := _framework_root(dest))}

    def belongs_to_gone(entry: TocEntry) -> bool:
        dest = _norm(entry[0])
        if is_qt_translation(dest) or any(dest.startswith(root + "/") for root in frameworks):
            return True
        return entry[2] == "SYMLINK" and _link_target(entry) in gone_dests

    kept_binaries = [entry for entry in binaries if entry not in gone]
    # Links can point at links: repeat until no link is left pointing at something dropped.
    kept_datas = list(datas)
    while True:
        dropped_now = [entry for entry in kept_datas if belongs_to_gone(entry)]
        if not dropped_now:
            break
        gone.update(dropped_now)
        gone_dests.update(_norm(entry[0]) for entry in dropped_now)
        kept_datas = [entry for entry in kept_datas if entry not in gone]
    dropped = [entry for entry in [*binaries, *datas] if entry in gone]
    return kept_binaries, kept_datas, dropped


def _norm(dest: str) -> str:
    return posixpath.normpath(dest.replace("\\", "/"))


def _link_target(entry: TocEntry) -> str:
    """Where a PyInstaller SYMLINK entry points, as a bundle path (its source is relative to its folder)."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(_norm(entry[0])), entry[1].replace("\\", "/")))


def _framework_root(dest: str) -> str | None:
    """``PySide6/Qt/lib/QtPdf.framework`` for any path inside that macOS framework."""
    parts = dest.split("/")
    for index, part in enumerate(parts):
        if part.endswith(".framework"):
            return "/".join(parts[: index + 1])
    return None


# --- one copy of each shared library (Linux) ---------------------------------------------------------------

#: A wheel's private copy of a library, renamed by auditwheel: ``libcrypto-3a0647ea.so.3``.
_VENDORED = re.compile(r"^(?P<stem>lib.+?)-[0-9a-f]{8}\.so\.(?P<major>\d+)(?:\.\d+)*$")
SymbolsOf = Callable[[str], tuple[set[str], set[str]]]  # source path -> (defined, needed) "name@version"


def vendored_twins(binaries: list[TocEntry]) -> list[tuple[TocEntry, TocEntry]]:
    """``(wheel's copy, bundled system copy)`` of each library the bundle holds twice under two names.

    psycopg-binary and Pillow ship their own OpenSSL, Kerberos, XZ, Zstandard and Xau, while Python's
    ``_ssl`` and Qt bring the system's under the plain soname: 11 MB of the same code, loaded twice.
    """
    plain = {_basename(dest): entry for entry in binaries if entry[2] == "BINARY" for dest in [entry[0]]}
    pairs = []
    for entry in binaries:
        match = _VENDORED.match(_basename(entry[0]))
        twin = plain.get(f"{match['stem']}.so.{match['major']}".lower()) if match else None
        if entry[2] == "BINARY" and twin is not None:
            pairs.append((entry, twin))
    return pairs


def link_vendored_twins(
    binaries: list[TocEntry], imports_of: ImportsOf, symbols_of: SymbolsOf
) -> tuple[list[TocEntry], list[tuple[TocEntry, str]]]:
    """Replace each wheel's copy of a library with a link to the system copy, where that copy serves.

    Returns (binaries, [(wheel's copy, why it stayed)]). The system copy serves when it defines every
    symbol (and version) that the libraries linking the wheel's copy take from it. The system copy wins,
    not the wheel's: it reads the system's configuration, so libpq's ``sslrootcert=system`` finds the
    certificates IT installed (psycopg's OpenSSL looks in /usr/lib/psycopg-openssl, on no machine).
    One file loaded under two names is mapped once: the loader matches it by inode and soname.
    """
    links: dict[TocEntry, TocEntry] = {}
    why: dict[TocEntry, str] = {}
    changed = True
    while changed:  # a copy that only linked copies used may become a link too: repeat until settled
        changed = False
        for vendored, system in vendored_twins(binaries):
            if vendored in links:
                continue
            users = [e for e in binaries if e not in links and _links_to(e, vendored, imports_of)]
            missing = _missing_symbols(
                users, symbols_of(vendored[1])[0], symbols_of(system[1])[0], symbols_of
            )
            if missing:
                why[vendored] = f"{system[0]} lacks {', '.join(missing[:3])}"
            else:
                links[vendored], changed = system, True
                why.pop(vendored, None)
    out = []
    for entry in binaries:
        system = links.get(entry)
        if system is None:
            out.append(entry)
        else:
            target = posixpath.relpath(_norm(system[0]), posixpath.dirname(_norm(entry[0])) or ".")
            out.append((entry[0], target, "SYMLINK"))
    return out, list(why.items())


def _links_to(user: TocEntry, library: TocEntry, imports_of: ImportsOf) -> bool:
    return _basename(library[0]) in {_basename(name) for name in imports_of(user[1])}


def _missing_symbols(
    users: list[TocEntry], offered: set[str], provided: set[str], symbols_of: SymbolsOf
) -> list[str]:
    """What ``users`` take from the library offering ``offered`` that the one ``provided`` lacks.

    A versioned reference needs that version; an unversioned one binds to the name in any version."""
    offered_names = {symbol.split("@")[0] for symbol in offered}
    provided_names = {symbol.split("@")[0] for symbol in provided}
    missing = set()
    for user in users:
        for symbol in symbols_of(user[1])[1]:
            name, _, version = symbol.partition("@")
            if (symbol in offered or (not version and name in offered_names)) and (
                symbol not in provided if version else name not in provided_names
            ):
                missing.add(symbol)
    return sorted(missing)


_OBJDUMP_SYMBOL = re.compile(
    r"^[0-9a-f]+\s.{7}\s(?P<section>\S+)\s+[0-9a-f]+\s+(?:(?P<version>\(?[^\s()]+\)?)\s+)?(?P<name>\S+)$"
)


def dynamic_symbols(path: str) -> tuple[set[str], set[str]]:
    """(defined, needed) dynamic symbols of an ELF file as ``name@version`` (``name`` if unversioned)."""
    import subprocess

    listing = subprocess.run(["objdump", "-T", path], capture_output=True, text=True, check=True).stdout
    defined: set[str] = set()
    needed: set[str] = set()
    for line in listing.splitlines():
        match = _OBJDUMP_SYMBOL.match(line.strip())
        if match is None:
            continue
        version = (match["version"] or "").strip("()")
        symbol = match["name"] + (f"@{version}" if version and version != "Base" else "")
        (needed if match["section"] == "*UND*" else defined).add(symbol)
    return defined, needed


# --- Windows version resource ------------------------------------------------------------------------------


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` or ``"1.2.3rc1"`` -> ``(1, 2, 3, 0)``: Windows wants four 16-bit numbers."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version!r} doesn't start with a number")
    parts = tuple(int(part or 0) for part in match.groups())
    if any(part > 0xFFFF for part in parts):
        raise ValueError(f"version {version!r} has a part above 65535, which Windows can't store")
    return parts  # type: ignore[return-value]


def version_info_text(version: str, exe_name: str) -> str:
    """The version resource of one Windows executable, in the text form PyInstaller's ``version=`` reads.

    Explorer's Details tab, Programs and Features and AppLocker publisher rules all read these fields.
    """
    numbers = version_tuple(version)
    table = f"{VERSION_LANGUAGE:04X}{VERSION_CODEPAGE:04X}"
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": APP_DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    rows = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "# Generated by packaging/bundle_rules.py from desktop.__version__; don't edit.\n"
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers},\n"
        f"    prodvers={numbers},\n"
        "    mask=0x3f,\n"
        "    flags=0x0,\n"
        "    OS=0x40004,\n"
        "    fileType=0x1,\n"
        "    subtype=0x0,\n"
        "    date=(0, 0)\n"
        "  ),\n"
        "  kids=[\n"
        "    StringFileInfo(\n"
        "      [\n"
        "        StringTable(\n"
        f"          {table!r},\n"
        "          [\n"
        f"{rows}\n"
        "          ])\n"
        "      ]),\n"
        f"    VarFileInfo([VarStruct('Translation', [{VERSION_LANGUAGE}, {VERSION_CODEPAGE}])])\n"
        "  ]\n"
        ")\n"
    )
