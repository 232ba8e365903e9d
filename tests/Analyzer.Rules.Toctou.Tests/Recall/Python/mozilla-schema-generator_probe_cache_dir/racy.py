# https://github.com/mozilla/mozilla-schema-generator/pull/205
# Several threads/processes running the generator fetch probe JSON and store it
# in a shared on-disk cache. _add_to_cache checks cache_dir.exists() and then
# calls mkdir(); another worker can create the directory in between, so mkdir
# raises FileExistsError. Fix: mkdir(parents=True, exist_ok=True), no pre-check.
import json
import pathlib
import re
from concurrent.futures import ThreadPoolExecutor

import requests


class GenericPing:
    default_encoding = "utf-8"
    cache_dir = pathlib.Path(".probe_cache")

    @staticmethod
    def _slugify(text: str) -> str:
        value = re.sub(r"[^\w\s-]", "", text.lower()).strip()
        return re.sub(r"[-\s]+", "-", value)

    @staticmethod
    def _present_in_cache(url: str) -> bool:
        return (GenericPing.cache_dir / GenericPing._slugify(url)).exists()

    @staticmethod
    def _add_to_cache(url: str, val: str):
        if not GenericPing.cache_dir.exists():
            GenericPing.cache_dir.mkdir(parents=True)  # Noncompliant
        (GenericPing.cache_dir / GenericPing._slugify(url)).write_text(val)

    @staticmethod
    def _get_json_str(url: str) -> str:
        if GenericPing._present_in_cache(url):
            return (GenericPing.cache_dir / GenericPing._slugify(url)).read_text()
        r = requests.get(url, stream=True)
        r.raise_for_status()
        body = ""
        for chunk in r.iter_content(chunk_size=1024):
            if chunk:
                body += chunk.decode(r.encoding or GenericPing.default_encoding)
        GenericPing._add_to_cache(url, body)
        return body

    @staticmethod
    def get_json(url: str) -> dict:
        return json.loads(GenericPing._get_json_str(url))


def generate_all(urls):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(GenericPing.get_json, urls))
