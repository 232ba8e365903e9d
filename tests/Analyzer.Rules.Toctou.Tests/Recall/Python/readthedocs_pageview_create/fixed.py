# https://github.com/readthedocs/readthedocs.org/pull/8310
# Fixed shape: the view count is bumped with a single UPDATE ... SET view_count = view_count + 1. Only
# when that UPDATE touched no row is the row INSERTed, and if a concurrent request inserted it first
# (IntegrityError from the unique constraint) the UPDATE is run again instead of failing.
import datetime
import sqlite3

_hits_db = sqlite3.connect(':memory:', check_same_thread=False, isolation_level=None)
_hits_db.execute('CREATE TABLE pageview (project TEXT, version TEXT, path TEXT, date TEXT,'
                 ' view_count INTEGER, UNIQUE (project, version, path, date))')
IntegrityError = sqlite3.IntegrityError


class Col:
    """Stands in for django.db.models.F: the database computes view_count + n."""
    def __init__(self, name):
        self.name = name

    def __add__(self, amount):
        return '{0} = {0} + {1:d}'.format(self.name, amount)


class _HitQuerySet:
    def __init__(self, fields):
        self.names = sorted(fields)
        self.args = [str(fields[name]) for name in self.names]
        self.where = ' AND '.join('{0} = ?'.format(name) for name in self.names)

    def update(self, view_count):
        cursor = _hits_db.execute('UPDATE pageview SET ' + view_count + ' WHERE ' + self.where, self.args)
        return cursor.rowcount


class _HitManager:
    def filter(self, **fields):
        return _HitQuerySet(fields)

    def create(self, view_count, **fields):
        query = _HitQuerySet(fields)
        _hits_db.execute('INSERT INTO pageview ({0}, view_count) VALUES ({1}?)'.format(
            ', '.join(query.names), '?, ' * len(query.names)), query.args + [view_count])


class PageHit:
    objects = _HitManager()


class AnalyticsEndpoint:
    http_method_names = ['get']

    def get(self, request):
        self.increase_page_view_count(
            project=request.GET['project'],
            version=request.GET['version'],
            absolute_uri=request.GET.get('absolute_uri'),
        )

    def increase_page_view_count(self, project, version, absolute_uri):
        if not absolute_uri:
            return
        path = absolute_uri.split('/', 3)[-1]
        fields = dict(project=project, version=version, path=path, date=datetime.date.today())
        if not self._update_view_count(**fields):
            try:
                PageHit.objects.create(**fields, view_count=1)
            except IntegrityError:
                # The page was created in another request.
                self._update_view_count(**fields)

    def _update_view_count(self, **fields):
        return PageHit.objects.filter(**fields).update(view_count=Col('view_count') + 1)
