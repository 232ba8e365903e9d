# https://github.com/Opentrons/opentrons/pull/11927
# robot-server lazily creates singletons such as the RunStore in FastAPI dependencies. The
# dependencies were plain `def` functions, which FastAPI runs in its worker thread pool, so
# two HTTP requests can both find no RunStore in app_state and each create and store one.
# Fix: make the dependencies `async def` so they run on the event loop thread, with no await
# between the lookup and set_on().
import asyncio
import time
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class AppState:
    """Stand-in for starlette's app.state."""


class AppStateAccessor(Generic[T]):
    def __init__(self, key: str) -> None:
        self._key = key

    def get_from(self, app_state: AppState) -> Optional[T]:
        return getattr(app_state, self._key, None)

    def set_on(self, app_state: AppState, value: T) -> None:
        setattr(app_state, self._key, value)


class RunStore:
    def __init__(self, sql_engine: str) -> None:
        time.sleep(0.01)  # opens tables, runs migrations
        self.sql_engine = sql_engine
        self.runs = {}


_run_store_accessor = AppStateAccessor[RunStore]("run_store")


def get_run_store(app_state: AppState, sql_engine: str) -> RunStore:
    """Get a singleton RunStore to keep track of created runs."""
    run_store = _run_store_accessor.get_from(app_state)
    if run_store is None:
        run_store = RunStore(sql_engine=sql_engine)
        _run_store_accessor.set_on(app_state, run_store)  # Noncompliant
    return run_store


async def solve_dependency(app_state: AppState) -> RunStore:
    # FastAPI runs sync dependencies via run_in_threadpool
    return await asyncio.to_thread(get_run_store, app_state, "sqlite:///robot.db")


async def get_runs_endpoint(app_state: AppState) -> dict:
    run_store = await solve_dependency(app_state)
    return dict(run_store.runs)


async def main() -> None:
    app_state = AppState()
    await asyncio.gather(*(get_runs_endpoint(app_state) for _ in range(8)))


if __name__ == "__main__":
    asyncio.run(main())
