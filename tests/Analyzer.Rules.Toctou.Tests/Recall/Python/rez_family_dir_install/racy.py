# https://github.com/AcademySoftwareFoundation/rez/pull/1913
# Several rez processes may install variants of the same package family into one
# filesystem repository at the same time. pre_variant_install() checked
# os.path.isdir(family_path) and then called os.makedirs(family_path); another process
# could create the family directory in between, so makedirs failed. The fix uses
# os.makedirs(family_path, exist_ok=True).
import os


class FileSystemPackageRepository(object):
    building_prefix = ".building"

    def __init__(self, location):
        self.location = location

    def pre_variant_install(self, variant_resource):
        if not variant_resource.version:
            return

        # tag file so that a resolve does not pick up a half-installed package
        family_path = os.path.join(self.location, variant_resource.name)
        if not os.path.isdir(family_path):
            os.makedirs(family_path)  # Noncompliant

        filename = self.building_prefix + str(variant_resource.version)
        filepath = os.path.join(family_path, filename)
        with open(filepath, 'w'):
            pass

    def install_variant(self, variant_resource, dry_run=False):
        if not dry_run:
            self.pre_variant_install(variant_resource)
        return variant_resource
