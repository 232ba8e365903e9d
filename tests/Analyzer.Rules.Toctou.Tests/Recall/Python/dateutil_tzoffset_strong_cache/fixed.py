# https://github.com/dateutil/dateutil/pull/973
# Fixed version: the factory allocates a lock in its __init__ and holds it while it moves the key to
# the end of the strong cache and trims the oldest entry, so the size test and the eviction happen as
# one step for every thread.
import _thread
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, tzinfo


class _OffsetFactoryBase(type):
    def fresh(cls, *args, **kwargs):
        """Alternate constructor that returns a fresh instance"""
        return type.__call__(cls, *args, **kwargs)


class _LockedTzOffsetFactory(_OffsetFactoryBase):
    def __init__(cls, *args, **kwargs):
        cls.__instances = weakref.WeakValueDictionary()
        cls.__strong_cache = OrderedDict()
        cls.__strong_cache_size = 8

        cls._cache_lock = _thread.allocate_lock()

    def __call__(cls, name, offset):
        if isinstance(offset, timedelta):
            key = (name, offset.total_seconds())
        else:
            key = (name, offset)

        instance = cls.__instances.get(key, None)
        if instance is None:
            instance = cls.__instances.setdefault(key, cls.fresh(name, offset))

        with cls._cache_lock:
            cls.__strong_cache[key] = cls.__strong_cache.pop(key, instance)

            # Remove an item if the strong cache is overpopulated
            if len(cls.__strong_cache) > cls.__strong_cache_size:
                cls.__strong_cache.popitem(last=False)

        return instance


class FixedOffsetZone(tzinfo, metaclass=_LockedTzOffsetFactory):
    def __init__(self, name, offset):
        self._name = name
        if isinstance(offset, timedelta):
            offset = offset.total_seconds()
        self._offset = timedelta(seconds=offset)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self._name


def attach_offset(naive, offset_seconds):
    return naive.replace(tzinfo=FixedOffsetZone(None, offset_seconds))


if __name__ == "__main__":
    base = datetime(2019, 3, 27, 10, 0, 0)
    all_offsets = [h * 1800 for h in range(-24, 25)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: attach_offset(base, all_offsets[i % len(all_offsets)]), range(20000)))
