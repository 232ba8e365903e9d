# https://github.com/plotly/dash/issues/3971
# Fix from PR https://github.com/plotly/dash/pull/3980: _setup_server runs under a lock,
# re-checks the flag inside it, and publishes the flag only after setup has finished.
import threading

from flask import Flask

CALLBACK_REGISTRY = {}


class LockedDash:
    def __init__(self, name):
        self.server = Flask(name)
        self._got_first_request = {"setup_server": False}
        self._setup_server_lock = threading.Lock()
        self.registered_paths = {}
        self.callback_map = {}
        self.server.before_request(self._setup_server_once)
        self.server.add_url_rule("/_dash-component-suites/<lib>/<path>", view_func=self.serve_suites)

    def _fill_scripts(self):
        self.registered_paths.setdefault("dash", set()).add("dash.min.js")

    def _setup_server_once(self):
        if self._got_first_request["setup_server"]:
            return
        with self._setup_server_lock:
            if self._got_first_request["setup_server"]:
                return
            self._fill_scripts()
            for k in list(CALLBACK_REGISTRY):
                self.callback_map[k] = CALLBACK_REGISTRY.pop(k)
            self._got_first_request["setup_server"] = True

    def serve_suites(self, lib, path):
        if lib not in self.registered_paths:
            return f'Error loading dependency. "{lib}" is not a registered library.', 500
        return path


locked_app = LockedDash(__name__)

if __name__ == "__main__":
    locked_app.server.run(threaded=True)
