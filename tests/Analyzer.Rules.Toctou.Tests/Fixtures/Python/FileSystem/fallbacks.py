import os
import pickle


# A file gone between the test and the open leaves the cache empty, as a file that was never there does.
def load_cache(path):
    if os.path.exists(path):
        try:
            cache = pickle.load(open(path, "rb"))
        except Exception:
            cache = {}
    else:
        cache = {}
    return cache


# The handler does something else than the refusal: a file gone in between is taken for a broken one.
def load_or_flag(path):
    if os.path.exists(path):
        try:
            cache = pickle.load(open(path, "rb"))  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 19 and open uses it at line 21; the path can appear, vanish or be swapped in between}}
        except Exception:
            cache = {"broken": True}
    else:
        cache = {}
    return cache
