# https://github.com/scrapinghub/dateparser/pull/1346 (for https://github.com/scrapinghub/dateparser/issues/1291)
# Fixed shape: a class-level RLock is held for the whole check / insert / evict / read-back sequence; it is
# reentrant because the getter holds it while calling the insert helper, which takes it again.
import threading
from operator import methodcaller

LOCKED_KNOWN_WORD_TOKENS = ['monday', 'tuesday', 'january', 'february', 'year', 'month', 'day', 'ago']


class LockedDictionary:
    _sorted_words_cache = {}
    _cache_lock = threading.RLock()

    def __init__(self, locale_info, settings=None):
        self._settings = settings
        self.info = locale_info
        dictionary = {}
        for word in LOCKED_KNOWN_WORD_TOKENS:
            if word in locale_info:
                for translation in map(methodcaller('lower'), locale_info[word]):
                    dictionary[translation] = word
        self._dictionary = dictionary

    def __iter__(self):
        return iter(self._dictionary)

    def _add_to_cache(self, value, cache):
        with self._cache_lock:
            cache.setdefault(self._settings.registry_key, {})[self.info["name"]] = value
            if self._settings.CACHE_SIZE_LIMIT and len(cache) > self._settings.CACHE_SIZE_LIMIT:
                cache.pop(list(cache.keys())[0])

    def _get_sorted_words_from_cache(self):
        with self._cache_lock:
            if (
                self._settings.registry_key not in self._sorted_words_cache
                or self.info["name"] not in self._sorted_words_cache[self._settings.registry_key]
            ):
                self._add_to_cache(
                    value=sorted([key for key in self], key=len, reverse=True),
                    cache=self._sorted_words_cache,
                )
            return self._sorted_words_cache[self._settings.registry_key][self.info["name"]]
