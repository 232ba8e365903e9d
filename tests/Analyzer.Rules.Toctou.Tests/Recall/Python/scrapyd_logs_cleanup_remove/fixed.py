# https://github.com/scrapy/scrapyd/issues/159
# Fixed version: the cleanup of old log/item files wraps os.remove() in try/except OSError,
# so a file that vanished after os.listdir() (removed by another launcher) is skipped
# instead of failing the job start. (Directory creation is left out here.)
import os
import tempfile
import threading


class JobEnvironment:
    def __init__(self, config):
        self.logs_dir = config.get("logs_dir", "logs")
        self.jobs_to_keep = int(config.get("jobs_to_keep", 5))

    def settings_for(self, message):
        return {"LOG_FILE": self._job_file(message, self.logs_dir, "log")}

    def _job_file(self, message, directory, extension):
        spiderdir = os.path.join(directory, message["_project"], message["_spider"])
        to_delete = sorted(
            (os.path.join(spiderdir, name) for name in os.listdir(spiderdir)),
            key=os.path.getmtime,
        )[: -self.jobs_to_keep]
        for path in to_delete:
            try:
                os.remove(path)
            except OSError:
                pass
        return os.path.join(spiderdir, "%s.%s" % (message["_job"], extension))


class JobLauncher:
    def __init__(self, env):
        self.env = env

    def start_job(self, message):
        settings = self.env.settings_for(message)
        with open(settings["LOG_FILE"], "w") as fh:
            fh.write("started\n")


if __name__ == "__main__":
    logs_root = tempfile.mkdtemp()
    os.makedirs(os.path.join(logs_root, "proj", "spider"))
    job_env = JobEnvironment({"logs_dir": logs_root, "jobs_to_keep": 2})
    job_launchers = [JobLauncher(job_env) for _ in range(4)]
    ths = [threading.Thread(target=jl.start_job,
                            args=({"_project": "proj", "_spider": "spider", "_job": "j%d" % i},))
           for i, jl in enumerate(job_launchers * 3)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
