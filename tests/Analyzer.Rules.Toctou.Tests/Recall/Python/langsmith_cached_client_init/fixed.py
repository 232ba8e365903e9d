# https://github.com/langchain-ai/langsmith-sdk/pull/1778
# Fixed version: the cached tracing client is created under the module lock that
# configure() also uses, with a second None check inside the lock, so only one
# client is ever built even when many tracer threads ask for it at once.
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Optional


class TracingClient:
    def __init__(self, **init_kwargs: Any) -> None:
        self.init_kwargs = init_kwargs
        self.queue: list = []
        self._flusher = threading.Thread(target=self._flush_loop, daemon=True)
        self._flusher.start()

    def _flush_loop(self) -> None:
        pass

    def submit_run(self, name: str) -> None:
        self.queue.append(name)


_UNSET: Any = object()
_SHARED_CLIENT: Optional[TracingClient] = None
_CLIENT_LOCK = threading.Lock()


def get_shared_client(**init_kwargs: Any) -> TracingClient:
    global _SHARED_CLIENT
    if _SHARED_CLIENT is None:
        with _CLIENT_LOCK:
            if _SHARED_CLIENT is None:
                _SHARED_CLIENT = TracingClient(**init_kwargs)
    return _SHARED_CLIENT


def configure_tracing(client: Optional[TracingClient] = _UNSET, project_name: Optional[str] = _UNSET) -> None:
    global _SHARED_CLIENT
    with _CLIENT_LOCK:
        if client is not _UNSET:
            _SHARED_CLIENT = client


class TracedRun:
    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def tracer_client(self) -> TracingClient:
        return get_shared_client()

    def publish(self) -> None:
        self.tracer_client.submit_run(self.name)


def trace_batch(n: int) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        for i in range(n):
            pool.submit(TracedRun(f"run-{i}").publish)


if __name__ == "__main__":
    trace_batch(64)
