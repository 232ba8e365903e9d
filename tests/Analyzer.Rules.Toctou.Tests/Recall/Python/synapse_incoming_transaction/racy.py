# https://github.com/matrix-org/synapse/pull/2518
# The federation server's on_incoming_transaction() looked up whether it had already answered
# (origin, transaction_id) in the received_transactions table and, if not, processed the PDUs
# and stored the response. A remote server retrying a slow transaction gets both requests past
# the have_responded() check, so the same transaction is processed twice in parallel (#1742).
# Fix: a Linearizer keyed on (origin, transaction_id) around the check and the processing.
import logging

from twisted.internet import defer

logger = logging.getLogger(__name__)


class Transaction(object):
    def __init__(self, transaction_id, origin, pdus, edus=()):
        self.transaction_id = transaction_id
        self.origin = origin
        self.pdus = pdus
        self.edus = edus


class TransactionActions(object):
    """Reads/writes the received_transactions table."""

    def __init__(self, datastore):
        self.store = datastore

    def have_responded(self, origin, transaction):
        return self.store.get_received_txn_response(transaction.transaction_id, origin)

    def set_response(self, origin, transaction, code, response):
        return self.store.set_received_txn_response(
            transaction.transaction_id, origin, code, response
        )


class FederationServer(object):
    def __init__(self, hs):
        self.handler = hs.get_handlers().federation_handler
        self.transaction_actions = TransactionActions(hs.get_datastore())

    @defer.inlineCallbacks
    def _handle_new_pdu(self, origin, pdu):
        yield self.handler.on_receive_pdu(origin, pdu)

    @defer.inlineCallbacks
    def on_incoming_transaction(self, transaction_data):
        # Called from the /send/{txn_id} HTTP handler for every incoming request.
        transaction = Transaction(**transaction_data)
        origin = transaction.origin

        response = yield self.transaction_actions.have_responded(origin, transaction)
        if response:
            logger.debug("[%s] We've already responded to this request", transaction.transaction_id)
            defer.returnValue(response)
            return

        logger.debug("[%s] Transaction is new", transaction.transaction_id)
        dl = [self._handle_new_pdu(origin, pdu) for pdu in transaction.pdus]
        results = yield defer.DeferredList(dl)

        response = {"pdus": [{} if ok else {"error": str(r)} for ok, r in results]}
        yield self.transaction_actions.set_response(origin, transaction, 200, response)  # Noncompliant
        defer.returnValue((200, response))
