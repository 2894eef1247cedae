"""This PC's identity as a station: a UUID written once into the data folder, so every row says where it came from.

The identity belongs to the machine, not to the database: several PCs sharing one PostgreSQL server are different
stations, and a pump-station PC keeps its identity when its database file is replaced from a USB stick.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

STATION_FILE = "station.json"


@dataclass(frozen=True, slots=True)
class Station:
    id: uuid.UUID
    name: str


def load_or_create_station(folder: Path) -> Station:
    """Read the station file in ``folder``, creating it (atomically) on first start."""
    path = folder / STATION_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Station(uuid.UUID(data["id"]), str(data.get("name") or socket.gethostname()))
    except FileNotFoundError:
        pass
    except (ValueError, KeyError, TypeError, AttributeError):
        # A damaged identity file is kept for inspection; this PC continues as a new station.
        os.replace(path, path.with_suffix(".damaged"))
    station = Station(uuid.uuid4(), socket.gethostname())
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"id": str(station.id), "name": station.name}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return station
