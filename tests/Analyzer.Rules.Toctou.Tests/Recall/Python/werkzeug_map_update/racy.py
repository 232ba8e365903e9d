# https://github.com/pallets/werkzeug/issues/546
# routing.Map is shared by every request thread of a threaded WSGI server. Map.update() tested the
# _remap flag and then sorted the shared rule lists and cleared the flag with no lock, so two threads
# could sort the same list at once (ValueError: list modified during sort) or a rule added meanwhile
# stayed unsorted. Fix (commit 48037c1): Map._remap_lock, with _remap checked again under the lock.
import threading


class Rule:
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


class Map:
    def __init__(self, rules=None):
        self._rules = []
        self._rules_by_endpoint = {}
        self._remap = True
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
        if self._remap:
            self._rules.sort(key=lambda x: x.match_compare_key())
            for rules in self._rules_by_endpoint.values():
                rules.sort(key=lambda x: x.build_compare_key())
            self._remap = False  # Noncompliant

    def match(self, path):
        self.update()
        for rule in self._rules:
            if rule.matches(path):
                return rule.endpoint
        raise LookupError(path)


def handle_requests(url_map, paths):
    # one thread per request, like werkzeug's threaded dev server / a threaded WSGI container
    workers = [threading.Thread(target=url_map.match, args=(p,)) for p in paths]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    m = Map([Rule("/user/%d" % i, "user%d" % i) for i in range(2000)])
    handle_requests(m, ["/user/1"] * 8)
