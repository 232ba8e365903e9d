# https://github.com/getsentry/sentry/pull/27634
# Fixed version: when no author matches the external id, the handler calls get_or_create keyed on the
# unique (organization_id, email) pair, with the remaining columns as defaults, so a concurrent delivery
# gets the row the other worker inserted instead of failing on a second INSERT.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class AuthorDoesNotExist(Exception):
    pass


class AuthorManager:
    """In-memory stand-in for the commit-author table, UNIQUE (organization_id, email)."""

    def __init__(self):
        self._rows = {}
        self._read_lock = threading.Lock()

    def fetch(self, **filters):
        with self._read_lock:
            rows = list(self._rows.values())
        time.sleep(0.002)  # query round trip
        for row in rows:
            if all(row.get(k) == v for k, v in filters.items()):
                return row
        raise AuthorDoesNotExist()

    def get_or_create(self, defaults=None, **lookup):
        row = dict(lookup, **(defaults or {}))
        stored = self._rows.setdefault((row["organization_id"], row["email"]), row)
        return stored, stored is row


class CommitAuthorModel:
    DoesNotExist = AuthorDoesNotExist
    objects = AuthorManager()


class GitHubPullRequestWebhook:
    provider = "github"

    def external_id_for(self, username):
        return "%s:%s" % (self.provider, username)

    def handle_pull_request(self, event, organization_id):
        pull_request = event["pull_request"]
        user = pull_request["user"]
        author_email = "{}@localhost".format(user["login"][:65])
        try:
            author = CommitAuthorModel.objects.fetch(
                organization_id=organization_id, external_id=self.external_id_for(user["login"])
            )
        except CommitAuthorModel.DoesNotExist:
            author, _created = CommitAuthorModel.objects.get_or_create(
                organization_id=organization_id,
                email=author_email,
                defaults={
                    "name": user["login"][:128],
                    "external_id": self.external_id_for(user["login"]),
                },
            )
        return author


def deliver_event(webhook, number):
    event = {"pull_request": {"number": number, "user": {"login": "octocat", "id": 1}}}
    return webhook.handle_pull_request(event, organization_id=42)


if __name__ == "__main__":
    handler = GitHubPullRequestWebhook()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [pool.submit(deliver_event, handler, n) for n in range(8)]
    print([type(r.exception()).__name__ for r in results if r.exception()])
