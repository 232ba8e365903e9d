# https://github.com/linkedin/iris/pull/432
# Sender greenlets call allow_send() at once; notify_incident() reads last_incidents,
# queries the DB (a greenlet switch), then inserts a new incident and records it, so two
# greenlets both see "no open incident" and create duplicate incidents.
# Fix: hold a gevent Semaphore across the whole check-and-create in notify_incident.
from time import time
from datetime import datetime

from gevent import spawn

create_incident_query = '''INSERT INTO `incident` (`plan_id`, `created`, `context`, `current_step`, `active`, `application_id`)
                           VALUES ((SELECT `plan_id` FROM `plan_active` WHERE `name` = :plan_name), :created, :context, 0, TRUE, :app_id)'''
check_incident_claimed_query = '''SELECT `active` FROM `incident` WHERE `id` = :id'''


class QuotaKeeper(object):
    def __init__(self, db, app_id):
        self.db = db
        self.app_id = app_id
        self.rates = {}
        self.last_incidents = {}  # application: (incident_id, time())

    def allow_send(self, message):
        application = message.get('application')
        rate = self.rates.get(application)
        if not rate:
            return True
        buckets, limit, plan_name, wait_time = rate
        buckets[-1] += 1
        if sum(buckets) > limit:
            self.notify_incident(application, limit, plan_name, wait_time)
            return False
        return True

    def notify_incident(self, application, limit, plan_name, wait_time):
        session = self.db.Session()
        last_incident = self.last_incidents.get(application)
        if last_incident:
            last_id, last_created = last_incident
            claimed = session.execute(check_incident_claimed_query, {'id': last_id}).scalar()
            if claimed:
                session.close()
                return
            if wait_time and (time() - last_created) < wait_time:
                session.close()
                return
        data = {'plan_name': plan_name, 'created': datetime.utcnow(),
                'context': '{"limit": %d}' % limit, 'app_id': self.app_id}
        incident_id = session.execute(create_incident_query, data).lastrowid
        session.commit()
        session.close()
        self.last_incidents[application] = incident_id, time()  # Noncompliant


def run_senders(keeper, messages):
    return [spawn(keeper.allow_send, m) for m in messages]
