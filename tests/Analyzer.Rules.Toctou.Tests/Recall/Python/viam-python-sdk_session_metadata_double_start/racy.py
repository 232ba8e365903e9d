# https://github.com/viamrobotics/viam-python-sdk/pull/1001
# SessionsClient.metadata is awaited by the gRPC SendRequest hook for every outgoing call. It checks
# whether the session state is still UNKNOWN, awaits StartSession on the robot, and only then records the
# session id and spawns the heartbeat worker. Two concurrent calls (e.g. GoTo on two motors via
# asyncio.gather) both see UNKNOWN, both start a session, and the second session id overwrites the first
# whose heartbeat is aborted, so the robot cancels it and the first motor stops.
# Fix: serialise session creation with an asyncio lock and re-check the state under it.
import asyncio
import itertools

UNKNOWN, SUPPORTED = 0, 1
_ids = itertools.count(1)


class RobotStub:
    async def start_session(self, resume):
        await asyncio.sleep(0.01)  # network round trip
        return "session-%d" % next(_ids)

    async def send_heartbeat(self, session_id):
        await asyncio.sleep(0)


class SessionsClient:
    def __init__(self, stub):
        self.stub = stub
        self.supported = UNKNOWN
        self.current_id = ""
        self.heartbeats = []

    async def metadata(self):
        if self.supported != UNKNOWN:
            return {"viam-sid": self.current_id}
        new_id = await self.stub.start_session(resume=self.current_id)
        self.supported = SUPPORTED  # Noncompliant
        self.current_id = new_id
        await self.stub.send_heartbeat(self.current_id)
        self.heartbeats.append(asyncio.ensure_future(self.stub.send_heartbeat(new_id)))
        return {"viam-sid": self.current_id}


async def motor_go_to(sessions, name):
    headers = await sessions.metadata()
    return name, headers


async def main():
    sessions = SessionsClient(RobotStub())
    print(await asyncio.gather(motor_go_to(sessions, "left"), motor_go_to(sessions, "right")))


if __name__ == "__main__":
    asyncio.run(main())
