# https://github.com/pass-culture/pass-culture-main/pull/5906
# get_from_cache() did GET, and when the value was empty it asked Redis whether
# the key EXISTS to decide between "miss" and "cached empty value". If another
# worker sets the key between the GET and the EXISTS, the code concludes it is
# not a miss and returns the stale None it read first. Fix: decide the miss from
# the single GET result only (None means absent/expired), dropping EXISTS.
from typing import Any, Callable

from flask import current_app


def get_from_cache(
    retriever: Callable[[], str],
    key_template: str,
    key_args: dict | None = None,
    expire: int | None = 60 * 60 * 24,
    force_update: bool = False,
) -> Any:
    redis_client = current_app.redis_client
    key = key_template % key_args if key_args else key_template

    data = redis_client.get(key)
    miss = False
    if not data:
        miss = not redis_client.exists(key)

    if miss or force_update:
        data = retriever()
        if expire is not None:
            redis_client.set(key, data.encode("utf-8"), ex=expire)
        else:
            redis_client.set(key, data.encode("utf-8"))
        return data

    return data  # Noncompliant


def cached_offerer_stats(offerer_id: int, compute: Callable[[], str]) -> Any:
    return get_from_cache(
        retriever=compute,
        key_template="api:offerer_stats:%(offerer_id)s",
        key_args={"offerer_id": offerer_id},
    )
