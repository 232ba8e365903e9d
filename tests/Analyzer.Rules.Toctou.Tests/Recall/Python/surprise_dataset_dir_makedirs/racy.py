# https://github.com/NicolasHug/Surprise/pull/359
# get_dataset_dir() did `if not os.path.exists(folder): os.makedirs(folder)`, and it runs at
# import time (BUILTIN_DATASETS) and on every download. Parallel build/test processes importing
# surprise at once both see the folder missing; the second makedirs() raises FileExistsError.
# Fix: call os.makedirs() unconditionally and ignore OSError with errno EEXIST.
import os
import zipfile
from collections import namedtuple
from os.path import join
from urllib.request import urlretrieve


def get_dataset_dir():
    """Return the folder where downloaded datasets are stored."""
    folder = os.environ.get(
        "SURPRISE_DATA_FOLDER", os.path.expanduser("~") + "/.surprise_data/"
    )
    if not os.path.exists(folder):
        os.makedirs(folder)  # Noncompliant
    return folder


BuiltinDataset = namedtuple("BuiltinDataset", ["url", "path", "reader_params"])

BUILTIN_DATASETS = {
    "ml-100k": BuiltinDataset(
        url="http://files.grouplens.org/datasets/movielens/ml-100k.zip",
        path=join(get_dataset_dir(), "ml-100k/ml-100k/u.data"),
        reader_params=dict(line_format="user item rating timestamp",
                           rating_scale=(1, 5), sep="\t"),
    ),
    "ml-1m": BuiltinDataset(
        url="http://files.grouplens.org/datasets/movielens/ml-1m.zip",
        path=join(get_dataset_dir(), "ml-1m/ml-1m/ratings.dat"),
        reader_params=dict(line_format="user item rating timestamp",
                           rating_scale=(1, 5), sep="::"),
    ),
}


def download_builtin_dataset(name):
    dataset = BUILTIN_DATASETS[name]
    tmp_file_path = join(get_dataset_dir(), "tmp.zip")
    urlretrieve(dataset.url, tmp_file_path)
    with zipfile.ZipFile(tmp_file_path, "r") as tmp_zip:
        tmp_zip.extractall(join(get_dataset_dir(), name))
    os.remove(tmp_file_path)
