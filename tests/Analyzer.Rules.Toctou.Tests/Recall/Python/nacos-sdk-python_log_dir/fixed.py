# https://github.com/nacos-group/nacos-sdk-python/pull/171
# Fixed: the log directory is created with exist_ok=True, so a directory made
# by a sibling worker process in the meantime is accepted.
import logging
import os


class SafeNacosClient(object):
    def __init__(self, server_addresses, namespace=None, logDir=None):
        self.server_addresses = server_addresses
        self.namespace = namespace or ""
        self.log_dir = logDir or os.path.join(os.path.expanduser("~"), "logs", "nacos")
        self.setup_log()

    def setup_log(self):
        if not os.path.exists(self.log_dir):
            os.makedirs(self.log_dir, exist_ok=True)
        handler = logging.FileHandler(os.path.join(self.log_dir, "nacos-client.log"))
        logger = logging.getLogger("nacos")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


safe_client = SafeNacosClient("127.0.0.1:8848")
