# https://github.com/home-assistant/core/pull/42151 (issue https://github.com/home-assistant/core/issues/40586)
# Fixed version: the entity_id is reserved in the state machine right after the check, with no await in between, so a
# racing add sees it as taken.


class ReservingEntityPlatform:
    def __init__(self, hass, logger, domain, platform_name):
        self.hass = hass
        self.logger = logger
        self.domain = domain
        self.platform_name = platform_name
        self.entities = {}

    async def _async_add_entity(self, entity, update_before_add):
        if update_before_add:
            await entity.async_device_update(warning=False)
        entity_id = entity.entity_id
        already_exists = entity_id in self.entities
        if not already_exists:
            existing = self.hass.states.get(entity_id)
            if existing is not None and "restored" not in existing.attributes:
                already_exists = True
        if already_exists:
            self.logger.error("Entity id already exists - ignoring: %s", entity_id)
            return
        self.entities[entity_id] = entity
        # Reserved before the first await: a racing add now finds the entity_id taken.
        self.hass.states.async_reserve(entity_id)
        entity.async_on_remove(lambda: self.entities.pop(entity_id))
        await entity.add_to_platform_finish()
