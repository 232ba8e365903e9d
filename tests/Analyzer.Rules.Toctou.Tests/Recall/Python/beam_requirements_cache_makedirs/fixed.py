# https://github.com/apache/beam/pull/37042
# Fixed version: the shared requirements cache directory is created with
# os.makedirs(exist_ok=True), so a pipeline that loses the creation race to another
# pipeline started at the same moment no longer fails with FileExistsError (issue #36847).
import glob
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

REQ_FILE_NAME = 'requirements.txt'


def download_requirements_into(requirements_file, cache_dir):
    cmd = [
        sys.executable, '-m', 'pip', 'download', '--dest', cache_dir,
        '-r', requirements_file, '--exists-action', 'i', '--no-deps',
    ]
    subprocess.check_call(cmd)


class CopyHelper:
    def file_copy(self, src, dst):
        with open(src, 'rb') as fin, open(dst, 'wb') as fout:
            fout.write(fin.read())


class SafeStager:
    def __init__(self, file_helper):
        self.file_helper = file_helper

    def build_job_resources(self, requirements_file, staging_location,
                            requirements_cache=None):
        resources = []
        self.file_helper.file_copy(
            requirements_file, os.path.join(staging_location, REQ_FILE_NAME))
        resources.append(REQ_FILE_NAME)
        cache_path = (
            os.path.join(tempfile.gettempdir(), 'dataflow-requirements-cache')
            if requirements_cache is None else requirements_cache)
        os.makedirs(cache_path, exist_ok=True)
        download_requirements_into(requirements_file, cache_path)
        for pkg in glob.glob(os.path.join(cache_path, '*')):
            self.file_helper.file_copy(
                pkg, os.path.join(staging_location, os.path.basename(pkg)))
            resources.append(os.path.basename(pkg))
        return resources


def launch_pipelines_safely(requirements_file, staging_dirs):
    stager = SafeStager(CopyHelper())
    with ThreadPoolExecutor(max_workers=len(staging_dirs)) as pool:
        futures = [
            pool.submit(stager.build_job_resources, requirements_file, d)
            for d in staging_dirs
        ]
        return [f.result() for f in futures]
