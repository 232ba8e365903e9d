# https://github.com/boto/botocore/pull/2985
# Bug: ComponentLocator.get_component() checks "name in self._deferred", runs
# the factory and then does "del self._deferred[name]". When boto3.client()
# is called from several threads on the shared default session, two threads
# pass the check and the second del raises KeyError ('credential_provider').
# Fix: tolerate the concurrent removal by catching KeyError around the del.
import threading


class ComponentLocator:
    """Service locator for session components."""

    def __init__(self):
        self._components = {}
        self._deferred = {}

    def get_component(self, name):
        if name in self._deferred:
            factory = self._deferred[name]
            self._components[name] = factory()
            # Only delete the component from the deferred dict after
            # successfully creating the object from the factory.
            del self._deferred[name]  # Noncompliant
        try:
            return self._components[name]
        except KeyError:
            raise ValueError("Unknown component: %s" % name)

    def register_component(self, name, component):
        self._components[name] = component
        try:
            del self._deferred[name]
        except KeyError:
            pass

    def lazy_register_component(self, name, no_arg_factory):
        self._deferred[name] = no_arg_factory
        try:
            del self._components[name]
        except KeyError:
            pass


class Session:
    def __init__(self):
        self._components = ComponentLocator()
        self._components.lazy_register_component(
            'credential_provider', lambda: object())

    def create_client(self, service_name):
        return (service_name, self._components.get_component('credential_provider'))


DEFAULT_SESSION = Session()


def make_clients(n=8):
    threads = [threading.Thread(target=DEFAULT_SESSION.create_client, args=('s3',))
               for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
