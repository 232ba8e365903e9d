# https://github.com/nautobot/nautobot/pull/8755
# import_jobs() refreshes JOBS_ROOT jobs on every job page/run request: it snapshots the keys
# of the process-wide registry["jobs"] dict and deletes each JOBS_ROOT entry before reloading.
# Two request threads doing this at once both see the same key and the second `del` raises
# KeyError (issue #8614). Fix: a module-level threading lock around import_jobs() plus pop().
import importlib
import sys

from django.db.utils import ProgrammingError
from django.http import JsonResponse

from nautobot.extras.models import GitRepository

registry = {"jobs": {}}


def _git_repository_slugs():
    return set(GitRepository.objects.values_list("slug", flat=True))


def _import_jobs_from_jobs_root(jobs_root):
    for job_class_path in list(registry["jobs"]):
        module_name = job_class_path.rsplit(".", 1)[0]
        try:
            if module_name.split(".")[0] in _git_repository_slugs():
                continue
        except ProgrammingError:
            pass
        # Else, it's presumably a JOBS_ROOT job
        del registry["jobs"][job_class_path]  # Noncompliant

    if jobs_root not in sys.path:
        sys.path.append(jobs_root)
    module = importlib.import_module("jobs")
    for name, job_class in getattr(module, "jobs", {}).items():
        registry["jobs"][f"jobs.{name}"] = job_class


def import_jobs(jobs_root="/opt/nautobot/jobs"):
    _import_jobs_from_jobs_root(jobs_root)


def job_run_view(request, class_path):
    # Called from threaded WSGI workers; each request refreshes the job registry.
    import_jobs()
    job_class = registry["jobs"].get(class_path)
    return JsonResponse({"found": job_class is not None})
