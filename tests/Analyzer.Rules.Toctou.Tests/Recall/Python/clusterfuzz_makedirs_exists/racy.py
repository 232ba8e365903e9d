# https://github.com/google/clusterfuzz/pull/4255
# A bot helper checked whether a working directory existed and created it if not; with several
# bot processes on one host, another process created the directory between the check and the
# makedirs call, and the task crashed with FileExistsError (seen in production error reports).
# Fix: drop the existence check and call os.makedirs(..., exist_ok=True).
import os
import sys
import tempfile
from multiprocessing import Process


def get_bot_dir(root):
    return os.path.join(root, "bot", "inputs", "fuzzer-testcases")


def ensure_testcase_directory(root):
    directory = get_bot_dir(root)
    if not os.path.exists(directory):
        os.makedirs(directory)  # Noncompliant
    return directory


def run_fuzz_task(root, task_id):
    testcase_dir = ensure_testcase_directory(root)
    with open(os.path.join(testcase_dir, "testcase-%d" % task_id), "wb") as f:
        f.write(b"\x00" * 16)


def main(root):
    workers = [Process(target=run_fuzz_task, args=(root, i)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
