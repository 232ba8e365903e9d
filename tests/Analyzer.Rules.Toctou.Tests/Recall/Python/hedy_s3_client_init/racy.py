# https://github.com/hedyorg/hedy/pull/540
# The S3 log transmitter creates its boto3 S3 client lazily on first upload.
# Log flushes run on more than one thread; both can see no client yet and call
# boto3.client at the same time, and boto3 client creation is not thread safe
# (KeyError 'endpoint_resolver', boto/boto3#1592). Fix: hold a lock across the
# check and the client initialisation.
import threading

import boto3


class S3Transmitter(object):
    def __init__(self, bucket, prefix):
        self.bucket = bucket
        self.prefix = prefix
        self.s3_client = None

    def transmit(self, timestamp, records):
        if self.s3_client is None:
            self.s3_client = boto3.client("s3", region_name="eu-west-1")  # Noncompliant
        key = self.prefix + "/" + str(timestamp) + ".jsonl"
        body = "\n".join(records)
        self.s3_client.put_object(Bucket=self.bucket, Key=key, Body=body)


class LogQueue(object):
    def __init__(self, transmitter):
        self.transmitter = transmitter
        self.records = []
        self.mutex = threading.Lock()

    def add(self, record):
        with self.mutex:
            self.records.append(record)

    def transmit_now(self, timestamp):
        with self.mutex:
            batch, self.records = self.records, []
        if batch:
            self.transmitter.transmit(timestamp, batch)

    def start_background(self, interval_ts):
        t = threading.Thread(target=self.transmit_now, args=(interval_ts,), daemon=True)
        t.start()
        return t
