# https://github.com/pass-culture/pass-culture-main/pull/5906
# Fixed: Redis GET returns None exactly when the key is absent or expired, so
# the miss is derived from that one read and no second EXISTS call is made.
from typing import Any, Callable

from flask import current_app


def read_through_cache(
    retriever: Callable[[], str],
    key_template: str,
    key_args: dict | None = None,
    expire: int | None = 60 * 60 * 24,
    force_update: bool = False,
) -> Any:
    redis_client = current_app.redis_client
    key = key_template % key_args if key_args else key_template

    data = redis_client.get(key)
    miss = data is None

    if miss or force_update:
        data = retriever()
        if expire is not None:
            redis_client.set(key, data.encode("utf-8"), ex=expire)
        else:
            redis_client.set(key, data.encode("utf-8"))

    return data


def offerer_stats_cached(offerer_id: int, compute: Callable[[], str]) -> Any:
    return read_through_cache(
        retriever=compute,
        key_template="api:offerer_stats:%(offerer_id)s",
        key_args={"offerer_id": offerer_id},
    )
