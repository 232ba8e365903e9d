# https://github.com/python/cpython/pull/92453 (issue gh-92452)
# get_config_vars() built the module-level _CONFIG_VARS on first use: it published an empty dict and then filled it,
# so a second thread calling it at the same time saw a dict that was not None yet incomplete. The fix fills it under a
# module-level lock, checking again under the lock.
import os
import sys

_CONFIG_VARS = None


def _init_posix(vars):
    vars["SOABI"] = sys.implementation.cache_tag


def get_config_vars(*args):
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = {}  # Noncompliant [TOCTOU001]
        _CONFIG_VARS["prefix"] = sys.prefix
        _CONFIG_VARS["exec_prefix"] = sys.exec_prefix
        if os.name == "posix":
            _init_posix(_CONFIG_VARS)
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)
