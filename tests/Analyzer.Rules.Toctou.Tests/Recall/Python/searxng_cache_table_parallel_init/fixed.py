# https://github.com/searxng/searxng/pull/4991
# Fixed: the "is the table loaded?" check and the load run under one lock (the check is
# repeated inside it), so only one thread ever loads a given table.
import json
import sqlite3
import threading


class SharedDataCache:
    def __init__(self, db_path):
        self.db_path = db_path
        self.properties = {}
        self._init_lock = threading.Lock()

    def _open(self):
        return sqlite3.connect(self.db_path, timeout=1)

    def is_loaded(self, table):
        return self.properties.get(table) == "loaded"

    def fill_table(self, table, json_file):
        with open(json_file, encoding="utf-8") as f:
            data = json.load(f)
        with self._open() as conn:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT, value TEXT)")
            conn.executemany(
                f"INSERT INTO {table} VALUES (?, ?)",
                [(k, json.dumps(v)) for k, v in data.items()],
            )
        self.properties[table] = "loaded"

    def lookup(self, table, json_file, key):
        with self._init_lock:
            if not self.is_loaded(table):
                self.fill_table(table, json_file)
        with self._open() as conn:
            row = conn.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None


DATA = SharedDataCache("/tmp/sxng_data.db")


def init_one_engine(name):
    DATA.lookup("currencies", "currencies.json", name)


def start_engines(names):
    for name in names:
        threading.Thread(target=init_one_engine, args=(name,), daemon=True).start()
