# https://github.com/Parsl/parsl/issues/102
# Fixed version: the launch path acquires task_launch_lock, re-tests that the task is still pending, marks it
# running and launches it while holding the lock, so each task is launched once.
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum
from functools import partial


class TaskState(Enum):
    unsched = 0
    pending = 1
    running = 2
    done = 3


class LockedKernel(object):
    def __init__(self, max_workers=4):
        self.pool = ThreadPoolExecutor(max_workers=max_workers)
        self.records = {}
        self.counter = 0
        self.task_launch_lock = threading.Lock()

    @staticmethod
    def _unresolved(depends):
        return sum(1 for dep in depends if isinstance(dep, Future) and not dep.done())

    @staticmethod
    def _values(args):
        return [a.result() if isinstance(a, Future) else a for a in args]

    def on_done(self, task_id, future):
        self.records[task_id]['status'] = TaskState.done

        for tid in list(self.records):
            if self.records[tid]['status'] != TaskState.pending:
                continue

            if self._unresolved(self.records[tid]['depends']) == 0:
                new_args = self._values(self.records[tid]['args'])
                exec_fu = None
                # Acquire a lock, retest the state, launch
                with self.task_launch_lock:
                    if self.records[tid]['status'] == TaskState.pending:
                        self.records[tid]['status'] = TaskState.running
                        exec_fu = self.start(tid, self.records[tid]['func'], *new_args)
                if exec_fu:
                    self.records[tid]['exec_fu'] = exec_fu

    def start(self, task_id, executable, *args):
        fu = self.pool.submit(executable, *args)
        fu.add_done_callback(partial(self.on_done, task_id))
        return fu

    def add_task(self, func, *args):
        task_id = self.counter
        self.counter += 1
        depends = [a for a in args if isinstance(a, Future)]
        self.records[task_id] = {'func': func, 'args': args, 'depends': depends,
                                 'status': TaskState.unsched, 'exec_fu': None}
        if self._unresolved(depends) == 0:
            self.records[task_id]['status'] = TaskState.running
            self.records[task_id]['exec_fu'] = self.start(task_id, func, *self._values(args))
        else:
            self.records[task_id]['status'] = TaskState.pending
        return task_id
