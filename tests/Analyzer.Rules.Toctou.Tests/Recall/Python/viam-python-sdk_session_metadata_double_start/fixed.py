# https://github.com/viamrobotics/viam-python-sdk/pull/1001
# Fixed: the state check, StartSession and the recording of the session id run under one asyncio.Lock,
# and the state is re-checked after acquiring it, so concurrent callers share a single session.
import asyncio
import itertools

STATE_UNKNOWN, STATE_SUPPORTED = 0, 1
_session_numbers = itertools.count(1)


class RobotServiceStub:
    async def start_robot_session(self, resume):
        await asyncio.sleep(0.01)  # network round trip
        return "session-%d" % next(_session_numbers)

    async def heartbeat(self, session_id):
        await asyncio.sleep(0)


class LockedSessionsClient:
    def __init__(self, stub):
        self.stub = stub
        self.state = STATE_UNKNOWN
        self.session_id = ""
        self.heartbeat_tasks = []
        self._start_lock = asyncio.Lock()

    async def get_metadata(self):
        if self.state != STATE_UNKNOWN:
            return {"viam-sid": self.session_id}
        async with self._start_lock:
            if self.state != STATE_UNKNOWN:
                return {"viam-sid": self.session_id}
            started = await self.stub.start_robot_session(resume=self.session_id)
            self.state = STATE_SUPPORTED
            self.session_id = started
            await self.stub.heartbeat(self.session_id)
            self.heartbeat_tasks.append(asyncio.ensure_future(self.stub.heartbeat(started)))
        return {"viam-sid": self.session_id}


async def move_motor(client, name):
    headers = await client.get_metadata()
    return name, headers


async def run_both():
    client = LockedSessionsClient(RobotServiceStub())
    print(await asyncio.gather(move_motor(client, "left"), move_motor(client, "right")))


if __name__ == "__main__":
    asyncio.run(run_both())
