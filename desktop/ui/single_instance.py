"""One Crier per data folder: a second start brings the first window to the front instead."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"crier-{digest}"


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = 500) -> bool:
    """True when another Crier on this data folder answered and will show itself."""
    socket = QLocalSocket()
    try:
        socket.connectToServer(server_name(data_dir))
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
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()
