from peewee import CharField, IntegrityError, Model, SqliteDatabase

db = SqliteDatabase("members.db")


class Member(Model):
    name = CharField(unique=True)

    class Meta:
        database = db


# A get that raises when no row matches decides the create in its handler.
def join_member(name):
    try:
        return Member.get(Member.name == name)  # Secondary [check]
    except Member.DoesNotExist:
        return Member.create(name=name)  # Noncompliant [TOCTOU003] {{the SELECT on Member at line 16 decides the INSERT at line 18; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}


# The create is tried first; the row another request made in between is read back.
def join_member_once(name):
    try:
        with db.atomic():
            return Member.create(name=name)
    except IntegrityError:
        return Member.get(Member.name == name)


# One call that looks and inserts.
def join_member_in_one_step(name):
    member, _ = Member.get_or_create(name=name)
    return member
