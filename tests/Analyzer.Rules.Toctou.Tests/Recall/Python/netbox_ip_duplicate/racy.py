# https://github.com/netbox-community/netbox/issues/10282
# POST /api/ipam/ip-addresses/ validated the new address (IPAddress.clean() looks for the same address
# in a VRF that enforces uniqueness) and then saved it; two API requests for the same address served
# by different workers both passed the duplicate check and both inserted a row.
# Fix (PR #10788): IPAddressViewSet.create/update/destroy run under the PostgreSQL advisory lock 'available-ips'.
import ipaddress
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


class VRF:
    def __init__(self, name, enforce_unique=True):
        self.name = name
        self.enforce_unique = enforce_unique


class IPAddressTable:
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


class IPAddress:
    objects = IPAddressTable()

    def __init__(self, address, vrf=None):
        self.pk = None
        self.address = ipaddress.ip_interface(address)
        self.vrf = vrf

    def get_duplicates(self):
        return [ip for ip in IPAddress.objects.filter(self.vrf, self.address.ip) if ip.pk != self.pk]

    def clean(self):
        if self.vrf is not None and self.vrf.enforce_unique:
            duplicate_ips = self.get_duplicates()
            if duplicate_ips:
                raise ValidationError(
                    "Duplicate IP address found in VRF {}: {}".format(self.vrf.name, duplicate_ips[0].address)
                )

    def save(self):
        IPAddress.objects.insert(self)


class IPAddressViewSet:
    def create(self, data):
        instance = IPAddress(data["address"], vrf=data.get("vrf"))
        try:
            instance.clean()
        except ValidationError as e:
            return 400, str(e)
        instance.save()  # Noncompliant
        return 201, {"id": instance.pk, "address": str(instance.address)}


if __name__ == "__main__":
    shared = VRF("Shared", enforce_unique=True)
    view = IPAddressViewSet()
    request = {"address": "192.168.2.1/24", "vrf": shared}
    with ThreadPoolExecutor(max_workers=2) as workers:
        print(list(workers.map(view.create, [request, request])))
