# https://github.com/russss/Herd/pull/19
# Fixed: each thread calls makedirs and ignores the error when another thread already created the directory.
import errno
import os
import threading


def push_to_host(host, settings):
    log_dir = settings["log_dir"]
    try:
        os.makedirs(log_dir)
    except OSError as e:
        if e.errno != errno.EEXIST:
            raise
    with open(os.path.join(log_dir, host + ".log"), "w") as log:
        log.write("sending %s to %s\n" % (settings["torrent"], host))


def deploy(hostlist, settings):
    workers = []
    for host in hostlist:
        w = threading.Thread(target=push_to_host, args=(host, settings))
        w.start()
        workers.append(w)
    for w in workers:
        w.join()
