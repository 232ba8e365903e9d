# https://github.com/coveragepy/coveragepy/pull/760
# Fixed version: every thread gets its own SqliteDb (and sqlite connection), looked up by
# thread id in self._dbs. The nest counter now only tracks nesting within one thread, so no
# other thread can observe or change it between the check and the connect/close.
import os
import sqlite3
import threading

LINE_SCHEMA = "create table if not exists line (file text, lineno integer)"


def get_thread_id():
    return threading.get_ident()


class ThreadSqliteDb:
    def __init__(self, filename):
        self.filename = filename
        self.nest = 0
        self.con = None

    def connect(self):
        self.con = sqlite3.connect(self.filename)
        self.con.execute(LINE_SCHEMA)

    def close(self):
        self.con.close()
        self.con = None

    def __enter__(self):
        if self.nest == 0:
            self.connect()
            self.con.__enter__()
        self.nest += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.nest -= 1
        if self.nest == 0:
            self.con.__exit__(exc_type, exc_value, traceback)
            self.close()

    def executemany(self, sql, data):
        return self.con.executemany(sql, data)


class CoverageData:
    def __init__(self, basename=".coverage"):
        self._filename = os.path.abspath(basename)
        self._dbs = {}

    def _open_db(self):
        self._dbs[get_thread_id()] = ThreadSqliteDb(self._filename)

    def _connect(self):
        if get_thread_id() not in self._dbs:
            self._open_db()
        return self._dbs[get_thread_id()]

    def add_lines(self, line_data):
        with self._connect() as con:
            rows = [(f, n) for f, linenos in line_data.items() for n in linenos]
            con.executemany("insert into line (file, lineno) values (?, ?)", rows)


def run_measured_program(data):
    def worker(i):
        data.add_lines({"mod%d.py" % i: [1, 2, 3]})

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
