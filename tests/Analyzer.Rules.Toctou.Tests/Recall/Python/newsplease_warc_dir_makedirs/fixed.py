# https://github.com/fhamborg/news-please/pull/195
# Fixed version: the download directory is created with exist_ok=True, so a
# worker that loses to another worker in the Pool no longer fails.
import logging
import os
import urllib.parse
import urllib.request
from functools import partial
from multiprocessing import Pool


class SafeCommonCrawlExtractor:
    local_download_dir_warc = "./cc_download_warc/"
    cc_base_url = "https://data.commoncrawl.org/"

    def __init__(self):
        self.logger = logging.getLogger(__name__)

    def _prepare(self):
        os.makedirs(self.local_download_dir_warc, exist_ok=True)
        logging.getLogger("urllib3").setLevel(logging.CRITICAL)

    def _fetch(self, warc_path):
        local_name = urllib.parse.quote_plus(warc_path)
        local_path = os.path.join(self.local_download_dir_warc, local_name)
        urllib.request.urlretrieve(self.cc_base_url + warc_path, local_path)
        return local_path

    def extract_warc(self, warc_path, on_article, download_dir=None):
        if download_dir:
            self.local_download_dir_warc = download_dir
        self._prepare()
        local = self._fetch(warc_path)
        on_article(local)


def _run_safe_extractor(warc_path, on_article, download_dir):
    SafeCommonCrawlExtractor().extract_warc(warc_path, on_article, download_dir)


def crawl_warcs_safely(warc_paths, on_article, download_dir, processes=4):
    with Pool(processes) as pool:
        pool.map(partial(_run_safe_extractor, on_article=on_article,
                         download_dir=download_dir), warc_paths)
