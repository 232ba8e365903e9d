# https://github.com/RishiiGamer2201/resilience-graph-ai/issues/13
# Fixed (PR #17): both lazy loaders hold _state_lock across the check and the store, matching
# the _chain_lock pattern already used in src/shared/audit.py.
import json
import pickle
import threading
from pathlib import Path

from fastapi import FastAPI

api = FastAPI()

CACHE_DIR = Path("cache")
LOOKUPS_FILE = Path("data/lookups.pkl")
_loaded: dict = {}
_state_lock = threading.Lock()


def _score_ref_locked():
    with _state_lock:
        if "ref" not in _loaded:
            _loaded["ref"] = json.loads((CACHE_DIR / "score_ref.json").read_text())
        return _loaded["ref"]


def _technique_names_locked():
    with _state_lock:
        if "names" not in _loaded:
            with LOOKUPS_FILE.open("rb") as f:
                lk = pickle.load(f)
            _loaded["names"] = lk["technique_to_name"]
        return _loaded["names"]


@api.get("/technique/{tid}")
def technique_view(tid: str):
    names = _technique_names_locked()
    return {"id": tid, "name": names.get(tid)}


@api.get("/score")
def score_view():
    return _score_ref_locked()
