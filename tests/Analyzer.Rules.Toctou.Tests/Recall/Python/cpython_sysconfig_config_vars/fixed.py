# https://github.com/python/cpython/pull/92453 (issue gh-92452)
# Fixed version: the variables are built under a module-level lock, after checking again under it.
import os
import sys
import threading

_CONFIG_VARS = None
_CONFIG_VARS_LOCK = threading.RLock()


def _init_posix(vars):
    vars["SOABI"] = sys.implementation.cache_tag


def _init_config_vars():
    global _CONFIG_VARS
    _CONFIG_VARS = {}
    _CONFIG_VARS["prefix"] = sys.prefix
    _CONFIG_VARS["exec_prefix"] = sys.exec_prefix
    if os.name == "posix":
        _init_posix(_CONFIG_VARS)


def get_config_vars(*args):
    with _CONFIG_VARS_LOCK:
        if _CONFIG_VARS is None:
            _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS
