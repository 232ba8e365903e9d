# https://github.com/optuna/optuna/pull/290
# Fixed version: the select-then-insert stays, but the commit goes through
# _commit_with_integrity_check(), so the worker that loses the insert rolls back and ignores
# the IntegrityError (another worker committed a row with the same key).
import json
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import IntegrityError


class StudyUserAttrRow:
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


class RDBStudyStorage:
    def __init__(self, engine, logger):
        self.engine = engine
        self.logger = logger
        self._local = threading.local()

    def scoped_session(self):
        if not hasattr(self._local, "session"):
            self._local.session = self.engine.new_session()
        return self._local.session

    def _commit_with_integrity_check(self, session):
        try:
            session.commit()
        except IntegrityError as e:
            self.logger.debug(
                "Ignoring {}. This happens due to a timing issue among threads/processes/nodes. "
                "Another one might have committed a record with the same key(s).".format(repr(e))
            )
            session.rollback()
            return False
        return True

    def set_study_user_attr(self, study_id, key, value):
        session = self.scoped_session()
        attribute = StudyUserAttrRow.find_by_study_and_key(study_id, key, session)
        if attribute is None:
            attribute = StudyUserAttrRow(study_id, key, json.dumps(value))
            session.add(attribute)
        else:
            attribute.value_json = json.dumps(value)
        self._commit_with_integrity_check(session)


def optimize_study(storage, study_id, n_trials, n_jobs):
    def objective(trial_number):
        storage.set_study_user_attr(study_id, "dataset", "mnist")
        return trial_number * 0.5

    with ThreadPoolExecutor(max_workers=n_jobs) as executor:
        return list(executor.map(objective, range(n_trials)))
