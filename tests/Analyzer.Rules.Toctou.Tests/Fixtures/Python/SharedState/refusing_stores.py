import threading


class NameTaken(Exception):
    pass


class NameRegistry:
    """Shared by the server's request threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self._names = {}

    def lookup(self, name):
        with self._lock:
            return self._names.get(name)

    def register(self, name, owner):
        with self._lock:
            if name in self._names:
                raise NameTaken(name)
            self._names[name] = owner


class ClaimService:
    def __init__(self):
        self.registry = NameRegistry()

    # Two claims of one name can both find it free; the registry keeps one, and the claim that lost raises.
    def claim(self, name, owner):
        if self.registry.lookup(name) is not None:  # Secondary [check]
            return False
        self.registry.register(name, owner)  # Noncompliant [TOCTOU001] {{self.registry's entry for name is checked at line 32 and changed at line 34 by self.registry.register(name, owner), and self.registry._lock is released and re-taken at line 34, inside register() in between; that call checks it again under a lock and fails when another caller changed it in between, and claim passes that failure on: of two callers that pass the test together, the second gets an error}}
        return True

    # The registry's refusal is caught and answered as a taken name.
    def claim_tolerant(self, name, owner):
        if self.registry.lookup(name) is not None:
            return False
        try:
            self.registry.register(name, owner)
        except NameTaken:
            return False
        return True


def serve_claims(service, requests):
    for name, owner in requests:
        threading.Thread(target=service.claim, args=(name, owner)).start()
        threading.Thread(target=service.claim_tolerant, args=(name, owner)).start()
