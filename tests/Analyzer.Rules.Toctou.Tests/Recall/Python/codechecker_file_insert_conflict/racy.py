# https://github.com/Ericsson/codechecker/pull/3712
# mass_store_run looks up a File row by (filepath, content_hash) and inserts it when absent;
# two concurrent stores of runs containing the same source file both see no row and the
# second INSERT violates the unique constraint. Fix: on PostgreSQL use
# INSERT ... ON CONFLICT DO NOTHING and then read the row back.
import os
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy
from sqlalchemy import Column, Integer, String, UniqueConstraint
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class File(Base):
    __tablename__ = "files"
    __table_args__ = (UniqueConstraint("filepath", "content_hash"),)
    id = Column(Integer, primary_key=True)
    filepath = Column(String)
    filename = Column(String)
    content_hash = Column(String)


class MassStoreRun:
    def __init__(self, session_maker):
        self._Session = session_maker

    def add_file_record(self, session, file_path, content_hash):
        file_record = session.query(File) \
            .filter(File.content_hash == content_hash,
                    File.filepath == file_path) \
            .one_or_none()
        if not file_record:
            file_record = File(filepath=file_path,
                               filename=os.path.basename(file_path),
                               content_hash=content_hash)
            session.add(file_record)  # Noncompliant
            session.commit()
        return file_record.id

    def store(self, files):
        session = self._Session()
        try:
            return [self.add_file_record(session, p, h) for p, h in files]
        finally:
            session.close()


def serve(engine_url, runs):
    engine = sqlalchemy.create_engine(engine_url)
    store = MassStoreRun(sessionmaker(bind=engine))
    with ThreadPoolExecutor() as pool:
        for files in runs:
            pool.submit(store.store, files)
