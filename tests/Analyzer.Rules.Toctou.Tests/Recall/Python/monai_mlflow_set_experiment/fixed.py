# https://github.com/Project-MONAI/MONAI/pull/7916
# Fixed version: the get-or-create of the experiment is retried; a create that fails with
# RESOURCE_ALREADY_EXISTS (another site won) is followed by a fresh lookup by name.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class TrackingError(Exception):
    pass


class SharedTrackingServer:
    def __init__(self):
        self._experiments = {}
        self._lock = threading.Lock()

    def get_experiment_by_name(self, name):
        with self._lock:
            return self._experiments.get(name)

    def create_experiment(self, name):
        with self._lock:
            if name in self._experiments:
                raise TrackingError("RESOURCE_ALREADY_EXISTS: Experiment '%s' already exists." % name)
            exp_id = str(len(self._experiments) + 1)
            self._experiments[name] = {"experiment_id": exp_id, "name": name}
            return exp_id

    def get_experiment(self, exp_id):
        with self._lock:
            for exp in self._experiments.values():
                if exp["experiment_id"] == exp_id:
                    return exp
            return None


class RetryingMLFlowHandler:
    def __init__(self, client, experiment_name, retry_delay=0.1):
        self.client = client
        self.experiment_name = experiment_name
        self.experiment = None
        self.retry_delay = retry_delay

    def _ensure_experiment(self):
        experiment = self.experiment
        if not experiment:
            for _ in range(3):
                try:
                    experiment = self.client.get_experiment_by_name(self.experiment_name)
                    if not experiment:
                        experiment_id = self.client.create_experiment(self.experiment_name)
                        experiment = self.client.get_experiment(experiment_id)
                    break
                except TrackingError as e:
                    if "RESOURCE_ALREADY_EXISTS" in str(e):
                        time.sleep(self.retry_delay)
                        continue
                    raise
        self.experiment = experiment


def run_site(server):
    handler = RetryingMLFlowHandler(server, "monai_nvflare")
    handler._ensure_experiment()
    return handler.experiment["experiment_id"]


if __name__ == "__main__":
    server = SharedTrackingServer()
    with ThreadPoolExecutor(4) as pool:
        print(list(pool.map(lambda _: run_site(server), range(4))))
