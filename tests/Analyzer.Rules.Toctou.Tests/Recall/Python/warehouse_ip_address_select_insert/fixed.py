# https://github.com/pypi/warehouse/pull/19844
# Fixed: one atomic INSERT ... ON CONFLICT (ip_address) DO UPDATE returns the row whether
# it existed or not, so concurrent requests for the same address cannot collide.
from pyramid.config import Configurator
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import declarative_base

Model = declarative_base()


class ClientAddress(Model):
    __tablename__ = "ip_addresses"

    id = Column(Integer, primary_key=True)
    ip_address = Column(String, nullable=False, unique=True)
    hashed_ip_address = Column(String, nullable=True)


def _client_address(request):
    remote = request.remote_addr
    stmt = (
        insert(ClientAddress)
        .values(ip_address=remote, hashed_ip_address=request.remote_addr_hashed)
        .on_conflict_do_update(
            index_elements=[ClientAddress.ip_address],
            set_={"hashed_ip_address": request.remote_addr_hashed},
        )
        .returning(ClientAddress.id)
    )
    row_id = request.db.execute(stmt).scalar_one()
    return request.db.execute(
        select(ClientAddress).where(ClientAddress.id == row_id)
    ).scalar_one()


def register(config: Configurator):
    config.add_request_method(_client_address, name="ip_address", reify=True)
