# https://github.com/psf/requests/pull/5707 (issue https://github.com/psf/requests/issues/5223)
# extract_zipped_paths() checks whether the CA bundle was already extracted to the shared temp dir and,
# if not, calls ZipFile.extract(), which also creates the parent folders. Parallel processes/threads
# running requests from a zipapp both see "missing" and the second extract fails with FileExistsError.
# Fix: write the member with read()+atomic_open() (mkstemp + os.replace), no folder creation.
import os
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

DEFAULT_CA_BUNDLE_PATH = "/opt/app/bundle.pyz/certifi/cacert.pem"


def extract_zipped_paths(path):
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
    extracted_path = os.path.join(tmp, *member.split("/"))
    if not os.path.exists(extracted_path):
        extracted_path = zip_file.extract(member, path=tmp)  # Noncompliant
    return extracted_path


class HTTPAdapter:
    """Each send() resolves the CA bundle before wrapping the socket."""

    def cert_verify(self, url, verify):
        if url.lower().startswith("https") and verify:
            cert_loc = verify if verify is not True else extract_zipped_paths(DEFAULT_CA_BUNDLE_PATH)
            if not cert_loc or not os.path.exists(cert_loc):
                raise IOError("Could not find a suitable TLS CA certificate bundle")
            return cert_loc
        return None

    def send(self, url, verify=True):
        return self.cert_verify(url, verify)


def main():
    adapter = HTTPAdapter()
    urls = ["https://example.org/%d" % i for i in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for cert in pool.map(adapter.send, urls):
            print(cert)


if __name__ == "__main__":
    main()
