import threading


class KeyStore:
    """Claims keys in a store handed in from outside (a Redis client, a key-value service) that other processes use
    too. The class has a lock, so its objects are shared by threads."""

    def __init__(self, client):
        self._lock = threading.Lock()
        self._client = client
        self._claimed = set()

    def remember(self, key):
        with self._lock:
            self._claimed.add(key)

    # A lookup, then a set of the same key: two callers can both find it missing and both set it.
    def claim(self, key, owner):
        if self._client.exists(key):  # Secondary [check]
            return False
        self._client.set(key, owner)  # Noncompliant [TOCTOU002] {{exists() on self._client at line 19 decides set() on the same store at line 21; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
        return True

    # The same through a local that holds the store: the calls reach the same store.
    def claim_via_local(self, key, owner):
        client = self._client
        if client.exists(key):  # Secondary [check]
            return False
        client.set(key, owner)  # Noncompliant [TOCTOU002] {{exists() on self._client at line 27 decides set() on the same store at line 29; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
        return True

    # The store's one-step call decides.
    def claim_once(self, key, owner):
        client = self._client
        return client.setnx(key, owner)

    # A local that copies a plain field is a snapshot of it, not the field: nothing here changes the store.
    def claimed_count(self):
        claimed = self._claimed
        if claimed:
            return len(claimed)
        return 0
