# https://github.com/huggingface/datatrove/pull/155 (fixes https://github.com/huggingface/datatrove/issues/140)
# URLFilter.download_data() runs in every rank process: "archive missing -> download" and
# "lists missing -> extract"; ranks pass the checks together and extract a partly written
# archive (tar ReadError). Fix: checks and actions under an inter-process file lock.
import io
import multiprocessing
import os
import tarfile
import tempfile
import time

ADULT_LIST = b"example.com\nexample.org\n"


def urlretrieve(_url, dest):
    with open(dest, "wb") as f:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            info = tarfile.TarInfo("adult/domains")
            info.size = len(ADULT_LIST)
            tar.addfile(info, io.BytesIO(ADULT_LIST))
        data = buf.getvalue()
        for i in range(0, len(data), 16):
            f.write(data[i:i + 16])
            f.flush()
            time.sleep(0.001)


class URLFilter:
    def __init__(self, download_path):
        self.download_path = download_path
        self.block_listed_domains = None

    def download_data(self):
        archive = self.download_path + "blacklists.tar.gz"
        if not os.path.isfile(archive):
            os.makedirs(os.path.dirname(self.download_path), exist_ok=True)
            urlretrieve("ftp://example/adult.tar.gz", archive)  # Noncompliant
        if not os.path.isfile(self.download_path + "adult/domains"):
            with tarfile.open(archive, "r:gz") as tar:
                tar.extractall(self.download_path)  # Noncompliant

    def filter(self, url):
        if self.block_listed_domains is None:
            self.download_data()
            with open(self.download_path + "adult/domains") as f:
                self.block_listed_domains = {line.strip() for line in f}
        return url.split("/")[2] not in self.block_listed_domains


def run_for_rank(args):
    rank, download_path = args
    url_filter = URLFilter(download_path)
    docs = ["http://example.com/a", "http://ok.net/b"]
    return rank, [url_filter.filter(d) for d in docs]


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "url_filter", "")
    with multiprocessing.Pool(8) as pool:
        print(pool.map(run_for_rank, [(r, path) for r in range(8)]))
