# https://github.com/huggingface/huggingface_hub/pull/4868 (issue #4861)
# get_session() checked "_GLOBAL_CLIENT is None" before taking _CLIENT_LOCK but did
# not check again once it held the lock. Threads racing on the first call all passed
# the outer check, then one after another each built a new client, and only the last
# one stayed as the shared client. The fix adds the second None check inside the lock.
import threading
import urllib.request


def default_client_factory():
    return urllib.request.build_opener()


_GLOBAL_CLIENT_FACTORY = default_client_factory
_GLOBAL_CLIENT = None
_CLIENT_LOCK = threading.Lock()


def get_session():
    global _GLOBAL_CLIENT
    if _GLOBAL_CLIENT is None:
        with _CLIENT_LOCK:
            _GLOBAL_CLIENT = _GLOBAL_CLIENT_FACTORY()  # Noncompliant
    return _GLOBAL_CLIENT
