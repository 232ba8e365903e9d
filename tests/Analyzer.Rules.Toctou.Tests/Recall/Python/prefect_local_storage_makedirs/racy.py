# https://github.com/PrefectHQ/prefect/pull/3679
# Local flow storage validated its directory with os.path.exists() and then os.makedirs(); when
# several agents/threads build Local storage at once, another one creates the directory in between
# and os.makedirs() raises FileExistsError. Fix: drop the check and call os.makedirs(exist_ok=True).
import os
from concurrent.futures import ThreadPoolExecutor


class Storage:
    def __init__(self, **kwargs):
        self.settings = kwargs


class Local(Storage):
    def __init__(self, directory: str = None, validate: bool = True, path: str = None, **kwargs):
        directory = directory or os.path.join(os.path.expanduser("~/.prefect"), "flows")
        self.flows = dict()
        self.path = path

        if validate:
            abs_directory = os.path.abspath(os.path.expanduser(directory))
            if not os.path.exists(abs_directory):
                os.makedirs(abs_directory)  # Noncompliant
        else:
            abs_directory = directory

        self.directory = abs_directory
        super().__init__(**kwargs)

    def add_flow(self, flow_name: str, flow_bytes: bytes) -> str:
        flow_location = os.path.join(self.directory, flow_name + ".prefect")
        with open(flow_location, "wb") as f:
            f.write(flow_bytes)
        self.flows[flow_name] = flow_location
        return flow_location


def start_agents(directory: str, count: int = 8) -> list:
    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _: Local(directory=directory), range(count)))
