# https://github.com/aio-libs/aiorwlock/pull/236
# Fixed version: the waker increments _w_state/_r_state in the same step in which it
# resolves the waiter's future, so a newcomer sees the lock as taken and queues up.
import asyncio
from collections import deque


class SafeRWLockCore:
    def __init__(self):
        self._read_waiters = deque()
        self._write_waiters = deque()
        self._r_state = 0
        self._w_state = 0

    async def acquire_read(self):
        if not self._write_waiters and self._w_state == 0:
            self._r_state += 1
            return True
        fut = asyncio.get_running_loop().create_future()
        self._read_waiters.append(fut)
        try:
            await fut
            return True
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._r_state -= 1
            self._notify_waiters()
            raise
        finally:
            self._read_waiters.remove(fut)

    async def acquire_write(self):
        if self._r_state == 0 and self._w_state == 0:
            self._w_state += 1
            return True
        fut = asyncio.get_running_loop().create_future()
        self._write_waiters.append(fut)
        try:
            await fut
            return True
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._w_state -= 1
            self._notify_waiters()
            raise
        finally:
            self._write_waiters.remove(fut)

    def release_write(self):
        self._w_state -= 1
        self._notify_waiters()

    def release_read(self):
        self._r_state -= 1
        self._notify_waiters()

    def _notify_waiters(self):
        if self._r_state == 0 and self._w_state == 0:
            if self._write_waiters:
                for fut in self._write_waiters:
                    if not fut.done():
                        self._w_state += 1
                        fut.set_result(None)
                        break
            elif self._read_waiters:
                for fut in self._read_waiters:
                    if not fut.done():
                        self._r_state += 1
                        fut.set_result(None)


async def write_task(core, name, log):
    await core.acquire_write()
    log.append((name, core._w_state))
    await asyncio.sleep(0)
    core.release_write()


async def run():
    core = SafeRWLockCore()
    log = []
    await core.acquire_write()
    waiting = asyncio.ensure_future(write_task(core, "waiter", log))
    await asyncio.sleep(0)
    core.release_write()
    await write_task(core, "newcomer", log)
    await waiting
    print(log)


if __name__ == "__main__":
    asyncio.run(run())
