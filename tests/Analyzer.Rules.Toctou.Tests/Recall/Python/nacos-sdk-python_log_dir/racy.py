# https://github.com/nacos-group/nacos-sdk-python/pull/171
# Each gunicorn worker process builds a NacosClient at import time, which makes
# sure the log directory (~/logs/nacos/) exists. Several workers booting at
# once all see it missing; one creates it and the others crash with
# "File exists", so the service fails to start. Fix: makedirs(exist_ok=True).
import logging
import os


class NacosClient(object):
    def __init__(self, server_addresses, namespace=None, logDir=None):
        self.server_addresses = server_addresses
        self.namespace = namespace or ""
        self.log_dir = logDir or os.path.join(os.path.expanduser("~"), "logs", "nacos")
        self.init_log()

    def init_log(self):
        if not os.path.exists(self.log_dir):
            os.makedirs(self.log_dir)  # Noncompliant
        handler = logging.FileHandler(os.path.join(self.log_dir, "nacos-client.log"))
        logger = logging.getLogger("nacos")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


# module level, executed in every worker process on import
client = NacosClient("127.0.0.1:8848")
