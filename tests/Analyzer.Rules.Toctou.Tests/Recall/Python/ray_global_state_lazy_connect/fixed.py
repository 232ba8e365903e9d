# https://github.com/ray-project/ray/pull/58182 (issue https://github.com/ray-project/ray/issues/58181)
# Fixed version: one _init_lock guards the lazy connect; the None check, the creation of the
# accessor and connect() all happen under it, and every reader obtains the accessor through
# _connect_and_get_accessor(), so nobody sees a half-connected accessor.
import threading
import time


class StateAccessorStub:
    """Stand-in for ray._raylet.GlobalStateAccessor (connect() releases the GIL)."""

    def __init__(self, gcs_options):
        self.gcs_options = gcs_options
        self.node_accessor = None

    def connect(self):
        time.sleep(0.01)
        self.node_accessor = object()
        return True

    def get_node_table(self):
        if self.node_accessor is None:
            raise RuntimeError("Check failed: node_accessor_ != nullptr")
        return []


class LockedGlobalState:
    def __init__(self):
        self.gcs_options = None
        self._global_state_accessor = None
        self._init_lock = threading.Lock()

    def _initialize_global_state(self, gcs_options):
        with self._init_lock:
            self.gcs_options = gcs_options

    def _connect_and_get_accessor(self):
        with self._init_lock:
            if self._global_state_accessor is not None:
                return self._global_state_accessor
            if self.gcs_options is None:
                raise RuntimeError("Ray has not been started yet.")
            self._global_state_accessor = StateAccessorStub(self.gcs_options)
            if not self._global_state_accessor.connect():
                self._global_state_accessor = None
                raise RuntimeError("Failed to connect to GCS.")
            return self._global_state_accessor

    def disconnect(self):
        with self._init_lock:
            self.gcs_options = None
            self._global_state_accessor = None

    def node_table(self):
        accessor = self._connect_and_get_accessor()
        return accessor.get_node_table()


locked_state = LockedGlobalState()


def threaded_actor_method():
    return locked_state.node_table()


if __name__ == "__main__":
    locked_state._initialize_global_state({"address": "127.0.0.1:6379"})
    workers = [threading.Thread(target=threaded_actor_method) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
