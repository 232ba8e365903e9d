import os

from django.core.management.base import BaseCommand
from setuptools.command.build_py import build_py


# A management command is one process doing the job its user started: the paths it touches are its own.
class ExportCommand(BaseCommand):
    def handle(self, *args, **options):
        target = options['target']
        if not os.path.exists(target):
            os.makedirs(target)
        with open(os.path.join(target, 'export.txt'), 'w') as f:
            f.write('done')


# A command of the package's own, derived from a framework command, is one too.
class CleanExportCommand(ExportCommand):
    def handle(self, *args, **options):
        target = options['target']
        if os.path.isdir(target):
            os.rmdir(target)


class BuildTemplates(build_py):
    def run(self):
        if not os.path.exists('build/templates'):
            os.mkdir('build/templates')


# The command's helpers live in its module and do its job: a work file it made and removes again is its own.
class WorkFile:
    def __init__(self, path):
        self.path = path

    def cleanup(self):
        if os.path.exists(self.path):
            os.unlink(self.path)
