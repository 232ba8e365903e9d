import functools

from flask import Flask, jsonify, request

app = Flask(__name__)

# A decorator of the package wraps each view: its wrapper runs for every request of the view, many at a time.
_hits_by_client = {}
_sessions_opened = []


def count_hits(view):
    @functools.wraps(view)
    def counted(*args, **kwargs):
        client = request.remote_addr
        if client not in _hits_by_client:  # Secondary [check]
            _hits_by_client[client] = 0  # Noncompliant [TOCTOU001] {{_hits_by_client is checked at line 16 and changed at line 17 by _hits_by_client[client], with no lock held at either point, while counted runs in requests status serves, many at a time}}
        return view(*args, **kwargs)

    return counted


# A decorator whose wrapper never reaches the view it is given wraps nothing: its state is a helper's.
def opens_session(setup):
    def run_setup():
        if not _sessions_opened:
            _sessions_opened.append(setup)

    return run_setup


@app.route("/status")
@count_hits
def status():
    return jsonify({"ok": True})


@opens_session
def prepare():
    return None
