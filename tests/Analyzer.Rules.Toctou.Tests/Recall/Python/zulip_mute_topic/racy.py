# https://github.com/zulip/zulip/pull/21059 (issue https://github.com/zulip/zulip/issues/21011)
# The mute-topic endpoint first queries whether the topic is already muted and, if not, inserts a
# UserTopic row. Two identical requests handled in parallel both see "not muted"; the second INSERT hits
# the unique constraint and the IntegrityError surfaces as an HTTP 500.
# Fix: keep the check for the common case but catch IntegrityError from the insert -> "Topic already muted" (400).
import datetime
import threading


class IntegrityError(Exception):
    pass


class JsonableError(Exception):
    pass


class UserTopicTable:
    """Stand-in for the zerver_usertopic table with its UNIQUE(user, stream, topic) constraint."""

    def __init__(self):
        self._rows = {}
        self._db_lock = threading.Lock()

    def exists(self, user_id, stream_id, topic_name):
        return (user_id, stream_id, topic_name.lower()) in self._rows

    def create(self, user_id, stream_id, topic_name, last_updated):
        key = (user_id, stream_id, topic_name.lower())
        with self._db_lock:
            if key in self._rows:
                raise IntegrityError("duplicate key value violates unique constraint")
            self._rows[key] = last_updated


USER_TOPICS = UserTopicTable()


def topic_is_muted(user_id, stream_id, topic_name):
    return USER_TOPICS.exists(user_id, stream_id, topic_name)


def do_mute_topic(user_id, stream_id, topic_name, date_muted):
    USER_TOPICS.create(user_id, stream_id, topic_name, date_muted)
    # send_event(user_profile.realm, event, [user_profile.id]) in the real code


def mute_topic(user_id, stream_id, topic_name, date_muted):
    if topic_is_muted(user_id, stream_id, topic_name):
        raise JsonableError("Topic already muted")

    do_mute_topic(user_id, stream_id, topic_name, date_muted)  # Noncompliant


def update_muted_topic_view(user_id, stream_id, topic, op):
    """POST /json/users/me/subscriptions/muted_topics, served by several Django workers."""
    if op == "add":
        mute_topic(user_id, stream_id, topic, datetime.datetime.now())
    return {"result": "success"}


if __name__ == "__main__":
    reqs = [threading.Thread(target=update_muted_topic_view, args=(10, 3, "lunch", "add")) for _ in range(2)]
    for r in reqs:
        r.start()
    for r in reqs:
        r.join()
