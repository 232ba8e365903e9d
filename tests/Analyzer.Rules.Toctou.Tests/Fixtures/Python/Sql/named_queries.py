import sqlite3

FIND_LABEL = "SELECT id FROM labels WHERE name = ?"
ADD_LABEL = "INSERT INTO labels (name) VALUES (?)"
ADD_LABEL_IF_NEW = "INSERT INTO labels (name) VALUES (?) ON CONFLICT (name) DO NOTHING"


# Query texts kept in module-level names that no code changes are the queries themselves.
def ensure_label(path, name):
    conn = sqlite3.connect(path)
    row = conn.execute(FIND_LABEL, (name,)).fetchone()  # Secondary [check]
    if row is None:
        conn.execute(ADD_LABEL, (name,))  # Noncompliant [TOCTOU003] {{the SELECT on labels at line 11 decides the INSERT at line 13; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        conn.commit()
    conn.close()


def ensure_label_upsert(path, name):
    conn = sqlite3.connect(path)
    row = conn.execute(FIND_LABEL, (name,)).fetchone()
    if row is None:
        conn.execute(ADD_LABEL_IF_NEW, (name,))
        conn.commit()
    conn.close()
