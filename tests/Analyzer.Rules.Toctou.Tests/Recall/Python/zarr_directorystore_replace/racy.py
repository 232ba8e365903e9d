# https://github.com/zarr-developers/zarr-python/pull/327
# __setitem__ did "if exists(chunk): os.remove(chunk)" then os.rename(temp, chunk); a reader
# between remove and rename gets KeyError for an existing chunk and two writers that both
# passed exists() collide on remove (issue #263). Fix: move the temp file into place with
# os.replace() alone, never removing the old chunk first.
import os
import tempfile
import threading
import uuid


class DirectoryStore:
    def __init__(self, path):
        self.path = os.path.abspath(path)
        os.makedirs(self.path, exist_ok=True)

    def __getitem__(self, key):
        try:
            with open(os.path.join(self.path, key), 'rb') as f:
                return f.read()
        except FileNotFoundError:
            raise KeyError(key)

    def __setitem__(self, key, value):
        file_path = os.path.join(self.path, key)
        dir_path, file_name = os.path.split(file_path)
        os.makedirs(dir_path, exist_ok=True)

        temp_path = os.path.join(dir_path, file_name + '.' + uuid.uuid4().hex + '.partial')
        try:
            with open(temp_path, 'wb') as f:
                f.write(value)
            if os.path.exists(file_path):
                os.remove(file_path)  # Noncompliant
            os.rename(temp_path, file_path)
        except BaseException:
            try:
                os.remove(temp_path)
            except FileNotFoundError:
                pass
            raise


def writer(store, n):
    for i in range(n):
        store['0.0'] = b'%08d' % i


def reader(store, n, misses):
    for _ in range(n):
        try:
            store['0.0']
        except KeyError:
            misses.append(1)


if __name__ == '__main__':
    store = DirectoryStore(os.path.join(tempfile.mkdtemp(), 'array.zarr'))
    store['0.0'] = b'00000000'
    misses = []
    threads = [threading.Thread(target=writer, args=(store, 500)),
               threading.Thread(target=reader, args=(store, 2000, misses))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('reads that saw a missing chunk:', len(misses))
