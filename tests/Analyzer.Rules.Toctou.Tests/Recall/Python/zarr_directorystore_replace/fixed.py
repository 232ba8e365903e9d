# https://github.com/zarr-developers/zarr-python/pull/327
# Fixed version: the chunk file is never deleted before the new one is in place;
# os.replace() swaps the temp file over the existing chunk in one step, so readers see
# either the old or the new bytes and writers never remove each other's files.
import os
import tempfile
import threading
import uuid


class ReplacingDirectoryStore:
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
            os.replace(temp_path, file_path)
        except BaseException:
            try:
                os.remove(temp_path)
            except FileNotFoundError:
                pass
            raise


def write_chunks(store, n):
    for i in range(n):
        store['0.0'] = b'%08d' % i


def read_chunks(store, n, misses):
    for _ in range(n):
        try:
            store['0.0']
        except KeyError:
            misses.append(1)


if __name__ == '__main__':
    chunk_store = ReplacingDirectoryStore(os.path.join(tempfile.mkdtemp(), 'array.zarr'))
    chunk_store['0.0'] = b'00000000'
    missed = []
    workers = [threading.Thread(target=write_chunks, args=(chunk_store, 500)),
               threading.Thread(target=read_chunks, args=(chunk_store, 2000, missed))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print('reads that saw a missing chunk:', len(missed))
