# https://github.com/cashubtc/nutshell/pull/586
# Fixed version: the DB checks that proofs are unspent and not pending, and the insertion of
# the pending rows, all happen while proofs_pending_lock is held
# (_verify_spent_proofs_and_set_pending), so two concurrent swaps of the same proofs cannot
# both pass the spent check.
import asyncio
from typing import List


class MintTransactionError(Exception):
    pass


class MintProof(object):
    def __init__(self, secret, amount):
        self.secret = secret
        self.amount = amount


class LockedLedger(object):
    def __init__(self, db, crud):
        self.db = db
        self.crud = crud
        self.proofs_pending_lock = asyncio.Lock()

    async def _verify_spent(self, proofs: List[MintProof], conn) -> None:
        spent = await self.crud.get_proofs_used(
            secrets=[p.secret for p in proofs], db=self.db, conn=conn
        )
        if spent:
            raise MintTransactionError("Token already spent.")

    async def _verify_not_pending(self, proofs: List[MintProof], conn) -> None:
        pending = await self.crud.get_proofs_pending(
            secrets=[p.secret for p in proofs], db=self.db, conn=conn
        )
        if pending:
            raise MintTransactionError("proofs are pending.")

    async def _verify_spent_proofs_and_set_pending(self, proofs: List[MintProof]) -> None:
        async with self.proofs_pending_lock:
            async with self.db.connect() as conn:
                await self._verify_spent(proofs, conn)
                await self._verify_not_pending(proofs, conn)
                for p in proofs:
                    await self.crud.set_proof_pending(proof=p, db=self.db, conn=conn)

    async def _release_pending(self, proofs: List[MintProof]) -> None:
        async with self.proofs_pending_lock:
            async with self.db.connect() as conn:
                for p in proofs:
                    await self.crud.unset_proof_pending(proof=p, db=self.db, conn=conn)

    async def swap(self, proofs: List[MintProof], outputs):
        await self._verify_spent_proofs_and_set_pending(proofs)
        try:
            for p in proofs:
                await self.crud.invalidate_proof(proof=p, db=self.db)
            return await self.crud.store_promises(outputs=outputs, db=self.db)
        finally:
            await self._release_pending(proofs)
