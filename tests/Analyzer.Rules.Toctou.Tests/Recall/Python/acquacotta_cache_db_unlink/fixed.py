# https://github.com/crunchtools/acquacotta/pull/48
# Fixed shape: no exists() check; unlink(missing_ok=True) is idempotent, so a worker that
# finds the cache DB already removed by another worker just continues.
import os
import sqlite3
from pathlib import Path

from flask import Flask, jsonify

STATE_DIR = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local/share")) / "acquacotta"
STATE_DIR.mkdir(parents=True, exist_ok=True)
CACHE_DB_FILE = STATE_DIR / "cache.db"
WIPE_CACHE_AT_BOOT = os.environ.get("CLEAR_CACHE_ON_START", "true").lower() == "true"

if WIPE_CACHE_AT_BOOT:
    CACHE_DB_FILE.unlink(missing_ok=True)

application = Flask(__name__)


def open_cache_db():
    conn = sqlite3.connect(CACHE_DB_FILE)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS pomodoros (id TEXT PRIMARY KEY, name TEXT, minutes INTEGER)"
    )
    return conn


@application.route("/api/pomodoros")
def pomodoro_index():
    with open_cache_db() as conn:
        rows = conn.execute("SELECT id, name, minutes FROM pomodoros").fetchall()
    return jsonify([{"id": r[0], "name": r[1], "minutes": r[2]} for r in rows])
