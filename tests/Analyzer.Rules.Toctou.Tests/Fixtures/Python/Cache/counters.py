import redis

r = redis.Redis()


# A count compared with a limit, then raised: two clients can both read 9 and both pass a limit of 10.
def allow(user):
    n = int(r.get("rate:" + user) or 0)  # Secondary [check]
    if n < 10:
        r.incr("rate:" + user)  # Noncompliant [TOCTOU005] {{r.get reads key "rate:" + user at line 8 and sets it at line 10 depending on the value it read; another client can set it in between}}
        return True
    return False


# Raising the count whether or not the key was there counts every caller: nothing is lost.
def count(user):
    if r.get("seen:" + user) is None:
        r.incr("seen:" + user)
    else:
        r.incrby("seen:" + user, 2)


def allow_atomically(user):
    return r.incr("rate:" + user) <= 10


# Set to 1 when missing and to the value read plus one otherwise: two clients can both read 5 and both store 6.
def hit(page):
    seen = r.get("hits:" + page)  # Secondary [check]
    if seen is None:
        r.set("hits:" + page, 1)  # Noncompliant [TOCTOU005] {{r.get reads key "hits:" + page at line 29 and sets it at line 31 and 33 depending on what it read; another client can set it in between}}
    else:
        r.set("hits:" + page, int(seen) + 1)


# The value read, raised and stored back with no test between: two clients can both read 5 and both store 6.
def visit(page):
    seen = int(r.get("visits:" + page) or 0)  # Secondary [check]
    r.set("visits:" + page, seen + 1)  # Noncompliant [TOCTOU005] {{r.get reads key "visits:" + page at line 38 and sets it at line 39 to a value made from what it read; another client can set it in between}}


# A value that does not come from the read, or an increment the server makes: nothing is lost.
def reset_visits(page):
    previous = r.get("visits:" + page)
    r.set("visits:" + page, 0)
    return previous


def visit_atomically(page):
    return r.incr("visits:" + page)
