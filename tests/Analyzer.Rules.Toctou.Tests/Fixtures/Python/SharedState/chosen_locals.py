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
