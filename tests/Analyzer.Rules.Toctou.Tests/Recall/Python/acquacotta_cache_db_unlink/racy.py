# https://github.com/crunchtools/acquacotta/pull/48
# At import time each Gunicorn worker ran `if CLEAR_CACHE_ON_START and DEFAULT_DB_PATH.exists():
# DEFAULT_DB_PATH.unlink()`. Workers boot together: both see the cache DB, the first unlinks it
# and the second unlink() raises FileNotFoundError, killing the worker. Fix: drop the exists()
# check and call DEFAULT_DB_PATH.unlink(missing_ok=True).
import os
import sqlite3
from pathlib import Path

from flask import Flask, jsonify

DATA_DIR = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local/share")) / "acquacotta"
DATA_DIR.mkdir(parents=True, exist_ok=True)
DEFAULT_DB_PATH = DATA_DIR / "cache.db"
CLEAR_CACHE_ON_START = os.environ.get("CLEAR_CACHE_ON_START", "true").lower() == "true"

if CLEAR_CACHE_ON_START and DEFAULT_DB_PATH.exists():
    DEFAULT_DB_PATH.unlink()  # Noncompliant

app = Flask(__name__)


def get_db():
    conn = sqlite3.connect(DEFAULT_DB_PATH)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS pomodoros (id TEXT PRIMARY KEY, name TEXT, minutes INTEGER)"
    )
    return conn


@app.route("/api/pomodoros")
def list_pomodoros():
    with get_db() as conn:
        rows = conn.execute("SELECT id, name, minutes FROM pomodoros").fetchall()
    return jsonify([{"id": r[0], "name": r[1], "minutes": r[2]} for r in rows])
