"""A station PC importing one bundle, in a process of its own, for tests that kill it part-way (test_import_crash).

    python -m tests.sync.import_child DATABASE BUNDLE KEYRING_JSON STATION_ID STATION_NAME PHOTOS

It loads the keyring entries the test gave it (the audit chain's key: the MemoryKeyring lives in one process only;
nothing here signs, so no private sync key is needed), opens the database, prints ``ready`` and waits for a line on
standard input, then prints ``start``, imports the bundle (trusting the plant, as a user who compared the key codes
would) and prints ``done <rows> <seconds>``.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

import keyring

from tests.memory_keyring import MemoryKeyring


def main(argv: list[str]) -> int:
    database, bundle, keyring_json, station_id, station_name, photos = argv
    memory = MemoryKeyring()
    for service, user, secret in json.loads(Path(keyring_json).read_text(encoding="utf-8")):
        memory.set_password(service, user, secret)
    keyring.set_keyring(memory)

    from gridapp.db.connect import open_database
    from gridapp.issues.photos import PhotoStore
    from gridapp.station import Station
    from gridapp.sync.service import SyncService

    db = open_database(Path(database), Station(uuid.UUID(station_id), station_name))
    sync = SyncService(db, PhotoStore(Path(photos)))
    actor = db.system_actor()
    with db.read() as s:  # the first connection is made before the clock starts
        s.connection()
    print("ready", flush=True)
    sys.stdin.readline()
    print("start", flush=True)
    started = time.perf_counter()
    received = sync.import_file(actor, Path(bundle), trust_plant=lambda _name, _code: True)
    print(f"done {received.merged.rows} {time.perf_counter() - started:.4f}", flush=True)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
