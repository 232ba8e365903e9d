# https://github.com/packit/packit/pull/1527
# CoprHelper.create_copr_project_if_not_exists() asks Copr for the project and, when
# CoprNoResultException says it is missing, calls create_copr_project() which does
# project_proxy.add(). Several packit-service workers handling builds for the same project
# both see "missing"; the slower add() fails with "You already have a project named ...".
# Fix: create_copr_project() treats that error as success (another worker won).
import logging

from copr.v3 import Client as CoprClient
from copr.v3.exceptions import CoprException, CoprNoResultException

logger = logging.getLogger(__name__)


class PackitCoprProjectException(Exception):
    pass


class CoprHelper:
    def __init__(self, git_url):
        self.git_url = git_url
        self._copr_client = None

    @property
    def copr_client(self):
        if self._copr_client is None:
            self._copr_client = CoprClient.create_from_config_file()
        return self._copr_client

    def create_copr_project_if_not_exists(self, owner, project, chroots):
        try:
            copr_proj = self.copr_client.project_proxy.get(
                ownername=owner, projectname=project
            )
        except CoprNoResultException:
            logger.info(f"Copr project '{owner}/{project}' not found. Creating new.")
            self.create_copr_project(owner=owner, project=project, chroots=chroots)
            return None
        return copr_proj

    def create_copr_project(self, owner, project, chroots):
        try:
            self.copr_client.project_proxy.add(  # Noncompliant
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
            error = (
                f"Cannot create a new Copr project "
                f"(owner={owner} project={project} chroots={chroots}): {ex}"
            )
            logger.error(error)
            raise PackitCoprProjectException(error) from ex


def handle_build_job(helper, owner, project, chroots):
    # run by every worker that picks a copr_build job for this project
    helper.create_copr_project_if_not_exists(owner, project, chroots)
