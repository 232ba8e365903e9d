# https://github.com/twisted/twisted/issues/3152
# Fixed: the deferred is detached (self.deferred = None) before it is fired, so a
# connection-lost event during the callback chain finds nothing left to fire.
import xmlrpc.client as xmlrpclib

from twisted.internet import defer, protocol
from twisted.python import failure


class SafeQueryFactory(protocol.ClientFactory):
    def __init__(self, payload):
        self.payload = payload
        self.deferred = defer.Deferred()

    def parseResponse(self, contents):
        if not self.deferred:
            return
        d, self.deferred = self.deferred, None
        try:
            response = xmlrpclib.loads(contents)
        except Exception:
            d.errback(failure.Failure())
        else:
            d.callback(response[0][0])

    def clientConnectionLost(self, _, reason):
        if self.deferred is not None:
            d, self.deferred = self.deferred, None
            d.errback(reason)

    clientConnectionFailed = clientConnectionLost
