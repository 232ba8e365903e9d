# https://github.com/AMWA-TV/nmos-testing/pull/649
# Fixed shape: subscribe_to_query_api takes `subscription_lock` before looking for an existing
# subscription and releases it only after the new websocket worker and subscription are stored.
import threading
import uuid
from threading import Event
from typing import Any, Callable, Dict, Tuple

WS_PORT_BASE = 6000
QUERY_RESOURCE_TYPES = ['node', 'device', 'source', 'flow', 'sender', 'receiver']
HANDLERS: Dict[Tuple[str, str], Callable[..., Any]] = {}


def handler(path: str, methods: Tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Stand-in for flask.Blueprint.route; the app is served with threaded=True."""
    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        for method in methods:
            HANDLERS[(method, path)] = fn
        return fn
    return decorator


class WebsocketWorker(threading.Thread):
    """Stand-in for TestHelper.SubscriptionWebsocketWorker: serves one websocket port in a thread."""

    def __init__(self, host: str, port: int, resource_type: str) -> None:
        super().__init__(daemon=True)
        self.host, self.port, self.resource_type = host, port, resource_type

    def run(self) -> None:
        pass  # the real worker binds host:port here and serves until close()


class MockRegistry(object):
    def __init__(self) -> None:
        self.resources: Dict[str, Dict[str, Any]] = {"node": {}}
        self.add_event = Event()
        self.subscription_websockets: Dict[str, WebsocketWorker] = {}
        self.subscription_lock = threading.Lock()

    def subscribe_to_query_api(self, version: str, subscription_request: Dict[str, Any], secure: bool = False):
        """creates a subscription and starts a Subscription WebSocket"""
        resource_type = subscription_request["resource_path"].split('?')[0].strip('/').rstrip('s')
        try:
            # Guard against concurrent subscription creation
            self.subscription_lock.acquire()
            subs = self.resources.setdefault('subscription', {})
            subscription = next(iter([s for s in subs.values()
                                      if s['resource_path'].strip('/').rstrip('s') == resource_type]), None)
            if subscription:
                return subscription, False
            websocket_port = WS_PORT_BASE + QUERY_RESOURCE_TYPES.index(resource_type)
            websocket_server = WebsocketWorker('0.0.0.0', websocket_port, resource_type)
            websocket_server.start()
            subscription_id = str(uuid.uuid4())
            protocol = 'wss' if secure else 'ws'
            subscription = {'id': subscription_id, 'resource_path': subscription_request['resource_path'],
                            'ws_href': '{}://127.0.0.1:{}/x-nmos/query/{}/subscriptions/{}'.format(
                                protocol, websocket_port, version, subscription_id)}
            self.subscription_websockets[subscription_id] = websocket_server
            subs[subscription_id] = subscription
            return subscription, True  # subscription_created=True
        finally:
            self.subscription_lock.release()


MOCK_REGISTRY = MockRegistry()


@handler('/x-nmos/query/<version>/subscriptions', methods=("POST",))
def create_subscription(version: str, body: Dict[str, Any]):
    subscription, created = MOCK_REGISTRY.subscribe_to_query_api(version, body)
    return subscription, (201 if created else 200)
