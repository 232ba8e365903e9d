import threading


# A value looked up, made in a branch when missing and stored after it: the test chose the value the store writes, so
# two callers can both find it missing and each store one of their own.
class ParserCache:
    def __init__(self):
        self._parsers = {}
        self._hits = 0
        self._lock = threading.Lock()

    def note_parser_use(self):
        with self._lock:
            self._hits += 1

    def parser_for(self, name):
        parser = self._parsers.get(name)  # Secondary [check]
        if parser is None:
            parser = object()
        self._parsers[name] = parser  # Noncompliant [TOCTOU001] {{self._parsers is checked at line 17 and changed at line 20 by self._parsers[name], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
        return parser

    def parser_held(self, name):
        with self._lock:
            parser = self._parsers.get(name)
            if parser is None:
                parser = object()
            self._parsers[name] = parser
            return parser


class LineParser:
    def feed(self, text):
        return text.splitlines()


# A value made when missing and used after it is stored, not handed back: two callers can both make one, and the one
# whose store loses feeds a parser no later caller sees.
class ParserPool:
    def __init__(self):
        self._by_name = {}
        self._fed = 0
        self._lock = threading.Lock()

    def count_fed(self):
        with self._lock:
            self._fed += 1

    def feed_parser(self, name, text):
        parser = self._by_name.get(name)  # Secondary [check]
        if parser is None:
            parser = LineParser()
            self._by_name[name] = parser  # Noncompliant [TOCTOU001] {{self._by_name is checked at line 50 and changed at line 53 by self._by_name[name], with no lock held at either point, though ParserPool has a lock, _lock}}
        parser.feed(text)
