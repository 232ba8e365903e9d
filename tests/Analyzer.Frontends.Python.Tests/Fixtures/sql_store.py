from django.db import DatabaseError, connection, transaction
from django.db.backends.utils import quote_name as quote


class DatabaseStore:
    def __init__(self, table):
        self._table = table

    def set(self, key, value, timeout=None):
        table = quote(self._table)
        with connection.cursor() as cursor:
            try:
                with transaction.atomic(using='default'):
                    cursor.execute(
                        'SELECT %s, %s FROM %s WHERE %s = %%s' % ('cache_key', 'expires', table, 'cache_key'),
                        [key],
                    )
                    result = cursor.fetchone()
                    if result and result[1] > timeout:
                        cursor.execute('UPDATE %s SET value = %%s WHERE cache_key = %%s' % table, [value, key])
                    elif not result:
                        cursor.execute("INSERT INTO %s (cache_key, value) "
                                       "VALUES (%%s, %%s)" % table, [key, value])
                    else:
                        return False
            except DatabaseError:
                # To be threadsafe, updates/inserts are allowed to fail silently
                return False
            else:
                return True
