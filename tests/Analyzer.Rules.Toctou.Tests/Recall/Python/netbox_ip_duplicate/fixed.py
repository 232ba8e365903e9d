# https://github.com/netbox-community/netbox/issues/10282
# Fixed version (PR #10788): the IP address API create/update/destroy handlers are wrapped in the
# PostgreSQL advisory lock ADVISORY_LOCK_KEYS['available-ips'], so the duplicate check in clean() and
# the insert of one request cannot interleave with another request's.
import functools
import ipaddress
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

ADVISORY_LOCK_KEYS = {
    "available-prefixes": 100100,
    "available-ips": 100200,
    "available-vlans": 100300,
}

_pg_advisory_locks = {}
_pg_advisory_locks_guard = threading.Lock()


def advisory_lock(lock_id):
    """Stand-in for django_pglocks.advisory_lock (pg_advisory_lock / pg_advisory_unlock)."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with _pg_advisory_locks_guard:
                lock = _pg_advisory_locks.setdefault(lock_id, threading.Lock())
            with lock:
                return func(*args, **kwargs)

        return wrapper

    return decorator


class IPValidationError(Exception):
    pass


class RoutingTable:
    def __init__(self, name, enforce_unique=True):
        self.name = name
        self.enforce_unique = enforce_unique


class IPRowStore:
    """Stand-in for the ipam_ipaddress table (no unique index on address/vrf)."""

    def __init__(self):
        self._rows = []
        self._ids = itertools.count(1)
        self._mutex = threading.Lock()

    def filter(self, vrf, host):
        return [r for r in list(self._rows) if r.vrf is vrf and r.address.ip == host]

    def insert(self, obj):
        with self._mutex:
            obj.pk = next(self._ids)
            self._rows.append(obj)


class IPAddressModel:
    objects = IPRowStore()

    def __init__(self, address, vrf=None):
        self.pk = None
        self.address = ipaddress.ip_interface(address)
        self.vrf = vrf

    def get_duplicates(self):
        return [ip for ip in IPAddressModel.objects.filter(self.vrf, self.address.ip) if ip.pk != self.pk]

    def clean(self):
        if self.vrf is not None and self.vrf.enforce_unique:
            duplicate_ips = self.get_duplicates()
            if duplicate_ips:
                raise IPValidationError(
                    "Duplicate IP address found in VRF {}: {}".format(self.vrf.name, duplicate_ips[0].address)
                )

    def save(self):
        IPAddressModel.objects.insert(self)


class NetBoxModelViewSet:
    model = IPAddressModel

    def create(self, data):
        instance = self.model(data["address"], vrf=data.get("vrf"))
        try:
            instance.clean()
        except IPValidationError as e:
            return 400, str(e)
        instance.save()
        return 201, {"id": instance.pk, "address": str(instance.address)}


class LockedIPAddressViewSet(NetBoxModelViewSet):
    @advisory_lock(ADVISORY_LOCK_KEYS["available-ips"])
    def create(self, data):
        return super().create(data)


if __name__ == "__main__":
    shared = RoutingTable("Shared", enforce_unique=True)
    view = LockedIPAddressViewSet()
    request = {"address": "192.168.2.1/24", "vrf": shared}
    with ThreadPoolExecutor(max_workers=2) as workers:
        print(list(workers.map(view.create, [request, request])))
