# https://github.com/searxng/searxng/pull/4991
# https://github.com/searxng/searxng/issues/4951
# SearXNG initializes its engines in parallel threads, and several engines fetch data
# tables (e.g. currencies, wikidata units) from a shared SQLite data cache. The cache
# checked whether a table had been loaded and, if not, loaded the JSON into the DB;
# several threads could see "not loaded" at once and all load the same table in
# parallel, ending in "sqlite3.OperationalError: database is locked".
# Fix: prevent multiple, parallel initializations of a table (the load is serialized
# under a lock and the "loaded" check is repeated inside it).
import json
import sqlite3
import threading


class DataCache:
    def __init__(self, db_path):
        self.db_path = db_path
        self.properties = {}  # table name -> "loaded" marker

    def _connect(self):
        return sqlite3.connect(self.db_path, timeout=1)

    def table_loaded(self, table):
        return self.properties.get(table) == "loaded"

    def load_table(self, table, json_file):
        with open(json_file, encoding="utf-8") as f:
            data = json.load(f)
        with self._connect() as conn:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT, value TEXT)")
            conn.executemany(
                f"INSERT INTO {table} VALUES (?, ?)",
                [(k, json.dumps(v)) for k, v in data.items()],
            )
        self.properties[table] = "loaded"

    def get(self, table, json_file, key):
        if not self.table_loaded(table):
            self.load_table(table, json_file)  # Noncompliant
        with self._connect() as conn:
            row = conn.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None


CACHE = DataCache("/tmp/sxng_data.db")


def engine_init(name):
    CACHE.get("currencies", "currencies.json", name)


def initialize_engines(names):
    for name in names:
        threading.Thread(target=engine_init, args=(name,), daemon=True).start()
