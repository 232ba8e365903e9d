# https://github.com/eric-tramel/zoty/issues/83 (fixed by https://github.com/eric-tramel/zoty/pull/97)
# db.py kept a module-global pyzotero client and created it lazily in _get_zot() with a plain
# "if _zot is None: _zot = Zotero(...)". When two threads made the first call at the same time, both
# saw None and both built a client; the last assignment won and the other caller kept a stray instance.
# The fix guards the creation with a dedicated threading.Lock and re-checks _zot inside it.
import threading

from pyzotero import zotero

_zot = None


def _get_zot():
    global _zot
    if _zot is None:
        _zot = zotero.Zotero("0", "user", local=True)  # Noncompliant
    return _zot


def search_items(query):
    return _get_zot().items(q=query, limit=25)


def collection_names():
    return [c["data"]["name"] for c in _get_zot().collections()]


if __name__ == "__main__":
    # Tool calls are served on worker threads; the first ones can arrive together.
    workers = [
        threading.Thread(target=search_items, args=("transformers",)),
        threading.Thread(target=collection_names),
        threading.Thread(target=search_items, args=("diffusion",)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
