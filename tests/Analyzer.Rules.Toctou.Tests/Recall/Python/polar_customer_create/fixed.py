# https://github.com/polarsource/polar/pull/9476
# Fixed shape: the pre-check stays as a fast path, but the INSERT is wrapped in
# try/except IntegrityError; a unique-index violation from a concurrent request is mapped to
# the same "already exists" validation error instead of escaping as a 500.
import asyncio


class DBIntegrityError(Exception):
    pass


class RequestValidationError(Exception):
    pass


class CustomersTableStub:
    def __init__(self):
        self.rows = {}

    async def select_by_email(self, org_id, email):
        await asyncio.sleep(0.01)
        return self.rows.get((org_id, email.lower()))

    async def insert(self, row):
        await asyncio.sleep(0.01)
        key = (row["organization_id"], row["email"].lower())
        if key in self.rows:
            raise DBIntegrityError("ix_customers_organization_id_email_not_null")
        self.rows[key] = row
        return row


class CustomerRepo:
    def __init__(self, table):
        self.table = table

    async def find_by_email(self, email, org_id):
        return await self.table.select_by_email(org_id, email)

    async def insert_customer(self, customer):
        return await self.table.insert(customer)


class SafeCustomerService:
    def __init__(self, repository):
        self.repository = repository

    async def create_customer(self, org_id, email, name=None):
        if await self.repository.find_by_email(email, org_id):
            raise RequestValidationError(
                "A customer with this email address already exists."
            )
        customer = {"organization_id": org_id, "email": email, "name": name}
        return await self._persist_customer(customer)

    async def _persist_customer(self, customer):
        try:
            return await self.repository.insert_customer(customer)
        except DBIntegrityError as e:
            if "ix_customers_organization_id_email_not_null" in str(e):
                raise RequestValidationError(
                    "A customer with this email address already exists."
                ) from e
            raise


async def run_requests():
    service = SafeCustomerService(CustomerRepo(CustomersTableStub()))
    results = await asyncio.gather(
        service.create_customer("org-1", "a@example.com"),
        service.create_customer("org-1", "a@example.com"),
        return_exceptions=True,
    )
    print(results)


if __name__ == "__main__":
    asyncio.run(run_requests())
