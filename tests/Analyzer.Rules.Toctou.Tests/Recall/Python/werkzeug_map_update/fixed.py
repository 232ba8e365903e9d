# https://github.com/pallets/werkzeug/issues/546
# Fixed version: the map owns a threading.Lock; update() keeps a cheap unlocked fast path but
# re-checks the flag after taking the lock, so only one thread sorts and clears it.
import threading


class UrlRule:
    def __init__(self, path, endpoint, weight=0):
        self.path = path
        self.endpoint = endpoint
        self.weight = weight

    def match_compare_key(self):
        return (bool(self.path.count("<")), -len(self.path), self.weight)

    def build_compare_key(self):
        return (1 if self.path.endswith("/") else 0, -len(self.path))

    def matches(self, path):
        return path == self.path


class LockedMap:
    def __init__(self, rules=None):
        self._rules = []
        self._rules_by_endpoint = {}
        self._remap = True
        self._remap_lock = threading.Lock()
        for rule in rules or ():
            self.add(rule)

    def add(self, rule):
        self._rules.append(rule)
        self._rules_by_endpoint.setdefault(rule.endpoint, []).append(rule)
        self._remap = True

    def update(self):
        """Called before matching and building to keep the compiled rules
        in the correct order after things changed.
        """
        if not self._remap:
            return

        with self._remap_lock:
            if not self._remap:
                return

            self._rules.sort(key=lambda x: x.match_compare_key())
            for rules in self._rules_by_endpoint.values():
                rules.sort(key=lambda x: x.build_compare_key())
            self._remap = False

    def match(self, path):
        self.update()
        for rule in self._rules:
            if rule.matches(path):
                return rule.endpoint
        raise LookupError(path)


def serve_threads(url_map, paths):
    workers = [threading.Thread(target=url_map.match, args=(p,)) for p in paths]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    m = LockedMap([UrlRule("/user/%d" % i, "user%d" % i) for i in range(2000)])
    serve_threads(m, ["/user/1"] * 8)
