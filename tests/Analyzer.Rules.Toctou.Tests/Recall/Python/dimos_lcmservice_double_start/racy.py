# https://github.com/dimensionalOS/dimos/pull/2589
# LCMService.start was made idempotent by checking whether the handler thread is
# alive before creating it, but review pointed out that two concurrent first
# start() calls both see no live thread and each spawn an LCM loop thread. The
# merged fix holds a dedicated start lock across the alive check and the spawn.
import threading
from typing import Optional

import lcm as lcm_mod

_LCM_LOOP_TIMEOUT = 50


class LCMService:
    def __init__(self, url: Optional[str] = None) -> None:
        self.url = url
        self.l = lcm_mod.LCM(url) if url else lcm_mod.LCM()
        self._l_lock = threading.Lock()
        self._stop_event = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        if self.l is None:
            self.l = lcm_mod.LCM(self.url) if self.url else lcm_mod.LCM()  # Noncompliant
        self._stop_event.clear()
        self._thread = threading.Thread(target=self._lcm_loop, daemon=True)  # Noncompliant
        self._thread.start()

    def _lcm_loop(self) -> None:
        while not self._stop_event.is_set():
            with self._l_lock:
                if self.l is None:
                    break
                self.l.handle_timeout(_LCM_LOOP_TIMEOUT)

    def stop(self) -> None:
        self._stop_event.set()
        if self._thread is not None and threading.current_thread() != self._thread:
            self._thread.join(timeout=5)
        with self._l_lock:
            self.l = None
