# https://github.com/edwardslabs/CloudBot/pull/151
# Fixed version: grab() gets a per-channel RLock (setdefault under grab_locks_lock) and holds
# it across the cache check and the insert.
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from threading import RLock


class QuoteTable:
    """Stand-in for the SQLAlchemy session/table used by the plugin."""

    def __init__(self):
        self.rows = []
        self._mu = threading.Lock()

    def insert(self, name, time, quote, chan):
        with self._mu:
            self.rows.append((name, time, quote, chan))

    def select_all(self):
        with self._mu:
            return list(self.rows)


quote_cache = {}
grab_locks = defaultdict(dict)
grab_locks_lock = RLock()


def reload_quotes(db):
    new_cache = {}
    for name, _time, quote, chan in db.select_all():
        new_cache.setdefault(chan, {}).setdefault(name, []).append(quote)
    quote_cache.clear()
    quote_cache.update(new_cache)


def has_quote(name, quote, chan):
    try:
        return quote in quote_cache[chan][name]
    except KeyError:
        return False


def store_quote(nick, time, msg, chan, db):
    db.insert(nick, time, msg, chan)
    reload_quotes(db)


def grab_command(text, nick, chan, db, history, conn_name="irc"):
    if text.lower() == nick.lower():
        return "Didn't your mother teach you not to grab yourself?"
    with grab_locks_lock:
        grab_lock = grab_locks[conn_name].setdefault(chan.casefold(), RLock())
    with grab_lock:
        for name, timestamp, msg in reversed(history[chan]):
            if text.lower() == name.lower():
                if has_quote(name.lower(), msg, chan):
                    return "I already have that quote from {} in the database".format(text)
                store_quote(name.lower(), timestamp, msg, chan, db)
                return "the operation succeeded."
        return "I couldn't find anything from {} in recent history.".format(text)


if __name__ == "__main__":
    quotes = QuoteTable()
    chan_history = {"#python": [("alice", 1, "hello"), ("bob", 2, "grab me")]}
    with ThreadPoolExecutor(8) as hooks:
        replies = list(hooks.map(lambda u: grab_command("bob", u, "#python", quotes, chan_history),
                                 ["user%d" % i for i in range(8)]))
    print(replies.count("the operation succeeded."), len(quotes.select_all()))
