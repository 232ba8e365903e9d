# https://github.com/readthedocs/readthedocs.org/pull/8310
# increase_page_view_count looked up today's PageView row with filter(...).first() and, when there was
# none, created it with view_count=1. Two first-time requests for one page could both find no row and
# both INSERT; the loser hit the unique constraint (IntegrityError in Sentry). The fix runs the UPDATE
# first, INSERTs only when no row was updated, and falls back to the UPDATE on IntegrityError.
import datetime
import sqlite3

_db = sqlite3.connect(':memory:', check_same_thread=False, isolation_level=None)
_db.execute('CREATE TABLE pageview (project TEXT, version TEXT, path TEXT, date TEXT,'
            ' view_count INTEGER, UNIQUE (project, version, path, date))')


class F:
    """Stands in for django.db.models.F: the database computes view_count + n."""
    def __init__(self, name):
        self.name = name

    def __add__(self, amount):
        return '{0} = {0} + {1:d}'.format(self.name, amount)


class _QuerySet:
    def __init__(self, fields):
        self.names = sorted(fields)
        self.args = [str(fields[name]) for name in self.names]
        self.where = ' AND '.join('{0} = ?'.format(name) for name in self.names)

    def first(self):
        row = _db.execute('SELECT rowid FROM pageview WHERE ' + self.where, self.args).fetchone()
        return PageView(row[0]) if row else None


class _PageViewManager:
    """Stands in for PageView.objects (the Django manager), on top of sqlite3."""
    def filter(self, **fields):
        return _QuerySet(fields)

    def create(self, view_count, **fields):
        query = _QuerySet(fields)
        _db.execute('INSERT INTO pageview ({0}, view_count) VALUES ({1}?)'.format(
            ', '.join(query.names), '?, ' * len(query.names)), query.args + [view_count])


class PageView:
    objects = _PageViewManager()

    def __init__(self, rowid):
        self.rowid = rowid
        self.view_count = None

    def save(self, update_fields):
        _db.execute('UPDATE pageview SET ' + self.view_count + ' WHERE rowid = ?', (self.rowid,))


class BaseAnalyticsView:
    """Track page views (a DRF APIView with a GET handler in the real code)."""
    http_method_names = ['get']

    def get(self, request):
        self.increase_page_view_count(
            project=request.GET['project'],
            version=request.GET['version'],
            absolute_uri=request.GET.get('absolute_uri'),
        )

    def increase_page_view_count(self, project, version, absolute_uri):
        """Increase the page view count for the given project."""
        if not absolute_uri:
            return
        path = absolute_uri.split('/', 3)[-1]  # stands in for unresolve_from_request(...).filename
        fields = dict(project=project, version=version, path=path, date=datetime.date.today())
        page_view = PageView.objects.filter(**fields).first()
        if page_view:
            page_view.view_count = F('view_count') + 1
            page_view.save(update_fields=['view_count'])  # Noncompliant
        else:
            PageView.objects.create(**fields, view_count=1)
