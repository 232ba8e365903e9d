# https://github.com/pallets/flask/issues/4099 (fixed by https://github.com/pallets/flask/pull/4139)
# The flaskr tutorial's register view first SELECTs the user row to see whether the
# username is taken and only then INSERTs the new user. The development server handles
# requests in threads, so two registrations for the same name can both see "no such
# user" and both reach the INSERT; the loser hits the UNIQUE constraint and gets an
# unhandled IntegrityError (500). Fix: drop the pre-check, INSERT directly and turn
# db.IntegrityError into the "already registered" message.
import sqlite3

from flask import Flask, flash, g, redirect, render_template, request, url_for
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["DATABASE"] = "flaskr.sqlite"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
    return g.db


@app.route("/auth/register", methods=("GET", "POST"))
def register():
    if request.method == "POST":
        username = request.form["username"]
        password = request.form["password"]
        db = get_db()
        error = None
        if not username:
            error = "Username is required."
        elif not password:
            error = "Password is required."
        elif db.execute(
            "SELECT id FROM user WHERE username = ?", (username,)
        ).fetchone() is not None:
            error = f"User {username} is already registered."

        if error is None:
            db.execute(  # Noncompliant
                "INSERT INTO user (username, password) VALUES (?, ?)",
                (username, generate_password_hash(password)),
            )
            db.commit()
            return redirect(url_for("login"))
        flash(error)
    return render_template("auth/register.html")


@app.route("/auth/login")
def login():
    return "login"


if __name__ == "__main__":
    app.run(threaded=True)
