# https://github.com/packit/packit/pull/1527
# Fixed version: the creation path tolerates the project having been created by another
# worker after our lookup ("You already have a project named" is treated as success).
import logging

from copr.v3 import Client as CoprClient
from copr.v3.exceptions import CoprException, CoprNoResultException

logger = logging.getLogger(__name__)


class CoprProjectError(Exception):
    pass


class SafeCoprHelper:
    def __init__(self, git_url):
        self.git_url = git_url
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = CoprClient.create_from_config_file()
        return self._client

    def ensure_copr_project(self, owner, project, chroots):
        try:
            copr_proj = self.client.project_proxy.get(
                ownername=owner, projectname=project
            )
        except CoprNoResultException:
            logger.info(f"Copr project '{owner}/{project}' not found. Creating new.")
            self.add_copr_project(owner=owner, project=project, chroots=chroots)
            return None
        return copr_proj

    def add_copr_project(self, owner, project, chroots):
        try:
            self.client.project_proxy.add(
                ownername=owner,
                projectname=project,
                chroots=chroots,
                description="Continuous builds initiated by packit service.",
                contact="https://github.com/packit/packit/issues",
                unlisted_on_hp=True,
                delete_after_days=60,
                instructions=f"See {self.git_url}",
            )
        except CoprException as ex:
            if "You already have a project named" in ex.result.error:
                logger.debug(f"Copr project ({owner}/{project}) is already present.")
                return
            error = (
                f"Cannot create a new Copr project "
                f"(owner={owner} project={project} chroots={chroots}): {ex}"
            )
            logger.error(error)
            raise CoprProjectError(error) from ex


def process_build_job(helper, owner, project, chroots):
    helper.ensure_copr_project(owner, project, chroots)
