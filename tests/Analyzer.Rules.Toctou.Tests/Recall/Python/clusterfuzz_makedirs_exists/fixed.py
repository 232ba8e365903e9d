# https://github.com/google/clusterfuzz/pull/4255
# Fixed version: makedirs with exist_ok=True creates the directory or accepts that another
# bot process already did, in one call.
import os
import sys
import tempfile
from multiprocessing import Process


def get_bot_inputs_dir(root):
    return os.path.join(root, "bot", "inputs", "fuzzer-testcases")


def ensure_testcase_directory_exist_ok(root):
    directory = get_bot_inputs_dir(root)
    os.makedirs(directory, exist_ok=True)
    return directory


def run_fuzz_task_safely(root, task_id):
    testcase_dir = ensure_testcase_directory_exist_ok(root)
    with open(os.path.join(testcase_dir, "testcase-%d" % task_id), "wb") as f:
        f.write(b"\x00" * 16)


def safe_main(root):
    workers = [Process(target=run_fuzz_task_safely, args=(root, i)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    safe_main(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
