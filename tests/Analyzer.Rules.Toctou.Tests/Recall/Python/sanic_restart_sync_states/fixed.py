# https://github.com/sanic-org/sanic/pull/3086
# Fixed: _sync_states() leaves processes in RESTARTING alone, so the restart flow owns the
# state until spawn() runs.
import threading
from enum import Enum, auto


class WState(Enum):
    IDLE = auto()
    RESTARTING = auto()
    STARTED = auto()
    COMPLETED = auto()
    FAILED = auto()
    TERMINATED = auto()


class ManagedWorkerProcess:
    def __init__(self, name):
        self.name = name
        self.state = WState.IDLE
        self.alive = False
        self.exitcode = 0

    def is_alive(self):
        return self.alive

    def set_state(self, state, force=False):
        self.state = state

    def spawn(self):
        if self.state not in (WState.IDLE, WState.RESTARTING):
            raise Exception("Cannot spawn a worker process until it is idle.")
        self.alive = True
        self.set_state(WState.STARTED)

    def restart(self):
        self.set_state(WState.RESTARTING, True)
        self.alive = False
        self.spawn()


class SafeWorkerManager:
    def __init__(self, processes):
        self.processes = processes
        self.worker_state = {p.name: {"state": p.state.name} for p in processes}

    def _sync_states(self):
        for process in self.processes:
            if process.state == WState.RESTARTING:
                continue
            try:
                state = self.worker_state[process.name].get("state")
            except KeyError:
                process.set_state(WState.TERMINATED, True)
                continue
            if not process.is_alive():
                state = "FAILED" if process.exitcode else "COMPLETED"
            if state and process.state.name != state:
                process.set_state(WState[state], True)


def run_safe():
    proc = ManagedWorkerProcess("Sanic-Server-0-0")
    manager = SafeWorkerManager([proc])
    restarter = threading.Thread(target=proc.restart)
    restarter.start()
    manager._sync_states()
    restarter.join()


if __name__ == "__main__":
    run_safe()
