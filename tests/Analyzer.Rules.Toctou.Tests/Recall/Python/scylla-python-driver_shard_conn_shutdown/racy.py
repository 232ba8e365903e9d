# https://github.com/scylladb/python-driver/pull/112
# HostConnection._open_connection_to_missing_shard() runs on the cluster executor. It checked
# is_shutdown (under _lock, then released it), opened a connection, and later stored it into
# _connections without the lock; shutdown() could set the flag and start closing/clearing
# _connections in between. Fix: check is_shutdown and store the connection under one _lock hold.
from threading import Lock, Condition


class HostConnection(object):
    def __init__(self, host, session):
        self.host = host
        self._session = session
        self._lock = Lock()
        self._stream_available_condition = Condition(Lock())
        self._connections = {}
        self._connecting = set()
        self._keyspace = session.keyspace
        self.is_shutdown = False

    def shutdown(self):
        with self._lock:
            if self.is_shutdown:
                return
            self.is_shutdown = True
            connections_to_close = self._connections.copy()
            self._connections.clear()
        for connection in connections_to_close.values():
            connection.close()

    def _open_connection_to_missing_shard(self, shard_id):
        with self._lock:
            if self.is_shutdown:
                return
        conn = self._session.cluster.connection_factory(self.host.endpoint, host_conn=self)
        if self.is_shutdown:
            conn.close()
            return
        old_conn = self._connections.get(conn.features.shard_id)
        if old_conn is None or old_conn.orphaned_threshold_reached:
            if self._keyspace:
                conn.set_keyspace_blocking(self._keyspace)
            self._connections[conn.features.shard_id] = conn  # Noncompliant
            if old_conn is not None:
                old_conn.close()
        else:
            conn.close()
        self._connecting.discard(shard_id)

    def _open_connections_for_all_shards(self, skip_shard_id=None):
        with self._lock:
            if self.is_shutdown:
                return
            for shard_id in range(self.host.sharding_info.shards_count):
                if shard_id == skip_shard_id:
                    continue
                self._connecting.add(shard_id)
                self._session.submit(self._open_connection_to_missing_shard, shard_id)
