# https://github.com/AMWA-TV/nmos-testing/pull/649
# The mock Registry's subscribe_to_query_api looked for an existing subscription for the resource type
# and, if there was none, started a SubscriptionWebsocketWorker on that type's fixed port and then
# stored the new subscription. Flask runs each request on its own thread (threaded=True), so two
# concurrent subscription requests could both miss and both start a websocket server on the same port
# (exception, HTTP 500). The fix holds a registry lock from the lookup to the insert.
import threading
import uuid
from threading import Event
from typing import Any, Callable, Dict, Tuple

WEBSOCKET_PORT_BASE = 6000
RESOURCE_TYPES = ['node', 'device', 'source', 'flow', 'sender', 'receiver']
ROUTES: Dict[Tuple[str, str], Callable[..., Any]] = {}


def route(path: str, methods: Tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Stand-in for flask.Blueprint.route; the app is served with threaded=True."""
    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        for method in methods:
            ROUTES[(method, path)] = fn
        return fn
    return decorator


class SubscriptionWebsocketWorker(threading.Thread):
    """Stand-in for TestHelper.SubscriptionWebsocketWorker: serves one websocket port in a thread."""

    def __init__(self, host: str, port: int, resource_type: str) -> None:
        super().__init__(daemon=True)
        self.host, self.port, self.resource_type = host, port, resource_type

    def run(self) -> None:
        pass  # the real worker binds host:port here and serves until close()


class Registry(object):
    def __init__(self) -> None:
        self.resources: Dict[str, Dict[str, Any]] = {"node": {}}
        self.add_event = Event()
        self.subscription_websockets: Dict[str, SubscriptionWebsocketWorker] = {}

    def subscribe_to_query_api(self, version: str, subscription_request: Dict[str, Any], secure: bool = False):
        """creates a subscription and starts a Subscription WebSocket"""
        subs = self.resources.setdefault('subscription', {})
        resource_type = subscription_request["resource_path"].split('?')[0].strip('/').rstrip('s')
        subscription = next(iter([s for s in subs.values()
                                  if s['resource_path'].strip('/').rstrip('s') == resource_type]), None)
        if subscription:
            return subscription, False
        websocket_port = WEBSOCKET_PORT_BASE + RESOURCE_TYPES.index(resource_type)
        websocket_server = SubscriptionWebsocketWorker('0.0.0.0', websocket_port, resource_type)
        websocket_server.start()  # Noncompliant
        subscription_id = str(uuid.uuid4())
        protocol = 'wss' if secure else 'ws'
        subscription = {'id': subscription_id, 'resource_path': subscription_request['resource_path'],
                        'ws_href': '{}://127.0.0.1:{}/x-nmos/query/{}/subscriptions/{}'.format(
                            protocol, websocket_port, version, subscription_id)}
        self.subscription_websockets[subscription_id] = websocket_server
        subs[subscription_id] = subscription
        return subscription, True  # subscription_created=True


REGISTRY = Registry()


@route('/x-nmos/query/<version>/subscriptions', methods=("POST",))
def post_subscription(version: str, body: Dict[str, Any]):
    subscription, created = REGISTRY.subscribe_to_query_api(version, body)
    return subscription, (201 if created else 200)
