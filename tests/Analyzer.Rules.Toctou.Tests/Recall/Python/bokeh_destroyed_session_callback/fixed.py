# https://github.com/bokeh/bokeh/pull/7069
# Fixed version: the locked-callback wrapper checks destroyed and blocks session expiration
# in the same IOLoop step (no yield in between) before waiting for the document lock, so a
# session cannot be discarded under a pending callback and destroyed sessions are skipped.
import logging

from tornado import gen, locks

session_log = logging.getLogger(__name__)


class GuardedServerSession(object):
    def __init__(self, session_id, document):
        self.id = session_id
        self.document = document
        self._lock = locks.Lock()
        self._destroyed = False
        self._expiration_blocked_count = 0
        self._pending_writes = None

    @property
    def destroyed(self):
        return self._destroyed

    @property
    def expiration_blocked(self):
        return self._expiration_blocked_count > 0

    def block_expiration(self):
        self._expiration_blocked_count += 1

    def unblock_expiration(self):
        self._expiration_blocked_count -= 1

    def destroy(self):
        self._destroyed = True
        self.document.delete_modules()
        self.document.remove_on_change(self)

    @gen.coroutine
    def with_document_locked_guarded(self, func, *args, **kwargs):
        if self.destroyed:
            session_log.debug("Ignoring locked callback on already-destroyed session.")
            raise gen.Return(None)
        self.block_expiration()
        try:
            with (yield self._lock.acquire()):
                self._pending_writes = []
                try:
                    result = func(*args, **kwargs)
                finally:
                    pending_writes = self._pending_writes
                    self._pending_writes = None
                for p in pending_writes:
                    yield p
            raise gen.Return(result)
        finally:
            self.unblock_expiration()


class GuardedApplicationContext(object):
    def __init__(self):
        self._sessions = {}

    @property
    def sessions(self):
        return list(self._sessions.values())

    @gen.coroutine
    def _discard_session_guarded(self, session, should_discard):
        if session.expiration_blocked or not should_discard(session):
            return
        session.destroy()
        del self._sessions[session.id]


@gen.coroutine
def update_all_sessions_guarded(app_context, update_document):
    for session in app_context.sessions:
        yield session.with_document_locked_guarded(update_document, session.document)
