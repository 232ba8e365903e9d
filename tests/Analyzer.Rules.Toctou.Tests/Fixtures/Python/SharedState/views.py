_SEEN_HOSTS = {}


def remember_host(request):
    if request.method != 'GET':
        return None
    host = request.get_host()
    if host not in _SEEN_HOSTS:  # Secondary [check]
        _SEEN_HOSTS[host] = len(_SEEN_HOSTS)  # Noncompliant {{_SEEN_HOSTS is checked at line 8 and changed at line 9 by _SEEN_HOSTS[host], with no lock held at either point, while remember_host serves requests, many at a time}}
    return _SEEN_HOSTS[host]


class Pipe:
    """A request here is bytes written to a pipe, not a web request: nothing says request() runs many at a time."""

    def __init__(self, out):
        self.out = out
        self.connected = True

    def request(self, request):
        if self.connected:
            try:
                self.out.write(request)
            except IOError:
                self.connected = False


class Page:
    """The constructor's object is not shared yet, whoever calls it."""

    def __init__(self, request):
        self.params = dict(request.GET.items())
        if 'p' in self.params:
            del self.params['p']



# In a views module a top-level function that takes the request first is a view, whatever it reads of it.
_FIRST_READER = {}


def article(request, slug, reader):
    if slug not in _FIRST_READER:  # Secondary [check]
        _FIRST_READER[slug] = reader  # Noncompliant {{_FIRST_READER is checked at line 43 and changed at line 44 by _FIRST_READER[slug], with no lock held at either point, while article serves requests, many at a time}}
    return _FIRST_READER[slug]


# A method of a module-level object that a view calls runs once per request too.
class Seats:
    def __init__(self):
        self.taken = {}

    def take(self, seat, who):
        if seat not in self.taken:  # Secondary [check]
            self.taken[seat] = who  # Noncompliant {{self.taken is checked at line 54 and changed at line 55 by self.taken[seat], with no lock held at either point, while take runs in requests book serves, many at a time}}


SEATS = Seats()


def book(request, seat, who):
    SEATS.take(seat, who)
