# https://github.com/ostrolucky/Bulk-Bing-Image-downloader/pull/7
# bbid.py starts one threading.Thread per image URL. Each download() hashes the image and skips
# it if the md5 is already in the shared image_md5s dict; otherwise it records the hash and writes
# the file. Two threads fetching the same image (same md5) could both pass the membership test
# before either recorded the hash, so duplicate images were saved. The PR wraps the check and the
# insert in one threading.Lock (img_hash_lock).
import hashlib
import os
import threading
import urllib.request

output_dir = "./bing"
pool_sema = threading.BoundedSemaphore(value=20)
image_md5s = {}


def download(url, filename):
    pool_sema.acquire()
    try:
        image = urllib.request.urlopen(url).read()
        md5_key = hashlib.md5(image).hexdigest()
        if md5_key in image_md5s:
            print("FAIL: Image is a duplicate of " + image_md5s[md5_key] + ", not saving " + filename)
            return
        image_md5s[md5_key] = filename  # Noncompliant
        with open(os.path.join(output_dir, filename), "wb") as imagefile:
            imagefile.write(image)
        print("OK: " + filename)
    except Exception:
        print("FAIL: " + filename)
    finally:
        pool_sema.release()


def fetch_images(links):
    for index, link in enumerate(links):
        t = threading.Thread(target=download, args=(link, "img-%d.jpg" % index))
        t.start()


if __name__ == "__main__":
    os.makedirs(output_dir, exist_ok=True)
    fetch_images(["https://example.com/a.jpg", "https://mirror.example.com/a.jpg"])
