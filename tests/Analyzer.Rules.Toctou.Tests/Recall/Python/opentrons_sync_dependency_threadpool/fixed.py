# https://github.com/Opentrons/opentrons/pull/11927
# Fixed version: dependencies that touch global app_state are `async def`, so FastAPI calls
# them on the event loop thread instead of its thread pool; the lookup and set_on() run with
# no await in between, so only one RunStore is ever created.
import asyncio
from typing import Generic, Optional, TypeVar

V = TypeVar("V")


class ServerAppState:
    """Stand-in for starlette's app.state."""


class StateAccessor(Generic[V]):
    def __init__(self, key: str) -> None:
        self._key = key

    def get_from(self, app_state: ServerAppState) -> Optional[V]:
        return getattr(app_state, self._key, None)

    def set_on(self, app_state: ServerAppState, value: V) -> None:
        setattr(app_state, self._key, value)


class RunStoreImpl:
    def __init__(self, sql_engine: str) -> None:
        self.sql_engine = sql_engine
        self.runs = {}


_store_accessor = StateAccessor[RunStoreImpl]("run_store")


async def get_run_store_async(app_state: ServerAppState, sql_engine: str) -> RunStoreImpl:
    """Get a singleton RunStore to keep track of created runs."""
    run_store = _store_accessor.get_from(app_state)
    if run_store is None:
        run_store = RunStoreImpl(sql_engine=sql_engine)
        _store_accessor.set_on(app_state, run_store)
    return run_store


async def resolve_dependency(app_state: ServerAppState) -> RunStoreImpl:
    # async dependencies are awaited directly on the event loop
    return await get_run_store_async(app_state, "sqlite:///robot.db")


async def list_runs_endpoint(app_state: ServerAppState) -> dict:
    run_store = await resolve_dependency(app_state)
    return dict(run_store.runs)


async def serve() -> None:
    state = ServerAppState()
    await asyncio.gather(*(list_runs_endpoint(state) for _ in range(8)))


if __name__ == "__main__":
    asyncio.run(serve())
