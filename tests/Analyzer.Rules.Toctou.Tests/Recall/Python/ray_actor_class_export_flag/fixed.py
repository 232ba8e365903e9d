# https://github.com/ray-project/ray/pull/44232 (issue https://github.com/ray-project/ray/issues/41324)
# Fixed version (as merged): the export of the actor class happens first and
# last_export_session_and_job is recorded only afterwards, so a thread that sees the flag
# can rely on the class being in GCS; two threads may both export, which is harmless.
import threading
import time


class ActorManagerStub:
    """Stand-in for the worker's function manager (export writes to GCS KV)."""

    def __init__(self):
        self.gcs_kv = {}
        self.kv_lock = threading.Lock()

    def export_actor_class(self, class_id, modified_class):
        time.sleep(0.01)  # RPC to GCS
        with self.kv_lock:
            self.gcs_kv[class_id] = modified_class

    def create_actor(self, class_id):
        with self.kv_lock:
            assert class_id in self.gcs_kv, "actor class was not exported"
        return "ActorHandle(%s)" % class_id


class DriverWorker:
    def __init__(self):
        self.current_session_and_job = ("session_1", "job_1")
        self.function_actor_manager = ActorManagerStub()


class ExportMetadata:
    def __init__(self, modified_class, class_id):
        self.modified_class = modified_class
        self.class_id = class_id
        self.is_cross_language = False
        self.last_export_session_and_job = None


class ExportingActorClass:
    def __init__(self, cls):
        self.__ray_metadata__ = ExportMetadata(cls, cls.__name__)

    def _remote(self, worker):
        meta = self.__ray_metadata__
        if not meta.is_cross_language and (
            meta.last_export_session_and_job != worker.current_session_and_job
        ):
            worker.function_actor_manager.export_actor_class(
                meta.class_id, meta.modified_class
            )
            # only mark the class exported once it really is in GCS
            meta.last_export_session_and_job = worker.current_session_and_job
        return worker.function_actor_manager.create_actor(meta.class_id)


class Baz:
    pass


if __name__ == "__main__":
    driver = DriverWorker()
    baz = ExportingActorClass(Baz)
    threads = [threading.Thread(target=baz._remote, args=(driver,)) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
