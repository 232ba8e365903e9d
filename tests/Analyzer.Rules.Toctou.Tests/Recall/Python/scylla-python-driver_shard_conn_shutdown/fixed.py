# https://github.com/scylladb/python-driver/pull/112
# Fixed version: the is_shutdown check and every mutation of _connections happen while
# holding _lock, so shutdown() can no longer run between the check and the insert; a
# connection opened after shutdown is closed instead of being stored.
from threading import Lock, Condition


class SafeHostConnection(object):
    def __init__(self, host, session):
        self.host = host
        self._session = session
        self._lock = Lock()
        self._stream_available_condition = Condition(Lock())
        self._connections = {}
        self._connecting = set()
        self._keyspace = session.keyspace
        self.is_shutdown = False

    def shutdown_pool(self):
        with self._lock:
            if self.is_shutdown:
                return
            self.is_shutdown = True
            connections_to_close = self._connections.copy()
            self._connections.clear()
        for connection in connections_to_close.values():
            connection.close()

    def _open_conn_for_shard(self, shard_id):
        with self._lock:
            if self.is_shutdown:
                return
        conn = self._session.cluster.connection_factory(self.host.endpoint, host_conn=self)
        old_conn = None
        excess = False
        with self._lock:
            is_shutdown = self.is_shutdown
            if not is_shutdown:
                old_conn = self._connections.get(conn.features.shard_id)
                if old_conn is None or old_conn.orphaned_threshold_reached:
                    if self._keyspace:
                        conn.set_keyspace_blocking(self._keyspace)
                    self._connections[conn.features.shard_id] = conn
                else:
                    old_conn = None
                    excess = True
        if is_shutdown or excess:
            conn.close()
            return
        if old_conn is not None:
            old_conn.close()
        self._connecting.discard(shard_id)

    def _open_all_shard_conns(self, skip_shard_id=None):
        with self._lock:
            if self.is_shutdown:
                return
            for shard_id in range(self.host.sharding_info.shards_count):
                if shard_id == skip_shard_id:
                    continue
                self._connecting.add(shard_id)
                self._session.submit(self._open_conn_for_shard, shard_id)
