# https://github.com/x402-foundation/x402/pull/1812
# The Flask payment middleware initialised the facilitator lazily on the first protected
# request: it tested self._init_done, called http_server.initialize(), then set the flag.
# Under a threaded WSGI server several first requests pass the test together and run
# initialize() more than once (issue #1584). Fix: threading.Lock, double-checked.
from flask import Flask, request


class FacilitatorResponseError(Exception):
    pass


class x402HTTPResourceServerSync:
    def __init__(self, server, routes):
        self._server = server
        self._routes = routes
        self._supported = None

    def requires_payment(self, path):
        return any(path.startswith(prefix) for prefix in self._routes)

    def initialize(self):
        # Blocking HTTP round trip to the facilitator's /supported endpoint.
        self._supported = self._server.facilitator.get_supported()

    def process_http_request(self, path):
        return "no-payment-required"


class PaymentMiddleware:
    def __init__(self, app, routes, server, sync_facilitator_on_start=True):
        self._app = app
        self._http_server = x402HTTPResourceServerSync(server, routes)
        self._sync_on_start = sync_facilitator_on_start
        self._init_done = False
        self._original_wsgi = app.wsgi_app
        app.wsgi_app = self._wsgi_middleware

    def _wsgi_middleware(self, environ, start_response):
        with self._app.request_context(environ):
            if not self._http_server.requires_payment(request.path):
                return self._original_wsgi(environ, start_response)

            # Initialize on first protected request
            if self._sync_on_start and not self._init_done:
                try:
                    self._http_server.initialize()  # Noncompliant
                except FacilitatorResponseError:
                    start_response("502 Bad Gateway", [])
                    return [b""]
                self._init_done = True

            result = self._http_server.process_http_request(request.path)
            if result == "payment-error":
                start_response("402 Payment Required", [])
                return [b""]
            return self._original_wsgi(environ, start_response)


app = Flask(__name__)
# app.run(threaded=True) / gunicorn --threads N serve requests on several threads.
