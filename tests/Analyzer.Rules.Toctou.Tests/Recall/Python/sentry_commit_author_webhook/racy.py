# https://github.com/getsentry/sentry/pull/27634
# GitHub pull_request webhooks run on many web workers. The handler looked CommitAuthor up by external_id
# and on DoesNotExist created it; two deliveries for a new author both missed and both INSERTed, the
# second hitting IntegrityError on the unique (organization_id, email) index.
# Fix: CommitAuthor.objects.get_or_create(organization_id, email, defaults={...}) instead of create().
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class IntegrityError(Exception):
    pass


class CommitAuthorDoesNotExist(Exception):
    pass


class CommitAuthorManager:
    """In-memory stand-in for the commit-author table, UNIQUE (organization_id, email)."""

    def __init__(self):
        self._rows = {}
        self._read_lock = threading.Lock()

    def get(self, **filters):
        with self._read_lock:
            rows = list(self._rows.values())
        time.sleep(0.002)  # query round trip
        for row in rows:
            if all(row.get(k) == v for k, v in filters.items()):
                return row
        raise CommitAuthorDoesNotExist()

    def create(self, **values):
        row = dict(values)
        stored = self._rows.setdefault((row["organization_id"], row["email"]), row)
        if stored is not row:
            raise IntegrityError("duplicate key value violates unique constraint")
        return row


class CommitAuthor:
    DoesNotExist = CommitAuthorDoesNotExist
    objects = CommitAuthorManager()


class PullRequestEventWebhook:
    provider = "github"

    def get_external_id(self, username):
        return "%s:%s" % (self.provider, username)

    def _handle(self, event, organization_id):
        pull_request = event["pull_request"]
        user = pull_request["user"]
        author_email = "{}@localhost".format(user["login"][:65])
        try:
            author = CommitAuthor.objects.get(
                organization_id=organization_id, external_id=self.get_external_id(user["login"])
            )
        except CommitAuthor.DoesNotExist:
            author = CommitAuthor.objects.create(  # Noncompliant
                organization_id=organization_id,
                email=author_email,
                external_id=self.get_external_id(user["login"]),
                name=user["login"][:128],
            )
        return author


def deliver(webhook, number):
    event = {"pull_request": {"number": number, "user": {"login": "octocat", "id": 1}}}
    return webhook._handle(event, organization_id=42)


if __name__ == "__main__":
    hook = PullRequestEventWebhook()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(deliver, hook, n) for n in range(8)]
    print([type(f.exception()).__name__ for f in futures if f.exception()])
