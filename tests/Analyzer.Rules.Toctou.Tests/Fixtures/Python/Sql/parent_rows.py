from django.db import transaction

from tasks.models import Job, Task

MAX_REVIEW_JOBS = 1


# The task's row is locked first: every request that adds a job to the task waits at that lock until this transaction
# commits, so the count and the insert run as one step for them.
def add_review_job(task_id, frames):
    with transaction.atomic():
        task = Task.objects.select_for_update().get(pk=task_id)
        if Job.objects.filter(task_id=task.pk, kind="review").count() >= MAX_REVIEW_JOBS:
            raise ValueError("the task has a review job already")
        return Job.objects.create(task_id=task.pk, kind="review", frames=frames)


# Read without the lock, the task only names the jobs to count: two requests can both count none and both insert.
def add_review_job_unlocked(task_id, frames):
    with transaction.atomic():
        task = Task.objects.get(pk=task_id)
        if Job.objects.filter(task_id=task.pk, kind="review").count() >= MAX_REVIEW_JOBS:  # Secondary [check]
            raise ValueError("the task has a review job already")
        return Job.objects.create(task_id=task.pk, kind="review", frames=frames)  # Noncompliant [TOCTOU003] {{the SELECT on Job at line 22 decides the INSERT at line 24 inside `transaction.atomic()` (line 20), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# A lock taken after the check comes too late for it.
def add_review_job_locked_late(task_id, frames):
    with transaction.atomic():
        if Job.objects.filter(task_id=task_id, kind="review").count() >= MAX_REVIEW_JOBS:  # Secondary [check]
            raise ValueError("the task has a review job already")
        Task.objects.select_for_update().get(pk=task_id)
        return Job.objects.create(task_id=task_id, kind="review", frames=frames)  # Noncompliant [TOCTOU003] {{the SELECT on Job at line 30 decides the INSERT at line 33 inside `transaction.atomic()` (line 29), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
