# https://github.com/linkedin/iris/pull/432
# Fixed version: allow_send() takes last_incidents_mutex (gevent Semaphore) around
# notify_incident(), so the lookup of the last incident and the creation of a new one
# cannot interleave between sender greenlets.
from time import time
from datetime import datetime

from gevent import spawn
from gevent.lock import Semaphore

create_incident_sql = '''INSERT INTO `incident` (`plan_id`, `created`, `context`, `current_step`, `active`, `application_id`)
                         VALUES ((SELECT `plan_id` FROM `plan_active` WHERE `name` = :plan_name), :created, :context, 0, TRUE, :app_id)'''
check_claimed_sql = '''SELECT `active` FROM `incident` WHERE `id` = :id'''


class SafeQuotaKeeper(object):
    def __init__(self, db, app_id):
        self.db = db
        self.app_id = app_id
        self.rates = {}
        self.last_incidents = {}  # application: (incident_id, time())
        self.last_incidents_mutex = Semaphore()

    def allow_send_safe(self, message):
        application = message.get('application')
        rate = self.rates.get(application)
        if not rate:
            return True
        buckets, limit, plan_name, wait_time = rate
        buckets[-1] += 1
        if sum(buckets) > limit:
            with self.last_incidents_mutex:
                self.notify_incident_locked(application, limit, plan_name, wait_time)
            return False
        return True

    def notify_incident_locked(self, application, limit, plan_name, wait_time):
        session = self.db.Session()
        last_incident = self.last_incidents.get(application)
        if last_incident:
            last_id, last_created = last_incident
            claimed = session.execute(check_claimed_sql, {'id': last_id}).scalar()
            if claimed:
                session.close()
                return
            if wait_time and (time() - last_created) < wait_time:
                session.close()
                return
        data = {'plan_name': plan_name, 'created': datetime.utcnow(),
                'context': '{"limit": %d}' % limit, 'app_id': self.app_id}
        incident_id = session.execute(create_incident_sql, data).lastrowid
        session.commit()
        session.close()
        self.last_incidents[application] = incident_id, time()


def run_safe_senders(keeper, messages):
    return [spawn(keeper.allow_send_safe, m) for m in messages]
