# https://github.com/pyodide/pyodide/pull/1011
# pywasmcross.make_symlinks() makes compiler-named symlinks (cc, c++, ld, ar, gcc, ...)
# in a shared tools directory point at the pywasmcross script: it checks
# `if not symlink_path.exists()` and then calls symlink_to(). When packages are built
# in parallel, another build thread can create the same symlink between the check and
# the call, so symlink_to() raises FileExistsError and the package build fails (seen
# repeatedly in CI). Fix: always try symlink_to() and ignore FileExistsError.
import os
import threading
from pathlib import Path

TOOLSDIR = Path("/tmp/pyodide-tools")
SYMLINKS = ["cc", "c++", "ld", "ar", "gcc", "gfortran"]


def make_symlinks(env):
    exec_path = Path(__file__).resolve()
    for symlink in SYMLINKS:
        symlink_path = TOOLSDIR / symlink
        if not symlink_path.exists():
            symlink_path.symlink_to(exec_path)  # Noncompliant
        env["CXX" if symlink == "c++" else symlink.upper()] = symlink


def capture_compile(package):
    env = dict(os.environ)
    make_symlinks(env)
    env["PATH"] = str(TOOLSDIR) + ":" + env.get("PATH", "")
    return package, env["CC"]


def build_packages(packages, n_jobs=4):
    TOOLSDIR.mkdir(parents=True, exist_ok=True)
    queue = list(packages)
    queue_lock = threading.Lock()

    def worker():
        while True:
            with queue_lock:
                if not queue:
                    return
                package = queue.pop()
            capture_compile(package)

    threads = [threading.Thread(target=worker) for _ in range(n_jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    build_packages(["numpy", "scipy", "pandas", "lxml", "regex", "cffi"])
