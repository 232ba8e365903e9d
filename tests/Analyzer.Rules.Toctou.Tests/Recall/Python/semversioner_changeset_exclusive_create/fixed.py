# https://github.com/raulgomis/semversioner/pull/63
# Fixed shape: the changeset file is created with open(path, 'x'), which fails with
# FileExistsError if the name is taken; the loop then retries with another name.
import datetime
import json
import os

MAX_ATTEMPTS = 100


class ChangesetStore:
    def __init__(self, path):
        self.store_path = os.path.join(path, ".semversioner")
        self.pending_path = os.path.join(self.store_path, "next-release")
        os.makedirs(self.pending_path, exist_ok=True)

    def add_changeset(self, change_type, description):
        parsed_values = {"type": change_type, "description": description}
        stamp = "{:%Y%m%d%H%M%S}".format(datetime.datetime.utcnow())

        for attempt in range(MAX_ATTEMPTS):
            suffix = "" if attempt == 0 else "-{}".format(attempt)
            filename = "{}-{}{}.json".format(change_type, stamp, suffix)
            full_path = os.path.join(self.pending_path, filename)
            try:
                with open(full_path, "x") as f:
                    f.write(json.dumps(parsed_values, indent=2) + "\n")
            except FileExistsError:
                continue
            return {"path": full_path}
        raise RuntimeError("could not allocate a changeset file name")

    def collect(self):
        changes = []
        for filename in sorted(os.listdir(self.pending_path)):
            with open(os.path.join(self.pending_path, filename)) as f:
                changes.append(json.load(f))
        return changes
