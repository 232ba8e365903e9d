# https://github.com/huggingface/huggingface_hub/pull/4868 (issue #4861)
# Fixed version: classic double-checked locking - the None test is repeated after the
# lock is acquired, so the shared client is created exactly once.
import threading
import urllib.request


def make_default_opener():
    return urllib.request.build_opener()


_OPENER_FACTORY = make_default_opener
_SHARED_OPENER = None
_OPENER_LOCK = threading.Lock()


def get_shared_opener():
    global _SHARED_OPENER
    if _SHARED_OPENER is None:
        with _OPENER_LOCK:
            if _SHARED_OPENER is None:
                _SHARED_OPENER = _OPENER_FACTORY()
    return _SHARED_OPENER
