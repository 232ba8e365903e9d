# https://github.com/GSA/notifications-api/pull/1901
# Fixed: the cache lookup and the fill that depends on it now happen while holding
# job_cache_lock, so concurrent workers cannot both miss and overwrite each other.
import threading

from boto3 import Session
from expiringdict import ExpiringDict

JOB_CACHE = ExpiringDict(max_len=1000, max_age_seconds=3600 * 4)
job_cache_guard = threading.Lock()


def download_job_csv(bucket, key, access_key, secret_key, region):
    session = Session(
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        region_name=region,
    )
    obj = session.resource("s3").Object(bucket, key)
    return obj.get()["Body"].read().decode("utf-8")


def parse_phones(job):
    rows = job.split("\r\n")[1:]
    return {i: row.split(",")[0] for i, row in enumerate(rows)}


def lookup_phone_number(location, job_id, job_row_number):
    with job_cache_guard:
        job = JOB_CACHE.get(job_id)
        if job is None:
            job = download_job_csv(*location)
            JOB_CACHE[job_id] = job
        phones = JOB_CACHE.get(f"{job_id}_phones")
        if phones is None:
            phones = parse_phones(job)
            JOB_CACHE[f"{job_id}_phones"] = phones
    return phones.get(job_row_number, "Unknown Phone")
