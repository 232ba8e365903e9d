# https://github.com/requests-cache/requests-cache/issues/21 (fixed by https://github.com/requests-cache/requests-cache/pull/50)
# DbDict.__setitem__ ran "select key ..." and then chose between INSERT and UPDATE.
# The in-process RLock does not cover other processes (or other DbDict objects) using
# the same sqlite file, so another writer could add the key between the SELECT and the
# INSERT, giving "IntegrityError: column key is not unique". The fix uses a single
# "insert or replace" statement.
import sqlite3
import threading
from contextlib import contextmanager


class DbDict(object):
    def __init__(self, filename, table_name="data"):
        self.filename = filename
        self.table_name = table_name
        self._lock = threading.RLock()
        with self.connection(True) as con:
            con.execute("create table if not exists `%s` (key PRIMARY KEY, value)" % self.table_name)

    @contextmanager
    def connection(self, commit_on_success=False):
        with self._lock:
            con = sqlite3.connect(self.filename)
            try:
                yield con
                if commit_on_success:
                    con.commit()
            finally:
                con.close()

    def __getitem__(self, key):
        with self.connection() as con:
            row = con.execute("select value from `%s` where key=?" % self.table_name, (key,)).fetchone()
            if not row:
                raise KeyError(key)
            return row[0]

    def __setitem__(self, key, item):
        with self.connection(True) as con:
            row = con.execute("select key from `%s` where key=?" % self.table_name, (key,)).fetchone()
            if not row:
                con.execute("insert into `%s` (key,value) values (?,?)" % self.table_name, (key, item))  # Noncompliant
            else:
                con.execute("update `%s` set value=? where key=?" % self.table_name, (item, key))
