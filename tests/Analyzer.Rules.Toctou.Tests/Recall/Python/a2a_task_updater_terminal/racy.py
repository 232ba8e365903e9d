# https://github.com/a2aproject/a2a-python/pull/279
# (issue https://github.com/a2aproject/a2a-python/issues/278) Concurrent coroutines such
# as complete() and failed() both read the terminal-state flag as False, then each
# awaits enqueue_event, so two final status events are published. The fix adds an
# asyncio.Lock held across the flag check, the flag update and the enqueue.
import asyncio
from datetime import datetime, timezone

TERMINAL_STATES = {"completed", "canceled", "failed", "rejected"}


class TaskUpdater:
    def __init__(self, event_queue, task_id, context_id):
        self.event_queue = event_queue
        self.task_id = task_id
        self.context_id = context_id
        self._terminal_state_reached = False

    async def update_status(self, state, message=None, final=False):
        if self._terminal_state_reached:
            raise RuntimeError(f"Task {self.task_id} is already in a terminal state.")
        if state in TERMINAL_STATES:
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
        if final:
            self._terminal_state_reached = True  # Noncompliant

    async def complete(self, message=None):
        await self.update_status("completed", message=message, final=True)

    async def failed(self, message=None):
        await self.update_status("failed", message=message, final=True)


async def finish_both(updater):
    await asyncio.gather(updater.complete(), updater.failed())
