# https://github.com/AcademySoftwareFoundation/rez/pull/1913
import os


class FileSystemPackageRepositoryFixed(object):
    building_prefix = ".building"

    def __init__(self, location):
        self.location = location

    def pre_variant_install_fixed(self, variant_resource):
        if not variant_resource.version:
            return

        family_path = os.path.join(self.location, variant_resource.name)
        os.makedirs(family_path, exist_ok=True)

        filename = self.building_prefix + str(variant_resource.version)
        filepath = os.path.join(family_path, filename)
        with open(filepath, 'w'):
            pass

    def install_variant_fixed(self, variant_resource, dry_run=False):
        if not dry_run:
            self.pre_variant_install_fixed(variant_resource)
        return variant_resource
