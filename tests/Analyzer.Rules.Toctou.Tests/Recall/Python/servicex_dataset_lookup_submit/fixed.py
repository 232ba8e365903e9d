# https://github.com/ssl-hep/ServiceX/issues/1317 (fixed by https://github.com/ssl-hep/ServiceX/pull/1403)
# Fixed: the dataset row is re-read with SELECT ... FOR UPDATE before is_lookup_required is
# evaluated, so concurrent submissions serialise and only the first one submits the lookup.
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

locked_app = Flask(__name__)
locked_app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://servicex@db/servicex"
locked_db = SQLAlchemy(locked_app)


class LookupDataset(locked_db.Model):
    id = locked_db.Column(locked_db.Integer, primary_key=True)
    name = locked_db.Column(locked_db.String, unique=True, nullable=False)
    lookup_status = locked_db.Column(locked_db.String, default="created")


class LockingDatasetManager:
    def __init__(self, dataset, queue):
        self.dataset = dataset
        self.queue = queue

    @property
    def needs_lookup(self) -> bool:
        return self.dataset.lookup_status not in ("looking", "complete")

    def lock(self):
        locked_db.session.refresh(self.dataset, with_for_update=True)

    def start_lookup(self, endpoint):
        self.queue.enqueue("did_finder.lookup_dataset", args=[self.dataset.name, self.dataset.id, endpoint])
        self.dataset.lookup_status = "looking"


class FinderQueue:
    def enqueue(self, name, args):
        print("queued", name, args)


finder_queue = FinderQueue()


@locked_app.route("/servicex/transformation", methods=["POST"])
def submit_transformation_locked():
    did = request.json["did"]
    with locked_db.session.begin():
        dataset = LookupDataset.query.filter_by(name=did).one_or_none()
        if dataset is None:
            dataset = LookupDataset(name=did, lookup_status="created")
            locked_db.session.add(dataset)
            locked_db.session.flush()
        manager = LockingDatasetManager(dataset, finder_queue)
        manager.lock()
        if manager.needs_lookup:
            manager.start_lookup("servicex/internal/transformation/")
            status = "lookup"
        elif manager.dataset.lookup_status == "complete":
            status = "running"
        else:
            status = "pending_lookup"
    return {"dataset_id": dataset.id, "status": status}
