# https://github.com/apache/airflow/pull/62737
# With several API-server workers starting together, each FAB security manager looks the
# action up, finds none, and inserts it; all but one hit a unique-constraint IntegrityError.
# Fix (PR #62737, issue #62563): catch IntegrityError on commit, roll back, and re-read.
import logging

from sqlalchemy import select

from airflow.providers.fab.auth_manager.models import Action

log = logging.getLogger(__name__)


class FabPermissionSyncer:
    def __init__(self, session):
        self.session = session

    def get_action(self, name):
        return self.session.scalars(select(Action).filter_by(name=name)).one_or_none()

    def create_action(self, name):
        action = self.get_action(name)
        if action is None:
            action = Action()
            action.name = name
            self.session.add(action)  # Noncompliant
            self.session.commit()
        return action

    def sync_actions(self, names):
        # Called by every gunicorn/uvicorn worker on startup.
        for name in names:
            self.create_action(name)
