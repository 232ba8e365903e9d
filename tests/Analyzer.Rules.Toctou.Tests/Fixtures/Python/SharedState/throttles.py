import asyncio


class Throttle:
    """Used by many asyncio tasks of one loop. resolve() waits on the event another task put in for the key, or puts in
    its own with no await between the test and the store, and takes it out again when done: the awaits of the branch
    that waits are not on the way to the store, and the entry taken out is the one this task put in. resolve_late() awaits
    between the test and the store, so two tasks can both find the key missing."""

    def __init__(self):
        self._events = {}

    async def resolve(self, key):
        if key in self._events:
            await self._events[key].wait()
        else:
            self._events[key] = asyncio.Event()
            try:
                await asyncio.sleep(0)
            finally:
                self._events.pop(key)

    async def resolve_late(self, key):
        if key in self._events:  # Secondary [check]
            await self._events[key].wait()
        else:
            await asyncio.sleep(0)
            self._events[key] = asyncio.Event()  # Noncompliant [TOCTOU001] {{self._events is checked at line 24 and changed at line 28 by self._events[key] and at line 32 by self._events.pop(key), with no lock held at either point, while `await asyncio.sleep(0)` at line 27 lets other tasks run in between}}
            try:
                await asyncio.sleep(0)
            finally:
                self._events.pop(key)

    def forget(self, key):
        if key in self._events:
            self._events.pop(key, None)
