from flask import Flask

_served = {}


def index():
    if "index" not in _served:  # Secondary [check]
        _served["index"] = 0  # Noncompliant [TOCTOU001] {{_served is checked at line 7 and changed at line 8 by _served["index"], with no lock held at either point, while index serves requests, many at a time}}
    return "ok"


def report():
    if "report" not in _served:
        _served["report"] = 0
    return "ok"


class Site:
    """Registers its methods with Flask by call: each runs for every request, many at a time on a threaded server."""

    def __init__(self, name):
        self.server = Flask(name)
        self.setup_done = False
        self.assets = {}
        self.server.before_request(self._setup)
        self.server.add_url_rule("/assets/<name>", view_func=self.asset)
        self.server.add_url_rule("/", view_func=index)

    # The hook marks the setup done before it does it: two requests can both find it undone and both run it.
    def _setup(self):
        if self.setup_done:  # Secondary [check]
            return
        self.setup_done = True  # Noncompliant [TOCTOU001] {{self.setup_done is checked at line 31 and changed at line 33 by self.setup_done, with no lock held at either point, while _setup serves requests, many at a time}}
        self.assets["site.js"] = "..."

    def asset(self, name):
        if name not in self.assets:  # Secondary [check]
            self.assets[name] = "missing"  # Noncompliant [TOCTOU001] {{self.assets is checked at line 37 and changed at line 38 by self.assets[name], with no lock held at either point, while asset serves requests, many at a time; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return self.assets[name]

    # Called only by the script that builds the site, never registered: it runs once.
    def build(self):
        if not self.assets:
            self.assets["index.html"] = "..."


# Pyramid runs a request method when a request asks for its attribute, and a view for each request it routes there.
_visitors = {}
_seen_paths = set()


def visitor(req):
    if req.remote_addr not in _visitors:  # Secondary [check]
        _visitors[req.remote_addr] = len(_visitors)  # Noncompliant [TOCTOU001] {{_visitors is checked at line 53 and changed at line 54 by _visitors[req.remote_addr], with no lock held at either point, while visitor serves requests, many at a time}}
    return _visitors[req.remote_addr]


def landing(req):
    if req.path not in _seen_paths:  # Secondary [check]
        _seen_paths.add(req.path)  # Noncompliant [TOCTOU001] {{_seen_paths is checked at line 59 and changed at line 60 by _seen_paths.add(req.path), with no lock held at either point, while landing serves requests, many at a time}}
    return {}


def includeme(config):
    config.add_request_method(visitor, "visitor", reify=True)
    config.add_view(landing, route_name="landing")
