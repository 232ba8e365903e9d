# https://github.com/sanic-org/sanic/pull/3086
# WorkerProcess.restart() sets state RESTARTING, terminates the process and later calls
# spawn(), which requires state IDLE/RESTARTING. WorkerManager._sync_states() runs at the
# same time, sees the terminated process is not alive and overwrites the state with
# COMPLETED, so spawn() fails. Fix: _sync_states() skips processes that are RESTARTING.
import threading
from enum import Enum, auto


class ProcessState(Enum):
    IDLE = auto()
    RESTARTING = auto()
    STARTED = auto()
    COMPLETED = auto()
    FAILED = auto()
    TERMINATED = auto()


class WorkerProcess:
    def __init__(self, name):
        self.name = name
        self.state = ProcessState.IDLE
        self.alive = False
        self.exitcode = 0

    def is_alive(self):
        return self.alive

    def set_state(self, state, force=False):
        self.state = state

    def spawn(self):
        if self.state not in (ProcessState.IDLE, ProcessState.RESTARTING):
            raise Exception("Cannot spawn a worker process until it is idle.")
        self.alive = True
        self.set_state(ProcessState.STARTED)

    def restart(self):
        self.set_state(ProcessState.RESTARTING, True)
        self.alive = False  # terminate()
        self.spawn()


class WorkerManager:
    def __init__(self, processes):
        self.processes = processes
        self.worker_state = {p.name: {"state": p.state.name} for p in processes}

    def _sync_states(self):
        for process in self.processes:
            try:
                state = self.worker_state[process.name].get("state")
            except KeyError:
                process.set_state(ProcessState.TERMINATED, True)
                continue
            if not process.is_alive():
                state = "FAILED" if process.exitcode else "COMPLETED"
            if state and process.state.name != state:
                process.set_state(ProcessState[state], True)  # Noncompliant


def main():
    proc = WorkerProcess("Sanic-Server-0-0")
    manager = WorkerManager([proc])
    restarter = threading.Thread(target=proc.restart)
    restarter.start()
    manager._sync_states()
    restarter.join()


if __name__ == "__main__":
    main()
