# https://github.com/github/spec-kit/pull/3811
# Fixed: the existence check is dropped and unlink(missing_ok=True) tolerates the file
# having been removed by someone else.
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def delete_managed_file(project_root: Path, rel_path: str) -> None:
    path = project_root / rel_path
    path.unlink(missing_ok=True)


def delete_integration_files(project_root: Path, files: list) -> None:
    with ThreadPoolExecutor() as pool:
        for rel in files:
            pool.submit(delete_managed_file, project_root, rel)
