# https://github.com/GovReady/govready-q/pull/722 (fixes GovReady/govready-q#712)
# The send_notification_emails command loops forever in every GovReady-Q container. It
# selected notifications with emailed=False, sent the email and only then marked the
# row emailed. The exclusiveprocess lock only stops a second copy on the same host, so
# two containers sharing one database both saw the same unsent notification and both
# emailed it. Fix: inside transaction.atomic(), re-read the notification with
# select_for_update() and send + mark it only if it is still not emailed.
import time

from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import models
from exclusiveprocess import Lock


class Notification(models.Model):
    recipient_email = models.EmailField()
    verb = models.CharField(max_length=256)
    emailed = models.BooleanField(default=False)


class Command(BaseCommand):
    help = "Sends emails for notifications."

    def handle(self, *args, **options):
        Lock(die=True).forever()  # one copy per host, not per database
        while True:
            self.send_new_emails()
            time.sleep(20)

    def send_new_emails(self):
        for notif in Notification.objects.filter(emailed=False).order_by("id"):
            self.send_it_out(notif)

    def send_it_out(self, notif):
        send_mail("New activity", notif.verb, "noreply@govready.example", [notif.recipient_email])  # Noncompliant
        notif.emailed = True
        notif.save(update_fields=["emailed"])
