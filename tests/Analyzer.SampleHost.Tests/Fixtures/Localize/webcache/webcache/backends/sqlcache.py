from webcache.db import connections, transaction, DatabaseError
from webcache.backends.base import CacheBackend


class SqlCache(CacheBackend):
    def __init__(self, table_name):
        self._table_name = table_name

    def put(self, key, value):
        return self._store('put', key, value)

    def add(self, key, value):
        return self._store('add', key, value)

    def _store(self, mode, key, value):
        conn = connections['default']
        table = conn.quote(self._table_name)
        with conn.cursor() as cur:
            try:
                with transaction.atomic():
                    cur.execute(
                        'SELECT %s FROM %s WHERE %s = %%s' % ('key', table, 'key'),
                        [key],
                    )
                    found = cur.fetchone()
                    if found and mode == 'put':
                        cur.execute('UPDATE %s SET val = %%s WHERE key = %%s' % table, [value, key])
                    elif not found:
                        cur.execute('INSERT INTO %s (key, val) VALUES (%%s, %%s)' % table, [key, value])
                    else:
                        return False
            except DatabaseError:
                # Thread-safe enough: a colliding write just fails quietly.
                return False
            return True
