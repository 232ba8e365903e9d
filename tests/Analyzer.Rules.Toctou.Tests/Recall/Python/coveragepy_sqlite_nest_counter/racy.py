# https://github.com/coveragepy/coveragepy/pull/760
# CoverageSqliteData shares one SqliteDb between all threads. SqliteDb.__enter__ connects only
# when the nest counter is 0 and __exit__ closes the connection when it drops back to 0, so the
# counter is checked and the connect/close is done as separate steps: a thread can see nest == 0
# and open a second connection while another thread is mid-way, or close the connection another
# thread has just started to use ("no such table", closed database). Fix: one SqliteDb per thread
# (self._dbs keyed by thread id), so the counter and connection are never shared between threads.
import os
import sqlite3
import threading

SCHEMA = "create table if not exists line (file text, lineno integer)"


class SqliteDb:
    def __init__(self, filename):
        self.filename = filename
        self.nest = 0
        self.con = None

    def _connect(self):
        self.con = sqlite3.connect(self.filename, check_same_thread=False)
        self.con.execute(SCHEMA)

    def close(self):
        self.con.close()
        self.con = None

    def __enter__(self):
        if self.nest == 0:
            self._connect()  # Noncompliant
            self.con.__enter__()
        self.nest += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.nest -= 1
        if self.nest == 0:
            self.con.__exit__(exc_type, exc_value, traceback)
            self.close()  # Noncompliant

    def executemany(self, sql, data):
        return self.con.executemany(sql, data)


class CoverageSqliteData:
    def __init__(self, basename=".coverage"):
        self._filename = os.path.abspath(basename)
        self._db = SqliteDb(self._filename)

    def _connect(self):
        return self._db

    def add_lines(self, line_data):
        with self._connect() as con:
            rows = [(f, n) for f, linenos in line_data.items() for n in linenos]
            con.executemany("insert into line (file, lineno) values (?, ?)", rows)


def measured_program(data):
    def worker(i):
        data.add_lines({"mod%d.py" % i: [1, 2, 3]})

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
