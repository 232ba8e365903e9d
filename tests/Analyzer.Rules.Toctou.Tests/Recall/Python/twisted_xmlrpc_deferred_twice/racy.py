# https://github.com/twisted/twisted/issues/3152
# _QueryFactory checks self.deferred, then fires it and only afterwards clears it; if the
# connection is lost while the callback chain runs, clientConnectionLost sees the still-set
# deferred and fires it a second time (AlreadyCalledError). Fix: take the deferred and set
# self.deferred = None before firing it, so later events see it already consumed.
import xmlrpc.client as xmlrpclib

from twisted.internet import defer, protocol
from twisted.python import failure


class _QueryFactory(protocol.ClientFactory):
    def __init__(self, payload):
        self.payload = payload
        self.deferred = defer.Deferred()

    def parseResponse(self, contents):
        if not self.deferred:
            return
        try:
            response = xmlrpclib.loads(contents)
        except Exception:
            self.deferred.errback(failure.Failure())
            self.deferred = None
        else:
            self.deferred.callback(response[0][0])  # Noncompliant
            self.deferred = None

    def clientConnectionLost(self, _, reason):
        if self.deferred is not None:
            self.deferred.errback(reason)
            self.deferred = None

    clientConnectionFailed = clientConnectionLost
