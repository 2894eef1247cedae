"""Whether a database file lives on a network share, where SQLite's WAL (shared memory beside the file) is unsafe.

Detected: Windows UNC paths (``\\\\server\\share``, ``\\\\?\\UNC\\...``) and mapped network drives (GetDriveTypeW),
and on Linux NFS/CIFS/SMB and other network file systems found in ``/proc/mounts``. What cannot be detected (a
macOS share, a network file system unknown here) is not refused.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Callable
from pathlib import Path

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gfs2",
        "ocfs2",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.smbnetfs",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def is_unc(path: str) -> bool:
    """``\\\\server\\share\\...`` or ``//server/share/...``; ``\\\\?\\C:\\...`` and ``\\\\.\\`` device paths are local."""
    p = path.replace("/", "\\")
    if p[:8].upper() == "\\\\?\\UNC\\":
        return True
    return p.startswith("\\\\") and not p.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_drive_is_remote(drive: str) -> bool:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(drive)) == DRIVE_REMOTE  # type: ignore[attr-defined]


def windows_network_path(path: str, drive_type: Callable[[str], bool] = _windows_drive_is_remote) -> bool:
    if is_unc(path):
        return True
    drive, _rest = ntpath.splitdrive(path)
    if len(drive) == 2 and drive[1] == ":":
        return drive_type(drive.upper() + "\\")
    return False


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab as \011, a newline as \012 and a backslash as \134
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_of(path: str, mounts: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the longest mount point holding ``path``, from a /proc/mounts text."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def linux_network_path(path: str, mounts: str) -> bool:
    found = mount_of(path, mounts)
    return found is not None and found[1].lower() in NETWORK_FILE_SYSTEMS


def on_network_share(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` (a file that may not exist yet) is on a network share this machine can tell about."""
    raw = os.fspath(path)
    if sys.platform == "win32":
        try:
            return windows_network_path(os.path.abspath(raw))
        except OSError:
            return False
    if is_unc(raw):
        return True  # a UNC path typed on another system is a share, whatever it resolves to here
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return linux_network_path(os.path.realpath(raw), mounts)
