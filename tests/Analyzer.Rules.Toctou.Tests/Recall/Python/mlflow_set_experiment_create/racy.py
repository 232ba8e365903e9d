# https://github.com/mlflow/mlflow/pull/13456 (issue https://github.com/mlflow/mlflow/issues/12259)
# set_experiment(name) looks the experiment up and creates it when missing; parallel training
# threads all see no experiment, all call create_experiment() and all but one fail with
# RESOURCE_ALREADY_EXISTS. Fix: _experiment_lock across lookup+create, and tolerate the error.
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class MlflowException(Exception):
    def __init__(self, message, error_code="INTERNAL_ERROR"):
        super().__init__(message)
        self.error_code = error_code


class Experiment:
    def __init__(self, experiment_id, name):
        self.experiment_id = experiment_id
        self.name = name
        self.lifecycle_stage = "active"


class _TrackingStore:
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
                raise MlflowException("Experiment '%s' already exists." % name, "RESOURCE_ALREADY_EXISTS")
            self._by_name[name] = Experiment(str(next(self._ids)), name)
            return self._by_name[name].experiment_id


_store = _TrackingStore()
_active_experiment_id = None


class MlflowClient:
    def get_experiment_by_name(self, name):
        return _store.get_by_name(name)

    def create_experiment(self, name):
        return _store.create(name)

    def get_experiment(self, experiment_id):
        return next(e for e in _store._by_name.values() if e.experiment_id == experiment_id)


def set_experiment(experiment_name):
    client = MlflowClient()
    experiment = client.get_experiment_by_name(experiment_name)
    if not experiment:
        experiment_id = client.create_experiment(experiment_name)  # Noncompliant
        experiment = client.get_experiment(experiment_id)
    global _active_experiment_id
    _active_experiment_id = experiment.experiment_id
    return experiment


def train_trial(trial):
    return set_experiment("hpo-sweep").experiment_id


if __name__ == "__main__":
    with ThreadPoolExecutor(8) as pool:
        print(list(pool.map(train_trial, range(8))))
