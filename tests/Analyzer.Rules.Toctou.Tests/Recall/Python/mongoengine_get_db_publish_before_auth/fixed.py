# https://github.com/MongoEngine/mongoengine/issues/257
# Fixed shape: the Database handle is authenticated while it is still local, and only
# then stored in _db_cache, so other threads never see an unauthenticated handle.
import threading

from pymongo import MongoClient

DEFAULT_ALIAS = "default"

_conn_settings = {}
_clients = {}
_db_cache = {}


def register_alias(alias, name, host="localhost", port=27017, username=None, password=None):
    _conn_settings[alias] = {
        "name": name,
        "host": host,
        "port": port,
        "username": username,
        "password": password,
    }


def get_client(alias=DEFAULT_ALIAS):
    if alias not in _clients:
        settings = _conn_settings[alias]
        _clients[alias] = MongoClient(host=settings["host"], port=settings["port"])
    return _clients[alias]


def get_database(alias=DEFAULT_ALIAS):
    global _db_cache
    if alias not in _db_cache:
        conn = get_client(alias)
        conn_settings = _conn_settings[alias]
        db = conn[conn_settings["name"]]
        # Authenticate if necessary
        if conn_settings["username"] and conn_settings["password"]:
            db.authenticate(conn_settings["username"], conn_settings["password"])
        _db_cache[alias] = db
    return _db_cache[alias]


def count_accounts():
    return get_database()["user"].count_documents({})


def serve_safely(n_threads=4):
    register_alias(DEFAULT_ALIAS, "app", username="svc", password="secret")
    threads = [threading.Thread(target=count_accounts) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
