# https://github.com/aio-libs/aiobotocore/pull/1073
# Fixed: the cache stores one asyncio.Task per bucket, created synchronously (no await between
# lookup and insert), and every concurrent caller awaits that same CreateSession task.
import asyncio
import functools


class StubExpressClient:
    async def start_express_session(self, Bucket):
        await asyncio.sleep(0.05)
        return {"Credentials": {"AccessKeyId": "AK", "SecretAccessKey": "SK", "SessionToken": Bucket}}


class TaskBackedIdentityCache:
    def __init__(self, client):
        self._client = client

    async def _fetch_session(self, bucket):
        response = await self._client.start_express_session(Bucket=bucket)
        return response["Credentials"]

    @functools.lru_cache(maxsize=100)
    def _session_task(self, bucket):
        return asyncio.create_task(self._fetch_session(bucket))

    async def credentials_for(self, bucket):
        return await self._session_task(bucket)


async def fetch_object(cache, bucket, key):
    creds = await cache.credentials_for(bucket)
    return key, creds["SessionToken"]


async def run_all():
    cache = TaskBackedIdentityCache(StubExpressClient())
    bucket = "my-bucket--eun1-az1--x-s3"
    await asyncio.gather(*(fetch_object(cache, bucket, f"obj-{i}") for i in range(20)))


if __name__ == "__main__":
    asyncio.run(run_all())
