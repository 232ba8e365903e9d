# https://github.com/nomadkaraoke/karaoke-gen/pull/232
# LangChainBridge lazily builds its chat model with "if not self._chat_model:". Five gap-
# processing threads call generate_correction_proposals() at once, all see None and all
# initialize a Vertex AI model (5x init, timeouts, circuit breaker tripped). The fix adds a
# threading.Lock with double-checked locking so exactly one thread initializes the model.
from concurrent.futures import ThreadPoolExecutor


class ChatVertexAI:
    def __init__(self, model):
        self.model = model  # slow: auth + model warm-up

    def invoke(self, prompt):
        return f"proposal for {prompt}"


class LangChainBridge:
    def __init__(self, model="gemini-pro"):
        self._model_name = model
        self._chat_model = None

    def _get_chat_model(self):
        if not self._chat_model:
            self._chat_model = ChatVertexAI(self._model_name)  # Noncompliant
        return self._chat_model

    def generate_correction_proposals(self, gap):
        return self._get_chat_model().invoke(gap)


def process_gaps(bridge, gaps):
    with ThreadPoolExecutor(max_workers=5) as pool:
        return list(pool.map(bridge.generate_correction_proposals, gaps))
