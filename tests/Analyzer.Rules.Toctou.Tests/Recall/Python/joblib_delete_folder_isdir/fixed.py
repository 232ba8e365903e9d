# https://github.com/joblib/joblib/issues/1851 (fix: https://github.com/joblib/joblib/pull/1852)
# Fixed version: the listing now happens inside the retry block, and a FileNotFoundError (the folder was
# removed by another cleaner after the isdir check) ends the cleanup successfully instead of failing it.
import os
import shutil
import sys
import time

RMDIR_RETRY_TIME = 0.1
RMDIR_N_RETRY = 10


def remove_subdirs(path, onerror=None):
    """Remove all subdirectories in this path, leaving path itself in place."""
    names = []
    try:
        names = os.listdir(path)
    except OSError:
        if onerror is not None:
            onerror(os.listdir, path, sys.exc_info())
        else:
            raise
    for name in names:
        remove_folder(os.path.join(path, name))


def remove_folder(folder_path, allow_non_empty=True):
    """Cleanup a temporary folder if it still exists."""
    if os.path.isdir(folder_path):
        # allow the rmtree to fail once, wait and re-try.
        # if the error is raised again, fail
        err_count = 0
        while True:
            try:
                files = os.listdir(folder_path)
                if len(files) == 0 or allow_non_empty:
                    shutil.rmtree(folder_path, ignore_errors=False, onerror=None)
                    break
                else:
                    raise OSError(
                        "Expected empty folder {} but got {} files.".format(
                            folder_path, len(files)
                        )
                    )
            except FileNotFoundError:
                # another cleaner removed the folder first: nothing left to do
                break
            except OSError:
                err_count += 1
                if err_count > RMDIR_N_RETRY:
                    raise
            time.sleep(RMDIR_RETRY_TIME)
