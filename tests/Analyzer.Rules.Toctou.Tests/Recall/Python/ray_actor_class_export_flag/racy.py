# https://github.com/ray-project/ray/pull/44232 (issue https://github.com/ray-project/ray/issues/41324)
# ActorClass._remote() checks meta.last_export_session_and_job and sets it *before* the class
# is exported to the GCS KV store. A second thread creating the same actor sees the flag
# already set, skips the export and creates the actor, which aborts because the class is not
# in GCS yet. Fix: record the session/job in the flag only once the export is done.
import threading
import time


class FunctionActorManager:
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


class Worker:
    def __init__(self):
        self.current_session_and_job = ("session_1", "job_1")
        self.function_actor_manager = FunctionActorManager()


class ActorClassMetadata:
    def __init__(self, modified_class, class_id):
        self.modified_class = modified_class
        self.class_id = class_id
        self.is_cross_language = False
        self.last_export_session_and_job = None


class ActorClass:
    def __init__(self, cls):
        self.__ray_metadata__ = ActorClassMetadata(cls, cls.__name__)

    def _remote(self, worker):
        meta = self.__ray_metadata__
        if not meta.is_cross_language and (
            meta.last_export_session_and_job != worker.current_session_and_job
        ):
            meta.last_export_session_and_job = worker.current_session_and_job  # Noncompliant
            worker.function_actor_manager.export_actor_class(
                meta.class_id, meta.modified_class
            )
        return worker.function_actor_manager.create_actor(meta.class_id)


class Bar:
    pass


if __name__ == "__main__":
    w = Worker()
    bar = ActorClass(Bar)
    ts = [threading.Thread(target=bar._remote, args=(w,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
