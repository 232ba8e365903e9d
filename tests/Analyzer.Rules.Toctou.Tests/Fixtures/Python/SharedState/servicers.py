import inventory_pb2_grpc


class InventoryServicer(inventory_pb2_grpc.InventoryServicer):
    """grpc's server runs each call on a thread of its pool, many at a time, on this one object."""

    def __init__(self):
        self.reserved = {}

    def Reserve(self, request, context):
        if request.item in self.reserved:  # Secondary [check]
            return False
        self.reserved[request.item] = request.owner  # Noncompliant {{self.reserved is checked at line 11 and changed at line 13 by self.reserved[request.item], with no lock held at either point, while Reserve serves requests, many at a time}}
        return True


class Ledger:
    """Not a servicer: nothing shows two calls at once."""

    def __init__(self):
        self.reserved = {}

    def Reserve(self, request, context):
        if request.item in self.reserved:
            return False
        self.reserved[request.item] = request.owner
        return True

