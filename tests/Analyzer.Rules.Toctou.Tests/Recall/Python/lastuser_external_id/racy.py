# https://github.com/hasgeek/lastuser/issues/130
# On a double-clicked OAuth login, two parallel requests each looked up the UserExternalId for
# (service, userid), found none, and inserted one; the unique constraint made the second
# request fail with IntegrityError and the user saw an error for a login that had succeeded.
# Fix: wrap the insert in a SAVEPOINT and, on IntegrityError, roll back to it and load the row
# the other request created.
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class UserExternalId(db.Model):
    __tablename__ = "userexternalid"
    __table_args__ = (db.UniqueConstraint("service", "userid"),)
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, nullable=False)
    service = db.Column(db.Unicode(20), nullable=False)
    userid = db.Column(db.Unicode(250), nullable=False)
    oauth_token = db.Column(db.Unicode(1000), nullable=True)


def login_service_callback(user, service, userdata):
    extid = UserExternalId.query.filter_by(service=service, userid=userdata["userid"]).first()
    if extid is None:
        extid = UserExternalId(
            user_id=user.id,
            service=service,
            userid=userdata["userid"],
            oauth_token=userdata.get("oauth_token"),
        )
        db.session.add(extid)  # Noncompliant
    else:
        extid.oauth_token = userdata.get("oauth_token")
    db.session.commit()
    return extid
