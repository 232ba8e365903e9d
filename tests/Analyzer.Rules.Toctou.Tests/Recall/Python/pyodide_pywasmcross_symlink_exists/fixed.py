# https://github.com/pyodide/pyodide/pull/1011
# Fixed: the symlink is created unconditionally and FileExistsError (another build
# thread won the race) is ignored, instead of checking exists() first.
import os
import threading
from pathlib import Path

TOOL_LINK_DIR = Path("/tmp/pyodide-tools")
COMPILER_NAMES = ["cc", "c++", "ld", "ar", "gcc", "gfortran"]


def install_compiler_links(env):
    exec_path = Path(__file__).resolve()
    for name in COMPILER_NAMES:
        link_path = TOOL_LINK_DIR / name
        try:
            link_path.symlink_to(exec_path)
        except FileExistsError:
            pass
        env["CXX" if name == "c++" else name.upper()] = name


def run_compile_capture(package):
    env = dict(os.environ)
    install_compiler_links(env)
    env["PATH"] = str(TOOL_LINK_DIR) + ":" + env.get("PATH", "")
    return package, env["CC"]


def build_all(packages, n_jobs=4):
    TOOL_LINK_DIR.mkdir(parents=True, exist_ok=True)
    pending = list(packages)
    pending_lock = threading.Lock()

    def build_worker():
        while True:
            with pending_lock:
                if not pending:
                    return
                package = pending.pop()
            run_compile_capture(package)

    workers = [threading.Thread(target=build_worker) for _ in range(n_jobs)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    build_all(["numpy", "scipy", "pandas", "lxml", "regex", "cffi"])
