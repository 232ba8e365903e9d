import threading


def fetch():
    return object()


class Poller:
    """No lock, but _refresh runs on the thread start() starts and on the callers of poll() at the same time."""

    def __init__(self):
        self._latest = None

    def start(self):
        threading.Thread(target=self._refresh, daemon=True).start()  # Secondary [concurrency]

    def _refresh(self):
        if self._latest is None:  # Secondary [check]
            self._latest = fetch()  # Noncompliant {{self._latest is checked at line 18 and changed at line 19 by self._latest, with no lock held at either point, while _refresh is started in parallel at line 15}}

    def poll(self):
        self._refresh()
        return self._latest


class Job:
    """The thread that start() starts is the only code that touches _done after the constructor: it owns it."""

    def __init__(self):
        self._done = False

    def start(self):
        threading.Thread(target=self._run).start()

    def _run(self):
        if not self._done:
            self._done = True


class Budget:
    """No lock; spend runs on every thread that spend_in_parallel starts on one object."""

    def __init__(self, left):
        self.left = left

    def spend(self, n):
        if self.left >= n:  # Secondary [check]
            self.left -= n  # Noncompliant {{self.left is checked at line 47 and changed at line 48 by self.left, with no lock held at either point, while spend is started in parallel at line 54, in a loop}}


def spend_in_parallel(amounts):
    budget = Budget(10)
    for n in amounts:
        threading.Thread(target=budget.spend, args=(n,)).start()  # Secondary [concurrency]


# run_session starts connect and disconnect on one session, each once, at the same time: disconnect writes the state
# connect checks.
class Session:
    def __init__(self):
        self.connected = False

    def connect(self):
        if not self.connected:  # Secondary [check]
            self.connected = True  # Noncompliant [TOCTOU001] {{self.connected is checked at line 64 and changed at line 65 by self.connected, with no lock held at either point, while Session.disconnect changes it at the same time: run_session starts connect at line 73 and disconnect at line 74}}

    def disconnect(self):
        self.connected = False


def run_session():
    session = Session()
    threading.Thread(target=session.connect).start()
    threading.Thread(target=session.disconnect).start()


# Tail starts its reader thread on the object it makes; stop, which only the package's users call, races with it.
class Tail:
    def __init__(self, lines):
        self.lines = lines
        self.finished = False
        self._reader = threading.Thread(target=self._read)  # Secondary [concurrency]
        self._reader.start()

    def _read(self):
        for line in self.lines:
            if not line:
                break
        self.finished = True

    def stop(self):
        if self.finished:  # Secondary [check]
            return False
        self.finished = True  # Noncompliant [TOCTOU001] {{self.finished is checked at line 92 and changed at line 94 by self.finished, with no lock held at either point, while Tail._read changes it at the same time: Tail.__init__ starts _read at line 82 on the object it makes, and nothing in the package calls stop on a known object: other code calls it at any time}}
        return True


# Channel's send tests the connection and then calls through the attribute again, while close, which takes the lock
# send does not, sets it to None.
class Channel:
    def __init__(self, conn):
        self._lock = threading.Lock()
        self._conn = conn
        self._sent = 0

    def send(self, data):
        if self._conn is not None:  # Secondary [check]
            self._conn.sendall(data)  # Noncompliant [TOCTOU001] {{self._conn is checked at line 107 and used at line 108 by self._conn.sendall(data), which reads it again, while Channel.close empties it at line 114, with no lock held at either point}}
        with self._lock:
            self._sent += 1

    def close(self):
        with self._lock:
            self._conn = None  # Secondary [act]


class Watcher(threading.Thread):
    """A thread class: start() runs run() on a thread of its own while the starter goes on to call forget()."""

    def __init__(self):
        super().__init__()
        self.seen = {}

    def run(self):
        if "x" not in self.seen:  # Secondary [check]
            self.seen["x"] = 1  # Noncompliant [TOCTOU001] {{self.seen is checked at line 125 and changed at line 126 by self.seen["x"], with no lock held at either point, while Watcher.forget changes it at the same time: watch_and_forget starts run at line 135 and then calls forget at line 136}}

    def forget(self):
        if "x" in self.seen:
            del self.seen["x"]  # Noncompliant [TOCTOU001] {{self.seen is checked at line 129 and changed at line 130 by self.seen["x"], with no lock held at either point, while Watcher.run changes it at the same time: watch_and_forget starts run at line 135 and then calls forget at line 136}}


def watch_and_forget():
    watcher = Watcher()
    watcher.start()
    watcher.forget()


class Sweeper(threading.Thread):
    """Started from two places, but each start makes a new object: a thread runs once, so no two runs share one."""

    def __init__(self):
        super().__init__()
        self.done = {}

    def run(self):
        if "x" not in self.done:
            self.done["x"] = 1


def sweep_now():
    sweeper = Sweeper()
    sweeper.start()


def sweep_later():
    sweeper = Sweeper()
    sweeper.start()


# Two calls through the tested attribute in one statement go stale together: one finding, at the first.
class Framer:
    def __init__(self, sock):
        self._lock = threading.Lock()
        self._sock = sock

    def send_framed(self, header, data):
        if self._sock is not None:  # Secondary [check]
            return self._sock.send(header) + self._sock.send(data)  # Noncompliant [TOCTOU001] {{self._sock is checked at line 168 and used at line 169 by self._sock.send(header), which reads it again, while Framer.close empties it at line 174, with no lock held at either point}}
        return 0

    def close(self):
        with self._lock:
            self._sock = None  # Secondary [act]


# Recorder's record tests its sink and then writes through it, while close clears it: the write reads the attribute
# again, whatever the method it calls is named.
class Recorder:
    def __init__(self, sink):
        self._lock = threading.Lock()
        self._sink = sink

    def record(self, line):
        if self._sink is not None:  # Secondary [check]
            self._sink.write(line)  # Noncompliant [TOCTOU001] {{self._sink is checked at line 185 and used at line 186 by self._sink.write(line), which reads it again, while Recorder.close empties it at line 190, with no lock held at either point}}

    def close(self):
        with self._lock:
            self._sink = None  # Secondary [act]


# Relay's forward tests its peer and calls through it in one conditional expression, while close clears it.
class Relay:
    def __init__(self, peer):
        self._lock = threading.Lock()
        self._peer = peer

    def forward(self, data):
        return self._peer.sendall(data) if self._peer is not None else 0  # Noncompliant [TOCTOU001] {{self._peer is checked at line 200 and used at line 200 by self._peer.sendall(data), which reads it again, while Relay.close empties it at line 204, with no lock held at either point}}

    def close(self):
        with self._lock:
            self._peer = None  # Secondary [act]
