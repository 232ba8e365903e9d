# https://github.com/shotgunsoftware/tk-core/pull/344
# Fixed version: INSERT OR IGNORE lets the unique constraint skip a row another sync already added.
import sqlite3


class IgnoringPathCache:
    def __init__(self, db_path):
        self._connection = sqlite3.connect(db_path)

    def _add_db_mapping(self, cursor, path, entity, primary):
        cursor.execute(
            "INSERT OR IGNORE INTO path_cache(entity_type, entity_id, entity_name, root, path, primary_entity) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (entity["type"], entity["id"], entity["name"], entity["root"], path, primary),
        )
