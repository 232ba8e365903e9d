# https://github.com/SCons/scons/pull/3353
# Fixed version: no existence checks. makedirs(exist_ok=True) tolerates a directory made
# by another job, and the config file is created with exclusive mode 'x'; whoever loses
# that creation gets FileExistsError and reads the winner's config instead.
import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


class CacheConfigError(Exception):
    pass


class SharedCacheDir:
    def __init__(self, path):
        self.requests = 0
        self.hits = 0
        self.path = path
        self.config = {}
        if path is not None:
            self._read_or_create_config(path)

    def _read_or_create_config(self, path):
        config_file = os.path.join(path, 'config')
        try:
            os.makedirs(path, exist_ok=True)
        except OSError:
            raise CacheConfigError("Failed to create cache directory " + path)
        try:
            with open(config_file, 'x') as config:
                self.config['prefix_len'] = 2
                json.dump(self.config, config)
        except FileExistsError:
            try:
                with open(config_file) as config:
                    self.config = json.load(config)
            except ValueError:
                raise CacheConfigError("Failed to read cache configuration for " + path)

    def path_for(self, sig):
        subdir = sig[:self.config['prefix_len']].upper()
        return os.path.join(self.path, subdir), os.path.join(self.path, subdir, sig)


def build_cached_node(cache_root, sig):
    return SharedCacheDir(cache_root).path_for(sig)


if __name__ == '__main__':
    cache_root = os.path.join(tempfile.mkdtemp(), 'build_cache')
    signatures = ['%032x' % n for n in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(list(pool.map(lambda s: build_cached_node(cache_root, s), signatures))[:2])
