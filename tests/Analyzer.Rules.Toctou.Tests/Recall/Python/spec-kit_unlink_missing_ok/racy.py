# https://github.com/github/spec-kit/pull/3811
# The integration/extension helpers did "if path.exists(): path.unlink()"; another process
# (or a parallel install/remove) can delete the file between the check and the unlink,
# which then raises FileNotFoundError. Fix: path.unlink(missing_ok=True).
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def remove_managed_file(project_root: Path, rel_path: str) -> None:
    path = project_root / rel_path
    if path.exists():
        path.unlink()  # Noncompliant


def remove_integration_files(project_root: Path, files: list) -> None:
    with ThreadPoolExecutor() as pool:
        for rel in files:
            pool.submit(remove_managed_file, project_root, rel)
