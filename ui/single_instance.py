"""One window per database file on this PC: a second start on the same file brings the first window to the front.

The first start listens on a local socket (a named pipe on Windows) named after the file's canonical path and the
user; a second start that reaches it asks it to show itself and stops. A socket left by a crashed start is
removed: nobody answers on it.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
CONNECT_MS = 500


def canonical_path(path: str | os.PathLike[str]) -> str:
    """The file's one name: links resolved, and case folded where the file system ignores case (Windows)."""
    resolved = os.path.realpath(os.path.expanduser(os.fspath(path)))
    return os.path.normcase(resolved) if sys.platform == "win32" else resolved


def server_name(path: str | os.PathLike[str]) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account): the path alone still tells the windows apart
        user = ""
    digest = hashlib.sha256(f"{user}\0{canonical_path(path)}".encode()).hexdigest()[:24]
    return f"gridapp-{digest}"


class SingleInstance(QObject):
    """``claim()`` is True for the first start on a file; the first one's ``activation_requested`` fires when a
    later start asks it to come to the front."""

    activation_requested = Signal()

    def __init__(self, path: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(path)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._ask_first_to_show():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a start that crashed: nobody answered on it
            if not server.listen(self.name):
                # Lost a race with a start at the same moment (False), or no local sockets here at all: then run
                # without the guard rather than not at all (True).
                return not self._ask_first_to_show()
        server.newConnection.connect(self._on_server_new_connection)
        self.server = server
        return True

    def _ask_first_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            # The second start writes its one line at once; reading it here keeps no socket alive after.
            arrived = connection.bytesAvailable() > 0 or connection.waitForReadyRead(CONNECT_MS)
            if arrived and RAISE.strip() in bytes(connection.readAll().data()):
                self.activation_requested.emit()
            connection.abort()
            connection.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None


def bring_to_front(window: QWidget) -> None:
    """Show a window asked for by a second start: restored if minimised, raised and given the keyboard."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def tell_already_open(path: str | os.PathLike[str]) -> None:
    """The second start's word before it stops: the first window has been asked to come to the front."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        None,
        QCoreApplication.translate("SingleInstance", "Red Grid Workstation"),
        QCoreApplication.translate(
            "SingleInstance",
            "The database {0} is already open in Red Grid Workstation on this PC; that window has been brought "
            "to the front. One database file is opened by one window at a time.",
        ).format(canonical_path(path)),
    )
