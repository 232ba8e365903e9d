import threading


class Catalog:
    """Loads itself in the constructor, before anything else can see the object."""

    def __init__(self, path):
        self._lock = threading.Lock()
        self._entries = {}
        self._path = path
        self._load()

    def _load(self):
        if not self._entries:
            self._entries = {'default': 0}

    def add(self, name):
        with self._lock:
            self._entries[name] = len(self._entries)


class Worker:
    """Hands itself to a thread before _prepare runs, so _prepare runs on a shared object."""

    def __init__(self):
        self._lock = threading.Lock()
        self._state = None
        self._thread = threading.Thread(target=self._run)
        self._thread.start()
        self._prepare()

    def _run(self):
        with self._lock:
            self._state = 'running'

    def _prepare(self):
        if self._state is None:  # Secondary [check]
            self._state = 'ready'  # Noncompliant [TOCTOU001] {{self._state is checked at line 37 and changed at line 38 by self._state, with no lock held at either point, while Worker._run changes it at the same time: Worker.__init__ starts _run at line 28 and then calls _prepare at line 30}}


class Counter:
    """Calls __call__ in the constructor, but the language also calls it for counter(), on a shared object."""

    def __init__(self):
        self._lock = threading.Lock()
        self._count = None
        self.__call__()

    def __call__(self):
        if self._count is None:  # Secondary [check]
            self._count = 0  # Noncompliant [TOCTOU001] {{self._count is checked at line 50 and changed at line 51 by self._count, with no lock held at either point}}

    def value(self):
        with self._lock:
            return self._count


class Election:
    """Only the private _step changes the round; round() reads it under the lock for a status page, which cannot make
    _step's check stale, and only the class calls _step."""

    def __init__(self):
        self._lock = threading.Lock()
        self._round = 0

    def round(self):
        with self._lock:
            return self._round

    def loop(self):
        while True:
            self._step()

    def _step(self):
        if self._round < 3:
            self._round += 1
