# https://github.com/ssl-hep/ServiceX/issues/1317 (fixed by https://github.com/ssl-hep/ServiceX/pull/1403)
# The transformation submit endpoint checked dataset_manager.is_lookup_required (dataset status
# not yet "looking"/"complete") and then submitted a DID-finder lookup, which is what flips the
# status to "looking". Several app workers handling submissions for the same dataset could all
# pass the check and each trigger a lookup, corrupting the dataset's file records.
# PR 1403 locks the dataset row (refresh with_for_update) before the check.
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://servicex@db/servicex"
db = SQLAlchemy(app)


class Dataset(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String, unique=True, nullable=False)
    lookup_status = db.Column(db.String, default="created")


class DatasetManager:
    def __init__(self, dataset, broker):
        self.dataset = dataset
        self.broker = broker

    @property
    def is_lookup_required(self) -> bool:
        return self.dataset.lookup_status not in ("looking", "complete")

    def submit_lookup_request(self, endpoint):
        self.broker.send_task("did_finder.lookup_dataset", args=[self.dataset.name, self.dataset.id, endpoint])
        self.dataset.lookup_status = "looking"


class LookupBroker:
    def send_task(self, name, args):
        print("queued", name, args)


broker = LookupBroker()


@app.route("/servicex/transformation", methods=["POST"])
def submit_transformation():
    did = request.json["did"]
    with db.session.begin():
        dataset = Dataset.query.filter_by(name=did).one_or_none()
        if dataset is None:
            dataset = Dataset(name=did, lookup_status="created")
            db.session.add(dataset)  # Noncompliant
            db.session.flush()
        dataset_manager = DatasetManager(dataset, broker)
        if dataset_manager.is_lookup_required:
            dataset_manager.submit_lookup_request("servicex/internal/transformation/")  # Noncompliant
            status = "lookup"
        elif dataset_manager.dataset.lookup_status == "complete":
            status = "running"
        else:
            status = "pending_lookup"
    return {"dataset_id": dataset.id, "status": status}
