import threading


class Jobs:
    """Safe for concurrent use: each method takes the lock. A caller that asks one method and acts with another
    composes two atomic steps into one that is not."""

    def __init__(self):
        self._lock = threading.Lock()
        self._running = {}

    def is_running(self, name):
        with self._lock:
            return name in self._running

    def begin(self, name):
        with self._lock:
            self._running[name] = True

    def done(self, name):
        with self._lock:
            del self._running[name]

    def begin_unless_running(self, name):
        with self._lock:
            if name in self._running:
                return False
            self._running[name] = True
            return True


class Scheduler:
    def __init__(self):
        self._jobs = Jobs()
        self._lock = threading.Lock()

    def run(self, name, work):
        if self._jobs.is_running(name):  # Secondary [check]
            return
        self._jobs.begin(name)  # Noncompliant {{self._jobs's entry for name is checked at line 38 and changed at line 40 by self._jobs.begin(name), and self._jobs._lock is released and re-taken at line 40, inside begin() in between}}
        try:
            work()
        finally:
            self._jobs.done(name)

    def run_once(self, name, work):
        if not self._jobs.begin_unless_running(name):
            return
        try:
            work()
        finally:
            self._jobs.done(name)


class Pools:
    """A container safe for concurrent use through Python's subscript protocol: x[k] runs __getitem__, x[k] = v runs
    __setitem__, each under the lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pools = {}

    def __getitem__(self, key):
        with self._lock:
            return self._pools.get(key)

    def __setitem__(self, key, value):
        with self._lock:
            self._pools[key] = value


class Manager:
    def __init__(self):
        self._lock = threading.Lock()
        self.pools = Pools()

    def pool_for(self, host):
        pool = self.pools[host]  # Secondary [check]
        if pool is None:
            pool = object()
            self.pools[host] = pool  # Noncompliant {{self.pools's entry for host is checked at line 78 and changed at line 81 by self.pools[host], and self.pools._lock is released and re-taken at line 81, inside __setitem__() in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return pool

    def pool_for_other(self, host, other):
        if self.pools[other] is None:
            self.pools[host] = object()


class Sessions:
    """Another such container, asked with `in` (__contains__) and filled by subscript (__setitem__)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._open = {}

    def __contains__(self, key):
        with self._lock:
            return key in self._open

    def __setitem__(self, key, value):
        with self._lock:
            self._open[key] = value


class Gateway:
    def __init__(self):
        self._lock = threading.Lock()
        self.sessions = Sessions()

    def open(self, user):
        if user not in self.sessions:  # Secondary [check]
            self.sessions[user] = object()  # Noncompliant {{self.sessions's entry for user is checked at line 111 and changed at line 112 by self.sessions[user], and self.sessions._lock is released and re-taken at line 112, inside __setitem__() in between}}
