# https://github.com/scrapinghub/dateparser/pull/1346 (for https://github.com/scrapinghub/dateparser/issues/1291)
# Dictionary keeps class-level caches shared by every parser; the getter checked whether the entry for
# (registry_key, locale) was cached, built and inserted it if not (evicting the oldest registry_key once
# CACHE_SIZE_LIMIT is exceeded), then read it back. Threads parsing at once could evict each other's entry
# between the insert and the read-back (KeyError) or both pop the same oldest key. The fix serializes the
# cache check, insert, eviction and read with a class-level reentrant lock.
from operator import methodcaller

KNOWN_WORD_TOKENS = ['monday', 'tuesday', 'january', 'february', 'year', 'month', 'day', 'ago']


class Dictionary:
    """
    Class that modifies and stores translations and handles splitting of date string.
    """

    _sorted_words_cache = {}

    def __init__(self, locale_info, settings=None):
        self._settings = settings
        self.info = locale_info
        dictionary = {}
        for word in KNOWN_WORD_TOKENS:
            if word in locale_info:
                for translation in map(methodcaller('lower'), locale_info[word]):
                    dictionary[translation] = word
        self._dictionary = dictionary

    def __iter__(self):
        return iter(self._dictionary)

    def _add_to_cache(self, value, cache):
        cache.setdefault(self._settings.registry_key, {})[self.info["name"]] = value
        if self._settings.CACHE_SIZE_LIMIT and len(cache) > self._settings.CACHE_SIZE_LIMIT:
            cache.pop(list(cache.keys())[0])

    def _get_sorted_words_from_cache(self):
        if (
            self._settings.registry_key not in self._sorted_words_cache
            or self.info["name"] not in self._sorted_words_cache[self._settings.registry_key]
        ):
            self._add_to_cache(  # Noncompliant
                value=sorted([key for key in self], key=len, reverse=True),
                cache=self._sorted_words_cache,
            )
        return self._sorted_words_cache[self._settings.registry_key][self.info["name"]]
