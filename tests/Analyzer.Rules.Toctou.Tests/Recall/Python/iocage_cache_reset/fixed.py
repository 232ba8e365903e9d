# https://github.com/iocage/iocage/pull/1069
# Fixed version: a class-level cache_lock is held by reset() and across each check-and-fill;
# nested helpers take lock=False so the same (non-reentrant) lock is not acquired twice
# (the follow-up https://github.com/iocage/iocage/pull/1207 shape).
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from iocage_lib.zfs import all_properties, dataset_exists


class LockedCache:

    cache_lock = threading.Lock()

    def __init__(self):
        self.fields = ['dataset_data', 'pool_data', 'ioc_pool', 'ioc_dataset']
        self.reset()

    def pools_internal(self, lock=True):
        if lock:
            self.cache_lock.acquire()
        try:
            if not self.pool_data:
                self.pool_data = all_properties(resource_type='zpool')
            return self.pool_data
        finally:
            if lock:
                self.cache_lock.release()

    def iocage_activated_pool_internal(self, lock=True):
        if lock:
            self.cache_lock.acquire()
        try:
            pools = self.pools_internal(lock=False)
            self.dataset_data = self.dataset_data or {}
            if not self.ioc_pool:
                if not all(self.dataset_data.get(p) for p in pools):
                    self.dataset_data.update(all_properties(list(pools), types=['filesystem']))
                for p in pools:
                    if self.dataset_data.get(p, {}).get('org.freebsd.ioc:active') == 'yes':
                        self.ioc_pool = p
            return self.ioc_pool
        finally:
            if lock:
                self.cache_lock.release()

    @property
    def datasets(self):
        with self.cache_lock:
            ioc_pool = self.iocage_activated_pool_internal(lock=False)
            if not self.dataset_data or set(self.dataset_data) == set(self.pool_data):
                ds = ''
                if ioc_pool:
                    ds = os.path.join(ioc_pool, 'iocage')
                self.dataset_data.update(all_properties(
                    [ds] if ds and dataset_exists(ds) else [], recursive=True, types=['filesystem']
                ))
            return self.dataset_data

    def reset(self):
        with self.cache_lock:
            for f in self.fields:
                setattr(self, f, None)


locked_cache = LockedCache()


def safe_list_jails():
    return [d for d in locked_cache.datasets if '/jails/' in d]


def safe_middleware(n=8):
    with ThreadPoolExecutor(max_workers=n) as pool:
        for _ in range(n):
            pool.submit(safe_list_jails)
            pool.submit(locked_cache.reset)
