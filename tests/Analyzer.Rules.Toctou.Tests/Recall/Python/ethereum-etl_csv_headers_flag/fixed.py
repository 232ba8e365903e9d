# https://github.com/blockchain-etl/ethereum-etl/pull/64
import csv
import io
import threading
from concurrent.futures import ThreadPoolExecutor


class SafeCsvItemExporter:
    def __init__(self, file, include_headers_line=True):
        self.include_headers_line = include_headers_line
        self.stream = io.TextIOWrapper(file, line_buffering=False, write_through=True,
                                       encoding="utf-8")
        self.csv_writer = csv.writer(self.stream)
        self.fields_to_export = None
        self._headers_not_written = True
        self._write_headers_lock = threading.Lock()

    def export_item(self, item):
        if self._headers_not_written:
            with self._write_headers_lock:
                if self._headers_not_written:
                    self._write_headers_and_set_fields(item)
                    self._headers_not_written = False
        row = [item.get(name, "") for name in self.fields_to_export]
        self.csv_writer.writerow(row)

    def _write_headers_and_set_fields(self, item):
        if not self.fields_to_export:
            self.fields_to_export = list(item.keys())
        if self.include_headers_line:
            self.csv_writer.writerow(self.fields_to_export)


class SafeExportBlocksJob:
    def __init__(self, blocks, output_file, max_workers=5):
        self.blocks = blocks
        self.exporter = SafeCsvItemExporter(output_file)
        self.executor = ThreadPoolExecutor(max_workers=max_workers)

    def _export_one_batch(self, batch):
        for block in batch:
            self.exporter.export_item({"number": block, "hash": hex(block)})

    def run_all(self, batch_size=10):
        batches = [self.blocks[i:i + batch_size]
                   for i in range(0, len(self.blocks), batch_size)]
        futures = [self.executor.submit(self._export_one_batch, b) for b in batches]
        for f in futures:
            f.result()
        self.executor.shutdown()
