# https://github.com/SCons/scons/pull/3353
# CacheDir did "if not isdir(path): makedirs(path)" and "if not exists(config): open(config,
# 'w')"; parallel -j jobs or several scons processes on a fresh cache both pass the checks
# and the loser's makedirs fails ("Failed to create cache directory"). Fix: makedirs(
# exist_ok=True) and open(config, 'x'), reading the config on FileExistsError.
import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor


class SConsEnvironmentError(Exception):
    pass


class CacheDir:
    def __init__(self, path):
        self.requests = 0
        self.hits = 0
        self.path = path
        self.config = {}
        if path is not None:
            self._readconfig(path)

    def _readconfig(self, path):
        config_file = os.path.join(path, 'config')
        if os.path.exists(config_file):
            self.config = self._load_config(config_file)  # Noncompliant
            return
        if not os.path.isdir(path):
            try:
                os.makedirs(path)  # Noncompliant
            except OSError:
                raise SConsEnvironmentError("Failed to create cache directory " + path)
        self.config['prefix_len'] = 2
        with open(config_file, 'w') as config:
            json.dump(self.config, config)

    @staticmethod
    def _load_config(config_file):
        with open(config_file) as config:
            try:
                return json.load(config)
            except ValueError:
                raise SConsEnvironmentError("Failed to read cache configuration for " + config_file)

    def cachepath(self, sig):
        subdir = sig[:self.config['prefix_len']].upper()
        return os.path.join(self.path, subdir), os.path.join(self.path, subdir, sig)


def build_node(cache_root, sig):
    # every parallel build job asks for the environment's CacheDir
    return CacheDir(cache_root).cachepath(sig)


if __name__ == '__main__':
    root = os.path.join(tempfile.mkdtemp(), 'build_cache')
    sigs = ['%032x' % n for n in range(16)]
    with ThreadPoolExecutor(max_workers=8) as jobs:
        print(list(jobs.map(lambda s: build_node(root, s), sigs))[:2])
