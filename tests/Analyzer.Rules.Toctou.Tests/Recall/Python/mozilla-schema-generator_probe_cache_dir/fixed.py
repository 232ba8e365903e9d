# https://github.com/mozilla/mozilla-schema-generator/pull/205
import json
import pathlib
import re
from concurrent.futures import ThreadPoolExecutor

import requests


class CachedPing:
    default_encoding = "utf-8"
    cache_dir = pathlib.Path(".probe_cache")

    @staticmethod
    def _slug(text: str) -> str:
        value = re.sub(r"[^\w\s-]", "", text.lower()).strip()
        return re.sub(r"[-\s]+", "-", value)

    @staticmethod
    def _in_cache(url: str) -> bool:
        return (CachedPing.cache_dir / CachedPing._slug(url)).exists()

    @staticmethod
    def _store_in_cache(url: str, val: str):
        CachedPing.cache_dir.mkdir(parents=True, exist_ok=True)
        (CachedPing.cache_dir / CachedPing._slug(url)).write_text(val)

    @staticmethod
    def _fetch_json_str(url: str) -> str:
        if CachedPing._in_cache(url):
            return (CachedPing.cache_dir / CachedPing._slug(url)).read_text()
        r = requests.get(url, stream=True)
        r.raise_for_status()
        body = ""
        for chunk in r.iter_content(chunk_size=1024):
            if chunk:
                body += chunk.decode(r.encoding or CachedPing.default_encoding)
        CachedPing._store_in_cache(url, body)
        return body

    @staticmethod
    def fetch_json(url: str) -> dict:
        return json.loads(CachedPing._fetch_json_str(url))


def generate_all_fixed(urls):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(CachedPing.fetch_json, urls))
