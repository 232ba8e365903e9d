# https://github.com/frerich/clcache/pull/204
# Many clcache processes run in parallel during a build (cl /MP, msbuild -m). After a cache
# miss, the object was added when cache.hasEntry(cachekey) was false, but that test ran
# outside the per-section lock; another process could store the same entry in between and the
# final rename failed with FileExistsError. Fix: test hasEntry and add the entry under one lock.
import os
import shutil
import threading


class CacheLock:
    """Per-section lock (clcache uses a named Windows mutex shared by all processes)."""

    def __init__(self, name):
        self._name = name
        self._mutex = threading.Lock()

    def __enter__(self):
        self._mutex.acquire()
        return self

    def __exit__(self, *exc):
        self._mutex.release()


class CompilerArtifactsSection:
    def __init__(self, path):
        self.path = path
        self.lock = CacheLock("clcache-" + os.path.basename(path))

    def cacheEntryDir(self, key):
        return os.path.join(self.path, key)

    def hasEntry(self, key):
        return os.path.exists(os.path.join(self.cacheEntryDir(key), "object"))

    def setEntry(self, key, objectFile):
        entryDir = self.cacheEntryDir(key)
        os.makedirs(entryDir, exist_ok=True)
        tmp = os.path.join(entryDir, "object.tmp")
        shutil.copyfile(objectFile, tmp)
        os.rename(tmp, os.path.join(entryDir, "object"))


class Cache:
    def __init__(self, root):
        self.root = root

    def section(self, key):
        return CompilerArtifactsSection(os.path.join(self.root, key[:2]))

    def lockFor(self, key):
        return self.section(key).lock

    def hasEntry(self, key):
        return self.section(key).hasEntry(key)

    def setEntry(self, key, objectFile):
        self.section(key).setEntry(key, objectFile)


def addObjectToCache(cache, cachekey, objectFile):
    cache.setEntry(cachekey, objectFile)


def postprocessObjectMiss(cache, cachekey, objectFile, compilerResult):
    returnCode, stdout, stderr = compilerResult
    correct = returnCode == 0 and os.path.exists(objectFile)
    if correct and not cache.hasEntry(cachekey):
        with cache.lockFor(cachekey):
            addObjectToCache(cache, cachekey, objectFile)  # Noncompliant
    return returnCode, stdout, stderr
