# https://github.com/ua-parser/uap-python/pull/134
# Fixed version: when the cache is full it is simply cleared. dict.clear() never raises, so
# concurrent workers that both find the cache full can no longer fail on a double eviction.
from concurrent.futures import ThreadPoolExecutor

CACHE_MAX = 200
_UA_CACHE = {}


def _cache_entry(ua, args):
    key = (ua, tuple(sorted(args.items())))
    entry = _UA_CACHE.get(key)
    if entry is not None:
        return entry

    if len(_UA_CACHE) >= CACHE_MAX:
        _UA_CACHE.clear()

    entry = _UA_CACHE[key] = {"string": ua}
    return entry


def _parse_family(ua):
    family = ua.split("/", 1)[0] or "Other"
    return {"family": family, "major": None, "minor": None, "patch": None}


def parse_user_agent(user_agent_string, **js_parse_bits):
    entry = _cache_entry(user_agent_string, js_parse_bits)
    parsed = entry.get("user_agent")
    if parsed is None:
        parsed = entry["user_agent"] = _parse_family(user_agent_string)
    return parsed


def serve_requests(user_agents):
    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(parse_user_agent, user_agents))
