# https://github.com/MongoEngine/mongoengine/issues/257
# get_db() stored the new Database in the shared _dbs dict and only then authenticated it.
# Another thread calling get_db() in that window finds the alias already present, skips
# the block and runs queries on a database handle that is not authenticated yet.
# Fix: build and authenticate a local db first, then store it in _dbs as the last step.
import threading

from pymongo import MongoClient

DEFAULT_CONNECTION_NAME = "default"

_connection_settings = {}
_connections = {}
_dbs = {}


def register_connection(alias, name, host="localhost", port=27017, username=None, password=None):
    _connection_settings[alias] = {
        "name": name,
        "host": host,
        "port": port,
        "username": username,
        "password": password,
    }


def get_connection(alias=DEFAULT_CONNECTION_NAME):
    if alias not in _connections:
        settings = _connection_settings[alias]
        _connections[alias] = MongoClient(host=settings["host"], port=settings["port"])  # Noncompliant
    return _connections[alias]


def get_db(alias=DEFAULT_CONNECTION_NAME):
    global _dbs
    if alias not in _dbs:
        conn = get_connection(alias)
        conn_settings = _connection_settings[alias]
        _dbs[alias] = conn[conn_settings["name"]]  # Noncompliant
        # Authenticate if necessary
        if conn_settings["username"] and conn_settings["password"]:
            _dbs[alias].authenticate(conn_settings["username"], conn_settings["password"])
    return _dbs[alias]


def count_users():
    return get_db()["user"].count_documents({})


def serve(n_threads=4):
    register_connection(DEFAULT_CONNECTION_NAME, "app", username="svc", password="secret")
    threads = [threading.Thread(target=count_users) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
