from flask import Flask, abort, request

app = Flask(__name__)
LIMIT = 10
_hits = {}


# abort() raises the HTTP error: the check decides whether the count below runs, and two requests can both pass it.
@app.route("/api")
def api():
    ip = request.remote_addr
    if _hits.get(ip, 0) >= LIMIT:  # Secondary [check]
        abort(429)
    _hits[ip] = _hits.get(ip, 0) + 1  # Noncompliant {{_hits is checked at line 12 and changed at line 14 by _hits[ip], with no lock held at either point, while api serves requests, many at a time}}
    return "ok"



_warmed = {"done": False}


# A request hook runs before every request: two requests can both find the warm-up undone.
@app.before_request
def warm_up():
    if _warmed["done"]:  # Secondary [check]
        return
    _warmed["done"] = True  # Noncompliant {{_warmed["done"] is checked at line 25 and changed at line 27 by _warmed["done"], with no lock held at either point, while warm_up serves requests, many at a time}}
    _hits.clear()
