# https://github.com/Parsl/parsl/issues/102
# handle_update() runs as a done-callback on executor threads; it scanned the task table for tasks still "pending"
# with all dependencies done and launched them, so two callbacks finishing together could both see the same task
# pending and launch it twice. The fix takes task_launch_lock and re-tests the state before launching.
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum
from functools import partial


class States(Enum):
    unsched = 0
    pending = 1
    running = 2
    done = 3


class DataFlowKernel(object):
    def __init__(self, max_workers=4):
        self.executor = ThreadPoolExecutor(max_workers=max_workers)
        self.tasks = {}
        self.task_count = 0

    @staticmethod
    def _count_deps(depends):
        return sum(1 for dep in depends if isinstance(dep, Future) and not dep.done())

    @staticmethod
    def _resolve_args(args):
        return [a.result() if isinstance(a, Future) else a for a in args]

    def handle_update(self, task_id, future):
        """Called only as a callback from a task being done (on an executor thread)."""
        self.tasks[task_id]['status'] = States.done

        # Identify tasks that have resolved dependencies and launch
        for tid in list(self.tasks):
            # Skip all non-pending tasks
            if self.tasks[tid]['status'] != States.pending:
                continue

            if self._count_deps(self.tasks[tid]['depends']) == 0:
                new_args = self._resolve_args(self.tasks[tid]['args'])
                self.tasks[tid]['status'] = States.running  # Noncompliant
                exec_fu = self.launch_task(tid, self.tasks[tid]['func'], *new_args)
                self.tasks[tid]['exec_fu'] = exec_fu

    def launch_task(self, task_id, executable, *args):
        exec_fu = self.executor.submit(executable, *args)
        exec_fu.add_done_callback(partial(self.handle_update, task_id))
        return exec_fu

    def submit(self, func, *args):
        task_id = self.task_count
        self.task_count += 1
        depends = [a for a in args if isinstance(a, Future)]
        self.tasks[task_id] = {'func': func, 'args': args, 'depends': depends,
                               'status': States.unsched, 'exec_fu': None}
        if self._count_deps(depends) == 0:
            self.tasks[task_id]['status'] = States.running
            self.tasks[task_id]['exec_fu'] = self.launch_task(task_id, func, *self._resolve_args(args))
        else:
            self.tasks[task_id]['status'] = States.pending
        return task_id
