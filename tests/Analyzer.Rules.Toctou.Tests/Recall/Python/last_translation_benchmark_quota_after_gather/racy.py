# https://github.com/zouharvi/last-translation-benchmark/issues/118
# translate_submission() read the contributor's quota_used, rejected the request if it was at the
# quota, then awaited asyncio.gather() over several slow translation APIs and only afterwards wrote
# quota_used + 1. Concurrent requests all read the same value during those seconds, all pass the
# check and all run the paid API calls, so the quota is bypassed.
# The fix reserves the quota (writes quota_used + 1) right after the check, before any await.
import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

router = APIRouter()
USERS = {"c1": {"id": 3, "username": "c1", "quota": 20, "quota_used": 0}}


class TranslateReq(BaseModel):
    text: str
    source_lang: str
    target_lang: str


async def get_current_user(request: Request) -> dict:
    user = USERS.get(request.cookies.get("ltb_user", ""))
    if user is None:
        raise HTTPException(status_code=401, detail="Not authenticated")
    return user


async def save_user(user: dict) -> None:
    await asyncio.sleep(0)  # persisted to the database


async def run_model(name: str, text: str) -> dict:
    await asyncio.sleep(2.0)  # remote translation API
    return {"model": name, "translation": text[::-1]}


@router.post("/api/translate-submission")
async def translate_submission(req: TranslateReq, user: dict = Depends(get_current_user)):
    quota_used = user["quota_used"]
    quota = user["quota"]
    if quota_used >= quota:
        raise HTTPException(status_code=429, detail="Quota exceeded")

    results = await asyncio.gather(
        run_model("Gemini", req.text), run_model("GPT-4.1 Nano", req.text), run_model("Claude", req.text)
    )

    user["quota_used"] = quota_used + 1  # Noncompliant
    await save_user(user)
    return {"results": list(results), "quota": quota, "quota_used": quota_used + 1}
