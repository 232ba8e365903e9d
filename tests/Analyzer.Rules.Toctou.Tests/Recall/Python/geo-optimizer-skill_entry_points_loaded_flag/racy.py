# https://github.com/Auriti-Labs/geo-optimizer-skill/issues/189
# CheckRegistry.load_entry_points() guarded plugin discovery with a class-level boolean
# _loaded_entry_points that was checked and then set without a lock. When audits run on
# several threads of the web server, two threads can both read False, both set True and
# both import and register the same plugin checks; the second register() raises
# ValueError("already registered"), which is silently swallowed. Fix: a class-level
# threading.Lock acquired around the check-and-set block.
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import entry_points


class CheckRegistry:
    _checks = {}
    _loaded_entry_points = False

    @classmethod
    def register(cls, check):
        if check.name in cls._checks:
            raise ValueError(f"Check '{check.name}' already registered")
        cls._checks[check.name] = check  # Noncompliant

    @classmethod
    def load_entry_points(cls):
        if cls._loaded_entry_points:
            return 0
        cls._loaded_entry_points = True  # Noncompliant
        loaded = 0
        for ep in entry_points(group="geo_optimizer.checks"):
            try:
                plugin = ep.load()
                cls.register(plugin() if isinstance(plugin, type) else plugin)
                loaded += 1
            except Exception:
                pass
        return loaded

    @classmethod
    def run_all(cls, url):
        return [check.run(url=url) for check in list(cls._checks.values())]


class AuditHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        CheckRegistry.load_entry_points()
        results = CheckRegistry.run_all(self.path.lstrip("/"))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(len(results)).encode())


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8080), AuditHandler).serve_forever()
