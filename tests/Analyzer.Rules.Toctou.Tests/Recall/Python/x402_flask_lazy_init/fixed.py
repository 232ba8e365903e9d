# https://github.com/x402-foundation/x402/pull/1812
# Fixed version: lazy facilitator initialisation is single-flight; a threading.Lock is held
# across the second _init_done test, initialize() and the flag update (double-checked
# locking), so concurrent first requests on a threaded WSGI server initialise only once.
import threading

from flask import Flask, request


class FacilitatorError(Exception):
    pass


class SyncResourceServer:
    def __init__(self, server, routes):
        self._server = server
        self._routes = routes
        self._supported = None

    def requires_payment(self, path):
        return any(path.startswith(prefix) for prefix in self._routes)

    def initialize(self):
        self._supported = self._server.facilitator.get_supported()

    def process_http_request(self, path):
        return "no-payment-required"


class LockedPaymentMiddleware:
    def __init__(self, app, routes, server, sync_facilitator_on_start=True):
        self._app = app
        self._http_server = SyncResourceServer(server, routes)
        self._sync_on_start = sync_facilitator_on_start
        self._init_done = False
        self._init_lock = threading.Lock()
        self._original_wsgi = app.wsgi_app
        app.wsgi_app = self._wsgi_entry

    def _wsgi_entry(self, environ, start_response):
        with self._app.request_context(environ):
            if not self._http_server.requires_payment(request.path):
                return self._original_wsgi(environ, start_response)

            # Initialize on first protected request (double-checked locking)
            if self._sync_on_start and not self._init_done:
                with self._init_lock:
                    if not self._init_done:
                        try:
                            self._http_server.initialize()
                        except FacilitatorError:
                            start_response("502 Bad Gateway", [])
                            return [b""]
                        self._init_done = True

            result = self._http_server.process_http_request(request.path)
            if result == "payment-error":
                start_response("402 Payment Required", [])
                return [b""]
            return self._original_wsgi(environ, start_response)


paid_app = Flask(__name__)
