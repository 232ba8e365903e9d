# https://github.com/microsoft/DLWorkspace/pull/624
# Fixed: every access to the shared TTLCache (lookup, compute-on-miss and store) is done
# while holding one threading.Lock, as cachetools requires for threaded use.
import threading

import cachetools
from flask import Flask, jsonify

api = Flask(__name__)
account_cache = cachetools.TTLCache(maxsize=10240, ttl=600)
account_cache_lock = threading.Lock()


def load_account(user_name):
    return {"user": user_name, "quota": 8}


def fetch_account(user_name):
    with account_cache_lock:
        try:
            return account_cache[user_name]
        except KeyError:
            pass
        info = load_account(user_name)
        account_cache[user_name] = info
        return info


@api.route("/accounts/<user_name>")
def account_info(user_name):
    return jsonify(fetch_account(user_name))


if __name__ == "__main__":
    api.run(threaded=True)
