# https://github.com/IDSIA/sacred/pull/254
# Bug (issue #244): MongoObserver picks the next run _id by reading the highest
# existing _id and inserting max+1. Parallel experiment processes read the same
# max and insert the same _id; the loser's DuplicateKeyError was swallowed and the
# run silently not stored. Fix: keep looping (re-read max, re-insert) until the
# insert succeeds, i.e. tolerate the collision and retry.
import pymongo
from pymongo.errors import DuplicateKeyError, InvalidDocument


class ObserverError(Exception):
    pass


class MongoObserver:
    def __init__(self, url, db_name="sacred", overwrite=None):
        client = pymongo.MongoClient(url)
        database = client[db_name]
        self.runs = database["runs"]
        self.overwrite = overwrite
        self.run_entry = None

    def started_event(self, ex_info, command, config, _id=None):
        self.run_entry = {
            "_id": _id,
            "experiment": dict(ex_info),
            "command": command,
            "config": config,
            "status": "RUNNING",
        }
        self.insert()
        return self.run_entry["_id"]

    def insert(self):
        if self.overwrite:
            return self.save()

        autoinc_key = self.run_entry["_id"] is None
        while True:
            if autoinc_key:
                c = self.runs.find({}, {"_id": 1})
                c = c.sort("_id", pymongo.DESCENDING).limit(1)
                self.run_entry["_id"] = c.next()["_id"] + 1 if self.runs.count_documents({}, limit=1) else 1
            try:
                self.runs.insert_one(self.run_entry)  # Noncompliant
            except InvalidDocument:
                raise ObserverError("Run contained an unserializable entry.")
            except DuplicateKeyError:
                if not autoinc_key:
                    raise
            return

    def save(self):
        self.runs.replace_one({"_id": self.run_entry["_id"]}, self.run_entry)
