# https://github.com/zouharvi/last-translation-benchmark/issues/118
# Fixed: the quota is charged immediately after the check with no await in between, so the next
# request already sees the incremented value before the slow translation calls start.
import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

api = APIRouter()
ACCOUNTS = {"c1": {"id": 3, "username": "c1", "quota": 20, "quota_used": 0}}


class SubmissionReq(BaseModel):
    text: str
    source_lang: str
    target_lang: str


async def current_account(request: Request) -> dict:
    account = ACCOUNTS.get(request.cookies.get("ltb_user", ""))
    if account is None:
        raise HTTPException(status_code=401, detail="Not authenticated")
    return account


async def persist_account(account: dict) -> None:
    await asyncio.sleep(0)


async def call_engine(name: str, text: str) -> dict:
    await asyncio.sleep(2.0)
    return {"model": name, "translation": text[::-1]}


@api.post("/api/translate-submission")
async def submit_translation(req: SubmissionReq, account: dict = Depends(current_account)):
    if account["quota_used"] >= account["quota"]:
        raise HTTPException(status_code=429, detail="Quota exceeded")
    account["quota_used"] += 1
    charged = account["quota_used"]
    await persist_account(account)

    results = await asyncio.gather(
        call_engine("Gemini", req.text), call_engine("GPT-4.1 Nano", req.text), call_engine("Claude", req.text)
    )
    return {"results": list(results), "quota": account["quota"], "quota_used": charged}
