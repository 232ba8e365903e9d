# https://github.com/fabriziosalmi/proxmox-lxc-autoscale-ml/pull/20
# The API's rate_limit decorator keeps a per-IP sliding window in the module-level dict
# rate_limit_data, and the app is served by gunicorn with one worker and several threads.
# Without a lock, concurrent requests from one IP could each create the IP's list, each see
# fewer than max_requests recent timestamps and each append, so the count was wrong and the
# limit could be exceeded. The fix does the prune, the limit check and the append while
# holding a module-level threading.Lock (the wrapped view still runs outside it).
import time
from functools import wraps

from flask import Flask, current_app, jsonify, request

app = Flask(__name__)
app.config["RATE_LIMITING"] = {"enabled": True, "time_window_seconds": 60, "max_requests_per_minute": 60}

rate_limit_data = {}


def rate_limit(f):
    @wraps(f)
    def decorated_function(*args, **kwargs):
        client_ip = request.remote_addr
        config = current_app.config["RATE_LIMITING"]
        if client_ip in ("127.0.0.1", "::1", "localhost") or not config.get("enabled", True):
            return f(*args, **kwargs)

        if client_ip not in rate_limit_data:
            rate_limit_data[client_ip] = []  # Noncompliant

        now = time.time()
        window = config.get("time_window_seconds", 60)
        access_times = [t for t in rate_limit_data[client_ip] if now - t < window]
        rate_limit_data[client_ip] = access_times

        max_requests = config.get("max_requests_per_minute", 60)
        if len(access_times) >= max_requests:
            return jsonify({"status": "error", "error": "Rate limit exceeded."}), 429

        access_times.append(now)  # Noncompliant
        return f(*args, **kwargs)

    return decorated_function


@app.route("/scale/<int:vmid>", methods=["POST"])
@rate_limit
def scale(vmid):
    return jsonify({"status": "ok", "vmid": vmid})


if __name__ == "__main__":
    app.run(threaded=True)
