import threading
import time


# A loop that only waits for the count to fall under the limit lets the add after it run once the test found room:
# callers that wait side by side can all see room and all add.
class Turnstile:
    def __init__(self, limit):
        self._limit = limit
        self._active = 0
        self._lock = threading.Lock()

    def leave_turn(self):
        with self._lock:
            self._active -= 1

    def enter_turn(self):
        while self._active >= self._limit:  # Secondary [check]
            time.sleep(0.05)
        self._active += 1  # Noncompliant [TOCTOU001] {{self._active is checked at line 18 and changed at line 20 by self._active, with no lock held at either point}}

    def enter_turn_held(self):
        while True:
            with self._lock:
                if self._active < self._limit:
                    self._active += 1
                    return
            time.sleep(0.05)


# A loop that works until it is told to stop waits for nothing: the reset after it only readies the next run.
class TickRecorder:
    def __init__(self):
        self._stopped = False
        self._samples = []
        self._lock = threading.Lock()

    def stop_ticks(self):
        with self._lock:
            self._stopped = True

    def record_ticks(self):
        while not self._stopped:
            self._samples.append(time.monotonic())
            time.sleep(0.01)
        self._stopped = False
