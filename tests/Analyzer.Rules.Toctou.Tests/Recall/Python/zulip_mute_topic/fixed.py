# https://github.com/zulip/zulip/pull/21059 (issue https://github.com/zulip/zulip/issues/21011)
# Fixed version: the database unique constraint is the arbiter. The early topic_is_muted() check stays,
# but an IntegrityError raised by the insert of a concurrent duplicate request is caught and reported as
# JsonableError("Topic already muted") instead of a 500.
import datetime
import threading


class DbIntegrityError(Exception):
    pass


class ApiJsonableError(Exception):
    pass


class MutedTopicTable:
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
                raise DbIntegrityError("duplicate key value violates unique constraint")
            self._rows[key] = last_updated


MUTED_TOPICS = MutedTopicTable()


def is_topic_muted(user_id, stream_id, topic_name):
    return MUTED_TOPICS.exists(user_id, stream_id, topic_name)


def add_muted_topic(user_id, stream_id, topic_name, date_muted):
    MUTED_TOPICS.create(user_id, stream_id, topic_name, date_muted)


def mute_topic_tolerant(user_id, stream_id, topic_name, date_muted):
    if is_topic_muted(user_id, stream_id, topic_name):
        raise ApiJsonableError("Topic already muted")

    try:
        add_muted_topic(user_id, stream_id, topic_name, date_muted)
    except DbIntegrityError:
        raise ApiJsonableError("Topic already muted")


def muted_topics_endpoint(user_id, stream_id, topic, op):
    """POST /json/users/me/subscriptions/muted_topics, served by several Django workers."""
    if op == "add":
        mute_topic_tolerant(user_id, stream_id, topic, datetime.datetime.now())
    return {"result": "success"}


if __name__ == "__main__":
    reqs = [threading.Thread(target=muted_topics_endpoint, args=(10, 3, "lunch", "add")) for _ in range(2)]
    for r in reqs:
        r.start()
    for r in reqs:
        r.join()
