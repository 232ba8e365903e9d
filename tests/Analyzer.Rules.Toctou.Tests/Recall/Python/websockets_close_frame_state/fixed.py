# https://github.com/python-websockets/websockets/issues/339
# Fixed version (PR #401): every Close frame goes through write_close_frame(), which
# tests for OPEN and sets CLOSING before its first await, so close() and the
# transfer_data task can never both send a Close frame.
import asyncio
import enum
import struct

OPCODE_CLOSE = 0x8


class ConnState(enum.Enum):
    OPEN = 1
    CLOSING = 2
    CLOSED = 3


class InvalidConnState(Exception):
    pass


class WebSocketProtocolFixed:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, timeout: float = 10) -> None:
        self.reader = reader
        self.writer = writer
        self.timeout = timeout
        self.state = ConnState.OPEN
        self.close_code = None
        self.transfer_task = asyncio.ensure_future(self.pump_frames())

    async def pump_frames(self) -> None:
        while self.state is ConnState.OPEN:
            if await self.read_message_frame() is None:
                break

    async def read_message_frame(self):
        opcode, data = await self.read_raw_frame()
        if opcode == OPCODE_CLOSE:
            self.close_code = struct.unpack("!H", data[:2])[0] if data else 1005
            await self.write_close_frame(data)
            return None
        return data

    async def read_raw_frame(self):
        head = await self.reader.readexactly(2)
        return head[0] & 0x0F, await self.reader.readexactly(head[1] & 0x7F)

    async def send_frame(self, opcode: int, data: bytes = b"", expected: ConnState = ConnState.OPEN) -> None:
        if self.state is not expected:
            raise InvalidConnState(f"Cannot write to a WebSocket in the {self.state.name} state")
        self.writer.write(bytes([0x80 | opcode, len(data)]) + data)
        await self.writer.drain()

    async def write_close_frame(self, data: bytes = b"") -> None:
        if self.state is ConnState.OPEN:
            self.state = ConnState.CLOSING
            await self.send_frame(OPCODE_CLOSE, data, expected=ConnState.CLOSING)

    async def shutdown(self, code: int = 1000, reason: str = "") -> None:
        frame_data = struct.pack("!H", code) + reason.encode()
        try:
            await asyncio.wait_for(self.write_close_frame(frame_data), self.timeout)
        except asyncio.TimeoutError:
            self.writer.close()
        await asyncio.wait_for(self.transfer_task, self.timeout)
        self.state = ConnState.CLOSED


async def greet(host: str, port: int) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    ws = WebSocketProtocolFixed(reader, writer)
    await ws.shutdown()


if __name__ == "__main__":
    asyncio.run(greet("localhost", 8765))
