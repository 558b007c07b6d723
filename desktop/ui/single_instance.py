"""One Crier per data folder: a second start brings the first window to the front instead.

QtNetwork (about 7 ms to import, with its enum types) stays off the start-up path when it can: on POSIX a
listening Crier has a socket file in Qt's temporary folder (QLocalServer's), which is asked with a plain
Unix socket; a file left by a Crier that was killed refuses the connection, so nobody is there. The window's
own server starts after its first paint. (Windows' named pipes are asked with QLocalSocket.)
"""

from __future__ import annotations

import getpass
import os
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """A short name for this user and data folder (a socket path has a length limit). Only a name, not a
    secret: a CRC is enough, and zlib is loaded already where hashlib would cost 3 ms at start-up."""
    return f"crier-{zlib.crc32(f'{getpass.getuser()}:{data_dir.resolve()}'.encode()):08x}"


def qt_temp_folder() -> str:
    """``QDir.tempPath()``, where QLocalServer puts its socket file, as Qt works it out on Linux: $TMPDIR
    made absolute and clean, else /tmp; without building QDir's type and enums (about 1 ms) before the
    window shows. (macOS falls back on its own folder when $TMPDIR is unset: Qt is asked there.)"""
    if sys.platform == "darwin":
        from PySide6.QtCore import QDir

        return QDir.tempPath()
    return os.path.abspath(os.environ.get("TMPDIR") or "/tmp")


def _ask_over_unix_socket(path: str, timeout_ms: int) -> bool:
    """Ask the Crier listening at ``path`` (QLocalServer's socket file) to come to the front. ``_socket`` is
    the C core of ``socket``, which would build four enum types on import (about 5 ms) for nothing here."""
    try:
        owner = os.stat(path).st_uid
    except OSError:
        return False
    if owner != os.getuid():  # another user's socket at this name (a shared /tmp) is never this user's Crier
        return False
    import _socket

    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        client.settimeout(timeout_ms / 1000)
        client.connect(path)
        client.sendall(RAISE)
    except OSError:  # refused: the file of a Crier that was killed (its successor replaces it), or no answer
        return False
    finally:
        client.close()
    return True


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = 500) -> bool:
    """True when another Crier on this data folder answered and will show itself."""
    name = server_name(data_dir)
    if os.name == "posix":
        return _ask_over_unix_socket(os.path.join(qt_temp_folder(), name), timeout_ms)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    try:
        socket.connectToServer(name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True
    finally:
        socket.abort()


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()
