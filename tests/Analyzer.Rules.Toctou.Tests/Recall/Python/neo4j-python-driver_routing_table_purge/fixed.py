# https://github.com/neo4j/neo4j-python-driver/pull/852
# Fixed version: ensure_routing_table_is_fresh() purges aged tables before it gets/creates the
# table for `database`, and _select_address() uses routing_tables.get(database): a table that
# another thread purged meanwhile yields no addresses, which surfaces as SessionExpired (a
# retryable error) instead of a KeyError.
import threading
import time
from random import choice

READ_MODE = "READ"
WRITE_MODE = "WRITE"


class SessionExpiredError(Exception):
    pass


class NoServiceAvailable(Exception):
    pass


class DatabaseRoutingTable:
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


class RoutingPool:
    def __init__(self, address):
        self.address = address
        self.routing_tables = {}
        self.refresh_lock = threading.RLock()
        self.in_use = {}

    def get_or_create_routing_table(self, database):
        with self.refresh_lock:
            if database not in self.routing_tables:
                self.routing_tables[database] = DatabaseRoutingTable(database, [self.address])
            return self.routing_tables[database]

    def update_routing_table(self, database):
        table = self.get_or_create_routing_table(database)
        table.readers, table.writers = {self.address}, {self.address}
        table.last_updated_time = time.monotonic()

    def ensure_routing_table_is_fresh(self, access_mode, database):
        with self.refresh_lock:
            for db in list(self.routing_tables.keys()):
                # Remove the routing table after a timeout = TTL + 30s
                routing_table = self.routing_tables[db]
                if routing_table.should_be_purged_from_memory():
                    del self.routing_tables[db]

            routing_table = self.get_or_create_routing_table(database)
            if routing_table.is_fresh(readonly=(access_mode == READ_MODE)):
                return False
            self.update_routing_table(database)
            return True

    def _select_address(self, access_mode, database):
        with self.refresh_lock:
            routing_table = self.routing_tables.get(database)
            if routing_table:
                addresses = routing_table.readers if access_mode == READ_MODE else routing_table.writers
            else:
                addresses = ()
            by_usage = {}
            for address in addresses:
                by_usage.setdefault(self.in_use.get(address, 0), []).append(address)
        if not by_usage:
            raise NoServiceAvailable("No %s service currently available" % access_mode)
        return choice(by_usage[min(by_usage)])

    def acquire(self, access_mode, database):
        self.ensure_routing_table_is_fresh(access_mode, database)
        try:
            return self._select_address(access_mode, database)
        except NoServiceAvailable as err:
            raise SessionExpiredError("Failed to obtain connection towards '%s' server." % access_mode) from err


def run_driver_sessions(pool, databases):
    threads = [threading.Thread(target=pool.acquire, args=(READ_MODE, db)) for db in databases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
