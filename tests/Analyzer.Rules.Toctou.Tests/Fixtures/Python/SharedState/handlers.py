import threading


class LazyConnector:
    """A missing attribute raises AttributeError, a missing key KeyError: the handler that fills it in is decided by
    the read that failed."""

    def connection(self):
        try:
            return self._conn  # Secondary [check]
        except AttributeError:
            self._conn = object()  # Noncompliant {{self._conn is checked at line 10 and changed at line 12 by self._conn, with no lock held at either point, while connection is started in parallel at line 32, in a loop; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
            return self._conn


class KeyedMemo:
    def __init__(self):
        self._made = {}

    def made_for(self, key):
        try:
            return self._made[key]  # Secondary [check]
        except KeyError:
            self._made[key] = object()  # Noncompliant {{self._made[key] is checked at line 22 and changed at line 24 by self._made[key], with no lock held at either point, while made_for is started in parallel at line 33, in a loop; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
            return self._made[key]


def warm_up(keys):
    connector = LazyConnector()
    memo = KeyedMemo()
    for key in keys:
        threading.Thread(target=connector.connection).start()
        threading.Thread(target=memo.made_for, args=(key,)).start()
