import threading

_built = False
_catalog = None
_locked_built = False
_locked_catalog = None
_catalog_lock = threading.Lock()


def catalog():
    """Hands out the one catalog of the process, built on first use behind a flag."""
    global _built, _catalog
    if not _built:  # Secondary [check]
        _catalog = {"SE": "Sweden"}
        _built = True  # Noncompliant [TOCTOU001] {{_built is checked at line 13 and changed at line 15 by _built, with no lock held at either point}}
    return _catalog


def locked_catalog():
    global _locked_built, _locked_catalog
    with _catalog_lock:
        if not _locked_built:
            _locked_catalog = {"NO": "Norway"}
            _locked_built = True
    return _locked_catalog


_registry = {"init": False, "handlers": []}


def handlers():
    """The flag is an entry of a module-level dict, set after the work of filling another entry of it."""
    _fill_registry()
    return _registry["handlers"]


def _fill_registry():
    if not _registry["init"]:  # Secondary [check]
        _registry["handlers"].append(object())
        _registry["init"] = True  # Noncompliant [TOCTOU001] {{_registry["init"] is checked at line 38 and changed at line 40 by _registry["init"], with no lock held at either point}}
