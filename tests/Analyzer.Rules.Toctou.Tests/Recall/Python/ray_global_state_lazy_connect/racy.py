# https://github.com/ray-project/ray/pull/58182 (issue https://github.com/ray-project/ray/issues/58181)
# GlobalState lazily connects its GlobalStateAccessor on first use of the state API.
# _check_connected() tests "accessor is None" without a lock and _really_init_global_state()
# publishes the accessor before connect() (which drops the GIL) has finished, so threads of
# a threaded actor build several accessors or use one whose GCS clients are not set up yet.
import threading
import time


class GlobalStateAccessor:
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


class GlobalState:
    def __init__(self):
        self.gcs_options = None
        self.global_state_accessor = None

    def _initialize_global_state(self, gcs_options):
        self.gcs_options = gcs_options

    def _really_init_global_state(self):
        self.global_state_accessor = GlobalStateAccessor(self.gcs_options)
        self.global_state_accessor.connect()

    def _check_connected(self):
        if self.gcs_options is not None and self.global_state_accessor is None:
            self._really_init_global_state()  # Noncompliant
        if self.global_state_accessor is None:
            raise RuntimeError("Ray has not been started yet.")

    def disconnect(self):
        self.global_state_accessor = None

    def node_table(self):
        self._check_connected()
        return self.global_state_accessor.get_node_table()


state = GlobalState()


def actor_method():
    return state.node_table()


if __name__ == "__main__":
    state._initialize_global_state({"address": "127.0.0.1:6379"})
    threads = [threading.Thread(target=actor_method) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
