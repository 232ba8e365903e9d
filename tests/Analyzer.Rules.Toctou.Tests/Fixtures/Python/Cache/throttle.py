from django.core.cache import cache


def mark_seen(key):
    if cache.get(key) is None:  # Secondary [check]
        cache.set(key, True, 60)  # Noncompliant [TOCTOU005]
        return True
    return False


def mark_seen_atomic(key):
    return cache.add(key, True, 60)


def remember(key, value):
    if not cache.has_key(key):  # Secondary [check]
        cache.set(key, value)  # Noncompliant [TOCTOU005]


def lookup(key):
    value = cache.get(key)
    if value is None:
        return 'missing'
    return value


def refresh(key, value):
    cache.delete(key)
    cache.set(key, value)
