# https://github.com/NVIDIA/physicsnemo/issues/329
# PythonLogger.file_logging removed an old log file with `if os.path.exists(file_name): os.remove(file_name)`.
# In multi-process / multi-node launches every rank runs this on the same path, so another rank could
# delete the file between the check and the remove and this rank crashed with FileNotFoundError.
# The fix wraps the remove in try/except FileNotFoundError ("can happen with multiple processes").
import logging
import os


class PythonLogger:
    """Simple console logger for DL training"""

    def __init__(self, name: str = "launch"):
        self.logger = logging.getLogger(name)
        self.logger.handlers.clear()
        formatter = logging.Formatter(
            "[%(asctime)s - %(name)s - %(levelname)s] %(message)s", datefmt="%H:%M:%S"
        )
        streamhandler = logging.StreamHandler()
        streamhandler.setFormatter(formatter)
        streamhandler.setLevel(logging.INFO)
        self.logger.addHandler(streamhandler)
        self.logger.setLevel(logging.DEBUG)
        self.logger.propagate = False  # Prevent parent logging

    def file_logging(self, file_name: str = "launch.log"):
        """Log to file"""
        if os.path.exists(file_name):
            os.remove(file_name)  # Noncompliant
        formatter = logging.Formatter(
            "[%(asctime)s - %(name)s - %(levelname)s] %(message)s",
            datefmt="%H:%M:%S",
        )
        filehandler = logging.FileHandler(file_name)
        filehandler.setFormatter(formatter)
        filehandler.setLevel(logging.DEBUG)
        self.logger.addHandler(filehandler)

    def log(self, message: str):
        """Log message"""
        self.logger.info(message)

    def warning(self, message: str):
        """Log warning"""
        self.logger.warning(message)
