# https://github.com/psf/requests/pull/5707 (issue https://github.com/psf/requests/issues/5223)
# Fixed version: the member is read from the zip and written through atomic_open(), which writes a
# mkstemp() file next to the target and os.replace()s it into place. Concurrent writers no longer
# create folders and simply replace the file with identical content, so the lost race is harmless.
import contextlib
import os
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

BUNDLED_CA_PATH = "/opt/app/bundle.pyz/certifi/cacert.pem"


@contextlib.contextmanager
def atomic_open(filename):
    """Write a file to the disk in an atomic fashion."""
    tmp_descriptor, tmp_name = tempfile.mkstemp(dir=os.path.dirname(filename))
    try:
        with os.fdopen(tmp_descriptor, "wb") as tmp_handler:
            yield tmp_handler
        os.replace(tmp_name, filename)
    except BaseException:
        os.remove(tmp_name)
        raise


def extract_member_safely(path):
    """Return an on-disk copy of a path that points inside a zip archive."""
    if os.path.exists(path):
        return path
    archive, member = os.path.split(path)
    while archive and not os.path.exists(archive):
        archive, prefix = os.path.split(archive)
        if not prefix:
            break
        member = "/".join([prefix, member])
    if not zipfile.is_zipfile(archive):
        return path
    zip_file = zipfile.ZipFile(archive)
    if member not in zip_file.namelist():
        return path

    tmp = tempfile.gettempdir()
    extracted_path = os.path.join(tmp, member.split("/")[-1])
    if not os.path.exists(extracted_path):
        with atomic_open(extracted_path) as file_handler:
            file_handler.write(zip_file.read(member))
    return extracted_path


class SafeHTTPAdapter:
    """Each send() resolves the CA bundle before wrapping the socket."""

    def verify_cert(self, url, verify):
        if url.lower().startswith("https") and verify:
            cert_loc = verify if verify is not True else extract_member_safely(BUNDLED_CA_PATH)
            if not cert_loc or not os.path.exists(cert_loc):
                raise IOError("Could not find a suitable TLS CA certificate bundle")
            return cert_loc
        return None

    def send_request(self, url, verify=True):
        return self.verify_cert(url, verify)


def run_fixed():
    adapter = SafeHTTPAdapter()
    urls = ["https://example.org/%d" % i for i in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for cert in pool.map(adapter.send_request, urls):
            print(cert)


if __name__ == "__main__":
    run_fixed()
