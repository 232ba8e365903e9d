# https://github.com/boto/botocore/pull/2985
# Fixed version: the deferred entry is removed inside try/except KeyError, so
# when another thread already removed it (factory called twice) the cleanup
# no longer crashes.
import threading


class SafeComponentLocator:
    """Service locator for session components."""

    def __init__(self):
        self._components = {}
        self._deferred = {}

    def fetch_component(self, name):
        if name in self._deferred:
            factory = self._deferred[name]
            self._components[name] = factory()
            try:
                del self._deferred[name]
            except KeyError:
                # Another thread already deleted the entry; the factory was
                # probably called twice, but cleanup should not crash.
                pass
        try:
            return self._components[name]
        except KeyError:
            raise ValueError("Unknown component: %s" % name)

    def add_component(self, name, component):
        self._components[name] = component
        try:
            del self._deferred[name]
        except KeyError:
            pass

    def add_lazy_component(self, name, no_arg_factory):
        self._deferred[name] = no_arg_factory
        try:
            del self._components[name]
        except KeyError:
            pass


class SafeSession:
    def __init__(self):
        self._locator = SafeComponentLocator()
        self._locator.add_lazy_component('credential_provider', lambda: object())

    def new_client(self, service_name):
        return (service_name, self._locator.fetch_component('credential_provider'))


SAFE_DEFAULT_SESSION = SafeSession()


def make_clients_safe(n=8):
    threads = [threading.Thread(target=SAFE_DEFAULT_SESSION.new_client, args=('s3',))
               for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
