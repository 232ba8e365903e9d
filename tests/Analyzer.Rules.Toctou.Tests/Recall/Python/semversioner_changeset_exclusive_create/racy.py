# https://github.com/raulgomis/semversioner/pull/63
# create_changeset() looped while os.path.isfile(path) was true, then open(path, 'w'). Two runs
# in the same second both find the timestamped name free and the later open('w') silently
# overwrites the other changeset. Fix: create with open(path, 'x') (O_EXCL) in a retry loop
# that picks a new name on FileExistsError.
import datetime
import json
import os


class Semversioner:
    def __init__(self, path):
        self.semversioner_path = os.path.join(path, ".semversioner")
        self.next_release_path = os.path.join(self.semversioner_path, "next-release")
        os.makedirs(self.next_release_path, exist_ok=True)

    def create_changeset(self, change_type, description):
        parsed_values = {"type": change_type, "description": description}

        filename = None
        while filename is None or os.path.isfile(os.path.join(self.next_release_path, filename)):
            filename = "{type_name}-{datetime}.json".format(
                type_name=change_type,
                datetime="{:%Y%m%d%H%M%S}".format(datetime.datetime.utcnow()),
            )

        full_path = os.path.join(self.next_release_path, filename)
        with open(full_path, "w") as f:  # Noncompliant
            f.write(json.dumps(parsed_values, indent=2) + "\n")
        return {"path": full_path}

    def release(self):
        changes = []
        for filename in sorted(os.listdir(self.next_release_path)):
            with open(os.path.join(self.next_release_path, filename)) as f:
                changes.append(json.load(f))
        return changes
