# https://github.com/skorokithakis/django-annoying/pull/41
# AutoOneToOneField's descriptor looked up the related row and, on DoesNotExist, built a new one
# and called save(); two requests touching user.profile for the first time both missed the row and
# both inserted it, and the loser hit an IntegrityError on the one-to-one unique constraint.
# Fix: create through get_or_create(), which handles the IntegrityError by re-reading the row.
import threading
import time


class DoesNotExist(Exception):
    pass


class IntegrityError(Exception):
    pass


class Table:
    """Minimal stand-in for a DB table with a UNIQUE(user_id) constraint."""

    def __init__(self):
        self.rows = {}
        self._db_lock = threading.Lock()

    def get(self, user_id):
        with self._db_lock:
            if user_id not in self.rows:
                raise DoesNotExist()
            return self.rows[user_id]

    def insert(self, user_id, obj):
        with self._db_lock:
            if user_id in self.rows:
                raise IntegrityError("duplicate key value violates unique constraint")
            self.rows[user_id] = obj


class Profile:
    objects = Table()

    def __init__(self, user_id):
        self.user_id = user_id

    def save(self):
        time.sleep(0.01)  # signals, default values...
        Profile.objects.insert(self.user_id, self)


class AutoSingleRelatedObjectDescriptor:
    def __get__(self, instance, owner=None):
        try:
            return Profile.objects.get(instance.pk)
        except DoesNotExist:
            obj = Profile(user_id=instance.pk)
            obj.save()  # Noncompliant
            return obj


class User:
    profile = AutoSingleRelatedObjectDescriptor()

    def __init__(self, pk):
        self.pk = pk


def view(user):
    return user.profile


if __name__ == "__main__":
    u = User(42)
    threads = [threading.Thread(target=view, args=(u,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
