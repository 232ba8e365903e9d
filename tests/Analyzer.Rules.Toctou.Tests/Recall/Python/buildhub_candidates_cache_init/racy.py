# https://github.com/mozilla-services/buildhub/pull/166
# fetch_release_metadata() coroutines (gathered per platform/locale) check whether
# _candidates[product] is None, await folder listings, then set and fill the dict. Other
# coroutines pass the check during the awaits (refilling it) or read the half-filled dict.
# Fix: a module-level asyncio.Lock held across the check and the whole fill.
import asyncio
import random

_candidates = {}


async def fetch_listing(url):
    await asyncio.sleep(random.random() / 100)
    if url.endswith("/candidates/"):
        return ["%d.0-candidates/" % v for v in range(50, 60)], []
    return ["build1/", "build2/"], []


async def fetch_release_metadata(product, version, locale):
    global _candidates
    if locale != "en-US":
        return None

    # Keep the list of latest available candidates per product, for more efficiency.
    if _candidates.get(product) is None:
        candidates_folders, _ = await fetch_listing("%s/candidates/" % product)
        _candidates[product] = {}  # Noncompliant
        for f in candidates_folders:
            candidate_version = f.replace("-candidates/", "")
            build_folders, _ = await fetch_listing("%s/candidates/%s" % (product, f))
            _candidates[product][candidate_version] = sorted(build_folders)[-1]

    # Candidates are only available for a subset of versions.
    if version not in _candidates[product]:
        return None
    return {"product": product, "version": version, "build": _candidates[product][version]}


async def fetch_files(product, version, platform, locale):
    await asyncio.sleep(random.random() / 20)  # listing of the locale folder
    metadata = await fetch_release_metadata(product, version, locale)
    return platform, version, metadata is not None


async def main():
    futures = [
        fetch_files("firefox", "%d.0" % v, platform, "en-US")
        for v in range(50, 60)
        for platform in ("linux-x86_64", "win64", "mac")
    ]
    results = await asyncio.gather(*futures)
    print(sum(1 for _, _, found in results if not found), "releases without metadata")


if __name__ == "__main__":
    asyncio.run(main())
