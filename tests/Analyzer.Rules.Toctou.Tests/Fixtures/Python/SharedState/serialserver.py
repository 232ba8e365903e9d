import socketserver

_peers = {}


# A plain TCPServer handles one connection at a time.
class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        address = self.client_address[0]
        if address not in _peers:
            _peers[address] = self.request


def serve():
    with socketserver.TCPServer(("", 9001), Echo) as server:
        server.serve_forever()
