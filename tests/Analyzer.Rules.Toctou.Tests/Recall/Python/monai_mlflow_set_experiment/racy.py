# https://github.com/Project-MONAI/MONAI/pull/7916
# MLFlowHandler._set_experiment() looks the experiment up by name on the shared tracking
# server and creates it when missing. Several federated clients/processes (NVFlare sites,
# NVIDIA/NVFlare#2698) do this at once; a site that saw "missing" then fails in
# create_experiment with RESOURCE_ALREADY_EXISTS. Fix: retry the lookup when creation fails
# with RESOURCE_ALREADY_EXISTS.
import threading
from concurrent.futures import ThreadPoolExecutor


class MlflowException(Exception):
    pass


class TrackingServer:
    """Stand-in for the MLflow tracking server shared by all sites."""

    def __init__(self):
        self._experiments = {}
        self._lock = threading.Lock()

    def get_experiment_by_name(self, name):
        with self._lock:
            return self._experiments.get(name)

    def create_experiment(self, name):
        with self._lock:
            if name in self._experiments:
                raise MlflowException("RESOURCE_ALREADY_EXISTS: Experiment '%s' already exists." % name)
            exp_id = str(len(self._experiments) + 1)
            self._experiments[name] = {"experiment_id": exp_id, "name": name}
            return exp_id

    def get_experiment(self, exp_id):
        with self._lock:
            for exp in self._experiments.values():
                if exp["experiment_id"] == exp_id:
                    return exp
            return None


class MLFlowHandler:
    def __init__(self, client, experiment_name):
        self.client = client
        self.experiment_name = experiment_name
        self.experiment = None

    def _set_experiment(self):
        experiment = self.experiment
        if not experiment:
            experiment = self.client.get_experiment_by_name(self.experiment_name)
            if not experiment:
                experiment_id = self.client.create_experiment(self.experiment_name)  # Noncompliant
                experiment = self.client.get_experiment(experiment_id)
        self.experiment = experiment


def site_main(server):
    handler = MLFlowHandler(server, "monai_nvflare")
    handler._set_experiment()
    return handler.experiment["experiment_id"]


if __name__ == "__main__":
    server = TrackingServer()
    with ThreadPoolExecutor(4) as pool:
        print(list(pool.map(lambda _: site_main(server), range(4))))
