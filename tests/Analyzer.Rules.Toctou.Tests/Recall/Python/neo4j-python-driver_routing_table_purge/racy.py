# https://github.com/neo4j/neo4j-python-driver/pull/852
# acquire() makes sure a routing table exists and is fresh for `database` under refresh_lock,
# releases the lock, and _select_address() later takes the lock again and indexes
# self.routing_tables[database]. In between, another thread's ensure_routing_table_is_fresh()
# (for any database) may purge aged tables from the dict, so the indexing raises KeyError.
# Fix: purge before get_or_create in ensure_routing_table_is_fresh() and look the table up with
# .get() in _select_address(), treating a missing table as "no servers" (SessionExpired, retried).
import threading
import time
from random import choice

READ_ACCESS = "READ"
WRITE_ACCESS = "WRITE"


class SessionExpired(Exception):
    pass


class ServiceUnavailable(Exception):
    pass


class RoutingTable:
    def __init__(self, database, routers):
        self.database = database
        self.routers = set(routers)
        self.readers = set()
        self.writers = set()
        self.last_updated_time = 0.0
        self.ttl = 300

    def is_fresh(self, readonly):
        expired = self.last_updated_time + self.ttl <= time.monotonic()
        return not expired and self.routers and (self.readers if readonly else self.writers)

    def should_be_purged_from_memory(self):
        return self.last_updated_time + self.ttl + 30 < time.monotonic()


class Neo4jPool:
    def __init__(self, address, default_database=None):
        self.address = address
        self.default_database = default_database
        self.routing_tables = {}
        self.refresh_lock = threading.RLock()
        self.in_use = {}

    def get_or_create_routing_table(self, database):
        with self.refresh_lock:
            if database not in self.routing_tables:
                self.routing_tables[database] = RoutingTable(database, [self.address])
            return self.routing_tables[database]

    def update_routing_table(self, database):
        table = self.get_or_create_routing_table(database)
        table.readers, table.writers = {self.address}, {self.address}
        table.last_updated_time = time.monotonic()

    def ensure_routing_table_is_fresh(self, access_mode, database):
        with self.refresh_lock:
            routing_table = self.get_or_create_routing_table(database)
            if routing_table.is_fresh(readonly=(access_mode == READ_ACCESS)):
                return False
            self.update_routing_table(database)
            for db in list(self.routing_tables.keys()):
                # Remove the routing table after a timeout = TTL + 30s
                if self.routing_tables[db].should_be_purged_from_memory() and db != self.default_database:
                    del self.routing_tables[db]
            return True

    def _select_address(self, access_mode, database):
        with self.refresh_lock:
            routing_table = self.routing_tables[database]  # Noncompliant
            addresses = routing_table.readers if access_mode == READ_ACCESS else routing_table.writers
            by_usage = {}
            for address in addresses:
                by_usage.setdefault(self.in_use.get(address, 0), []).append(address)
        if not by_usage:
            raise ServiceUnavailable("No %s service currently available" % access_mode)
        return choice(by_usage[min(by_usage)])

    def acquire(self, access_mode, database):
        with self.refresh_lock:
            self.ensure_routing_table_is_fresh(access_mode, database)
        try:
            return self._select_address(access_mode, database)
        except ServiceUnavailable as err:
            raise SessionExpired("Failed to obtain connection towards '%s' server." % access_mode) from err


def run_sessions(pool, databases):
    # One driver (and pool) shared by application threads working on different databases.
    threads = [threading.Thread(target=pool.acquire, args=(READ_ACCESS, db)) for db in databases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
