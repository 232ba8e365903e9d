# https://github.com/bytedance/deer-flow/pull/3730
# Fixed version: a module-level _provider_lock guards the whole singleton lifecycle; creation uses
# double-checked locking so only one provider is ever constructed and published.
import threading
import time
from typing import Optional


class IdleCheckingProvider:
    def __init__(self, idle_timeout: float = 60.0) -> None:
        self._stop = threading.Event()
        self._checker = threading.Thread(target=self._loop, daemon=True)
        self._checker.start()
        time.sleep(0.01)

    def _loop(self) -> None:
        while not self._stop.wait(0.05):
            pass

    def shutdown(self) -> None:
        self._stop.set()
        self._checker.join()


_provider_lock = threading.Lock()
_shared_provider: Optional[IdleCheckingProvider] = None


def get_provider_locked(**kwargs) -> IdleCheckingProvider:
    global _shared_provider
    provider = _shared_provider
    if provider is not None:
        return provider
    with _provider_lock:
        if _shared_provider is None:
            _shared_provider = IdleCheckingProvider(**kwargs)
        return _shared_provider


def reset_provider_locked() -> None:
    global _shared_provider
    with _provider_lock:
        _shared_provider = None


def shutdown_provider_locked() -> None:
    global _shared_provider
    with _provider_lock:
        if _shared_provider is not None:
            _shared_provider.shutdown()
            _shared_provider = None


def channel_worker() -> None:
    get_provider_locked()


if __name__ == "__main__":
    w = threading.Thread(target=channel_worker)
    w.start()
    get_provider_locked()
    w.join()
    shutdown_provider_locked()
