# https://github.com/iocage/iocage/pull/1069
# iocage's module-level Cache lazily fills dataset_data/pool_data, while library consumers
# (the TrueNAS middleware, many worker threads) call cache.reset() at any time. datasets
# checks/initialises dataset_data, then updates it; a reset() in between sets it back to None
# and the update blows up. Fix: one cache_lock held by reset() and by every check+fill path.
import os
from concurrent.futures import ThreadPoolExecutor

from iocage_lib.zfs import all_properties, dataset_exists


class RacyCache:
    def __init__(self):
        self.fields = ['dataset_data', 'pool_data', 'ioc_pool', 'ioc_dataset']
        self.reset()

    @property
    def pools(self):
        if not self.pool_data:
            self.pool_data = all_properties(resource_type='zpool')
        return self.pool_data

    @property
    def iocage_activated_pool(self):
        self.dataset_data = self.dataset_data or {}
        if not self.ioc_pool:
            pools = self.pools
            if not all(self.dataset_data.get(p) for p in pools):
                self.dataset_data.update(all_properties(list(pools), types=['filesystem']))
            for p in pools:
                if self.dataset_data.get(p, {}).get('org.freebsd.ioc:active') == 'yes':
                    self.ioc_pool = p
        return self.ioc_pool

    @property
    def datasets(self):
        if not self.dataset_data or set(self.dataset_data) == set(self.pool_data or {}):
            ds = ''
            ioc_pool = self.iocage_activated_pool
            if ioc_pool:
                ds = os.path.join(ioc_pool, 'iocage')
            props = all_properties(
                [ds] if ds and dataset_exists(ds) else [], recursive=True, types=['filesystem']
            )
            self.dataset_data.update(props)  # Noncompliant
        return self.dataset_data

    def reset(self):
        for f in self.fields:
            setattr(self, f, None)


racy_cache = RacyCache()


def racy_list_jails():
    return [d for d in racy_cache.datasets if '/jails/' in d]


def racy_middleware(n=8):
    with ThreadPoolExecutor(max_workers=n) as pool:
        for _ in range(n):
            pool.submit(racy_list_jails)
            pool.submit(racy_cache.reset)
