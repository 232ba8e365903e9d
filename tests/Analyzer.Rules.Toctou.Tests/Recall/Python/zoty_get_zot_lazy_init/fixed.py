# https://github.com/eric-tramel/zoty/pull/97
# Fixed: a fast lock-free path returns an existing client; creation happens under a dedicated lock
# with a second None check, so only one Zotero client is ever built and shared.
import threading

from pyzotero import zotero

_client_lock = threading.Lock()
_client = None


def _shared_client():
    global _client
    current = _client
    if current is not None:
        return current
    with _client_lock:
        if _client is None:
            _client = zotero.Zotero("0", "user", local=True)
        return _client


def find_items(query):
    return _shared_client().items(q=query, limit=25)


def list_collection_names():
    return [c["data"]["name"] for c in _shared_client().collections()]


if __name__ == "__main__":
    threads = [
        threading.Thread(target=find_items, args=("transformers",)),
        threading.Thread(target=list_collection_names),
        threading.Thread(target=find_items, args=("diffusion",)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
