hits_by_path = {}


class OneRequestPerUser:
    """A WSGI application: a multithreaded server may call it for several requests at once."""

    def __init__(self, app):
        self.app = app
        self.active = set()

    def __call__(self, environ, start_response):
        user = environ.get("REMOTE_USER")
        if user in self.active:  # Secondary [check]
            start_response("429 Too Many Requests", [])
            return [b"busy"]
        self.active.add(user)  # Noncompliant {{self.active is checked at line 13 and changed at line 16 by self.active.add(user) and at line 20 by self.active.discard(user), with no lock held at either point, while __call__ serves requests, many at a time}}
        try:
            return self.app(environ, start_response)
        finally:
            self.active.discard(user)


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path not in hits_by_path:  # Secondary [check]
        hits_by_path[path] = 0  # Noncompliant {{hits_by_path is checked at line 25 and changed at line 26 by hits_by_path[path], with no lock held at either point, while application serves requests, many at a time}}
    hits_by_path[path] += 1
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


# Everything it changes belongs to the request.
def echo(environ, start_response):
    seen = {}
    if "PATH_INFO" not in seen:
        seen["PATH_INFO"] = environ.get("PATH_INFO")
    start_response("200 OK", [])
    return [str(seen).encode()]
