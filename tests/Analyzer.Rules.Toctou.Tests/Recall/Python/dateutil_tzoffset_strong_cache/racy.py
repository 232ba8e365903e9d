# https://github.com/dateutil/dateutil/pull/973
# tzoffset instances come from a metaclass factory shared by all threads that parse dates; 2.8.0 added a
# small OrderedDict "strong" cache: move key to the end, then if len(cache) > size pop the oldest. Parallel
# parse() calls interleaved between size test and eviction (and inside OrderedDict.pop) -> KeyError
# (issue #901). Fix: a per-factory lock held around the whole update-and-trim block.
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, tzinfo


class _TzFactory(type):
    def instance(cls, *args, **kwargs):
        """Alternate constructor that returns a fresh instance"""
        return type.__call__(cls, *args, **kwargs)


class _TzOffsetFactory(_TzFactory):
    def __init__(cls, *args, **kwargs):
        cls.__instances = weakref.WeakValueDictionary()
        cls.__strong_cache = OrderedDict()
        cls.__strong_cache_size = 8

    def __call__(cls, name, offset):
        if isinstance(offset, timedelta):
            key = (name, offset.total_seconds())
        else:
            key = (name, offset)

        instance = cls.__instances.get(key, None)
        if instance is None:
            instance = cls.__instances.setdefault(key, cls.instance(name, offset))

        cls.__strong_cache[key] = cls.__strong_cache.pop(key, instance)

        # Remove an item if the strong cache is overpopulated
        if len(cls.__strong_cache) > cls.__strong_cache_size:
            cls.__strong_cache.popitem(last=False)  # Noncompliant

        return instance


class tzoffset(tzinfo, metaclass=_TzOffsetFactory):
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


def build_tzaware(naive, offset_seconds):
    # what dateutil.parser does for a string like "2019-03-27T10:00:00-07:00"
    return naive.replace(tzinfo=tzoffset(None, offset_seconds))


if __name__ == "__main__":
    naive = datetime(2019, 3, 27, 10, 0, 0)
    offsets = [h * 1800 for h in range(-24, 25)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: build_tzaware(naive, offsets[i % len(offsets)]), range(20000)))
