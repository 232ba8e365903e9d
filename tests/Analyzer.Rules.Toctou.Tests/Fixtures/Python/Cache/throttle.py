from django.core.cache import cache


def mark_seen(key):
    if cache.get(key) is None:  # Secondary [check]
        cache.set(key, True, 60)  # Noncompliant [TOCTOU005] {{cache.get reads key key at line 5 and sets it at line 6 when it was missing; another client can set it in between}}
        return True
    return False


def mark_seen_atomic(key):
    return cache.add(key, True, 60)


def remember(key, value):
    if not cache.has_key(key):  # Secondary [check]
        cache.set(key, value)  # Noncompliant [TOCTOU005] {{cache.has_key reads key key at line 16 and sets it at line 17 when it was missing; another client can set it in between}}


def lookup(key):
    value = cache.get(key)
    if value is None:
        return 'missing'
    return value


def refresh(key, value):
    cache.delete(key)
    cache.set(key, value)
