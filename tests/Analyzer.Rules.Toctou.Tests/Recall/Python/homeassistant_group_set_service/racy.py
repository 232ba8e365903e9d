# https://github.com/home-assistant/core/pull/18796
# group.set looked up the group entity and, when missing, created it; group creation awaits
# several times before the entity is registered, so two concurrent group.set calls (startup
# of group.all_*) both saw None and both created it -> "Entity id already exists" (#18636).
# Fix: the service handler body runs under one asyncio.Lock so lookup and creation are serialized.
import asyncio


class EntityComponent:
    def __init__(self):
        self._entities = {}

    def get_entity(self, entity_id):
        return self._entities.get(entity_id)

    async def async_add_entities(self, entities):
        for entity in entities:
            await asyncio.sleep(0)  # platform setup yields to the loop
            if entity.entity_id in self._entities:
                raise RuntimeError("Entity id already exists: %s" % entity.entity_id)
            self._entities[entity.entity_id] = entity


class Group:
    def __init__(self, name, entity_ids, object_id):
        self.name = name
        self.entity_ids = list(entity_ids)
        self.entity_id = "group." + object_id

    @classmethod
    async def async_create_group(cls, component, name, entity_ids, object_id):
        group = cls(name, entity_ids, object_id)
        await asyncio.sleep(0)  # resolve tracked entities / states
        await component.async_add_entities([group])
        return group

    async def async_update_tracked_entity_ids(self, entity_ids):
        await asyncio.sleep(0)
        self.entity_ids = list(entity_ids)


class GroupServices:
    def __init__(self, component):
        self.component = component

    async def groups_service_handler(self, data):
        object_id = data["object_id"]
        entity_id = "group." + object_id
        group = self.component.get_entity(entity_id)

        if group is None:
            await Group.async_create_group(  # Noncompliant
                self.component, data.get("name", object_id), data.get("entities", []), object_id
            )
            return

        if "entities" in data:
            await group.async_update_tracked_entity_ids(data["entities"])


async def main():
    services = GroupServices(EntityComponent())
    call = {"object_id": "all_lights", "entities": ["light.a", "light.b"]}
    await asyncio.gather(services.groups_service_handler(call), services.groups_service_handler(call))


if __name__ == "__main__":
    asyncio.run(main())
