# https://github.com/nomadkaraoke/karaoke-gen/pull/232
# Fixed: double-checked locking around the lazy model initialization; other threads wait
# on the lock and reuse the model created by the first one.
import threading
from concurrent.futures import ThreadPoolExecutor


class VertexChatModel:
    def __init__(self, model):
        self.model = model

    def invoke(self, prompt):
        return f"proposal for {prompt}"


class LockedLangChainBridge:
    def __init__(self, model="gemini-pro"):
        self._model_name = model
        self._chat_model = None
        self._model_init_lock = threading.Lock()

    def _ensure_chat_model(self):
        if self._chat_model:
            return self._chat_model
        with self._model_init_lock:
            if not self._chat_model:
                self._chat_model = VertexChatModel(self._model_name)
        return self._chat_model

    def propose_corrections(self, gap):
        return self._ensure_chat_model().invoke(gap)


def process_gaps_locked(bridge, gaps):
    with ThreadPoolExecutor(max_workers=5) as pool:
        return list(pool.map(bridge.propose_corrections, gaps))
