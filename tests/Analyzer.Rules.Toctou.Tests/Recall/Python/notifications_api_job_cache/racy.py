# https://github.com/GSA/notifications-api/pull/1901
# Notify.gov keeps downloaded job CSVs (and derived phone lookups) in a process-wide cache
# shared by worker threads. The lookup of the cache entry happened before taking
# job_cache_lock, so two threads could both miss, both download/parse, and the insert under
# the lock overwrote the other's entry ("cache occasionally bursts into flames").
# Fix: "moving with job_cache_lock up several lines" so check and insert share the lock.
import threading

from boto3 import Session
from expiringdict import ExpiringDict

JOBS = ExpiringDict(max_len=1000, max_age_seconds=3600 * 4)
job_cache_lock = threading.Lock()


def get_job_from_s3(bucket, key, access_key, secret_key, region):
    session = Session(
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        region_name=region,
    )
    obj = session.resource("s3").Object(bucket, key)
    return obj.get()["Body"].read().decode("utf-8")


def extract_phones(job):
    rows = job.split("\r\n")[1:]
    return {i: row.split(",")[0] for i, row in enumerate(rows)}


def get_phone_number_from_s3(location, job_id, job_row_number):
    job = JOBS.get(job_id)
    if job is None:
        job = get_job_from_s3(*location)
        with job_cache_lock:
            JOBS[job_id] = job  # Noncompliant
    phones = JOBS.get(f"{job_id}_phones")
    if phones is None:
        phones = extract_phones(job)
        with job_cache_lock:
            JOBS[f"{job_id}_phones"] = phones  # Noncompliant
    return phones.get(job_row_number, "Unknown Phone")
