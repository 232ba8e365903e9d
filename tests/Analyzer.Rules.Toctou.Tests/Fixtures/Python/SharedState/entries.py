import threading


# The membership test and the subscript each look the key up: evict() can remove the entry in between, and the
# subscript then raises KeyError.
class Sessions:
    def __init__(self):
        self._by_id = {}
        self._lock = threading.Lock()

    def find(self, sid):
        if sid in self._by_id:  # Secondary [check]
            return self._by_id[sid]  # Noncompliant [TOCTOU001] {{self._by_id is checked at line 12 and read at line 13 by self._by_id[sid], which looks the key up again and fails if the entry is gone, while Sessions.evict removes entries at line 18, with no lock held at either point}}
        return None

    def evict(self, sid):
        with self._lock:
            self._by_id.pop(sid, None)  # Secondary [act]

    def add(self, sid, session):
        with self._lock:
            self._by_id[sid] = session


# One lookup (get) cannot fail; under the lock evict() takes, the test and the subscript are one step.
class Tokens:
    def __init__(self):
        self._by_user = {}
        self._lock = threading.Lock()

    def find(self, user):
        return self._by_user.get(user)

    def find_locked(self, user):
        with self._lock:
            if user in self._by_user:
                return self._by_user[user]
        return None

    def revoke(self, user):
        with self._lock:
            del self._by_user[user]
