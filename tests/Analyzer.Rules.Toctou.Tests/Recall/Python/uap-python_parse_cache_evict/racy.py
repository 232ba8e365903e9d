# https://github.com/ua-parser/uap-python/pull/134
# PR #113 made the module-level parse cache a FIFO: on a miss, if the cache is full, _lookup()
# pops the first key (next(iter(cache))) before inserting the new entry. Parse() is called from
# web-server worker threads; two threads that both see the cache full pick the same first key,
# one pops it and the other's pop raises KeyError out of Parse() (issue #132).
# Fix (#134): revert to the reset policy, clear() the whole cache, which cannot fail concurrently.
from concurrent.futures import ThreadPoolExecutor

MAX_CACHE_SIZE = 200
_PARSE_CACHE = {}


def _lookup(ua, args):
    key = (ua, tuple(sorted(args.items())))
    entry = _PARSE_CACHE.get(key)
    if entry is not None:
        return entry

    if len(_PARSE_CACHE) >= MAX_CACHE_SIZE:
        _PARSE_CACHE.pop(next(iter(_PARSE_CACHE)))  # Noncompliant

    entry = _PARSE_CACHE[key] = {"string": ua}
    return entry


def _parse_user_agent(ua):
    family = ua.split("/", 1)[0] or "Other"
    return {"family": family, "major": None, "minor": None, "patch": None}


def ParseUserAgent(user_agent_string, **jsParseBits):
    entry = _lookup(user_agent_string, jsParseBits)
    parsed = entry.get("user_agent")
    if parsed is None:
        parsed = entry["user_agent"] = _parse_user_agent(user_agent_string)
    return parsed


def handle_requests(user_agents):
    # A threaded WSGI server parses the User-Agent of every request.
    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(ParseUserAgent, user_agents))
