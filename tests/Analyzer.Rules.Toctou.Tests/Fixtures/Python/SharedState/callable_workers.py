from concurrent.futures import ThreadPoolExecutor


def load_model(path):
    return {"path": path}


class Embedder:
    """Called on each batch of documents."""

    def __init__(self, path):
        self.path = path
        self.model = None

    def __call__(self, documents):
        # Loaded on first use: two batches handed to the pool at once can both load it.
        if self.model is None:  # Secondary [check]
            self.model = load_model(self.path)  # Noncompliant [TOCTOU001] {{self.model is checked at line 17 and changed at line 18 by self.model, with no lock held at either point, while __call__ is started in parallel at line 25, in a loop}}
        return [len(d) for d in documents]


def embed_all(path, batches):
    embedder = Embedder(path)
    with ThreadPoolExecutor(max_workers=4) as pool:
        return [pool.submit(embedder, batch) for batch in batches]
