# https://github.com/scrapy/scrapyd/issues/159
# Environment._get_file() lists the spider's log directory, picks all but the newest
# jobs_to_keep files and os.remove()s them. If something else (another launcher sharing
# logs_dir) deletes one of those files after the listing, os.remove raises and the job
# fails to start. Fix (commit for #159): ignore OSError from os.remove. (Directory creation
# is left out here.)
import os
import tempfile
import threading


class Environment:
    def __init__(self, config):
        self.logs_dir = config.get("logs_dir", "logs")
        self.jobs_to_keep = int(config.get("jobs_to_keep", 5))

    def get_settings(self, message):
        return {"LOG_FILE": self._get_file(message, self.logs_dir, "log")}

    def _get_file(self, message, directory, extension):
        spiderdir = os.path.join(directory, message["_project"], message["_spider"])
        to_delete = sorted(
            (os.path.join(spiderdir, name) for name in os.listdir(spiderdir)),
            key=os.path.getmtime,
        )[: -self.jobs_to_keep]
        for path in to_delete:
            os.remove(path)  # Noncompliant
        return os.path.join(spiderdir, "%s.%s" % (message["_job"], extension))


class Launcher:
    def __init__(self, env):
        self.env = env

    def spawn_process(self, message):
        settings = self.env.get_settings(message)
        with open(settings["LOG_FILE"], "w") as fh:
            fh.write("started\n")


if __name__ == "__main__":
    logs = tempfile.mkdtemp()
    os.makedirs(os.path.join(logs, "proj", "spider"))
    env = Environment({"logs_dir": logs, "jobs_to_keep": 2})
    launchers = [Launcher(env) for _ in range(4)]
    threads = [threading.Thread(target=l.spawn_process,
                                args=({"_project": "proj", "_spider": "spider", "_job": "j%d" % i},))
               for i, l in enumerate(launchers * 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
