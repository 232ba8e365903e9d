# https://github.com/pretix/pretix/pull/6067
# Fixed version: after lock_objects() has taken the voucher lock, the voucher is
# read again so the max_usages check sees the redeemed count written by any order
# that committed in the meantime; check and position creation share the lock.
import copy
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass


class OrderValidationError(Exception):
    pass


@dataclass
class VoucherRow:
    code: str
    max_usages: int
    redeemed: int = 0


class LockedEventDatabase:
    def __init__(self) -> None:
        self._row_lock = threading.Lock()
        self._object_locks: dict = {}
        self.vouchers: dict = {}
        self.positions: list = []

    def fetch_voucher(self, code: str) -> VoucherRow:
        with self._row_lock:
            return copy.copy(self.vouchers[code])

    def object_lock(self, keys: list) -> threading.Lock:
        with self._row_lock:
            return self._object_locks.setdefault(tuple(keys), threading.Lock())

    def insert_positions(self, code: str, count: int) -> None:
        with self._row_lock:
            self.vouchers[code].redeemed += count
            self.positions.extend([code] * count)


class LockedOrderSerializer:
    def __init__(self, db: LockedEventDatabase) -> None:
        self.db = db

    def validate_input(self, data: dict) -> dict:
        data["voucher"] = self.db.fetch_voucher(data["voucher_code"])
        return data

    def create_order(self, validated_data: dict) -> None:
        code = validated_data["voucher"].code
        count = validated_data["count"]
        with self.db.object_lock([code]):
            v = self.db.fetch_voucher(code)
            v_avail = v.max_usages - v.redeemed
            if v_avail < count:
                raise OrderValidationError("The voucher has already been used the maximum number of times.")
            self.db.insert_positions(code, count)


def submit_order(db: LockedEventDatabase, code: str) -> None:
    serializer = LockedOrderSerializer(db)
    serializer.create_order(serializer.validate_input({"voucher_code": code, "count": 1}))


if __name__ == "__main__":
    database = LockedEventDatabase()
    database.vouchers["SINGLE"] = VoucherRow("SINGLE", max_usages=1)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(8):
            pool.submit(submit_order, database, "SINGLE")
