# https://github.com/GovReady/govready-q/pull/722
# Fixed: the notification row is re-read with select_for_update() inside
# transaction.atomic(), and the email is sent and the row marked only if it is still unsent.
import time

from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import models, transaction
from exclusiveprocess import Lock


class PendingNotice(models.Model):
    recipient_email = models.EmailField()
    verb = models.CharField(max_length=256)
    emailed = models.BooleanField(default=False)


class NotifyCommand(BaseCommand):
    help = "Sends emails for notifications."

    def run_forever(self, *args, **options):
        Lock(die=True).forever()
        while True:
            self.deliver_pending()
            time.sleep(20)

    handle = run_forever

    def deliver_pending(self):
        for notice in PendingNotice.objects.filter(emailed=False).order_by("id"):
            self.deliver_one(notice)

    def deliver_one(self, notice):
        with transaction.atomic():
            latest = PendingNotice.objects.select_for_update().get(id=notice.id)
            if latest.emailed:
                return
            send_mail("New activity", latest.verb, "noreply@govready.example", [latest.recipient_email])
            latest.emailed = True
            latest.save(update_fields=["emailed"])
