# https://github.com/hedyorg/hedy/pull/540
# Fixed: a lock is held across the "no client yet" check and the boto3 client
# creation, so only one thread initialises the S3 client.
import threading

import boto3


class LockedS3Transmitter(object):
    def __init__(self, bucket, prefix):
        self.bucket = bucket
        self.prefix = prefix
        self.s3_client = None
        self.client_lock = threading.Lock()

    def send(self, timestamp, records):
        with self.client_lock:
            if self.s3_client is None:
                self.s3_client = boto3.client("s3", region_name="eu-west-1")
        key = self.prefix + "/" + str(timestamp) + ".jsonl"
        body = "\n".join(records)
        self.s3_client.put_object(Bucket=self.bucket, Key=key, Body=body)


class SafeLogQueue(object):
    def __init__(self, transmitter):
        self.transmitter = transmitter
        self.records = []
        self.mutex = threading.Lock()

    def push(self, record):
        with self.mutex:
            self.records.append(record)

    def flush_now(self, timestamp):
        with self.mutex:
            batch, self.records = self.records, []
        if batch:
            self.transmitter.send(timestamp, batch)

    def flush_in_background(self, interval_ts):
        t = threading.Thread(target=self.flush_now, args=(interval_ts,), daemon=True)
        t.start()
        return t
