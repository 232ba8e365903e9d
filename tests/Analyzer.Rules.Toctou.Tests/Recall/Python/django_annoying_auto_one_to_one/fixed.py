# https://github.com/skorokithakis/django-annoying/pull/41
# Fixed version: the missing related row is created with get_or_create(), whose create step
# catches the IntegrityError raised when another request inserted the row first and returns it.
import threading
import time


class RowMissing(Exception):
    pass


class UniqueViolation(Exception):
    pass


class UniqueTable:
    def __init__(self):
        self.rows = {}
        self._db_lock = threading.Lock()

    def fetch(self, user_id):
        with self._db_lock:
            if user_id not in self.rows:
                raise RowMissing()
            return self.rows[user_id]

    def create(self, user_id):
        time.sleep(0.01)
        obj = SafeProfile(user_id)
        with self._db_lock:
            if user_id in self.rows:
                raise UniqueViolation("duplicate key value violates unique constraint")
            self.rows[user_id] = obj
        return obj

    def get_or_create(self, user_id):
        try:
            return self.fetch(user_id), False
        except RowMissing:
            try:
                return self.create(user_id), True
            except UniqueViolation:
                return self.fetch(user_id), False


class SafeProfile:
    objects = None

    def __init__(self, user_id):
        self.user_id = user_id


SafeProfile.objects = UniqueTable()


class SafeAutoSingleRelatedObjectDescriptor:
    def __get__(self, instance, owner=None):
        try:
            return SafeProfile.objects.fetch(instance.pk)
        except RowMissing:
            obj, _ = SafeProfile.objects.get_or_create(instance.pk)
            return obj


class SafeUser:
    profile = SafeAutoSingleRelatedObjectDescriptor()

    def __init__(self, pk):
        self.pk = pk


def safe_view(user):
    return user.profile


if __name__ == "__main__":
    u = SafeUser(42)
    threads = [threading.Thread(target=safe_view, args=(u,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
