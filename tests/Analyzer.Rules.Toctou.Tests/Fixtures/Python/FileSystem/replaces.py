import os
import tempfile
import urllib.request


# A download made into a scratch file and put in place with os.replace, which replaces whatever is at the path in one
# step: a copy another process finished meanwhile is replaced by an equal one.
def fetch_into(path, url):
    if not os.path.exists(path):
        scratch = path + ".part"
        with urllib.request.urlopen(url) as response, open(scratch, "wb") as out:
            out.write(response.read())
        os.replace(scratch, path)
    return path


# A directory made under a fresh name and renamed onto the checked path fails when one appeared meanwhile.
def unpack_into(path):
    if not os.path.exists(path):  # Secondary [check]
        scratch = tempfile.mkdtemp()
        os.replace(scratch, path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 19 and os.replace uses it at line 21; the path can appear, vanish or be swapped in between}}
    return path
