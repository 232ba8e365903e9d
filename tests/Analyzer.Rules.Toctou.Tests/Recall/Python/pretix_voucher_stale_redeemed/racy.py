# https://github.com/pretix/pretix/pull/6067
# Orders API: the voucher (with its `redeemed` counter) was loaded while the request
# was validated, before lock_objects() took the voucher lock; the usage check then
# ran on that stale value, so two parallel API calls could both redeem a single-use
# voucher. The fix reads the voucher availability only after the lock is held.
import copy
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass


class ValidationError(Exception):
    pass


@dataclass
class Voucher:
    code: str
    max_usages: int
    redeemed: int = 0


class EventDatabase:
    def __init__(self) -> None:
        self._row_lock = threading.Lock()
        self._object_locks: dict = {}
        self.vouchers: dict = {}
        self.positions: list = []

    def get_voucher(self, code: str) -> Voucher:
        with self._row_lock:
            return copy.copy(self.vouchers[code])

    def lock_objects(self, keys: list) -> threading.Lock:
        with self._row_lock:
            return self._object_locks.setdefault(tuple(keys), threading.Lock())

    def create_positions(self, code: str, count: int) -> None:
        with self._row_lock:
            self.vouchers[code].redeemed += count
            self.positions.extend([code] * count)


class OrderCreateSerializer:
    def __init__(self, db: EventDatabase) -> None:
        self.db = db

    def validate(self, data: dict) -> dict:
        data["voucher"] = self.db.get_voucher(data["voucher_code"])
        return data

    def create(self, validated_data: dict) -> None:
        v = validated_data["voucher"]
        count = validated_data["count"]
        with self.db.lock_objects([v.code]):
            v_avail = v.max_usages - v.redeemed
            if v_avail < count:
                raise ValidationError("The voucher has already been used the maximum number of times.")
            self.db.create_positions(v.code, count)  # Noncompliant


def post_order(db: EventDatabase, code: str) -> None:
    serializer = OrderCreateSerializer(db)
    serializer.create(serializer.validate({"voucher_code": code, "count": 1}))


if __name__ == "__main__":
    database = EventDatabase()
    database.vouchers["SINGLE"] = Voucher("SINGLE", max_usages=1)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(8):
            pool.submit(post_order, database, "SINGLE")
