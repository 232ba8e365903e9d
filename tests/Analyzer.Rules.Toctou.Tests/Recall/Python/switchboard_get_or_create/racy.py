# https://github.com/switchboardpy/switchboard/issues/7 (fixed by PR #11)
# MongoModel.get_or_create ran find_one and, when nothing matched, created the document with a plain
# insert. With auto-create on, two requests hitting a new switch at the same time both missed and both
# inserted, leaving two switches with the same key. The fix replaces the insert with an upsert on the
# lookup spec and then reads the document back.


class Collection(object):
    """Stands in for a pymongo collection; every call is a round trip to MongoDB."""

    def find_one(self, spec):
        raise NotImplementedError

    def save(self, document):
        raise NotImplementedError

    def update(self, spec, document, upsert=False):
        raise NotImplementedError


class MongoModel(object):
    c = Collection()

    def __init__(self, *args, **kwargs):
        self.__dict__.update(kwargs)

    def to_bson(self):
        return self.__dict__.copy()

    def save(self):
        _id = self.c.save(self.to_bson())
        if not hasattr(self, '_id'):
            self._id = _id
        return _id

    @classmethod
    def create(cls, **kwargs):
        instance = cls(**kwargs)
        instance.save()
        return instance

    @classmethod
    def get_or_create(cls, defaults={}, **kwargs):
        '''Returns (object, created), like the Django ORM method.'''
        result = cls.c.find_one(kwargs)
        if not result:
            created = True
            kwargs.update(defaults)
            instance = cls.create(**kwargs)  # Noncompliant
        else:
            created = False
            instance = cls(**result)
        return instance, created


class Switch(MongoModel):
    pass


class SwitchManager(object):
    """Dictionary-style access to switches; a missing key is auto-created."""

    def __init__(self, auto_create=True):
        self.auto_create = auto_create

    def get_default(self, key):
        if not self.auto_create:
            return None
        return Switch.get_or_create(key=key)[0]
