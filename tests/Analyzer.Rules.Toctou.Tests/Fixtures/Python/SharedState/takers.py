import collections
import threading


class Mailbox:
    """Only the worker thread takes letters out; senders only append them behind the others."""

    def __init__(self):
        self._lock = threading.Lock()
        self._letters = collections.deque()
        self._delivered = 0
        self._worker = threading.Thread(target=self._deliver, daemon=True)

    def start(self):
        self._worker.start()

    def send(self, letter):
        self._letters.append(letter)

    def backlog(self):
        with self._lock:
            return self._delivered, len(self._letters)

    def _deliver(self):
        while True:
            if self._letters and self._letters[0] != "hold":
                self._post(self._letters.popleft())

    def _post(self, letter):
        with self._lock:
            self._delivered += 1


class RecallableMailbox:
    """recall() takes the first letter out on its caller's thread as well."""

    def __init__(self):
        self._lock = threading.Lock()
        self._letters = collections.deque()
        self._delivered = 0
        self._worker = threading.Thread(target=self._deliver, daemon=True)

    def start(self):
        self._worker.start()

    def send(self, letter):
        self._letters.append(letter)

    def recall(self):
        return self._letters.popleft()

    def backlog(self):
        with self._lock:
            return self._delivered, len(self._letters)

    def _deliver(self):
        while True:
            if self._letters and self._letters[0] != "hold":  # Secondary [check]
                self._post(self._letters.popleft())  # Noncompliant [TOCTOU001] {{self._letters is checked at line 58 and changed at line 59 by self._letters.popleft(), with no lock held at either point, while RecallableMailbox.send changes it at the same time: __init__ starts _deliver at line 41 on the object it makes, and nothing in the package calls send on a known object: other code calls it at any time}}

    def _post(self, letter):
        with self._lock:
            self._delivered += 1


class Outbox:
    """The worker takes the newest letter, where senders append: the letter it looked at may no longer be last."""

    def __init__(self):
        self._lock = threading.Lock()
        self._letters = []
        self._delivered = 0
        self._worker = threading.Thread(target=self._deliver, daemon=True)

    def start(self):
        self._worker.start()

    def send(self, letter):
        self._letters.append(letter)

    def backlog(self):
        with self._lock:
            return self._delivered, len(self._letters)

    def _deliver(self):
        while True:
            if self._letters and self._letters[-1] != "hold":  # Secondary [check]
                self._post(self._letters.pop(-1))  # Noncompliant [TOCTOU001] {{self._letters is checked at line 87 and changed at line 88 by self._letters.pop(-1), with no lock held at either point, while Outbox.send changes it at the same time: __init__ starts _deliver at line 73 on the object it makes, and nothing in the package calls send on a known object: other code calls it at any time}}

    def _post(self, letter):
        with self._lock:
            self._delivered += 1


class DroppingMailbox:
    """drop_first() deletes the first letter on its caller's thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._letters = collections.deque()
        self._delivered = 0
        self._worker = threading.Thread(target=self._deliver, daemon=True)

    def start(self):
        self._worker.start()

    def send(self, letter):
        self._letters.append(letter)

    def drop_first(self):
        del self._letters[0]

    def backlog(self):
        with self._lock:
            return self._delivered, len(self._letters)

    def _deliver(self):
        while True:
            if self._letters and self._letters[0] != "hold":  # Secondary [check]
                self._post(self._letters.popleft())  # Noncompliant [TOCTOU001] {{self._letters is checked at line 119 and changed at line 120 by self._letters.popleft(), with no lock held at either point, while DroppingMailbox.send changes it at the same time: __init__ starts _deliver at line 102 on the object it makes, and nothing in the package calls send on a known object: other code calls it at any time}}

    def _post(self, letter):
        with self._lock:
            self._delivered += 1
