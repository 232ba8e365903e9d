# https://github.com/frerich/clcache/pull/204
# Fixed version: the hasEntry test and addObjectToCache run while holding the same
# section lock, so a concurrent clcache process storing the same cache key is either
# seen by the test or waits until this one is done.
import os
import shutil
import threading


class SectionMutex:
    """Per-section lock (clcache uses a named Windows mutex shared by all processes)."""

    def __init__(self, name):
        self._name = name
        self._mutex = threading.Lock()

    def __enter__(self):
        self._mutex.acquire()
        return self

    def __exit__(self, *exc):
        self._mutex.release()


class ArtifactsSection:
    def __init__(self, path):
        self.path = path
        self.lock = SectionMutex("clcache-" + os.path.basename(path))

    def entryDir(self, key):
        return os.path.join(self.path, key)

    def containsEntry(self, key):
        return os.path.exists(os.path.join(self.entryDir(key), "object"))

    def storeEntry(self, key, objectFile):
        entryDir = self.entryDir(key)
        os.makedirs(entryDir, exist_ok=True)
        tmp = os.path.join(entryDir, "object.tmp")
        shutil.copyfile(objectFile, tmp)
        os.rename(tmp, os.path.join(entryDir, "object"))


class ObjectCache:
    def __init__(self, root):
        self.root = root

    def sectionFor(self, key):
        return ArtifactsSection(os.path.join(self.root, key[:2]))

    def lockForKey(self, key):
        return self.sectionFor(key).lock

    def containsEntry(self, key):
        return self.sectionFor(key).containsEntry(key)

    def storeEntry(self, key, objectFile):
        self.sectionFor(key).storeEntry(key, objectFile)


def storeObjectInCache(cache, cachekey, objectFile):
    cache.storeEntry(cachekey, objectFile)


def ensureArtifactsExist(cache, cachekey, objectFile, compilerResult):
    returnCode, stdout, stderr = compilerResult
    correct = returnCode == 0 and os.path.exists(objectFile)
    with cache.lockForKey(cachekey):
        if correct and not cache.containsEntry(cachekey):
            storeObjectInCache(cache, cachekey, objectFile)
    return returnCode, stdout, stderr
