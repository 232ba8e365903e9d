# https://github.com/fhamborg/news-please/pull/195
# CommonCrawl extraction runs one extractor per WARC file in a multiprocessing
# Pool; every worker's setup checked os.path.exists(download_dir) and then called
# os.makedirs(download_dir). Two workers can both see "missing" and the second
# makedirs raises FileExistsError. Fix: os.makedirs(..., exist_ok=True).
import logging
import os
import urllib.parse
import urllib.request
from functools import partial
from multiprocessing import Pool


class CommonCrawlExtractor:
    local_download_dir_warc = "./cc_download_warc/"
    cc_base_url = "https://data.commoncrawl.org/"

    def __init__(self):
        self.logger = logging.getLogger(__name__)

    def _setup(self):
        if not os.path.exists(self.local_download_dir_warc):
            os.makedirs(self.local_download_dir_warc)  # Noncompliant
        logging.getLogger("urllib3").setLevel(logging.CRITICAL)

    def _download(self, warc_path):
        local_name = urllib.parse.quote_plus(warc_path)
        local_path = os.path.join(self.local_download_dir_warc, local_name)
        urllib.request.urlretrieve(self.cc_base_url + warc_path, local_path)
        return local_path

    def extract_from_commoncrawl(self, warc_path, on_article, download_dir=None):
        if download_dir:
            self.local_download_dir_warc = download_dir
        self._setup()
        local = self._download(warc_path)
        on_article(local)


def _start_extractor(warc_path, on_article, download_dir):
    CommonCrawlExtractor().extract_from_commoncrawl(warc_path, on_article, download_dir)


def crawl_from_commoncrawl(warc_paths, on_article, download_dir, processes=4):
    with Pool(processes) as pool:
        pool.map(partial(_start_extractor, on_article=on_article,
                         download_dir=download_dir), warc_paths)
