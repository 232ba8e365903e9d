# https://github.com/chatmail/relay/issues/68
# (fixed by https://github.com/chatmail/relay/pull/69)
# The doveauth dict proxy serves Dovecot lookups on a threading Unix socket server. For a
# passdb lookup it first read the user in one read-only SQLite transaction and, if the address
# was unknown, inserted it in a separate write transaction. Delta Chat logs in over IMAP and
# SMTP at the same time, so two handler threads both saw "no user" and both inserted; the
# loser failed with "UNIQUE constraint failed: users.addr". The fix does the lookup and the
# insert inside the same write transaction.
import socketserver
import sqlite3
import time
from contextlib import contextmanager


class UserStore:
    def __init__(self, path):
        self.path = path
        with self.write_txn() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS users (addr TEXT PRIMARY KEY, password TEXT, last_login INTEGER)")

    @contextmanager
    def read_txn(self):
        conn = sqlite3.connect(self.path, timeout=60)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def write_txn(self):
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()


def lookup_passdb(store, addr, password):
    with store.read_txn() as conn:
        row = conn.execute("SELECT addr, password FROM users WHERE addr = ?", (addr,)).fetchone()
    if row:
        return {"user": row[0], "password": row[1]}
    with store.write_txn() as conn:
        conn.execute(  # Noncompliant
            "INSERT INTO users (addr, password, last_login) VALUES (?, ?, ?)",
            (addr, "{SHA512-CRYPT}" + password, int(time.time())),
        )
    return {"user": addr, "password": password}


class DictProxyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        addr, password = self.rfile.readline().decode().strip().split("\t")
        reply = lookup_passdb(self.server.store, addr, password)
        self.wfile.write(("O" + str(reply) + "\n").encode())


class DictProxyServer(socketserver.ThreadingUnixStreamServer):
    def __init__(self, socket_path, store):
        super().__init__(socket_path, DictProxyHandler)
        self.store = store


if __name__ == "__main__":
    DictProxyServer("/tmp/doveauth.socket", UserStore("/tmp/passdb.sqlite")).serve_forever()
