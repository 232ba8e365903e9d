# https://github.com/blockchain-etl/ethereum-etl/pull/64
# CsvItemExporter.export_item is called from many worker threads of the batch
# executor. Two threads can both see _headers_not_written == True and both write
# the header row, so a header ends up in the middle of the CSV. The fix guards
# the flag test and the header write with one lock (double-checked locking).
import csv
import io
from concurrent.futures import ThreadPoolExecutor


class CsvItemExporter:
    def __init__(self, file, include_headers_line=True):
        self.include_headers_line = include_headers_line
        self.stream = io.TextIOWrapper(file, line_buffering=False, write_through=True,
                                       encoding="utf-8")
        self.csv_writer = csv.writer(self.stream)
        self.fields_to_export = None
        self._headers_not_written = True

    def export_item(self, item):
        if self._headers_not_written:
            self._headers_not_written = False
            self._write_headers_and_set_fields_to_export(item)  # Noncompliant
        row = [item.get(name, "") for name in self.fields_to_export]
        self.csv_writer.writerow(row)

    def _write_headers_and_set_fields_to_export(self, item):
        if not self.fields_to_export:
            self.fields_to_export = list(item.keys())
        if self.include_headers_line:
            self.csv_writer.writerow(self.fields_to_export)


class ExportBlocksJob:
    def __init__(self, blocks, output_file, max_workers=5):
        self.blocks = blocks
        self.exporter = CsvItemExporter(output_file)
        self.executor = ThreadPoolExecutor(max_workers=max_workers)

    def _export_batch(self, batch):
        for block in batch:
            self.exporter.export_item({"number": block, "hash": hex(block)})

    def run(self, batch_size=10):
        batches = [self.blocks[i:i + batch_size]
                   for i in range(0, len(self.blocks), batch_size)]
        futures = [self.executor.submit(self._export_batch, b) for b in batches]
        for f in futures:
            f.result()
        self.executor.shutdown()
