# https://github.com/NVIDIA/physicsnemo/issues/329
# Fixed version: the existence check is kept, but a FileNotFoundError from the remove (another process
# removed the file first) is ignored, so every rank can set up its file handler.
import logging
import os


class RankSafeLogger:
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

    def log_to_file(self, file_name: str = "launch.log"):
        """Log to file"""
        if os.path.exists(file_name):
            try:
                os.remove(file_name)
            except FileNotFoundError:
                # ignore if already removed (can happen with multiple processes)
                pass
        formatter = logging.Formatter(
            "[%(asctime)s - %(name)s - %(levelname)s] %(message)s",
            datefmt="%H:%M:%S",
        )
        filehandler = logging.FileHandler(file_name)
        filehandler.setFormatter(formatter)
        filehandler.setLevel(logging.DEBUG)
        self.logger.addHandler(filehandler)

    def info(self, message: str):
        """Log message"""
        self.logger.info(message)

    def warn(self, message: str):
        """Log warning"""
        self.logger.warning(message)
