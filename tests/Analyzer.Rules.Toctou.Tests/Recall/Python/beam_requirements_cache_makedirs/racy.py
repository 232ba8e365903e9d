# https://github.com/apache/beam/pull/37042
# Stager.create_job_resources checked os.path.exists() on the shared requirements cache
# directory and then called os.makedirs(); when many pipelines start at once, two of them see
# the directory missing and the slower one dies with FileExistsError (issue #36847).
# Fix: drop the check and call os.makedirs(path, exist_ok=True).
import glob
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

REQUIREMENTS_FILE = 'requirements.txt'


def populate_requirements_cache(requirements_file, cache_dir):
    cmd = [
        sys.executable, '-m', 'pip', 'download', '--dest', cache_dir,
        '-r', requirements_file, '--exists-action', 'i', '--no-deps',
    ]
    subprocess.check_call(cmd)


class FileHelper:
    def file_copy(self, src, dst):
        with open(src, 'rb') as fin, open(dst, 'wb') as fout:
            fout.write(fin.read())


class Stager:
    def __init__(self, file_helper):
        self.file_helper = file_helper

    def create_job_resources(self, requirements_file, staging_location,
                             requirements_cache=None):
        resources = []
        self.file_helper.file_copy(
            requirements_file, os.path.join(staging_location, REQUIREMENTS_FILE))
        resources.append(REQUIREMENTS_FILE)
        requirements_cache_path = (
            os.path.join(tempfile.gettempdir(), 'dataflow-requirements-cache')
            if requirements_cache is None else requirements_cache)
        if not os.path.exists(requirements_cache_path):
            os.makedirs(requirements_cache_path)  # Noncompliant
        populate_requirements_cache(requirements_file, requirements_cache_path)
        for pkg in glob.glob(os.path.join(requirements_cache_path, '*')):
            self.file_helper.file_copy(
                pkg, os.path.join(staging_location, os.path.basename(pkg)))
            resources.append(os.path.basename(pkg))
        return resources


def launch_pipelines(requirements_file, staging_dirs):
    # Many pipelines submitted together, each staging its own job resources.
    stager = Stager(FileHelper())
    with ThreadPoolExecutor(max_workers=len(staging_dirs)) as pool:
        futures = [
            pool.submit(stager.create_job_resources, requirements_file, d)
            for d in staging_dirs
        ]
        return [f.result() for f in futures]
