from fastapi import FastAPI

app = FastAPI()
_seen = {}
_owners = {}


async def lookup(i):
    return i


# An async handler runs on the event loop: with no await between them, its check and its store are one step.
@app.get("/seen/{i}")
async def mark(i: int, who: str):
    if i not in _seen:
        _seen[i] = who
    return _seen[i]


# At an await between them, the tasks of other requests run.
@app.get("/owner/{i}")
async def own(i: int, who: str):
    if i not in _owners:  # Secondary [check]
        await lookup(i)
        _owners[i] = who  # Noncompliant {{_owners is checked at line 23 and changed at line 25 by _owners[i], with no lock held at either point, while `await lookup(i)` at line 24 lets other tasks run in between}}
    return _owners[i]


# A plain handler runs on a pool of threads, many at a time.
@app.get("/sync/{i}")
def mark_sync(i: int, who: str):
    if i not in _seen:  # Secondary [check]
        _seen[i] = who  # Noncompliant {{_seen is checked at line 32 and changed at line 33 by _seen[i], with no lock held at either point, while mark_sync serves requests, many at a time}}
    return _seen[i]


# The await quoted in the message is the code, without the comment inside it.
@app.get("/claim/{i}")
async def claim(i: int, who: str):
    if i not in _owners:  # Secondary [check]
        await lookup(
            i  # the owner's id
        )
        _owners[i] = who  # Noncompliant {{_owners is checked at line 40 and changed at line 44 by _owners[i], with no lock held at either point, while `await lookup( i )` at line 41 lets other tasks run in between}}
