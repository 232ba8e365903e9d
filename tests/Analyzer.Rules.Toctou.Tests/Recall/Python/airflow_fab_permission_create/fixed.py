# https://github.com/apache/airflow/pull/62737
# Fixed: a concurrent insert by another worker is tolerated; the IntegrityError is caught,
# the session rolled back, and the row inserted by the winner is returned.
import logging

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from airflow.providers.fab.auth_manager.models import Action

log = logging.getLogger(__name__)


class SafeFabPermissionSyncer:
    def __init__(self, session):
        self.session = session

    def find_action(self, name):
        return self.session.scalars(select(Action).filter_by(name=name)).one_or_none()

    def ensure_action(self, name):
        action = self.find_action(name)
        if action is None:
            action = Action()
            action.name = name
            try:
                self.session.add(action)
                self.session.commit()
            except IntegrityError:
                self.session.rollback()
                log.debug("Action %s already created by another worker", name)
                action = self.find_action(name)
        return action

    def sync_all_actions(self, names):
        for name in names:
            self.ensure_action(name)
