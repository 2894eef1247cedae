"""The Qt-free core on an installed Windows runtime (scripts/windows/smoke-wine.sh runs it with the installed
``python\\python.exe`` under Wine): open (create) the database in the user's data folder, load the demo plant, print a
checklist PDF to the path given. Prints one JSON line of what it saw and how long each step took.

    python.exe smoke_core.py OUT.pdf DEMO_PASSWORD [--open-only]

The command line ``gridapp demo`` does the same through main.py, but it loads Qt's QtCore for its messages, which
Wine 8 cannot (Qt6Core.dll needs icuuc.dll): hence this script.
"""

from __future__ import annotations

import json
import sys
import time

started = time.perf_counter()


def main() -> int:
    out, password = sys.argv[1], sys.argv[2]
    from gridapp.paths import data_dir, default_database_path
    from gridapp.services import open_workspace

    facts: dict[str, object] = {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "data_dir": str(data_dir()),
        "qt_loaded": any(m.startswith("PySide6") for m in sys.modules),
    }
    opened = open_workspace(str(default_database_path()))
    facts["open_s"] = round(time.perf_counter() - started, 2)
    facts["empty"] = opened.empty
    db = opened.services.db
    try:
        if "--open-only" not in sys.argv:
            from sqlalchemy import select

            from gridapp.demo import load_demo
            from gridapp.inspections.models import Document
            from gridapp.inspections.prints.options import ChecklistOptions, Source

            t = time.perf_counter()
            load_demo(db, db.system_actor(), demo_password=password)
            facts["demo_s"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            prints = opened.services.inspections.prints
            with db.read() as session:
                documents = session.scalars(select(Document.id)).all()
            pdf = b""
            for document_id in documents:
                source = Source(document_id=document_id)
                if prints.content(source).items:
                    pdf = prints.checklist(source, ChecklistOptions())
                    break
            if not pdf:
                raise SystemExit("no document of the demo plant has checklist items")
            with open(out, "wb") as f:
                f.write(pdf)
            facts["checklist_s"] = round(time.perf_counter() - t, 2)
            facts["checklist_bytes"] = len(pdf)
        facts["qt_loaded"] = any(m.startswith("PySide6") for m in sys.modules)
    finally:
        opened.services.close()
    facts["total_s"] = round(time.perf_counter() - started, 2)
    print(json.dumps(facts, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
