# https://github.com/a2aproject/a2a-python/pull/279
import asyncio
from datetime import datetime, timezone

TERMINAL_STATES_FIXED = {"completed", "canceled", "failed", "rejected"}


class LockedTaskUpdater:
    def __init__(self, event_queue, task_id, context_id):
        self.event_queue = event_queue
        self.task_id = task_id
        self.context_id = context_id
        self._lock = asyncio.Lock()
        self._terminal_state_reached = False

    async def set_status(self, state, message=None, final=False):
        async with self._lock:
            if self._terminal_state_reached:
                raise RuntimeError(
                    f"Task {self.task_id} is already in a terminal state."
                )
            if state in TERMINAL_STATES_FIXED:
                self._terminal_state_reached = True
                final = True
            await self.event_queue.enqueue_event(
                {
                    "task_id": self.task_id,
                    "context_id": self.context_id,
                    "final": final,
                    "state": state,
                    "message": message,
                    "timestamp": datetime.now(timezone.utc).isoformat(),
                }
            )

    async def mark_complete(self, message=None):
        await self.set_status("completed", message=message, final=True)

    async def mark_failed(self, message=None):
        await self.set_status("failed", message=message, final=True)


async def finish_both_locked(updater):
    await asyncio.gather(updater.mark_complete(), updater.mark_failed())
