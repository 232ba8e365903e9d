# https://github.com/requests-cache/requests-cache/issues/21 (fixed by https://github.com/requests-cache/requests-cache/pull/50)
# Fixed version: one "insert or replace" statement does the existence decision inside
# sqlite itself, so a concurrent writer can no longer slip in between check and insert.
import sqlite3
import threading
from contextlib import contextmanager


class SqliteMapping(object):
    def __init__(self, path, table="data"):
        self.path = path
        self.table = table
        self._guard = threading.RLock()
        with self.session(True) as con:
            con.execute("create table if not exists `%s` (key PRIMARY KEY, value)" % self.table)

    @contextmanager
    def session(self, commit=False):
        with self._guard:
            con = sqlite3.connect(self.path)
            try:
                yield con
                if commit:
                    con.commit()
            finally:
                con.close()

    def get_value(self, key):
        with self.session() as con:
            row = con.execute("select value from `%s` where key=?" % self.table, (key,)).fetchone()
            if not row:
                raise KeyError(key)
            return row[0]

    def put_value(self, key, item):
        with self.session(True) as con:
            con.execute("insert or replace into `%s` (key,value) values (?,?)" % self.table, (key, item))
