# https://github.com/aio-libs/aiobotocore/issues/1072
# (fixed by https://github.com/aio-libs/aiobotocore/pull/1073, released in 2.9.1 as
#  "fix race condition in S3 Express identity cache #1072")
# AioS3ExpressIdentityCache kept S3 Express session credentials in a dict: get_credentials()
# looked the bucket up and, on a miss, awaited the CreateSession call before storing the result.
# When many asyncio tasks issue requests to the same directory bucket at once, they all miss
# while the first CreateSession is still in flight, so every task opens its own session and
# overwrites the cache entry. The fix caches an asyncio.Task per bucket, created synchronously,
# so concurrent callers await the same in-flight session request.
import asyncio


class FakeS3ExpressClient:
    async def create_session(self, Bucket):
        await asyncio.sleep(0.05)
        return {"Credentials": {"AccessKeyId": "AK", "SecretAccessKey": "SK", "SessionToken": Bucket}}


class S3ExpressCredentialCache:
    def __init__(self, client):
        self._client = client
        self._credential_cache = {}

    async def _create_credentials(self, bucket):
        response = await self._client.create_session(Bucket=bucket)
        return response["Credentials"]

    async def get_credentials(self, bucket):
        credentials = self._credential_cache.get(bucket)
        if credentials is None:
            credentials = await self._create_credentials(bucket)
            if len(self._credential_cache) >= 100:
                self._credential_cache.pop(next(iter(self._credential_cache)))  # Noncompliant
            self._credential_cache[bucket] = credentials
        return credentials


async def get_object(cache, bucket, key):
    creds = await cache.get_credentials(bucket)
    return key, creds["SessionToken"]


async def main():
    cache = S3ExpressCredentialCache(FakeS3ExpressClient())
    bucket = "my-bucket--eun1-az1--x-s3"
    await asyncio.gather(*(get_object(cache, bucket, f"obj-{i}") for i in range(20)))


if __name__ == "__main__":
    asyncio.run(main())
