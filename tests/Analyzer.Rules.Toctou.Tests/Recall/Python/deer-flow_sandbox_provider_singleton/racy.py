# https://github.com/bytedance/deer-flow/pull/3730
# get_sandbox_provider() did an unlocked check-then-create of the module-level provider. The main event
# loop and the Feishu channel thread could both see None, both construct a provider (which starts an
# idle-checker thread) and overwrite the global, leaking the loser (issue #3721). Fix: one module lock
# with double-checked creation, also held by reset/shutdown/set.
import threading
import time
from typing import Optional


class AioSandboxProvider:
    def __init__(self, idle_timeout: float = 60.0) -> None:
        self._stop = threading.Event()
        self._idle_checker = threading.Thread(target=self._check_idle, daemon=True)
        self._idle_checker.start()
        time.sleep(0.01)  # constructor does real work (config, clients)

    def _check_idle(self) -> None:
        while not self._stop.wait(0.05):
            pass

    def shutdown(self) -> None:
        self._stop.set()
        self._idle_checker.join()


_default_sandbox_provider: Optional[AioSandboxProvider] = None


def get_sandbox_provider(**kwargs) -> AioSandboxProvider:
    global _default_sandbox_provider
    if _default_sandbox_provider is None:
        _default_sandbox_provider = AioSandboxProvider(**kwargs)  # Noncompliant
    return _default_sandbox_provider


def reset_sandbox_provider() -> None:
    global _default_sandbox_provider
    _default_sandbox_provider = None


def shutdown_sandbox_provider() -> None:
    global _default_sandbox_provider
    if _default_sandbox_provider is not None:
        _default_sandbox_provider.shutdown()
        _default_sandbox_provider = None


def feishu_channel_thread() -> None:
    get_sandbox_provider()


if __name__ == "__main__":
    t = threading.Thread(target=feishu_channel_thread)
    t.start()
    get_sandbox_provider()
    t.join()
    shutdown_sandbox_provider()
