import os

_registered = set()


def _exists(name):
    return name in _registered


def forget(path):
    """Its own _exists asks the registry, not the file system: helpers.py's _exists, a path check of the same name in
    another module, is not the one this bare name calls."""
    if _exists(path):
        os.remove(path)
