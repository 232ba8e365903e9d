# https://github.com/chmouel/ftp-cloudfs/pull/33
# Fixed version: the shared lock is acquired before the per-IP count is read, so the read and the
# increment of the shared dictionary happen under the same lock (close() is shown with its membership
# check under the lock as well).
from multiprocessing import Manager, Process


class ServerSettings:
    max_cons_per_ip = 2


class TrackingFTPHandler:
    ip_counts = None
    ip_lock = None

    def __init__(self, server: ServerSettings, remote_ip: str) -> None:
        self.server = server
        self.remote_ip = remote_ip

    def reject_too_many(self) -> None:
        print("421 Too many connections from the same IP address.")

    def handle_connection(self) -> None:
        if self.server.max_cons_per_ip and self.remote_ip and self.ip_counts is not None:
            self.ip_lock.acquire()
            try:
                count = self.ip_counts.get(self.remote_ip, 0)
                self.ip_counts[self.remote_ip] = count + 1
            finally:
                self.ip_lock.release()

            if count + 1 > self.server.max_cons_per_ip:
                self.reject_too_many()
                return
        print("220 ready")

    def close_connection(self) -> None:
        self.ip_lock.acquire()
        try:
            if self.remote_ip in self.ip_counts:
                self.ip_counts[self.remote_ip] -= 1
                if self.ip_counts[self.remote_ip] <= 0:
                    del self.ip_counts[self.remote_ip]
        finally:
            self.ip_lock.release()


def serve(ip_map, lock) -> None:
    TrackingFTPHandler.ip_counts = ip_map
    TrackingFTPHandler.ip_lock = lock
    TrackingFTPHandler(ServerSettings(), "10.0.0.7").handle_connection()


if __name__ == "__main__":
    with Manager() as manager:
        counts, mp_lock = manager.dict(), manager.Lock()
        procs = [Process(target=serve, args=(counts, mp_lock)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(dict(counts))
