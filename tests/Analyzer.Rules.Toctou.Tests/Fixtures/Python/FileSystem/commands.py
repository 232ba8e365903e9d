import os

from django.core.management.base import BaseCommand
from setuptools.command.build_py import build_py

from .plugins import Command


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


# A base that is only called Command is no framework's command: a plugin runs inside a long-lived process.
class ReloadPlugin(Command):
    def run(self, path):
        if os.path.exists(path):  # Secondary [check]
            os.remove(path)  # Noncompliant [TOCTOU004] {{os.path.exists checks path at line 36 and os.remove uses it at line 37; the path can appear, vanish or be swapped in between}}
