# https://github.com/PrefectHQ/prefect/pull/3679
# Fixed version: the existence check is removed and os.makedirs(..., exist_ok=True) tolerates a
# directory created concurrently by another agent or thread.
import os
from concurrent.futures import ThreadPoolExecutor


class BaseStorage:
    def __init__(self, **kwargs):
        self.settings = kwargs


class LocalFlowStorage(BaseStorage):
    def __init__(self, directory: str = None, validate: bool = True, path: str = None, **kwargs):
        directory = directory or os.path.join(os.path.expanduser("~/.prefect"), "flows")
        self.flows = dict()
        self.path = path

        if validate:
            abs_directory = os.path.abspath(os.path.expanduser(directory))
            os.makedirs(abs_directory, exist_ok=True)
        else:
            abs_directory = directory

        self.directory = abs_directory
        super().__init__(**kwargs)

    def store_flow(self, flow_name: str, flow_bytes: bytes) -> str:
        flow_location = os.path.join(self.directory, flow_name + ".prefect")
        with open(flow_location, "wb") as f:
            f.write(flow_bytes)
        self.flows[flow_name] = flow_location
        return flow_location


def launch_agents(directory: str, count: int = 8) -> list:
    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _: LocalFlowStorage(directory=directory), range(count)))
