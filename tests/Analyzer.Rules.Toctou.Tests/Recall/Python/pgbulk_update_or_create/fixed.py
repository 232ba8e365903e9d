# https://github.com/M1ha-Shvn/django-pg-bulk-update/issues/14
# Fixed: the upsert is a single INSERT ... ON CONFLICT (key) DO UPDATE, so concurrent callers
# with the same key no longer collide between a SELECT and an INSERT.
from django.db import connection, models, transaction


class HitCounter(models.Model):
    name = models.CharField(max_length=64, unique=True)
    value = models.IntegerField(default=0)

    class Meta:
        app_label = "stats"


def pg_bulk_upsert(model, values, key_field="name"):
    if not values:
        return 0
    table = model._meta.db_table
    rows_sql = ", ".join(["(%s, %s)"] * len(values))
    params = []
    for item in values:
        params.extend([item[key_field], item["value"]])
    sql = (
        "INSERT INTO {table} ({key}, value) VALUES {rows} "
        "ON CONFLICT ({key}) DO UPDATE SET value = EXCLUDED.value"
    ).format(table=table, key=key_field, rows=rows_sql)
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    return len(values)


def store_hits(batch):
    return pg_bulk_upsert(HitCounter, batch)
