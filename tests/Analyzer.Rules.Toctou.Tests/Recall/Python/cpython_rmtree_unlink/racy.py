# https://github.com/python/cpython/pull/14064
# shutil.rmtree lists a directory with os.scandir() and then unlinks/recurses into
# each listed entry. If another thread or process deletes an entry after the listing,
# os.unlink()/os.scandir() raise FileNotFoundError and the whole rmtree fails.
# Fix (gh-81441): ignore FileNotFoundError for everything below the top-level path.
import os
import stat
import threading


def _rmtree_unsafe(path, onerror):
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
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
            _rmtree_unsafe(fullname, onerror)
        else:
            try:
                os.unlink(fullname)  # Noncompliant
            except OSError:
                onerror(os.unlink, fullname, None)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, None)


def rmtree(path, ignore_errors=False):
    def onerror(func, p, exc):
        if not ignore_errors:
            raise OSError("cannot remove %r via %s" % (p, func.__name__))
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise OSError("Cannot call rmtree on a symbolic link")
    _rmtree_unsafe(path, onerror)


def cleanup_in_parallel(build_dir):
    # two workers clean the same scratch tree at the same time
    threads = [threading.Thread(target=rmtree, args=(build_dir,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
