# https://github.com/cvat-ai/cvat/pull/7096
# Creating a Ground Truth job (POST /api/jobs) counted the task's existing GT jobs and inserted a new
# one only if the per-task limit was not reached, but nothing locked the task between the count and the
# insert, so two concurrent requests both passed the check and the task got two GT jobs.
# Fix: the creation runs in a transaction that first locks the task row (select_for_update()).
import contextlib
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


class JobType:
    ANNOTATION = "annotation"
    GROUND_TRUTH = "ground_truth"


class _Table:
    """Minimal stand-in for a Django model manager over one PostgreSQL table."""

    def __init__(self):
        self._rows = {}
        self._ids = itertools.count(1)
        self._mutex = threading.Lock()

    def create(self, **fields):
        with self._mutex:
            pk = next(self._ids)
            self._rows[pk] = dict(fields, pk=pk)
            return self._rows[pk]

    def get(self, pk):
        return self._rows[pk]

    def count(self, **where):
        return sum(all(r.get(k) == v for k, v in where.items()) for r in list(self._rows.values()))


class Task:
    MAX_GT_JOBS = 1
    objects = _Table()


class Segment:
    objects = _Table()


class Job:
    objects = _Table()


class transaction:
    @staticmethod
    @contextlib.contextmanager
    def atomic():
        # plain transaction (READ COMMITTED): no row is locked
        yield


class JobWriteSerializer:
    def create(self, validated_data):
        if validated_data["type"] != JobType.GROUND_TRUTH:
            raise ValidationError("Unexpected job type")
        task_id = validated_data.pop("task_id")
        with transaction.atomic():
            task = Task.objects.get(pk=task_id)
            if task.get("data") is None:
                raise ValidationError("This task has no data attached yet")
            gt_jobs = Job.objects.count(task_id=task_id, type=JobType.GROUND_TRUTH)
            if gt_jobs >= Task.MAX_GT_JOBS:
                raise ValidationError("Task already has a Ground Truth job")
            segment = Segment.objects.create(task_id=task_id, frames=validated_data["frames"])
            return Job.objects.create(  # Noncompliant
                task_id=task_id, segment_id=segment["pk"], type=JobType.GROUND_TRUTH
            )


class JobViewSet:
    def create(self, request_data):
        try:
            job = JobWriteSerializer().create(dict(request_data))
            return 201, job
        except ValidationError as e:
            return 400, str(e)


if __name__ == "__main__":
    task = Task.objects.create(name="t", data={"size": 100})
    body = {"task_id": task["pk"], "type": JobType.GROUND_TRUTH, "frames": [0, 5, 9]}
    view = JobViewSet()
    with ThreadPoolExecutor(max_workers=4) as server_workers:
        print(list(server_workers.map(view.create, [body] * 4)))
