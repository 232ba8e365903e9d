import socketserver
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_clients = {}
_paths = {}


# A threading server runs handle() on a thread of its own for each connection.
class Greeter(socketserver.StreamRequestHandler):
    def handle(self):
        address = self.client_address[0]
        if address not in _clients:  # Secondary [check]
            _clients[address] = self.rfile  # Noncompliant {{_clients is checked at line 12 and changed at line 13 by _clients[address], with no lock held at either point, while handle serves requests, many at a time}}


class Pages(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path not in _paths:  # Secondary [check]
            _paths[self.path] = self.headers  # Noncompliant {{_paths is checked at line 18 and changed at line 19 by _paths[self.path], with no lock held at either point, while do_GET serves requests, many at a time}}


# A class method the handler calls on the class itself runs in every request, on the class's one state.
class HandlerPlugins:
    _loaded = False

    @classmethod
    def load_once(cls):
        if not cls._loaded:  # Secondary [check]
            cls._loaded = True  # Noncompliant {{cls._loaded is checked at line 28 and changed at line 29 by cls._loaded, with no lock held at either point, while load_once runs in requests Reports.do_POST serves, many at a time}}


class Reports(BaseHTTPRequestHandler):
    def do_POST(self):
        HandlerPlugins.load_once()


def serve():
    with socketserver.ThreadingTCPServer(("", 9000), Greeter) as server:
        server.serve_forever()
    ThreadingHTTPServer(("", 8000), Pages).serve_forever()
    ThreadingHTTPServer(("", 8001), Reports).serve_forever()
