# https://github.com/aio-libs/aiorwlock/pull/236
# _wake_up() sees the lock free (r_state == 0 and w_state == 0) and resolves the first
# writer's future, but the woken task only bumps _w_state after it is scheduled again.
# A new task calling acquire_write()/acquire_read() in between also sees the lock free
# and takes it, so two tasks hold the write lock. Fix: update the state in the waker,
# at the same time as the future is resolved (issue #235).
import asyncio
from collections import deque


class RWLockCore:
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
            self._r_state += 1
            return True
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
            self._w_state += 1  # Noncompliant
            return True
        finally:
            self._write_waiters.remove(fut)

    def release_write(self):
        self._w_state -= 1
        self._wake_up()

    def release_read(self):
        self._r_state -= 1
        self._wake_up()

    def _wake_up(self):
        if self._r_state == 0 and self._w_state == 0:
            if self._write_waiters:
                for fut in self._write_waiters:
                    if not fut.done():
                        fut.set_result(None)
                        break
            elif self._read_waiters:
                for fut in self._read_waiters:
                    if not fut.done():
                        fut.set_result(None)


async def writer(core, name, log):
    await core.acquire_write()
    log.append((name, core._w_state))
    await asyncio.sleep(0)
    core.release_write()


async def main():
    core = RWLockCore()
    log = []
    await core.acquire_write()
    waiting = asyncio.ensure_future(writer(core, "waiter", log))
    await asyncio.sleep(0)
    core.release_write()
    await writer(core, "newcomer", log)
    await waiting
    print(log)


if __name__ == "__main__":
    asyncio.run(main())
