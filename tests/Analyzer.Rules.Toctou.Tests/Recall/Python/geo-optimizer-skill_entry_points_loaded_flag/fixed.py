# https://github.com/Auriti-Labs/geo-optimizer-skill/issues/189
# Fixed: a class-level threading.Lock is held across the _loaded check, the flag update
# and the plugin registration, so only one request thread loads the entry points.
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import entry_points


class SafeCheckRegistry:
    _checks = {}
    _loaded = False
    _load_lock = threading.Lock()

    @classmethod
    def add(cls, check):
        if check.name in cls._checks:
            raise ValueError(f"Check '{check.name}' already registered")
        cls._checks[check.name] = check

    @classmethod
    def discover_plugins(cls):
        with cls._load_lock:
            if cls._loaded:
                return 0
            cls._loaded = True
            count = 0
            for ep in entry_points(group="geo_optimizer.checks"):
                try:
                    plugin = ep.load()
                    cls.add(plugin() if isinstance(plugin, type) else plugin)
                    count += 1
                except Exception:
                    pass
            return count

    @classmethod
    def execute_all(cls, url):
        return [check.run(url=url) for check in list(cls._checks.values())]


class SafeAuditHandler(BaseHTTPRequestHandler):
    def serve_audit(self):
        SafeCheckRegistry.discover_plugins()
        results = SafeCheckRegistry.execute_all(self.path.lstrip("/"))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(len(results)).encode())

    do_GET = serve_audit


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8081), SafeAuditHandler).serve_forever()
