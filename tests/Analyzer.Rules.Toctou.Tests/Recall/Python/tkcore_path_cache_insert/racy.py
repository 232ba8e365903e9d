# https://github.com/shotgunsoftware/tk-core/pull/344
# The path cache sync looked a path mapping up in its SQLite table and inserted it when absent; two syncs running in
# parallel both found it missing and the second INSERT hit the unique constraint (sqlite3.IntegrityError). The fix
# inserts with INSERT OR IGNORE, so an existing row is skipped.
import sqlite3


class PathCache:
    def __init__(self, db_path):
        self._connection = sqlite3.connect(db_path)

    def _add_db_mapping(self, cursor, path, entity, primary):
        res = cursor.execute(
            "SELECT COUNT(*) FROM path_cache WHERE entity_type = ? AND entity_id = ? AND root = ? AND path = ?",
            (entity["type"], entity["id"], entity["root"], path),
        )
        if res.fetchone()[0] > 0:
            return
        # there was no entity in the db. So let's create it!
        cursor.execute(  # Noncompliant [TOCTOU003]
            "INSERT INTO path_cache(entity_type, entity_id, entity_name, root, path, primary_entity) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (entity["type"], entity["id"], entity["name"], entity["root"], path, primary),
        )

    def add_mappings(self, mappings):
        cursor = self._connection.cursor()
        try:
            for path, entity, primary in mappings:
                self._add_db_mapping(cursor, path, entity, primary)
            self._connection.commit()
        finally:
            cursor.close()
