# https://github.com/edwardslabs/CloudBot/pull/151
# The .grab hook (run on CloudBot's thread pool) checks the grab cache for the quote and, if
# absent, inserts it into the grab table; two users grabbing the same line both pass the check,
# both insert and both report success. Fix: a per-channel RLock held across check and insert.
import threading
from concurrent.futures import ThreadPoolExecutor


class GrabTable:
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


grab_cache = {}


def load_cache(db):
    new_cache = {}
    for name, _time, quote, chan in db.select_all():
        new_cache.setdefault(chan, {}).setdefault(name, []).append(quote)
    grab_cache.clear()
    grab_cache.update(new_cache)


def check_grabs(name, quote, chan):
    try:
        return quote in grab_cache[chan][name]
    except KeyError:
        return False


def grab_add(nick, time, msg, chan, db):
    db.insert(nick, time, msg, chan)
    load_cache(db)


def grab(text, nick, chan, db, history):
    if text.lower() == nick.lower():
        return "Didn't your mother teach you not to grab yourself?"
    for name, timestamp, msg in reversed(history[chan]):
        if text.lower() == name.lower():
            if check_grabs(name.lower(), msg, chan):
                return "I already have that quote from {} in the database".format(text)
            grab_add(name.lower(), timestamp, msg, chan, db)  # Noncompliant
            return "the operation succeeded."
    return "I couldn't find anything from {} in recent history.".format(text)


if __name__ == "__main__":
    table = GrabTable()
    chan_history = {"#python": [("alice", 1, "hello"), ("bob", 2, "grab me")]}
    with ThreadPoolExecutor(8) as hooks:
        replies = list(hooks.map(lambda u: grab("bob", u, "#python", table, chan_history),
                                 ["user%d" % i for i in range(8)]))
    print(replies.count("the operation succeeded."), len(table.select_all()))
