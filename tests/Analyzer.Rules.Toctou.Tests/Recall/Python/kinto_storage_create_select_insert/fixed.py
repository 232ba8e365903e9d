# https://github.com/Kinto/kinto/pull/1406
# Fixed version: no separate SELECT; one statement inserts, or (ON CONFLICT) locks the
# existing row and returns it with inserted = FALSE, in which case UnicityError is
# raised with the row that won.
import json

from kinto.core.storage import exceptions

UPSERT_ID_FIELD = "id"
UPSERT_MODIFIED_FIELD = "last_modified"


class UpsertStorage:
    def __init__(self, client, id_generator):
        self.client = client
        self.id_generator = id_generator

    def create(self, collection_id, parent_id, record, id_field=UPSERT_ID_FIELD,
               modified_field=UPSERT_MODIFIED_FIELD):
        record = {**record}
        if id_field not in record:
            record[id_field] = self.id_generator()

        query_record = {k: v for k, v in record.items() if k not in (id_field, modified_field)}
        query = """
        WITH create_record AS (
            INSERT INTO records (id, parent_id, collection_id, data, last_modified, deleted)
            VALUES (:object_id, :parent_id, :collection_id, (:data)::JSONB,
                    from_epoch(:last_modified), FALSE)
            ON CONFLICT (id, parent_id, collection_id) DO UPDATE
            SET last_modified = from_epoch(:last_modified),
                data = (:data)::JSONB,
                deleted = FALSE
            WHERE records.deleted = TRUE
            RETURNING id, data, last_modified
        )
        SELECT id, data, as_epoch(last_modified) AS last_modified, TRUE AS inserted
          FROM create_record
        UNION ALL
        SELECT id, data, as_epoch(last_modified) AS last_modified, FALSE AS inserted
          FROM records
         WHERE id = :object_id AND parent_id = :parent_id
           AND collection_id = :collection_id
        LIMIT 1;
        """
        placeholders = dict(object_id=record[id_field], parent_id=parent_id,
                            collection_id=collection_id,
                            last_modified=record.get(modified_field),
                            data=json.dumps(query_record))
        with self.client.connect() as conn:
            result = conn.execute(query, placeholders)
            inserted = result.fetchone()

        if not inserted["inserted"]:
            existing = inserted["data"]
            existing[id_field] = inserted["id"]
            existing[modified_field] = inserted["last_modified"]
            raise exceptions.UnicityError(id_field, existing)

        record[modified_field] = inserted["last_modified"]
        return record
