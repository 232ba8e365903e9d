# https://github.com/RimSort/RimSort/pull/1305
# AuxMetadataController.get_or_create queried the aux-metadata SQLite table for a mod path and inserted
# a new row when none was found; two concurrent callers could both miss and the second insert failed
# with sqlite3 IntegrityError on the unique path. Fix: catch IntegrityError, roll back, query again.
import sqlite3
import threading
from typing import Optional

INSERT_SQL = "INSERT INTO aux_metadata (path, color, notes) VALUES (?, ?, ?)"
SCHEMA = "CREATE TABLE IF NOT EXISTS aux_metadata (path TEXT PRIMARY KEY, color TEXT, notes TEXT)"


class AuxMetadataEntry:
    def __init__(self, path: str, color: Optional[str] = None, notes: str = "") -> None:
        self.path = path
        self.color = color
        self.notes = notes


class AuxMetadataController:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        with sqlite3.connect(db_path) as conn:
            conn.execute(SCHEMA)

    def get(self, conn: sqlite3.Connection, item_path: str) -> Optional[AuxMetadataEntry]:
        row = conn.execute(
            "SELECT path, color, notes FROM aux_metadata WHERE path = ?", (item_path,)
        ).fetchone()
        return AuxMetadataEntry(*row) if row else None

    def get_or_create(self, item_path: str) -> AuxMetadataEntry:
        conn = sqlite3.connect(self.db_path, timeout=5)
        try:
            entry = self.get(conn, item_path)
            if entry is None:
                entry = AuxMetadataEntry(item_path)
                conn.execute(INSERT_SQL, (entry.path, entry.color, entry.notes))  # Noncompliant
                conn.commit()
            return entry
        finally:
            conn.close()


if __name__ == "__main__":
    import os
    import tempfile

    ctrl = AuxMetadataController(os.path.join(tempfile.mkdtemp(), "aux.db"))
    workers = [threading.Thread(target=ctrl.get_or_create, args=("/mods/HugsLib",)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
