# https://github.com/kedro-org/kedro/pull/4093
# DataCatalog._get_dataset() materialises factory-pattern datasets lazily: if the name is not
# in self._datasets it builds the dataset and calls add(), which raises if the name is already
# registered. ThreadRunner loads node inputs from worker threads, so two nodes sharing an
# input both miss and one add() raises DatasetAlreadyExistsError (issues #3739, #4007).
# Fix: the runner serialises catalog.load() with a threading.Lock.
from concurrent.futures import ThreadPoolExecutor, wait


class DatasetAlreadyExistsError(Exception):
    pass


class MemoryDataset:
    def __init__(self, data=None):
        self._data = data

    def load(self):
        return self._data


class DataCatalog:
    def __init__(self, datasets=None, dataset_patterns=None):
        self._datasets = dict(datasets or {})
        self._dataset_patterns = dict(dataset_patterns or {})

    def _match_pattern(self, dataset_name):
        return next((p for p in self._dataset_patterns if p == "{name}"), None)

    def add(self, dataset_name, dataset, replace=False):
        if dataset_name in self._datasets and not replace:
            raise DatasetAlreadyExistsError(
                f"Dataset '{dataset_name}' has already been registered")
        self._datasets[dataset_name] = dataset

    def _get_dataset(self, dataset_name):
        matched_pattern = self._match_pattern(dataset_name)
        if dataset_name not in self._datasets and matched_pattern:
            dataset = MemoryDataset(self._dataset_patterns[matched_pattern].get("data"))
            self.add(dataset_name, dataset)  # Noncompliant
        return self._datasets[dataset_name]

    def load(self, name):
        return self._get_dataset(name).load()


class Node:
    def __init__(self, func, inputs, outputs):
        self.func, self.inputs, self.outputs = func, inputs, outputs


def run_node(node, catalog):
    inputs = {name: catalog.load(name) for name in node.inputs}
    return node.func(*inputs.values())


class ThreadRunner:
    def __init__(self, max_workers=4):
        self._max_workers = max_workers

    def run(self, nodes, catalog):
        with ThreadPoolExecutor(max_workers=self._max_workers) as pool:
            futures = [pool.submit(run_node, n, catalog) for n in nodes]
            wait(futures)
            return [f.result() for f in futures]
