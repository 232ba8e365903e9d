# https://github.com/dimensionalOS/dimos/pull/2589
# Fixed version: a dedicated start lock is held across the is_alive() check and
# the creation/start/assignment of the loop thread, so only one thread is spawned.
import threading
from typing import Optional

import lcm as lcm_mod

_LOOP_TIMEOUT_MS = 50


class SafeLCMService:
    def __init__(self, url: Optional[str] = None) -> None:
        self.url = url
        self.l = lcm_mod.LCM(url) if url else lcm_mod.LCM()
        self._l_lock = threading.Lock()
        self._start_lock = threading.Lock()
        self._stop_event = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> None:
        with self._start_lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if self.l is None:
                self.l = lcm_mod.LCM(self.url) if self.url else lcm_mod.LCM()
            self._stop_event.clear()
            self._thread = threading.Thread(target=self._handle_loop, daemon=True)
            self._thread.start()

    def _handle_loop(self) -> None:
        while not self._stop_event.is_set():
            with self._l_lock:
                if self.l is None:
                    break
                self.l.handle_timeout(_LOOP_TIMEOUT_MS)

    def stop(self) -> None:
        self._stop_event.set()
        if self._thread is not None and threading.current_thread() != self._thread:
            self._thread.join(timeout=5)
        with self._l_lock:
            self.l = None
