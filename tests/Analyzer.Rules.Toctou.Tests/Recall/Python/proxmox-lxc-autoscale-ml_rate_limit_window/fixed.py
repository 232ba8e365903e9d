# https://github.com/fabriziosalmi/proxmox-lxc-autoscale-ml/pull/20
# Fixed: pruning the window, checking the limit and recording the request all happen under
# one threading.Lock; only the wrapped view runs outside it.
import threading
import time
from functools import wraps

from flask import Flask, current_app, jsonify, request

api = Flask(__name__)
api.config["RATE_LIMITING"] = {"enabled": True, "time_window_seconds": 60, "max_requests_per_minute": 60}

request_log = {}
_request_log_lock = threading.Lock()


def throttled(view):
    @wraps(view)
    def guarded_view(*args, **kwargs):
        client_ip = request.remote_addr
        config = current_app.config["RATE_LIMITING"]
        if client_ip in ("127.0.0.1", "::1", "localhost") or not config.get("enabled", True):
            return view(*args, **kwargs)

        now = time.time()
        window = config.get("time_window_seconds", 60)
        max_requests = config.get("max_requests_per_minute", 60)
        with _request_log_lock:
            recent = [t for t in request_log.get(client_ip, []) if now - t < window]
            limited = len(recent) >= max_requests
            if not limited:
                recent.append(now)
            request_log[client_ip] = recent

        if limited:
            return jsonify({"status": "error", "error": "Rate limit exceeded."}), 429
        return view(*args, **kwargs)

    return guarded_view


@api.route("/scale/<int:vmid>", methods=["POST"])
@throttled
def scale_container(vmid):
    return jsonify({"status": "ok", "vmid": vmid})


if __name__ == "__main__":
    api.run(threaded=True)
