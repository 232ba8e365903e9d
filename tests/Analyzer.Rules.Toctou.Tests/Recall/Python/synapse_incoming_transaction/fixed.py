# https://github.com/matrix-org/synapse/pull/2518
# Fixed version: on_incoming_transaction() queues on a Linearizer keyed by
# (origin, transaction_id) before calling _handle_incoming_transaction(), so the
# have_responded() lookup, the PDU processing and set_response() for one transaction never
# run concurrently; a retried request waits and then finds the stored response.
import logging
from contextlib import contextmanager

from twisted.internet import defer

fed_logger = logging.getLogger(__name__)


class Linearizer(object):
    """Stand-in for synapse.util.async.Linearizer: one holder per key at a time."""

    def __init__(self, name=None):
        self.name = name
        self.key_to_defer = {}

    @defer.inlineCallbacks
    def queue(self, key):
        prev = self.key_to_defer.get(key)
        new_defer = defer.Deferred()
        self.key_to_defer[key] = new_defer
        if prev is not None:
            yield prev

        @contextmanager
        def _ctx():
            try:
                yield
            finally:
                new_defer.callback(None)
                if self.key_to_defer.get(key) is new_defer:
                    del self.key_to_defer[key]

        defer.returnValue(_ctx())


class FedTransaction(object):
    def __init__(self, transaction_id, origin, pdus, edus=()):
        self.transaction_id = transaction_id
        self.origin = origin
        self.pdus = pdus
        self.edus = edus


class LinearizedFederationServer(object):
    def __init__(self, hs):
        self.handler = hs.get_handlers().federation_handler
        self.store = hs.get_datastore()
        self._transaction_linearizer = Linearizer("fed_txn_handler")

    @defer.inlineCallbacks
    def on_incoming_transaction(self, transaction_data):
        transaction = FedTransaction(**transaction_data)
        origin = transaction.origin
        # use a linearizer to ensure that we don't process the same transaction
        # multiple times in parallel.
        with (yield self._transaction_linearizer.queue((origin, transaction.transaction_id))):
            result = yield self._handle_incoming_transaction(origin, transaction)
        defer.returnValue(result)

    @defer.inlineCallbacks
    def _handle_incoming_transaction(self, origin, transaction):
        response = yield self.store.get_received_txn_response(transaction.transaction_id, origin)
        if response:
            defer.returnValue(response)
            return
        dl = [self.handler.on_receive_pdu(origin, pdu) for pdu in transaction.pdus]
        results = yield defer.DeferredList(dl)
        response = {"pdus": [{} if ok else {"error": str(r)} for ok, r in results]}
        yield self.store.set_received_txn_response(transaction.transaction_id, origin, 200, response)
        defer.returnValue((200, response))
