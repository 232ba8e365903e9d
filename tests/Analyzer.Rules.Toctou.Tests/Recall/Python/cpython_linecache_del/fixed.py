# https://github.com/python/cpython/pull/18007
# Fixed: entries are discarded with cache.pop(filename, None), which does the
# lookup and removal in one dict call, so a second thread removing the same
# entry no longer raises KeyError.
import os
import sys
import threading

line_cache = {}


def get_line(filename, lineno, module_globals=None):
    lines = get_lines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def get_lines(filename, module_globals=None):
    entry = line_cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return update_cache(filename, module_globals)


def check_cache(filename=None):
    if filename is None:
        filenames = list(line_cache.keys())
    else:
        if filename in line_cache:
            filenames = [filename]
        else:
            return

    for filename in filenames:
        entry = line_cache.get(filename)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            line_cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            line_cache.pop(filename, None)


def update_cache(filename, module_globals=None):
    if filename in line_cache:
        if len(line_cache[filename]) != 1:
            line_cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        stat = os.stat(filename)
        with open(filename, encoding="utf-8") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    line_cache[filename] = stat.st_size, stat.st_mtime, lines, filename
    return lines


def _format_frame():
    f = sys._getframe()
    check_cache(f.f_code.co_filename)
    return get_line(f.f_code.co_filename, f.f_lineno)


def run_threads(n=8):
    threads = [threading.Thread(target=_format_frame) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
