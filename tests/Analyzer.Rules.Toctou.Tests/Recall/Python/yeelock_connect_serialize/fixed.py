# https://github.com/codyc1515/ha-yeelock/pull/29
# Fixed: _connect() runs under a per-device asyncio.Lock and returns early when the client is
# already connected, so overlapping callers share one connection.
import asyncio


class BleClientStub:
    def __init__(self, device):
        self.device = device
        self.is_connected = False

    async def start_notify(self, uuid, callback):
        await asyncio.sleep(0)


async def open_ble_connection(client_class, device, name):
    await asyncio.sleep(0.2)
    client = client_class(device)
    client.is_connected = True
    return client


class SerializedYeelock:
    def __init__(self, hass, mac, name):
        self._hass = hass
        self._mac = mac
        self._name = name
        self._client = None
        self._connecting = False
        self._connect_lock = asyncio.Lock()

    async def _lookup_device(self):
        await asyncio.sleep(0.05)
        return self._mac

    async def _ensure_connection(self):
        async with self._connect_lock:
            if self._client is not None and self._client.is_connected:
                return
            self._connecting = True
            try:
                device = await self._lookup_device()
                self._client = await open_ble_connection(BleClientStub, device, self._name)
                await self._client.start_notify("notify-uuid", self._handle_notify)
            finally:
                self._connecting = False

    def _handle_notify(self, sender, data):
        pass

    async def open_lock(self):
        await self._ensure_connection()

    async def refresh(self):
        await self._ensure_connection()


async def run_lock():
    lock = SerializedYeelock(None, "AA:BB", "front")
    await asyncio.gather(lock.refresh(), lock.open_lock())
