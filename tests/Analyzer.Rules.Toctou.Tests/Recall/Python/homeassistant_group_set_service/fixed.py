# https://github.com/home-assistant/core/pull/18796
# Fixed version: the whole group.set handler (lookup + create/update) runs under one
# asyncio.Lock, so a second call waits until the first one has registered the group.
import asyncio


class LockedEntityComponent:
    def __init__(self):
        self._entities = {}

    def lookup_entity(self, entity_id):
        return self._entities.get(entity_id)

    async def async_register_entities(self, entities):
        for entity in entities:
            await asyncio.sleep(0)
            if entity.entity_id in self._entities:
                raise RuntimeError("Entity id already exists: %s" % entity.entity_id)
            self._entities[entity.entity_id] = entity


class LockedGroup:
    def __init__(self, name, entity_ids, object_id):
        self.name = name
        self.entity_ids = list(entity_ids)
        self.entity_id = "group." + object_id

    @classmethod
    async def async_build_group(cls, component, name, entity_ids, object_id):
        group = cls(name, entity_ids, object_id)
        await asyncio.sleep(0)
        await component.async_register_entities([group])
        return group

    async def async_set_tracked_ids(self, entity_ids):
        await asyncio.sleep(0)
        self.entity_ids = list(entity_ids)


class LockedGroupServices:
    def __init__(self, component):
        self.component = component
        self.service_lock = asyncio.Lock()

    async def locked_groups_service_handler(self, data):
        async with self.service_lock:
            object_id = data["object_id"]
            entity_id = "group." + object_id
            group = self.component.lookup_entity(entity_id)

            if group is None:
                await LockedGroup.async_build_group(
                    self.component, data.get("name", object_id), data.get("entities", []), object_id
                )
                return

            if "entities" in data:
                await group.async_set_tracked_ids(data["entities"])


async def locked_main():
    services = LockedGroupServices(LockedEntityComponent())
    call = {"object_id": "all_lights", "entities": ["light.a", "light.b"]}
    await asyncio.gather(
        services.locked_groups_service_handler(call), services.locked_groups_service_handler(call)
    )


if __name__ == "__main__":
    asyncio.run(locked_main())
