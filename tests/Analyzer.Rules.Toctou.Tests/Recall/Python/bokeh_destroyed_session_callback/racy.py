# https://github.com/bokeh/bokeh/pull/7069
# Bokeh server sessions expire and are destroyed by a periodic cleanup on the IOLoop. Code
# updating every session tested session.destroyed and then yielded into
# with_document_locked(), which first yields on the document lock; the cleanup can destroy
# the session in between and the callback then runs on a discarded document (issue #3538).
# Fix: the locked-callback wrapper itself no-ops on destroyed sessions and blocks expiration.
import logging

from tornado import gen, locks

log = logging.getLogger(__name__)


class ServerSession(object):
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

    def destroy(self):
        self._destroyed = True
        self.document.delete_modules()
        self.document.remove_on_change(self)

    @gen.coroutine
    def with_document_locked(self, func, *args, **kwargs):
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


class ApplicationContext(object):
    def __init__(self):
        self._sessions = {}

    @property
    def sessions(self):
        return list(self._sessions.values())

    @gen.coroutine
    def _discard_session(self, session, should_discard):
        # runs from a PeriodicCallback that cleans up unused sessions
        if session.expiration_blocked or not should_discard(session):
            return
        session.destroy()
        del self._sessions[session.id]


@gen.coroutine
def update_all_sessions(app_context, update_document):
    for session in app_context.sessions:
        if not session.destroyed:
            yield session.with_document_locked(update_document, session.document)  # Noncompliant
