# https://github.com/switchboardpy/switchboard/issues/7 (fixed by PR #11)
# Fixed version: when the lookup misses, the document is written with an upsert keyed on the lookup spec
# (atomic in MongoDB) and then read back, so concurrent auto-creates end up with one switch.


class MongoCollection(object):
    """Stands in for a pymongo collection; every call is a round trip to MongoDB."""

    def lookup(self, spec):
        raise NotImplementedError

    def store(self, document):
        raise NotImplementedError

    def write(self, spec, document, upsert=False):
        raise NotImplementedError


class UpsertingModel(object):
    c = MongoCollection()

    def __init__(self, *args, **kwargs):
        self.__dict__.update(kwargs)

    def to_document(self):
        return self.__dict__.copy()

    def persist(self):
        _id = self.c.store(self.to_document())
        if not hasattr(self, '_id'):
            self._id = _id
        return _id

    @classmethod
    def apply_update(cls, spec, document, upsert=False):
        return cls.c.write(spec, document, upsert=upsert)

    @classmethod
    def get_or_upsert(cls, defaults={}, **kwargs):
        '''Returns (object, created), like the Django ORM method.'''
        result = cls.c.lookup(kwargs)
        if not result:
            created = True
            result = kwargs
            result.update(defaults)
            # Do an upsert here instead of a straight create to avoid a race
            # with another instance creating the same record at nearly the same time.
            cls.apply_update(result, result, upsert=True)
            result = cls.c.lookup(kwargs)
            instance = cls(**result)
        else:
            created = False
            instance = cls(**result)
        return instance, created


class FeatureSwitch(UpsertingModel):
    pass


class FeatureSwitchManager(object):
    """Dictionary-style access to switches; a missing key is auto-created."""

    def __init__(self, auto_create=True):
        self.auto_create = auto_create

    def default_for(self, key):
        if not self.auto_create:
            return None
        return FeatureSwitch.get_or_upsert(key=key)[0]
