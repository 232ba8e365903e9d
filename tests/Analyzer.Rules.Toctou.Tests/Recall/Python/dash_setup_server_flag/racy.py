# https://github.com/plotly/dash/issues/3971
# Dash._setup_server() is a Flask before_request hook meant to run once per process. It
# checks _got_first_request["setup_server"], sets the flag, and only then fills
# registered_paths / callback_map. On threaded servers (gunicorn gthread, waitress) a second
# request sees the flag and reads the still-empty maps. Proposed fix (PR #3980): run the
# setup under a lock with a re-check and set the flag only after the work is done.
import threading

from flask import Flask

GLOBAL_CALLBACK_MAP = {}


class Dash:
    def __init__(self, name):
        self.server = Flask(name)
        self._got_first_request = {"setup_server": False}
        self.registered_paths = {}
        self.callback_map = {}
        self.server.before_request(self._setup_server)
        self.server.add_url_rule("/_dash-component-suites/<lib>/<path>", view_func=self.serve_component_suites)

    def _generate_scripts_html(self):
        self.registered_paths.setdefault("dash", set()).add("dash.min.js")

    def _setup_server(self):
        if self._got_first_request["setup_server"]:
            return
        self._got_first_request["setup_server"] = True  # Noncompliant
        self._generate_scripts_html()
        for k in list(GLOBAL_CALLBACK_MAP):
            self.callback_map[k] = GLOBAL_CALLBACK_MAP.pop(k)

    def serve_component_suites(self, lib, path):
        if lib not in self.registered_paths:
            return f'Error loading dependency. "{lib}" is not a registered library.', 500
        return path


app = Dash(__name__)

if __name__ == "__main__":
    app.server.run(threaded=True)
