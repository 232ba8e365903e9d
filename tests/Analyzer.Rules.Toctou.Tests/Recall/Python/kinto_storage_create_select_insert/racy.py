# https://github.com/Kinto/kinto/pull/1406
# The PostgreSQL Storage.create() ran self.get() (SELECT) to see whether the id existed and
# only then the INSERT; two requests creating the same record both miss and the loser hits
# "duplicate key value violates unique constraint records_pkey" (#1376, #1388).
# Fix: no look-before-you-leap; one INSERT ... ON CONFLICT statement decides.
import json

from kinto.core.storage import exceptions

DEFAULT_ID_FIELD = "id"
DEFAULT_MODIFIED_FIELD = "last_modified"


class Storage:
    def __init__(self, client, id_generator):
        self.client = client
        self.id_generator = id_generator

    def get(self, collection_id, parent_id, object_id, id_field=DEFAULT_ID_FIELD):
        query = """
        SELECT as_epoch(last_modified) AS last_modified, data
          FROM records
         WHERE id = :object_id AND parent_id = :parent_id
           AND collection_id = :collection_id
           AND NOT deleted;
        """
        placeholders = dict(object_id=object_id, parent_id=parent_id, collection_id=collection_id)
        with self.client.connect(readonly=True) as conn:
            result = conn.execute(query, placeholders)
            if result.rowcount == 0:
                raise exceptions.RecordNotFoundError(object_id)
            existing = result.fetchone()
        record = existing["data"]
        record[id_field] = object_id
        return record

    def create(self, collection_id, parent_id, record, id_field=DEFAULT_ID_FIELD,
               modified_field=DEFAULT_MODIFIED_FIELD):
        record = {**record}
        if id_field in record:
            try:
                existing = self.get(collection_id, parent_id, record[id_field])
                raise exceptions.UnicityError(id_field, existing)
            except exceptions.RecordNotFoundError:
                pass
        else:
            record[id_field] = self.id_generator()

        query_record = {k: v for k, v in record.items() if k not in (id_field, modified_field)}
        query = """
        INSERT INTO records (id, parent_id, collection_id, data, last_modified, deleted)
        VALUES (:object_id, :parent_id, :collection_id, (:data)::JSONB,
                from_epoch(:last_modified), FALSE)
        RETURNING id, as_epoch(last_modified) AS last_modified;
        """
        placeholders = dict(object_id=record[id_field], parent_id=parent_id,
                            collection_id=collection_id,
                            last_modified=record.get(modified_field),
                            data=json.dumps(query_record))
        with self.client.connect() as conn:
            result = conn.execute(query, placeholders)  # Noncompliant
            inserted = result.fetchone()

        record[modified_field] = inserted["last_modified"]
        return record
