# https://github.com/python/cpython/pull/18007
# Bug (bpo-25872): linecache keeps a module-global `cache` dict shared by every
# thread that formats a traceback. checkcache()/updatecache() test that a filename
# is in the cache and then `del cache[filename]`; when two threads do this for
# the same file, the second del raises KeyError. Fix: cache.pop(filename, None).
import os
import sys
import threading

cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    else:
        if filename in cache:
            filenames = [filename]
        else:
            return

    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            del cache[filename]  # Noncompliant


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            del cache[filename]  # Noncompliant
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        stat = os.stat(filename)
        with open(filename, encoding="utf-8") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    cache[filename] = stat.st_size, stat.st_mtime, lines, filename
    return lines


def _format_current_frame():
    f = sys._getframe()
    checkcache(f.f_code.co_filename)
    return getline(f.f_code.co_filename, f.f_lineno)


def run_workers(n=8):
    threads = [threading.Thread(target=_format_current_frame) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
