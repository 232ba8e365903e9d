# https://github.com/home-assistant/core/pull/42151 (issue https://github.com/home-assistant/core/issues/40586)
# _async_add_entity, the gate that keeps entity_ids unique, checked the state machine for the entity_id and then
# awaited before the entity's state was written, so a second platform adding the same entity_id passed the same check
# and one state overwrote the other. The fix reserves the entity_id in the state machine before the first await.


class HomeAssistantError(Exception):
    pass


class EntityPlatform:
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
        entity.async_on_remove(lambda: self.entities.pop(entity_id))
        await entity.add_to_platform_finish()  # Noncompliant [TOCTOU002]
