# https://github.com/joblib/joblib/issues/1851 (fix: https://github.com/joblib/joblib/pull/1852)
# delete_folder checked os.path.isdir(folder_path) and then called os.listdir(folder_path) outside its
# retry handler. When another cleaner (the resource tracker or another process) removed the folder in
# between, the listing raised FileNotFoundError and an otherwise finished cleanup failed. The fix lists
# the folder inside the retry block and stops when the folder has already gone.
import os
import shutil
import sys
import time

RM_SUBDIRS_RETRY_TIME = 0.1
RM_SUBDIRS_N_RETRY = 10


def rm_subdirs(path, onerror=None):
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
        delete_folder(os.path.join(path, name))


def delete_folder(folder_path, allow_non_empty=True):
    """Cleanup a temporary folder if it still exists."""
    if os.path.isdir(folder_path):
        # allow the rmtree to fail once, wait and re-try.
        # if the error is raised again, fail
        err_count = 0
        while True:
            files = os.listdir(folder_path)  # Noncompliant
            try:
                if len(files) == 0 or allow_non_empty:
                    shutil.rmtree(folder_path, ignore_errors=False, onerror=None)
                    break
                else:
                    raise OSError(
                        "Expected empty folder {} but got {} files.".format(
                            folder_path, len(files)
                        )
                    )
            except OSError:
                err_count += 1
                if err_count > RM_SUBDIRS_N_RETRY:
                    # the folder cannot be deleted right now, maybe because some
                    # temporary files have not been deleted yet.
                    raise
            time.sleep(RM_SUBDIRS_RETRY_TIME)
