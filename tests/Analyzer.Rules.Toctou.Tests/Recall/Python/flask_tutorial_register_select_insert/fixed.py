# https://github.com/pallets/flask/issues/4099 (fixed by https://github.com/pallets/flask/pull/4139)
# Fixed: no separate existence SELECT; the INSERT is attempted directly and the UNIQUE
# constraint decides, with db.IntegrityError reported as "already registered".
import sqlite3

from flask import Flask, flash, g, redirect, render_template, request, url_for
from werkzeug.security import generate_password_hash

site = Flask(__name__)
site.config["DATABASE"] = "flaskr.sqlite"


def open_connection():
    if "conn" not in g:
        g.conn = sqlite3.connect(site.config["DATABASE"])
    return g.conn


@site.route("/auth/register", methods=("GET", "POST"))
def sign_up():
    if request.method == "POST":
        username = request.form["username"]
        password = request.form["password"]
        conn = open_connection()
        error = None
        if not username:
            error = "Username is required."
        elif not password:
            error = "Password is required."

        if error is None:
            try:
                conn.execute(
                    "INSERT INTO user (username, password) VALUES (?, ?)",
                    (username, generate_password_hash(password)),
                )
                conn.commit()
            except sqlite3.IntegrityError:
                error = f"User {username} is already registered."
            else:
                return redirect(url_for("sign_in"))
        flash(error)
    return render_template("auth/register.html")


@site.route("/auth/login")
def sign_in():
    return "login"


if __name__ == "__main__":
    site.run(threaded=True)
