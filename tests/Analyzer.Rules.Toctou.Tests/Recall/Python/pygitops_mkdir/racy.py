# https://github.com/wayfair-incubator/pygitops/pull/224
# pygitops checked a directory's existence before Path.mkdir() to avoid FileExistsError; when
# several workers prepare the same workspace directory, another worker can create it between the
# check and mkdir(), which then raises. Fix: drop the check and pass exist_ok=True to mkdir().
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class Repo:
    @staticmethod
    def clone_from(url: str, to_path: Path) -> "Repo":
        return Repo()


def get_updated_repo(repo_url: str, clone_dir: Path) -> Repo:
    workspace = clone_dir.parent
    if not workspace.exists():
        workspace.mkdir(parents=True)  # Noncompliant
    return Repo.clone_from(repo_url, clone_dir)


def clone_all(repo_urls: list, base: Path) -> list:
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [
            pool.submit(get_updated_repo, url, base / "workspace" / url.rsplit("/", 1)[-1])
            for url in repo_urls
        ]
        return [f.result() for f in futures]
