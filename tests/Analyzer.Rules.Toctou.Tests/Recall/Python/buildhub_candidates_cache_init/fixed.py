# https://github.com/mozilla-services/buildhub/pull/166
# Fixed version: the check and the whole fill (with its awaits) run under a module-level
# asyncio.Lock, so other coroutines wait and then find the complete dict.
import asyncio
import random

candidates_cache = {}
candidates_lock = asyncio.Lock()


async def list_folder(url):
    await asyncio.sleep(random.random() / 100)
    if url.endswith("/candidates/"):
        return ["%d.0-candidates/" % v for v in range(50, 60)], []
    return ["build1/", "build2/"], []


async def release_metadata(product, version, locale):
    if locale != "en-US":
        return None

    # Make sure there is only one coroutine populating the candidates at a time.
    async with candidates_lock:
        if candidates_cache.get(product) is None:
            candidates_folders, _ = await list_folder("%s/candidates/" % product)
            candidates_cache[product] = {}
            for f in candidates_folders:
                candidate_version = f.replace("-candidates/", "")
                build_folders, _ = await list_folder("%s/candidates/%s" % (product, f))
                candidates_cache[product][candidate_version] = sorted(build_folders)[-1]

    if version not in candidates_cache[product]:
        return None
    return {"product": product, "version": version, "build": candidates_cache[product][version]}


async def scrape_files(product, version, platform, locale):
    await asyncio.sleep(random.random() / 20)  # listing of the locale folder
    metadata = await release_metadata(product, version, locale)
    return platform, version, metadata is not None


async def scrape():
    futures = [
        scrape_files("firefox", "%d.0" % v, platform, "en-US")
        for v in range(50, 60)
        for platform in ("linux-x86_64", "win64", "mac")
    ]
    results = await asyncio.gather(*futures)
    print(sum(1 for _, _, found in results if not found), "releases without metadata")


if __name__ == "__main__":
    asyncio.run(scrape())
