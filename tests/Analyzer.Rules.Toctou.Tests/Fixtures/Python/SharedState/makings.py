import threading


# One renderer per name, made on first use in __new__: every thread that makes one runs __new__, and two can both find
# the name missing and both make one.
class Renderer:
    _by_name = {}

    def __new__(cls, name):
        if name not in cls._by_name:  # Secondary [check]
            cls._by_name[name] = super().__new__(cls)  # Noncompliant [TOCTOU001] {{cls._by_name is checked at line 10 and changed at line 11 by cls._by_name[name], with no lock held at either point, while __new__ runs in every copy of render_page, which is started in parallel at line 35, in a loop; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return cls._by_name[name]


# A limit on live tickets kept on the class: each __init__ tests and bumps the one count every ticket shares.
class Ticket:
    issued = 0

    def __init__(self, limit):
        if Ticket.issued >= limit:  # Secondary [check]
            raise RuntimeError("sold out")
        Ticket.issued += 1  # Noncompliant [TOCTOU001] {{Ticket.issued is checked at line 20 and changed at line 22 by Ticket.issued, with no lock held at either point, while __init__ runs in every copy of render_page, which is started in parallel at line 35, in a loop}}
        self.seats = {}
        if "front" not in self.seats:
            self.seats["front"] = 1


def render_page(name):
    Renderer(name)
    Ticket(100)


def serve(names):
    for name in names:
        threading.Thread(target=render_page, args=(name,)).start()
