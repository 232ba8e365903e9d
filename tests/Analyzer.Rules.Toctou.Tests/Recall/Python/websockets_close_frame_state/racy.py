# https://github.com/python-websockets/websockets/issues/339
# close() tested `self.state is State.OPEN`, then awaited asyncio.wait_for(write_frame(
# OP_CLOSE)), which yields before write_frame runs; the transfer_data task could get the
# peer's Close, answer it and switch to CLOSING meanwhile, so close() raised InvalidState.
# Fixed in PR #401: write_close_frame() tests and sets CLOSING with no await in between.
import asyncio
import enum
import struct

OP_CLOSE = 0x8


class State(enum.Enum):
    OPEN = 1
    CLOSING = 2
    CLOSED = 3


class InvalidState(Exception):
    pass


class WebSocketCommonProtocol:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, timeout: float = 10) -> None:
        self.reader = reader
        self.writer = writer
        self.timeout = timeout
        self.state = State.OPEN
        self.close_code = None
        self.transfer_data_task = asyncio.ensure_future(self.transfer_data())

    async def transfer_data(self) -> None:
        while self.state is State.OPEN:
            if await self.read_data_frame() is None:
                break

    async def read_data_frame(self):
        opcode, data = await self.read_frame()
        if opcode == OP_CLOSE:
            self.close_code = struct.unpack("!H", data[:2])[0] if data else 1005
            if self.state is State.OPEN:
                await self.write_frame(OP_CLOSE, data)
            return None
        return data

    async def read_frame(self):
        head = await self.reader.readexactly(2)
        return head[0] & 0x0F, await self.reader.readexactly(head[1] & 0x7F)

    async def write_frame(self, opcode: int, data: bytes = b"") -> None:
        if self.state is not State.OPEN:
            raise InvalidState(f"Cannot write to a WebSocket in the {self.state.name} state")
        self.writer.write(bytes([0x80 | opcode, len(data)]) + data)
        if opcode == OP_CLOSE:
            self.state = State.CLOSING
        await self.writer.drain()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if self.state is State.OPEN:
            frame_data = struct.pack("!H", code) + reason.encode()
            try:
                await asyncio.wait_for(self.write_frame(OP_CLOSE, frame_data), self.timeout)  # Noncompliant
            except asyncio.TimeoutError:
                self.writer.close()
        await asyncio.wait_for(self.transfer_data_task, self.timeout)
        self.state = State.CLOSED


async def hello(host: str, port: int) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    ws = WebSocketCommonProtocol(reader, writer)
    await ws.close()


if __name__ == "__main__":
    asyncio.run(hello("localhost", 8765))
