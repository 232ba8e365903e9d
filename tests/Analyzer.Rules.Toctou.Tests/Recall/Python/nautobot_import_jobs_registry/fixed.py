# https://github.com/nautobot/nautobot/pull/8755
# Fixed version: refreshing jobs is serialised by a module-level threading lock, so only one
# thread at a time walks and prunes registry["jobs"]; the prune also uses pop(key, None) as a
# second guard against the KeyError seen in issue #8614.
import importlib
import sys
import threading

from django.db.utils import ProgrammingError
from django.http import JsonResponse

from nautobot.extras.models import GitRepository

job_registry = {"jobs": {}}
_import_jobs_lock = threading.RLock()


def _repository_slugs():
    return set(GitRepository.objects.values_list("slug", flat=True))


def _reload_jobs_root(jobs_root):
    for job_class_path in list(job_registry["jobs"]):
        module_name = job_class_path.rsplit(".", 1)[0]
        try:
            if module_name.split(".")[0] in _repository_slugs():
                continue
        except ProgrammingError:
            pass
        job_registry["jobs"].pop(job_class_path, None)

    if jobs_root not in sys.path:
        sys.path.append(jobs_root)
    module = importlib.import_module("jobs")
    for name, job_class in getattr(module, "jobs", {}).items():
        job_registry["jobs"][f"jobs.{name}"] = job_class


def refresh_jobs(jobs_root="/opt/nautobot/jobs"):
    with _import_jobs_lock:
        _reload_jobs_root(jobs_root)


def job_run_view_locked(request, class_path):
    refresh_jobs()
    job_class = job_registry["jobs"].get(class_path)
    return JsonResponse({"found": job_class is not None})
