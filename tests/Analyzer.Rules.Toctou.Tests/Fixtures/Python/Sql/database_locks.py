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
