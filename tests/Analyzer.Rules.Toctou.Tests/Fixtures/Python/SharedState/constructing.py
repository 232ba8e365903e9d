import threading


# Each download makes a store of its own, whose constructor fills its buffer through a method: the buffer is the
# store's alone while it is made, however many downloads run at once.
class ChunkStore:
    def __init__(self, name):
        self.name = name
        self.prepare()

    def prepare(self):
        if not hasattr(self, "_chunks"):
            self._chunks = {}


# The same method called again on the one store every download shares: there the buffer is shared.
class SharedChunkStore:
    def __init__(self, name):
        self.name = name
        self.prepare_shared()

    def prepare_shared(self):
        if not hasattr(self, "_chunks"):  # Secondary [check]
            self._chunks = {}  # Noncompliant [TOCTOU001] {{self._chunks is checked at line 23 and changed at line 24 by self._chunks, with no lock held at either point, while prepare_shared runs in every copy of download, which is started in parallel at line 38, in a loop}}


SHARED = SharedChunkStore("all")


def download(name):
    ChunkStore(name)
    SharedChunkStore(name)
    SHARED.prepare_shared()


def download_all(names):
    for name in names:
        threading.Thread(target=download, args=(name,)).start()
