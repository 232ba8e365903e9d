# https://github.com/kedro-org/kedro/pull/4093
# Fixed version: the catalog is unchanged, but the runner now holds one threading.Lock while
# a node loads its inputs, so the "not yet materialised? then add()" step in _get_dataset()
# runs for one thread at a time and the shared pattern input is registered exactly once.
import threading
from concurrent.futures import ThreadPoolExecutor, wait


class AlreadyRegisteredError(Exception):
    pass


class InMemoryDataset:
    def __init__(self, data=None):
        self._data = data

    def load(self):
        return self._data


class PatternCatalog:
    def __init__(self, datasets=None, dataset_patterns=None):
        self._datasets = dict(datasets or {})
        self._dataset_patterns = dict(dataset_patterns or {})

    def _match_pattern(self, dataset_name):
        return next((p for p in self._dataset_patterns if p == "{name}"), None)

    def add(self, dataset_name, dataset, replace=False):
        if dataset_name in self._datasets and not replace:
            raise AlreadyRegisteredError(
                f"Dataset '{dataset_name}' has already been registered")
        self._datasets[dataset_name] = dataset

    def _get_dataset(self, dataset_name):
        matched_pattern = self._match_pattern(dataset_name)
        if dataset_name not in self._datasets and matched_pattern:
            dataset = InMemoryDataset(self._dataset_patterns[matched_pattern].get("data"))
            self.add(dataset_name, dataset)
        return self._datasets[dataset_name]

    def load(self, name):
        return self._get_dataset(name).load()


class PipelineNode:
    def __init__(self, func, inputs, outputs):
        self.func, self.inputs, self.outputs = func, inputs, outputs


def run_node_locked(node, catalog, load_lock):
    inputs = {}
    for name in node.inputs:
        with load_lock:
            inputs[name] = catalog.load(name)
    return node.func(*inputs.values())


class LockedThreadRunner:
    def __init__(self, max_workers=4):
        self._max_workers = max_workers
        self._load_lock = threading.Lock()

    def run(self, nodes, catalog):
        with ThreadPoolExecutor(max_workers=self._max_workers) as pool:
            futures = [pool.submit(run_node_locked, n, catalog, self._load_lock) for n in nodes]
            wait(futures)
            return [f.result() for f in futures]
