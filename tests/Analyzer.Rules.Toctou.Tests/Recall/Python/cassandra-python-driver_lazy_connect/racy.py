# https://github.com/apache/cassandra-python-driver/pull/479
# cqlengine's handle_lazy_connect(), run by execute() in every request thread, tested the module global
# lazy_connect_args, cleared it and then called setup(): two threads could both build a Cluster, or one
# could find it cleared while the first was still connecting ("It is required to setup() cqlengine").
# Fix (PYTHON-310): a module RLock held across test and setup, test repeated, global cleared after setup.
import logging
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class CQLEngineException(Exception):
    pass


class Session:
    def __init__(self, cluster):
        self.cluster = cluster
        self.row_factory = None

    def execute(self, query, params=None):
        return (query, params)


class Cluster:
    def __init__(self, hosts, **kwargs):
        self.hosts = hosts
        self.options = kwargs

    def connect(self):
        # opening the control connection and the pools takes a while
        return Session(self)


cluster = None
session = None
lazy_connect_args = None


def setup(hosts, default_keyspace=None, lazy_connect=False, **kwargs):
    global cluster, session, lazy_connect_args
    if lazy_connect:
        kwargs["default_keyspace"] = default_keyspace
        lazy_connect_args = (hosts, kwargs)
        return
    cluster = Cluster(hosts, **kwargs)
    session = cluster.connect()
    session.row_factory = dict


def handle_lazy_connect():
    global lazy_connect_args
    if lazy_connect_args:
        log.debug("lazy connect")
        hosts, kwargs = lazy_connect_args
        lazy_connect_args = None  # Noncompliant
        setup(hosts, **kwargs)


def execute(query, params=None):
    handle_lazy_connect()
    if not session:
        raise CQLEngineException("It is required to setup() cqlengine before executing queries")
    return session.execute(query, params)


if __name__ == "__main__":
    setup(["10.0.0.1", "10.0.0.2"], "app", lazy_connect=True)
    # a threaded web server: each request thread runs a model query through execute()
    with ThreadPoolExecutor(max_workers=8) as pool:
        rows = list(pool.map(lambda i: execute("SELECT * FROM users WHERE id = %s", (i,)), range(32)))
    print(len(rows))
