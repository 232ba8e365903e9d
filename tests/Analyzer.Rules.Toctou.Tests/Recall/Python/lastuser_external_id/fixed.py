# https://github.com/hasgeek/lastuser/issues/130
# Fixed: the insert runs inside a SAVEPOINT (begin_nested); if the parallel request won and
# the unique constraint fires, roll back to the savepoint and use the existing row.
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.exc import IntegrityError

store = SQLAlchemy()


class ExternalIdentity(store.Model):
    __tablename__ = "externalidentity"
    __table_args__ = (store.UniqueConstraint("service", "userid"),)
    id = store.Column(store.Integer, primary_key=True)
    user_id = store.Column(store.Integer, nullable=False)
    service = store.Column(store.Unicode(20), nullable=False)
    userid = store.Column(store.Unicode(250), nullable=False)
    oauth_token = store.Column(store.Unicode(1000), nullable=True)


def handle_service_login(user, service, userdata):
    extid = ExternalIdentity.query.filter_by(service=service, userid=userdata["userid"]).first()
    if extid is None:
        savepoint = store.session.begin_nested()
        try:
            extid = ExternalIdentity(
                user_id=user.id,
                service=service,
                userid=userdata["userid"],
                oauth_token=userdata.get("oauth_token"),
            )
            store.session.add(extid)
            savepoint.commit()
        except IntegrityError:
            savepoint.rollback()
            extid = ExternalIdentity.query.filter_by(
                service=service, userid=userdata["userid"]
            ).one()
            extid.oauth_token = userdata.get("oauth_token")
    else:
        extid.oauth_token = userdata.get("oauth_token")
    store.session.commit()
    return extid
