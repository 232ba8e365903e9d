import contextlib
import fcntl
import sqlite3
import threading

_mirrors_lock = threading.Lock()


def find_mirror(conn, url):
    return conn.execute("SELECT path FROM mirrors WHERE url = ?", (url,)).fetchone()


# The lookup in a plain helper reads the table the insert writes, whichever function runs the query.
def add_mirror(conn, url, path):
    if find_mirror(conn, url) is None:
        conn.execute("INSERT INTO mirrors (url, path) VALUES (?, ?)", (url, path))  # Noncompliant [TOCTOU003] {{the SELECT on mirrors at line 15 decides the INSERT at line 16; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        conn.commit()


@contextlib.contextmanager
def mirror_lock(lock_path):
    with open(lock_path, "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


# Looked up again while a lock file keeps the program's other runs out: the first lookup is only a fast path.
def add_mirror_once(conn, lock_path, url, path):
    if find_mirror(conn, url) is not None:
        return
    with mirror_lock(lock_path):
        if find_mirror(conn, url) is not None:
            return
        conn.execute("INSERT INTO mirrors (url, path) VALUES (?, ?)", (url, path))
        conn.commit()


# A lock of the program keeps out its own threads only; the other processes that share the database are not among them.
def add_mirror_in_process(conn, url, path):
    if find_mirror(conn, url) is not None:
        return
    with _mirrors_lock:
        if find_mirror(conn, url) is not None:
            return
        conn.execute("INSERT INTO mirrors (url, path) VALUES (?, ?)", (url, path))  # Noncompliant [TOCTOU003] {{the SELECT on mirrors at line 43 decides the INSERT at line 48; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        conn.commit()


def mirror_path(conn, url):
    row = find_mirror(conn, url)
    if row is None:
        raise LookupError(url)
    return row[0]


# When a url is named, the insert runs only where the lookup in the try failed: its body raises on a row it finds.
def add_named_mirror(conn, url, path, named):
    if named:
        try:
            existing = mirror_path(conn, url)
            raise FileExistsError(existing)
        except LookupError:
            pass
    conn.execute("INSERT INTO mirrors (url, path) VALUES (?, ?)", (url, path))  # Noncompliant [TOCTOU003] {{the SELECT on mirrors at line 63 decides the INSERT at line 67; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


def fetch_row(conn, sql, params):
    return conn.execute(sql, params).fetchone()


def run_statement(conn, sql, params):
    conn.execute(sql, params)
    conn.commit()


# Helpers that run the query text they are handed: the SELECT and the INSERT are the caller's, through them.
def add_tag(conn, name):
    if fetch_row(conn, "SELECT 1 FROM tags WHERE name = ?", (name,)) is None:
        run_statement(conn, "INSERT INTO tags (name) VALUES (?)", (name,))  # Noncompliant [TOCTOU003] {{the SELECT on tags at line 81 decides the INSERT at line 82; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# One statement that keeps what is there does the test and the insert at once.
def add_tag_once(conn, name):
    run_statement(conn, "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
