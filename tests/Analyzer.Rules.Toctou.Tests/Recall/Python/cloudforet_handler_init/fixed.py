# https://github.com/cloudforet-io/python-core/pull/174
# Fixed version: double-checked locking - the flag is tested again while holding a module lock, so
# only one request thread builds the handler lists.
import logging
import threading

_KNOWN_HANDLER_TYPES = ["authentication", "authorization", "mutation", "event"]
_REGISTRY = {
    "init": False,
    "authentication": [],
    "authorization": [],
    "mutation": [],
    "event": [],
}
_SERVICE_CONFIG = {"HANDLERS": {}}
_REGISTRY_LOCK = threading.Lock()

_LOG = logging.getLogger(__name__)


def _load_handlers():
    registered = _SERVICE_CONFIG.get("HANDLERS", {})
    for kind in _KNOWN_HANDLER_TYPES:
        for conf in registered.get(kind, []):
            module_name, class_name = conf["backend"].rsplit(":", 1)
            _LOG.debug("[_load_handlers] %s handler: %s", kind, class_name)
            module = __import__(module_name, fromlist=[class_name])
            _REGISTRY[kind].append(module.__dict__[class_name](conf))


def _ensure_registry():
    if _REGISTRY["init"]:
        return
    with _REGISTRY_LOCK:
        if not _REGISTRY["init"]:
            _load_handlers()
            _REGISTRY["init"] = True


def authentication_handlers():
    _ensure_registry()
    return _REGISTRY.get("authentication", [])


def mutation_handlers(reverse=False):
    _ensure_registry()
    if reverse:
        return _REGISTRY.get("mutation", [])[::-1]
    return _REGISTRY.get("mutation", [])
