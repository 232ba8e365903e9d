# https://github.com/cvat-ai/cvat/pull/7096
# Fixed version: the GT job creation transaction first takes a row-level lock on the task
# (select_for_update().get()), so the count of existing GT jobs and the insert are serialized per task.
import contextlib
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor


class JobValidationError(Exception):
    pass


class KindOfJob:
    ANNOTATION = "annotation"
    GROUND_TRUTH = "ground_truth"


_tx = threading.local()


class _LockingTable:
    """Minimal stand-in for a Django model manager; select_for_update() locks the row until commit."""

    def __init__(self):
        self._rows = {}
        self._row_locks = {}
        self._ids = itertools.count(1)
        self._mutex = threading.Lock()
        self._for_update = False

    def select_for_update(self):
        locking = _LockingTable.__new__(_LockingTable)
        locking.__dict__.update(self.__dict__)
        locking._for_update = True
        return locking

    def create(self, **fields):
        with self._mutex:
            pk = next(self._ids)
            self._rows[pk] = dict(fields, pk=pk)
            self._row_locks[pk] = threading.Lock()
            return self._rows[pk]

    def get(self, pk):
        if self._for_update:
            row_lock = self._row_locks[pk]
            row_lock.acquire()
            _tx.held.append(row_lock)
        return self._rows[pk]

    def count(self, **where):
        return sum(all(r.get(k) == v for k, v in where.items()) for r in list(self._rows.values()))


class TaskModel:
    MAX_GT_JOBS = 1
    objects = _LockingTable()


class SegmentModel:
    objects = _LockingTable()


class JobModel:
    objects = _LockingTable()


class transaction:
    @staticmethod
    @contextlib.contextmanager
    def atomic():
        # row locks taken with select_for_update() are held until commit
        _tx.held = []
        try:
            yield
        finally:
            for row_lock in reversed(_tx.held):
                row_lock.release()
            _tx.held = []


class GroundTruthJobSerializer:
    def create(self, validated_data):
        if validated_data["type"] != KindOfJob.GROUND_TRUTH:
            raise JobValidationError("Unexpected job type")
        task_id = validated_data.pop("task_id")
        with transaction.atomic():
            task = TaskModel.objects.select_for_update().get(pk=task_id)
            if task.get("data") is None:
                raise JobValidationError("This task has no data attached yet")
            gt_jobs = JobModel.objects.count(task_id=task_id, type=KindOfJob.GROUND_TRUTH)
            if gt_jobs >= TaskModel.MAX_GT_JOBS:
                raise JobValidationError("Task already has a Ground Truth job")
            segment = SegmentModel.objects.create(task_id=task_id, frames=validated_data["frames"])
            return JobModel.objects.create(
                task_id=task_id, segment_id=segment["pk"], type=KindOfJob.GROUND_TRUTH
            )


class GroundTruthJobViewSet:
    def create(self, request_data):
        try:
            job = GroundTruthJobSerializer().create(dict(request_data))
            return 201, job
        except JobValidationError as e:
            return 400, str(e)


if __name__ == "__main__":
    task = TaskModel.objects.create(name="t", data={"size": 100})
    body = {"task_id": task["pk"], "type": KindOfJob.GROUND_TRUTH, "frames": [0, 5, 9]}
    view = GroundTruthJobViewSet()
    with ThreadPoolExecutor(max_workers=4) as server_workers:
        print(list(server_workers.map(view.create, [body] * 4)))
