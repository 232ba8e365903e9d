# https://github.com/Ericsson/codechecker/pull/3712
# Fixed: on PostgreSQL the File row is inserted with ON CONFLICT DO NOTHING, so a row
# inserted concurrently by another storage is tolerated, and the id is then re-read.
import os
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy
from sqlalchemy import Column, Integer, String, UniqueConstraint
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import declarative_base, sessionmaker

ModelBase = declarative_base()


class SourceFile(ModelBase):
    __tablename__ = "files"
    __table_args__ = (UniqueConstraint("filepath", "content_hash"),)
    id = Column(Integer, primary_key=True)
    filepath = Column(String)
    filename = Column(String)
    content_hash = Column(String)


class SafeMassStoreRun:
    def __init__(self, session_maker):
        self._Session = session_maker

    def add_source_file(self, session, file_path, content_hash):
        insert_stmt = postgresql.insert(SourceFile).values(
            filepath=file_path,
            filename=os.path.basename(file_path),
            content_hash=content_hash).on_conflict_do_nothing(
                index_elements=["filepath", "content_hash"])
        session.execute(insert_stmt)
        session.commit()
        row = session.query(SourceFile) \
            .filter(SourceFile.content_hash == content_hash,
                    SourceFile.filepath == file_path) \
            .one()
        return row.id

    def store_files(self, files):
        session = self._Session()
        try:
            return [self.add_source_file(session, p, h) for p, h in files]
        finally:
            session.close()


def serve_store(engine_url, runs):
    engine = sqlalchemy.create_engine(engine_url)
    store = SafeMassStoreRun(sessionmaker(bind=engine))
    with ThreadPoolExecutor() as pool:
        for files in runs:
            pool.submit(store.store_files, files)
