# https://github.com/python/cpython/pull/14064
# Fixed: below the top-level path, FileNotFoundError from scandir/unlink/rmdir is
# swallowed (the entry was already removed by someone else, like `rm -r`); the
# top-level path is checked explicitly so a missing root still raises.
import os
import stat
import threading


def _rmtree_tolerant(path, onerror):
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
    except FileNotFoundError:
        return
    except OSError:
        onerror(os.scandir, path, None)
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_tolerant(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except FileNotFoundError:
                continue
            except OSError:
                onerror(os.unlink, fullname, None)
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError:
        onerror(os.rmdir, path, None)


def rmtree_tolerant(path, ignore_errors=False):
    def onerror(func, p, exc):
        if not ignore_errors:
            raise OSError("cannot remove %r via %s" % (p, func.__name__))
    st = os.lstat(path)  # raises FileNotFoundError for a missing top-level path
    if stat.S_ISLNK(st.st_mode):
        raise OSError("Cannot call rmtree on a symbolic link")
    _rmtree_tolerant(path, onerror)


def cleanup_in_parallel_tolerant(build_dir):
    threads = [threading.Thread(target=rmtree_tolerant, args=(build_dir,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
