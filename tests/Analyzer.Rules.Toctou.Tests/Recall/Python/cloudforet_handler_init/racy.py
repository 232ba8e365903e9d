# https://github.com/cloudforet-io/python-core/pull/174
# spaceone.core.handler built its handler lists lazily: _check_init_state tested
# _HANDLER_INFO["init"], ran _init_handlers() (which appends handler objects) and only then set the
# flag. When the first two requests of a fresh server arrived together both ran the initialisation
# and the handlers were registered twice. The fix adds a threading.Lock and re-checks the flag under it.
import logging

_HANDLER_TYPE = ["authentication", "authorization", "mutation", "event"]
_HANDLER_INFO = {
    "init": False,
    "authentication": [],
    "authorization": [],
    "mutation": [],
    "event": [],
}
_GLOBAL_CONFIG = {"HANDLERS": {}}

_LOGGER = logging.getLogger(__name__)


def _init_handlers():
    registered_handlers = _GLOBAL_CONFIG.get("HANDLERS", {})
    for handler_type in _HANDLER_TYPE:
        for handler_conf in registered_handlers.get(handler_type, []):
            module_name, class_name = handler_conf["backend"].rsplit(":", 1)
            _LOGGER.debug("[_init_handlers] %s handler: %s", handler_type, class_name)
            handler_module = __import__(module_name, fromlist=[class_name])
            _HANDLER_INFO[handler_type].append(handler_module.__dict__[class_name](handler_conf))


def _check_init_state():
    if not _HANDLER_INFO["init"]:
        _init_handlers()
        _HANDLER_INFO["init"] = True  # Noncompliant


def get_authentication_handlers():
    _check_init_state()
    return _HANDLER_INFO.get("authentication", [])


def get_mutation_handlers(reverse=False):
    _check_init_state()
    if reverse:
        return _HANDLER_INFO.get("mutation", [])[::-1]
    return _HANDLER_INFO.get("mutation", [])
