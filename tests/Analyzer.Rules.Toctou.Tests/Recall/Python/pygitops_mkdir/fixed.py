# https://github.com/wayfair-incubator/pygitops/pull/224
# Fixed version: the existence check is removed and Path.mkdir(exist_ok=True) tolerates a directory
# created by another worker.
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class GitRepo:
    @staticmethod
    def clone_from(url: str, to_path: Path) -> "GitRepo":
        return GitRepo()


def fetch_updated_repo(repo_url: str, clone_dir: Path) -> GitRepo:
    workspace = clone_dir.parent
    workspace.mkdir(parents=True, exist_ok=True)
    return GitRepo.clone_from(repo_url, clone_dir)


def clone_repos(repo_urls: list, base: Path) -> list:
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [
            pool.submit(fetch_updated_repo, url, base / "workspace" / url.rsplit("/", 1)[-1])
            for url in repo_urls
        ]
        return [f.result() for f in futures]
