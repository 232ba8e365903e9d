# https://github.com/microsoft/DLWorkspace/pull/624
# The Flask app runs with threaded=True and memoises lookups in a shared cachetools
# TTLCache without a lock: a thread misses, computes, and stores while other threads
# store/expire entries in the same cache, so TTLCache's expire/pop raises KeyError.
# Fix: guard the shared cache with a threading.Lock.
import cachetools
from flask import Flask, jsonify

app = Flask(__name__)
user_info_cache = cachetools.TTLCache(maxsize=10240, ttl=600)


def query_user_info(user_name):
    return {"user": user_name, "quota": 8}


def get_user_info(user_name):
    try:
        return user_info_cache[user_name]
    except KeyError:
        pass
    info = query_user_info(user_name)
    user_info_cache[user_name] = info  # Noncompliant
    return info


@app.route("/users/<user_name>")
def user_info(user_name):
    return jsonify(get_user_info(user_name))


if __name__ == "__main__":
    app.run(threaded=True)
