# https://github.com/coleifer/peewee/issues/354
# Fixed version (create-or-get, as recommended in coleifer/peewee#1540): insert
# inside db.atomic() and let the unique constraint decide; on IntegrityError the
# row already exists, so fetch it.
import datetime

from flask import Flask, request
from peewee import CharField, DateTimeField, IntegrityError, Model, SqliteDatabase

member_db = SqliteDatabase("tweepee.db")
member_app = Flask(__name__)


class Member(Model):
    username = CharField(unique=True)
    password = CharField()
    join_date = DateTimeField()

    class Meta:
        database = member_db


@member_app.route("/join/", methods=["POST"])
def join_member():
    try:
        with member_db.atomic():
            member = Member.create(
                username=request.form["username"],
                password=request.form["password"],
                join_date=datetime.datetime.now(),
            )
        return f"welcome {member.username}", 201
    except IntegrityError:
        member = Member.get(Member.username == request.form["username"])
        return f"user {member.username} already exists", 409


if __name__ == "__main__":
    member_db.create_tables([Member])
    member_app.run(threaded=True)
