# https://github.com/langchain-ai/langsmith-sdk/pull/1778
# get_cached_client() lazily created the process-wide tracing Client with a bare
# "if _CLIENT is None" check; tracer threads could all see None and each build a
# Client (and its background queue), the last one winning. The fix takes the
# module _LOCK (already used by configure()) and re-checks inside it.
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Optional


class Client:
    def __init__(self, **init_kwargs: Any) -> None:
        self.init_kwargs = init_kwargs
        self.queue: list = []
        self._flusher = threading.Thread(target=self._flush, daemon=True)
        self._flusher.start()

    def _flush(self) -> None:
        pass

    def create_run(self, name: str) -> None:
        self.queue.append(name)


_SENTINEL: Any = object()
_CLIENT: Optional[Client] = None
_LOCK = threading.Lock()


def get_cached_client(**init_kwargs: Any) -> Client:
    global _CLIENT
    if _CLIENT is None:
        _CLIENT = Client(**init_kwargs)  # Noncompliant
    return _CLIENT


def configure(client: Optional[Client] = _SENTINEL, project_name: Optional[str] = _SENTINEL) -> None:
    global _CLIENT
    with _LOCK:
        if client is not _SENTINEL:
            _CLIENT = client


class RunTree:
    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def client(self) -> Client:
        return get_cached_client()

    def post(self) -> None:
        self.client.create_run(self.name)


def trace_many(n: int) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        for i in range(n):
            pool.submit(RunTree(f"run-{i}").post)


if __name__ == "__main__":
    trace_many(64)
