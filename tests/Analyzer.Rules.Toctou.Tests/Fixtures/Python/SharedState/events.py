import asyncio
import threading


class Signals:
    """Threads call start() and poll(); a thread event is made to be shared between them, and each call on it is one
    step by itself, not a pair of them."""

    def __init__(self):
        self._started = threading.Event()
        self._changed = threading.Event()

    def start(self):
        if not self._started.is_set():
            self._started.set()  # Noncompliant [TOCTOU001] {{self._started is checked at line 14 and changed at line 15 by self._started.set(), with no lock held at either point}}
            self._run()

    def changed(self):
        self._changed.set()

    def poll(self):
        # A set() made while reload() runs is wiped by the clear() after it: that change is never reloaded.
        if self._changed.is_set():
            self._reload()
            self._changed.clear()  # Noncompliant [TOCTOU001] {{self._changed is checked at line 23 and changed at line 25 by self._changed.clear(), with no lock held at either point}}

    def poll_in_order(self):
        # Clearing first takes the signal: a set() made after it stays for the next poll, one made before it is
        # reloaded now.
        if self._changed.is_set():
            self._changed.clear()
            self._reload()

    def _run(self):
        pass

    def _reload(self):
        pass


class Loop:
    """asyncio's event is for tasks of one thread, which switch only at an await."""

    def __init__(self):
        self._ready = asyncio.Event()

    async def start(self):
        if not self._ready.is_set():
            self._ready.set()


from threading import Event  # noqa: E402 (here, so the lines above keep their numbers)


class Gate:
    """Event imported by itself from threading is the same thread event."""

    def __init__(self):
        self._open = Event()

    def open_once(self):
        if not self._open.is_set():
            self._open.set()  # Noncompliant [TOCTOU001] {{self._open is checked at line 62 and changed at line 63 by self._open.set(), with no lock held at either point}}
            self._announce()

    def _announce(self):
        pass
