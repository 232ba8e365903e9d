# https://github.com/IDSIA/sacred/pull/254
# Fixed: return only after insert_one succeeds; on DuplicateKeyError for an
# auto-incremented key the loop re-reads the max _id and tries again.
import pymongo
from pymongo.errors import DuplicateKeyError, InvalidDocument


class RunObserverError(Exception):
    pass


class RetryingMongoObserver:
    def __init__(self, url, db_name="sacred", overwrite=None):
        client = pymongo.MongoClient(url)
        database = client[db_name]
        self.runs = database["runs"]
        self.overwrite = overwrite
        self.run_entry = None

    def on_started(self, ex_info, command, config, _id=None):
        self.run_entry = {
            "_id": _id,
            "experiment": dict(ex_info),
            "command": command,
            "config": config,
            "status": "RUNNING",
        }
        self.insert_run()
        return self.run_entry["_id"]

    def insert_run(self):
        if self.overwrite:
            return self.save_run()

        autoinc_key = self.run_entry["_id"] is None
        while True:
            if autoinc_key:
                c = self.runs.find({}, {"_id": 1})
                c = c.sort("_id", pymongo.DESCENDING).limit(1)
                self.run_entry["_id"] = c.next()["_id"] + 1 if self.runs.count_documents({}, limit=1) else 1
            try:
                self.runs.insert_one(self.run_entry)
                return
            except InvalidDocument:
                raise RunObserverError("Run contained an unserializable entry.")
            except DuplicateKeyError:
                if not autoinc_key:
                    raise

    def save_run(self):
        self.runs.replace_one({"_id": self.run_entry["_id"]}, self.run_entry)
