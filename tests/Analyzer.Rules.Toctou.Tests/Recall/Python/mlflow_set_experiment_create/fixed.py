# https://github.com/mlflow/mlflow/pull/13456 (issue https://github.com/mlflow/mlflow/issues/12259)
# Fixed version: a module-level lock is held across lookup and creation, and
# RESOURCE_ALREADY_EXISTS (another process won) is handled by looking the experiment up again.
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class TrackingError(Exception):
    def __init__(self, message, error_code="INTERNAL_ERROR"):
        super().__init__(message)
        self.error_code = error_code


class ExperimentInfo:
    def __init__(self, experiment_id, name):
        self.experiment_id = experiment_id
        self.name = name
        self.lifecycle_stage = "active"


class _ExperimentStore:
    """Tracking server with a unique constraint on the experiment name."""

    def __init__(self):
        self._mu = threading.Lock()
        self._by_name = {}
        self._ids = itertools.count(1)

    def get_by_name(self, name):
        time.sleep(0.02)  # REST round trip
        with self._mu:
            return self._by_name.get(name)

    def create(self, name):
        time.sleep(0.02)  # REST round trip
        with self._mu:
            if name in self._by_name:
                raise TrackingError("Experiment '%s' already exists." % name, "RESOURCE_ALREADY_EXISTS")
            self._by_name[name] = ExperimentInfo(str(next(self._ids)), name)
            return self._by_name[name].experiment_id


_experiments = _ExperimentStore()
_current_experiment_id = None
_experiment_lock = threading.Lock()


class TrackingClient:
    def get_experiment_by_name(self, name):
        return _experiments.get_by_name(name)

    def create_experiment(self, name):
        return _experiments.create(name)

    def get_experiment(self, experiment_id):
        return next(e for e in _experiments._by_name.values() if e.experiment_id == experiment_id)


def use_experiment(experiment_name):
    client = TrackingClient()
    with _experiment_lock:
        experiment = client.get_experiment_by_name(experiment_name)
        if not experiment:
            try:
                experiment_id = client.create_experiment(experiment_name)
            except TrackingError as e:
                if e.error_code == "RESOURCE_ALREADY_EXISTS":
                    return client.get_experiment_by_name(experiment_name)
                raise
            experiment = client.get_experiment(experiment_id)
    global _current_experiment_id
    _current_experiment_id = experiment.experiment_id
    return experiment


def run_trial(trial):
    return use_experiment("hpo-sweep").experiment_id


if __name__ == "__main__":
    with ThreadPoolExecutor(8) as pool:
        print(list(pool.map(run_trial, range(8))))
