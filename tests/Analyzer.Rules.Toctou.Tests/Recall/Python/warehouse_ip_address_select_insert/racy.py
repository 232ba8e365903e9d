# https://github.com/pypi/warehouse/pull/19844
# Every request asks for its IpAddress row via a request method: it SELECTs the row for
# the client address and, when none is found, adds a new IpAddress to the session.
# Two concurrent requests from the same new address both miss the SELECT and both
# INSERT, so one fails with UniqueViolation on the unique ip_address column at flush.
# Fix: a single PostgreSQL INSERT ... ON CONFLICT DO UPDATE (upsert) replaces the
# select-then-insert.
from pyramid.config import Configurator
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class IpAddress(Base):
    __tablename__ = "ip_addresses"

    id = Column(Integer, primary_key=True)
    ip_address = Column(String, nullable=False, unique=True)
    hashed_ip_address = Column(String, nullable=True)


def _ip_address(request):
    remote = request.remote_addr
    row = (
        request.db.query(IpAddress)
        .filter(IpAddress.ip_address == remote)
        .one_or_none()
    )
    if row is None:
        row = IpAddress(ip_address=remote, hashed_ip_address=request.remote_addr_hashed)
        request.db.add(row)  # Noncompliant
        request.db.flush()
    return row


def includeme(config: Configurator):
    # Available as request.ip_address in every (concurrently served) view.
    config.add_request_method(_ip_address, name="ip_address", reify=True)
