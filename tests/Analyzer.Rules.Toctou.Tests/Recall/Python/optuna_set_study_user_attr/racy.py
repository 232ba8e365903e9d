# https://github.com/optuna/optuna/pull/290
# RDBStorage.set_study_user_attr() (and the other set_*_attr methods) SELECTs the attribute
# row by (study_id, key) and INSERTs a new row when none exists. Parallel workers (threads of
# study.optimize(n_jobs=...) or other processes on the same DB) setting the same key both miss
# and both insert; the loser's commit hits the unique constraint and raises.
# Fix: commit through _commit_with_integrity_check(), which rolls back and ignores the IntegrityError.
import json
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import IntegrityError


class StorageInternalError(Exception):
    pass


class StudyUserAttributeModel:
    def __init__(self, study_id, key, value_json):
        self.study_id = study_id
        self.key = key
        self.value_json = value_json

    @classmethod
    def find_by_study_and_key(cls, study_id, key, session):
        return (
            session.query(cls)
            .filter(cls.study_id == study_id)
            .filter(cls.key == key)
            .one_or_none()
        )


class RDBStorage:
    def __init__(self, engine):
        self.engine = engine
        self._local = threading.local()  # scoped_session: one session per worker thread

    def scoped_session(self):
        if not hasattr(self._local, "session"):
            self._local.session = self.engine.new_session()
        return self._local.session

    def _commit(self, session):
        try:
            session.commit()
        except IntegrityError as e:
            session.rollback()
            raise StorageInternalError("An exception is raised during the commit: {!r}".format(e))

    def set_study_user_attr(self, study_id, key, value):
        session = self.scoped_session()
        attribute = StudyUserAttributeModel.find_by_study_and_key(study_id, key, session)
        if attribute is None:
            attribute = StudyUserAttributeModel(study_id, key, json.dumps(value))
            session.add(attribute)  # Noncompliant
        else:
            attribute.value_json = json.dumps(value)
        self._commit(session)


def optimize(storage, study_id, n_trials, n_jobs):
    def objective(trial_number):
        storage.set_study_user_attr(study_id, "dataset", "mnist")
        return trial_number * 0.5

    with ThreadPoolExecutor(max_workers=n_jobs) as executor:
        return list(executor.map(objective, range(n_trials)))
