# https://github.com/chmouel/ftp-cloudfs/pull/33
# Workers (separate processes) track connections per client IP in a multiprocessing-manager dict
# guarded by a shared lock. handle() read the current count before taking the lock and then stored
# count + 1 under it, so two workers accepting the same IP lost an increment and max-cons-per-ip could
# be exceeded (issue #32). Fix: acquire the lock before reading the shared dictionary.
from multiprocessing import Manager, Process


class FTPServerStub:
    max_cons_per_ip = 2


class MyFTPHandler:
    shared_ip_map = None
    shared_lock = None

    def __init__(self, server: FTPServerStub, remote_ip: str) -> None:
        self.server = server
        self.remote_ip = remote_ip

    def handle_max_cons_per_ip(self) -> None:
        print("421 Too many connections from the same IP address.")

    def handle(self) -> None:
        """Track the ip and check max cons per ip."""
        if self.server.max_cons_per_ip and self.remote_ip and self.shared_ip_map is not None:
            count = self.shared_ip_map.get(self.remote_ip, 0)
            self.shared_lock.acquire()
            self.shared_ip_map[self.remote_ip] = count + 1  # Noncompliant
            self.shared_lock.release()

            if self.shared_ip_map[self.remote_ip] > self.server.max_cons_per_ip:
                self.handle_max_cons_per_ip()
                return
        print("220 ready")

    def close(self) -> None:
        if self.remote_ip in self.shared_ip_map:
            self.shared_lock.acquire()
            self.shared_ip_map[self.remote_ip] -= 1
            if self.shared_ip_map[self.remote_ip] <= 0:
                del self.shared_ip_map[self.remote_ip]
            self.shared_lock.release()


def worker(ip_map, lock) -> None:
    MyFTPHandler.shared_ip_map = ip_map
    MyFTPHandler.shared_lock = lock
    MyFTPHandler(FTPServerStub(), "10.0.0.7").handle()


if __name__ == "__main__":
    with Manager() as manager:
        ip_map, lock = manager.dict(), manager.Lock()
        procs = [Process(target=worker, args=(ip_map, lock)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(dict(ip_map))
