# https://github.com/RimSort/RimSort/pull/1305
# Fixed version: the insert is attempted after the miss, and an IntegrityError (row inserted by a
# concurrent caller) is handled by rolling back and re-reading the existing row.
import sqlite3
import threading
from typing import Optional

AUX_SCHEMA = "CREATE TABLE IF NOT EXISTS aux_metadata (path TEXT PRIMARY KEY, color TEXT, notes TEXT)"


class AuxRow:
    def __init__(self, path: str, color: Optional[str] = None, notes: str = "") -> None:
        self.path = path
        self.color = color
        self.notes = notes


class SafeAuxMetadataController:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        with sqlite3.connect(db_path) as conn:
            conn.execute(AUX_SCHEMA)

    def lookup(self, conn: sqlite3.Connection, item_path: str) -> Optional[AuxRow]:
        row = conn.execute(
            "SELECT path, color, notes FROM aux_metadata WHERE path = ?", (item_path,)
        ).fetchone()
        return AuxRow(*row) if row else None

    def fetch_or_insert(self, item_path: str) -> AuxRow:
        conn = sqlite3.connect(self.db_path, timeout=5)
        try:
            row = self.lookup(conn, item_path)
            if row is not None:
                return row
            row = AuxRow(item_path)
            try:
                conn.execute(
                    "INSERT INTO aux_metadata (path, color, notes) VALUES (?, ?, ?)",
                    (row.path, row.color, row.notes),
                )
                conn.commit()
                return row
            except sqlite3.IntegrityError:
                conn.rollback()
                existing = self.lookup(conn, item_path)
                if existing is None:
                    raise
                return existing
        finally:
            conn.close()


if __name__ == "__main__":
    import os
    import tempfile

    ctl = SafeAuxMetadataController(os.path.join(tempfile.mkdtemp(), "aux.db"))
    ts = [threading.Thread(target=ctl.fetch_or_insert, args=("/mods/HugsLib",)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
