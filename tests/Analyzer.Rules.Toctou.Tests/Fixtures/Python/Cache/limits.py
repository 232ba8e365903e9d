import time

from django.core.cache import cache as default_cache


# A count compared with a limit, then raised: two requests can both see 9 and both pass a limit of 10.
def over_limit(key):
    if default_cache.get(key, 0) >= 10:  # Secondary [check]
        return True
    default_cache.incr(key)  # Noncompliant [TOCTOU005] {{default_cache.get reads key key at line 8 and sets it at line 10 depending on the value it read; another client can set it in between}}
    return False


# A throttle whose cache is a class attribute: the history it read decides the history it stores.
class Throttle:
    cache = default_cache
    rate = 10
    duration = 60

    def allow(self, key):
        history = self.cache.get(key, [])  # Secondary [check]
        now = time.time()
        if len(history) >= self.rate:
            return False
        history.insert(0, now)
        self.cache.set(key, history, self.duration)  # Noncompliant [TOCTOU005] {{self.cache.get reads key key at line 21 and sets it at line 26 depending on the value it read; another client can set it in between}}
        return True


# A dict named like a cache is a dict: its entries are the object's own state.
class Memo:
    def __init__(self):
        self.cache = {}

    def value(self, key):
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = len(key)
        return found
