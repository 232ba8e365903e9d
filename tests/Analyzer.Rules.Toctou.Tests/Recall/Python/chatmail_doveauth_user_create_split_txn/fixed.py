# https://github.com/chatmail/relay/pull/69
# Fixed: the existence check and the INSERT run in one BEGIN IMMEDIATE write transaction, so
# SQLite serializes concurrent first logins and the second one sees the row the first created.
import socketserver
import sqlite3
import time
from contextlib import contextmanager


class AccountDatabase:
    def __init__(self, path):
        self.path = path
        with self.exclusive_txn() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS users (addr TEXT PRIMARY KEY, password TEXT, last_login INTEGER)")

    @contextmanager
    def exclusive_txn(self):
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()


def authenticate_or_register(db, addr, password):
    with db.exclusive_txn() as conn:
        row = conn.execute("SELECT addr, password FROM users WHERE addr = ?", (addr,)).fetchone()
        if row:
            conn.execute("UPDATE users SET last_login = ? WHERE addr = ?", (int(time.time()), addr))
            return {"user": row[0], "password": row[1]}
        conn.execute(
            "INSERT INTO users (addr, password, last_login) VALUES (?, ?, ?)",
            (addr, "{SHA512-CRYPT}" + password, int(time.time())),
        )
    return {"user": addr, "password": password}


class PassdbRequestHandler(socketserver.StreamRequestHandler):
    def serve_passdb_request(self):
        addr, password = self.rfile.readline().decode().strip().split("\t")
        reply = authenticate_or_register(self.server.accounts, addr, password)
        self.wfile.write(("O" + str(reply) + "\n").encode())

    handle = serve_passdb_request


class PassdbProxyServer(socketserver.ThreadingUnixStreamServer):
    def __init__(self, socket_path, accounts):
        super().__init__(socket_path, PassdbRequestHandler)
        self.accounts = accounts


if __name__ == "__main__":
    PassdbProxyServer("/tmp/doveauth.socket", AccountDatabase("/tmp/passdb.sqlite")).serve_forever()
