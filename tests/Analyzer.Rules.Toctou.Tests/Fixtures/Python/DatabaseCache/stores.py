import threading

from storage import connection, transaction, quote
from storage.errors import DatabaseError


class BaseStore:
    def add(self, key, value):
        raise NotImplementedError


class SqlStore(BaseStore):
    def __init__(self, table):
        self._table = table

    def set(self, key, value):
        return self._write('set', key, value)

    def add(self, key, value):
        return self._write('add', key, value)

    def _write(self, mode, key, value):
        table = quote(self._table)
        with connection.cursor() as cursor:
            try:
                with transaction.atomic():  # Secondary [transaction]
                    cursor.execute('SELECT k FROM %s WHERE k = %%s' % table, [key])  # Secondary [check]
                    row = cursor.fetchone()
                    if row and mode == 'set':  # Secondary [guard]
                        cursor.execute('UPDATE %s SET v = %%s WHERE k = %%s' % table, [value, key])
                    elif not row:
                        cursor.execute(  # Secondary [act]
                            'INSERT INTO %s (k, v) VALUES (%%s, %%s)' % table,
                            [key, value],
                        )
            except DatabaseError:  # Secondary [swallowedexception]
                # Concurrent writers may collide on the key; that is tolerated.
                return False
        return True
    # The message of the finding on line 30, kept past the end of _write so that it is no comment near the race:
    # Noncompliant @-11 [TOCTOU003] {{the SELECT on self._table at line 27 decides the UPDATE / INSERT at line 30 and 32 inside `transaction.atomic()` (line 26), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}

    def add_locked_rows(self, key, value):
        table = quote(self._table)
        with connection.cursor() as cursor:
            with transaction.atomic():
                cursor.execute('SELECT k FROM %s WHERE k = %%s FOR UPDATE' % table, [key])
                if cursor.fetchone() is None:
                    cursor.execute('INSERT INTO %s (k, v) VALUES (%%s, %%s)' % table, [key, value])

    def upsert(self, key, value):
        with connection.cursor() as cursor:
            cursor.execute(
                'INSERT INTO entries (k, v) VALUES (%s, %s) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v',
                [key, value],
            )

    def read(self, key):
        with connection.cursor() as cursor:
            cursor.execute('SELECT v FROM entries WHERE k = %s', [key])
            row = cursor.fetchone()
            return row[0] if row else None


class MemoryStore(BaseStore):
    def __init__(self):
        self._lock = threading.Lock()
        self._data = {}

    def add(self, key, value):
        with self._lock:
            if key not in self._data:
                self._data[key] = value
                return True
            return False
