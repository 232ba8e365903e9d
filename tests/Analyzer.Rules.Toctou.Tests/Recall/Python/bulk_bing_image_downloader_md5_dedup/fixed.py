# https://github.com/ostrolucky/Bulk-Bing-Image-downloader/pull/7
# Fixed: img_hash_lock is held across the md5 membership test and the insert, so only one thread
# can claim a given hash.
import hashlib
import os
import threading
import urllib.request

save_dir = "./bing"
download_sema = threading.BoundedSemaphore(value=20)
img_hash_lock = threading.Lock()
seen_md5s = {}


def download_unique(url, filename):
    download_sema.acquire()
    try:
        image = urllib.request.urlopen(url).read()
        md5_key = hashlib.md5(image).hexdigest()
        with img_hash_lock:
            if md5_key in seen_md5s:
                print("FAIL: Image is a duplicate of " + seen_md5s[md5_key] + ", not saving " + filename)
                return
            seen_md5s[md5_key] = filename
        with open(os.path.join(save_dir, filename), "wb") as imagefile:
            imagefile.write(image)
        print("OK: " + filename)
    except Exception:
        print("FAIL: " + filename)
    finally:
        download_sema.release()


def fetch_unique_images(links):
    for index, link in enumerate(links):
        t = threading.Thread(target=download_unique, args=(link, "img-%d.jpg" % index))
        t.start()


if __name__ == "__main__":
    os.makedirs(save_dir, exist_ok=True)
    fetch_unique_images(["https://example.com/a.jpg", "https://mirror.example.com/a.jpg"])
