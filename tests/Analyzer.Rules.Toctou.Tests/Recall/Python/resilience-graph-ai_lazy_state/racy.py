# https://github.com/RishiiGamer2201/resilience-graph-ai/issues/13
# api/main.py lazily filled a module-level _state dict: "if key not in _state: load and store".
# Sync FastAPI handlers run in the threadpool, so two cold requests both missed and both loaded
# (duplicate pickle.load of the lookups file). Fixed in #17: both lazy loaders take _state_lock,
# holding it across the membership check and the store.
import json
import pickle
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()

CACHE = Path("cache")
LOOKUPS = Path("data/lookups.pkl")
_state: dict = {}


def _score_ref():
    if "ref" not in _state:
        _state["ref"] = json.loads((CACHE / "score_ref.json").read_text())  # Noncompliant
    return _state["ref"]


def _technique_names():
    if "names" not in _state:
        with LOOKUPS.open("rb") as f:
            lk = pickle.load(f)
        _state["names"] = lk["technique_to_name"]  # Noncompliant
    return _state["names"]


@app.get("/technique/{tid}")
def technique(tid: str):
    names = _technique_names()
    return {"id": tid, "name": names.get(tid)}


@app.get("/score")
def score():
    return _score_ref()
