# https://github.com/russss/Herd/pull/19
# Herd transfers a file to every host in the host list, one thread per host, and each thread
# prepares the shared log directory with "if not os.path.exists(log_dir): os.makedirs(log_dir)".
# With many hosts several threads see the directory missing, one creates it, and the others'
# makedirs raise "File exists", so those threads die and the file never reaches their hosts.
# Fix (proposed in the PR): tolerate the directory already existing when makedirs fails.
import os
import threading


def transfer_to_host(host, opts):
    log_dir = opts["log_dir"]
    if not os.path.exists(log_dir):
        os.makedirs(log_dir)  # Noncompliant
    with open(os.path.join(log_dir, host + ".log"), "w") as log:
        log.write("sending %s to %s\n" % (opts["torrent"], host))


def run(hostlist, opts):
    threads = []
    for host in hostlist:
        t = threading.Thread(target=transfer_to_host, args=(host, opts))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
