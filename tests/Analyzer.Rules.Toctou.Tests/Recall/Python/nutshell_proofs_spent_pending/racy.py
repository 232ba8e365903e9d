# https://github.com/cashubtc/nutshell/pull/586
# The Cashu mint checked in verify_inputs_and_outputs() (a DB read, outside any lock) that the
# input proofs were unspent, and only later, in _set_proofs_pending(), took proofs_pending_lock
# to check/insert the pending rows. Two concurrent /v1/swap requests with the same proofs could
# both pass the spent check; after the first one finished and unset pending, the second got the
# lock and re-spent them (test_split_race_condition). Fix: do the spent check under the lock too.
import asyncio
from typing import List


class TransactionError(Exception):
    pass


class Proof(object):
    def __init__(self, secret, amount):
        self.secret = secret
        self.amount = amount


class Ledger(object):
    def __init__(self, db, crud):
        self.db = db
        self.crud = crud
        self.proofs_pending_lock = asyncio.Lock()

    async def _check_proofs_spendable(self, proofs: List[Proof]) -> bool:
        async with self.db.connect() as conn:
            spent = await self.crud.get_proofs_used(
                secrets=[p.secret for p in proofs], db=self.db, conn=conn
            )
        return len(spent) == 0

    async def verify_inputs_and_outputs(self, proofs: List[Proof], outputs) -> None:
        if not await self._check_proofs_spendable(proofs):
            raise TransactionError("Token already spent.")

    async def _validate_proofs_pending(self, proofs, conn) -> None:
        pending = await self.crud.get_proofs_pending(
            secrets=[p.secret for p in proofs], db=self.db, conn=conn
        )
        if pending:
            raise TransactionError("proofs are pending.")

    async def _set_proofs_pending(self, proofs: List[Proof]) -> None:
        async with self.proofs_pending_lock:
            async with self.db.connect() as conn:
                await self._validate_proofs_pending(proofs, conn)
                for p in proofs:
                    await self.crud.set_proof_pending(proof=p, db=self.db, conn=conn)  # Noncompliant

    async def _unset_proofs_pending(self, proofs: List[Proof]) -> None:
        async with self.proofs_pending_lock:
            async with self.db.connect() as conn:
                for p in proofs:
                    await self.crud.unset_proof_pending(proof=p, db=self.db, conn=conn)

    async def _invalidate_proofs(self, proofs: List[Proof]) -> None:
        for p in proofs:
            await self.crud.invalidate_proof(proof=p, db=self.db)

    async def split(self, proofs: List[Proof], outputs):
        await self.verify_inputs_and_outputs(proofs=proofs, outputs=outputs)
        await self._set_proofs_pending(proofs)
        try:
            await self._invalidate_proofs(proofs)
            return await self.crud.store_promises(outputs=outputs, db=self.db)
        finally:
            await self._unset_proofs_pending(proofs)
