# https://github.com/apache/cassandra-python-driver/pull/479
# Fixed version: lazy_connect_lock (threading.RLock) is held across the test of the pending lazy
# connect arguments and the call that performs the connection; the test is repeated once the lock
# is held, and the pending arguments are cleared only after the session exists.
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

_log = logging.getLogger(__name__)


class EngineSetupError(Exception):
    pass


class CqlSession:
    def __init__(self, cluster):
        self.cluster = cluster
        self.row_factory = None

    def execute(self, query, params=None):
        return (query, params)


class CqlCluster:
    def __init__(self, hosts, **kwargs):
        self.hosts = hosts
        self.options = kwargs

    def connect(self):
        return CqlSession(self)


engine_cluster = None
engine_session = None
pending_lazy_args = None
lazy_connect_lock = threading.RLock()


def configure(hosts, default_keyspace=None, lazy_connect=False, **kwargs):
    global engine_cluster, engine_session, pending_lazy_args
    if lazy_connect:
        kwargs["default_keyspace"] = default_keyspace
        pending_lazy_args = (hosts, kwargs)
        return
    engine_cluster = CqlCluster(hosts, **kwargs)
    engine_session = engine_cluster.connect()
    engine_session.row_factory = dict


def ensure_lazy_connection():
    global pending_lazy_args
    # if pending_lazy_args is None, the cluster is set up and ready: no need to take the lock
    if not pending_lazy_args:
        return
    with lazy_connect_lock:
        # another thread may have connected while this one waited for the lock
        if pending_lazy_args:
            _log.debug("lazy connect")
            hosts, kwargs = pending_lazy_args
            configure(hosts, **kwargs)
            pending_lazy_args = None


def run_query(query, params=None):
    ensure_lazy_connection()
    if not engine_session:
        raise EngineSetupError("It is required to setup() cqlengine before executing queries")
    return engine_session.execute(query, params)


if __name__ == "__main__":
    configure(["10.0.0.1", "10.0.0.2"], "app", lazy_connect=True)
    with ThreadPoolExecutor(max_workers=8) as pool:
        rows = list(pool.map(lambda i: run_query("SELECT * FROM users WHERE id = %s", (i,)), range(32)))
    print(len(rows))
