# https://github.com/coleifer/peewee/issues/354
# The peewee example app looked a user up with User.get() and, on DoesNotExist,
# created it with User.create(). Two concurrent requests for the same username can
# both miss in the get() and both try to insert (duplicate row or IntegrityError).
# Fix recommended by the maintainer (coleifer/peewee#1540): create first inside
# db.atomic() and fall back to get() on IntegrityError (create-or-get).
import datetime

from flask import Flask, request
from peewee import CharField, DateTimeField, Model, SqliteDatabase

db = SqliteDatabase("tweepee.db")
app = Flask(__name__)


class User(Model):
    username = CharField(unique=True)
    password = CharField()
    join_date = DateTimeField()

    class Meta:
        database = db


@app.route("/join/", methods=["POST"])
def join():
    try:
        user = User.get(User.username == request.form["username"])
        return f"user {user.username} already exists", 409
    except User.DoesNotExist:
        user = User.create(  # Noncompliant
            username=request.form["username"],
            password=request.form["password"],
            join_date=datetime.datetime.now(),
        )
        return f"welcome {user.username}", 201


if __name__ == "__main__":
    db.create_tables([User])
    app.run(threaded=True)
