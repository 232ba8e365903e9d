import contextlib
import sqlite3


class AccountFile:
    def __init__(self, path):
        self.path = path

    @contextlib.contextmanager
    def write_txn(self):
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()

    @contextlib.contextmanager
    def deferred_txn(self):
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("BEGIN")
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()


# BEGIN IMMEDIATE takes the database's write lock before the SELECT: another connection's insert waits for the commit.
def sign_up(accounts, name):
    with accounts.write_txn() as conn:
        if conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone() is None:
            conn.execute("INSERT INTO accounts (name) VALUES (?)", (name,))


# A deferred transaction locks nothing until its first write: two connections can both find the name missing.
def sign_up_deferred(accounts, name):
    with accounts.deferred_txn() as conn:
        if conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone() is None:
            conn.execute("INSERT INTO accounts (name) VALUES (?)", (name,))  # Noncompliant [TOCTOU003] {{the SELECT on accounts at line 40 decides the INSERT at line 41; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The commit lets the lock go before the insert.
def sign_up_split(path, name):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    found = conn.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone()
    conn.execute("COMMIT")
    if found is None:
        conn.execute("INSERT INTO accounts (name) VALUES (?)", (name,))  # Noncompliant [TOCTOU003] {{the SELECT on accounts at line 48 decides the INSERT at line 51; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# PostgreSQL's advisory lock for the transaction, keyed by the account's name, is held until the transaction ends:
# another connection asking for the same key waits there. Asking for it after the SELECT locks too late.
def open_account(conn, name):
    with conn:
        cur = conn.cursor()
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (name,))
        cur.execute("SELECT 1 FROM accounts WHERE name = %s", (name,))
        if cur.fetchone() is None:
            cur.execute("INSERT INTO accounts (name) VALUES (%s)", (name,))


def open_account_late(conn, name):
    with conn:
        cur = conn.cursor()
        cur.execute("SELECT 1 FROM accounts WHERE name = %s", (name,))  # Secondary [check]
        found = cur.fetchone()
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (name,))
        if found is None:
            cur.execute("INSERT INTO accounts (name) VALUES (%s)", (name,))  # Noncompliant [TOCTOU003] {{the SELECT on accounts at line 68 decides the INSERT at line 72; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


from sqlalchemy import text  # noqa: E402


# The same through SQLAlchemy's text(), which a session runs as it is.
def open_account_in_session(session, name):
    with session.begin():
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})
        if session.execute(text("SELECT 1 FROM accounts WHERE name = :name"), {"name": name}).first() is None:
            session.execute(text("INSERT INTO accounts (name) VALUES (:name)"), {"name": name})


def open_account_in_session_unlocked(session, name):
    with session.begin():
        if session.execute(text("SELECT 1 FROM accounts WHERE name = :name"), {"name": name}).first() is None:  # Secondary [check]
            session.execute(text("INSERT INTO accounts (name) VALUES (:name)"), {"name": name})  # Noncompliant [TOCTOU003] {{the SELECT on accounts at line 88 decides the INSERT at line 89 inside `session.begin()` (line 87), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
