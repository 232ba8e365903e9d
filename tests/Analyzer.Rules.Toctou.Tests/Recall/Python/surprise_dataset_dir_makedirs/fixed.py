# https://github.com/NicolasHug/Surprise/pull/359
# Fixed shape: os.makedirs() is called without a prior exists() check and an OSError whose
# errno is EEXIST (folder made by another process) is ignored; other errors are re-raised.
import errno
import os
import zipfile
from collections import namedtuple
from os.path import join
from urllib.request import urlretrieve


def get_data_folder():
    """Return the folder where downloaded datasets are stored."""
    folder = os.environ.get(
        "SURPRISE_DATA_FOLDER", os.path.expanduser("~") + "/.surprise_data/"
    )
    try:
        os.makedirs(folder)
    except OSError as e:
        if e.errno != errno.EEXIST:
            raise
    return folder


DatasetSpec = namedtuple("DatasetSpec", ["url", "path", "reader_params"])

KNOWN_DATASETS = {
    "ml-100k": DatasetSpec(
        url="http://files.grouplens.org/datasets/movielens/ml-100k.zip",
        path=join(get_data_folder(), "ml-100k/ml-100k/u.data"),
        reader_params=dict(line_format="user item rating timestamp",
                           rating_scale=(1, 5), sep="\t"),
    ),
    "ml-1m": DatasetSpec(
        url="http://files.grouplens.org/datasets/movielens/ml-1m.zip",
        path=join(get_data_folder(), "ml-1m/ml-1m/ratings.dat"),
        reader_params=dict(line_format="user item rating timestamp",
                           rating_scale=(1, 5), sep="::"),
    ),
}


def fetch_known_dataset(name):
    dataset = KNOWN_DATASETS[name]
    archive_path = join(get_data_folder(), "tmp.zip")
    urlretrieve(dataset.url, archive_path)
    with zipfile.ZipFile(archive_path, "r") as archive:
        archive.extractall(join(get_data_folder(), name))
    os.remove(archive_path)
