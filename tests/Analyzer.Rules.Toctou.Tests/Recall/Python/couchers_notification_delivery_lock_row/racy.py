# https://github.com/Couchers-org/couchers/pull/8081
# https://github.com/Couchers-org/couchers/pull/8083
# handle_notification() runs in the background job workers. The same notification job
# can be picked up by two workers at once; each loaded the Notification without a lock,
# looked for an existing NotificationDelivery of that type, found none, and inserted
# one, so the second insert violated the unique constraint (Sentry error). Fix: select
# the Notification row WITH FOR UPDATE, so the second worker waits until the first has
# committed and then sees the delivery and skips it.
from multiprocessing import Process

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
engine = create_engine("postgresql://couchers@db/couchers")


class Notification(Base):
    __tablename__ = "notifications"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False)
    topic_action = Column(String, nullable=False)


class NotificationDelivery(Base):
    __tablename__ = "notification_deliveries"
    __table_args__ = (UniqueConstraint("notification_id", "delivery_type"),)
    id = Column(Integer, primary_key=True)
    notification_id = Column(ForeignKey("notifications.id"), nullable=False)
    delivery_type = Column(String, nullable=False)


def send_push(notification):
    print("push", notification.id)


def handle_notification(notification_id):
    with Session(engine) as session, session.begin():
        notification = session.execute(
            select(Notification).where(Notification.id == notification_id)
        ).scalar_one()
        for delivery_type in ("email", "push"):
            existing = session.execute(
                select(NotificationDelivery)
                .where(NotificationDelivery.notification_id == notification.id)
                .where(NotificationDelivery.delivery_type == delivery_type)
            ).scalar_one_or_none()
            if existing:
                continue
            session.add(NotificationDelivery(notification_id=notification.id, delivery_type=delivery_type))  # Noncompliant
            session.flush()
            send_push(notification)


def job_worker(queue):
    for notification_id in queue:
        handle_notification(notification_id)


if __name__ == "__main__":
    queued_twice = [7, 7]
    workers = [Process(target=job_worker, args=([n],)) for n in queued_twice]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
