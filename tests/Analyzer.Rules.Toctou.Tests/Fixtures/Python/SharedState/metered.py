from .metering import abort, app

LIMIT = 10
_calls = {}


# This abort only records the overrun and returns: every request counts, whatever the check found.
@app.route("/metered")
def metered():
    key = "all"
    if _calls.get(key, 0) >= LIMIT:
        abort(429)
    _calls[key] = _calls.get(key, 0) + 1
    return "ok"
