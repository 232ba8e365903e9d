# https://github.com/Couchers-org/couchers/pull/8083
# Fixed: the Notification row is selected WITH FOR UPDATE, so the existence check for a
# delivery and its insert happen while this worker holds the row lock.
from multiprocessing import Process

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Model = declarative_base()
db_engine = create_engine("postgresql://couchers@db/couchers")


class UserNotification(Model):
    __tablename__ = "notifications"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    topic_action = Column(String, nullable=False)


class DeliveryRecord(Model):
    __tablename__ = "notification_deliveries"
    __table_args__ = (UniqueConstraint("notification_id", "delivery_type"),)
    id = Column(Integer, primary_key=True)
    notification_id = Column(ForeignKey("notifications.id"), nullable=False)
    delivery_type = Column(String, nullable=False)


def push_to_user(notification):
    print("push", notification.id)


def process_notification(notification_id):
    with Session(db_engine) as session, session.begin():
        notification = session.execute(
            select(UserNotification).where(UserNotification.id == notification_id).with_for_update()
        ).scalar_one()
        for delivery_type in ("email", "push"):
            existing = session.execute(
                select(DeliveryRecord)
                .where(DeliveryRecord.notification_id == notification.id)
                .where(DeliveryRecord.delivery_type == delivery_type)
            ).scalar_one_or_none()
            if existing:
                continue
            session.add(DeliveryRecord(notification_id=notification.id, delivery_type=delivery_type))
            session.flush()
            push_to_user(notification)


def background_worker(queue):
    for notification_id in queue:
        process_notification(notification_id)


if __name__ == "__main__":
    duplicated_jobs = [7, 7]
    procs = [Process(target=background_worker, args=([n],)) for n in duplicated_jobs]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
