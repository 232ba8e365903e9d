# https://github.com/astropy/astropy/pull/11224
# astropy's @lazyproperty descriptor looked the cached value up in obj.__dict__ and, when it was
# missing, computed it and stored it. Several threads (e.g. dask workers parsing units) could all
# miss, all run fget (building the ply unit parser concurrently) and overwrite each other.
# Fix (issue #11221): double-checked locking with a threading.RLock held per descriptor.
import threading

_NotFound = object()


class lazyproperty(property):
    """Property computed once on first access and cached in the instance dict."""

    def __init__(self, fget, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self._key = self.fget.__name__

    def __get__(self, obj, owner=None):
        try:
            obj_dict = obj.__dict__
            val = obj_dict.get(self._key, _NotFound)
            if val is _NotFound:
                val = self.fget(obj)
                obj_dict[self._key] = val  # Noncompliant
            return val
        except AttributeError:
            if obj is None:
                return self
            raise

    def __set__(self, obj, val):
        obj_dict = obj.__dict__
        if self.fset:
            self.fset(obj, val)
        obj_dict[self._key] = val

    def __delete__(self, obj):
        if self.fdel:
            self.fdel(obj)
        obj.__dict__.pop(self._key, None)


class UnitParser:
    @lazyproperty
    def parser(self):
        # expensive and not re-entrant: builds parser tables
        return object()


def parse_many(p, n):
    threads = [threading.Thread(target=lambda: p.parser) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
