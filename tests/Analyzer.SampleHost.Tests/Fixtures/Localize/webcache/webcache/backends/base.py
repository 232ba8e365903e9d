class CacheBackend:
    def add(self, key, value):
        raise NotImplementedError

    def put(self, key, value):
        raise NotImplementedError
