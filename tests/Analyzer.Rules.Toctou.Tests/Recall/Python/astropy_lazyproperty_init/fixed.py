# https://github.com/astropy/astropy/pull/11224
# Fixed version: the miss is re-checked while holding a per-descriptor RLock, so fget runs once
# and only one value is ever stored in obj.__dict__.
import threading

_Missing = object()


class locked_lazyproperty(property):
    """Property computed once on first access and cached in the instance dict."""

    def __init__(self, fget, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self._key = self.fget.__name__
        self._lock = threading.RLock()

    def __get__(self, obj, owner=None):
        try:
            obj_dict = obj.__dict__
            val = obj_dict.get(self._key, _Missing)
            if val is _Missing:
                with self._lock:
                    # Check if another thread beat us to it.
                    val = obj_dict.get(self._key, _Missing)
                    if val is _Missing:
                        val = self.fget(obj)
                        obj_dict[self._key] = val
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


class SafeUnitParser:
    @locked_lazyproperty
    def parser(self):
        return object()


def parse_many_safe(p, n):
    threads = [threading.Thread(target=lambda: p.parser) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
