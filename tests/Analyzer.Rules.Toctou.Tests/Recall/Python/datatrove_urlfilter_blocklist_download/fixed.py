# https://github.com/huggingface/datatrove/pull/155 (fixes https://github.com/huggingface/datatrove/issues/140)
# Fixed version: exists checks, download and extraction run under an inter-process lock on
# "<path>.lock" (fasteners.InterProcessLock in datatrove, an flock here).
import fcntl
import io
import multiprocessing
import os
import tarfile
import tempfile

BLOCK_LIST = b"example.com\nexample.org\n"


class InterProcessLock:
    def __init__(self, path):
        self.path = path
        self._fd = None

    def __enter__(self):
        self._fd = open(self.path, "a")
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._fd.close()


def fetch_archive(_url, dest):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        info = tarfile.TarInfo("adult/domains")
        info.size = len(BLOCK_LIST)
        tar.addfile(info, io.BytesIO(BLOCK_LIST))
    with open(dest, "wb") as f:
        f.write(buf.getvalue())


class LockedURLFilter:
    def __init__(self, download_path):
        self.download_path = download_path
        self.block_listed_domains = None

    def download_data(self):
        archive = self.download_path + "blacklists.tar.gz"
        os.makedirs(os.path.dirname(self.download_path), exist_ok=True)
        with InterProcessLock(archive + ".lock"):
            if not os.path.isfile(archive):
                fetch_archive("ftp://example/adult.tar.gz", archive)
            if not os.path.isfile(self.download_path + "adult/domains"):
                with tarfile.open(archive, "r:gz") as tar:
                    tar.extractall(self.download_path)

    def filter(self, url):
        if self.block_listed_domains is None:
            self.download_data()
            with open(self.download_path + "adult/domains") as f:
                self.block_listed_domains = {line.strip() for line in f}
        return url.split("/")[2] not in self.block_listed_domains


def run_rank(args):
    rank, download_path = args
    url_filter = LockedURLFilter(download_path)
    docs = ["http://example.com/a", "http://ok.net/b"]
    return rank, [url_filter.filter(d) for d in docs]


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "url_filter", "")
    with multiprocessing.Pool(8) as pool:
        print(pool.map(run_rank, [(r, path) for r in range(8)]))
