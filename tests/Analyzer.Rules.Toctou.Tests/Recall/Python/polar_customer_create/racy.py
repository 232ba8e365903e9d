# https://github.com/polarsource/polar/pull/9476
# customer_service.create() SELECTs for a customer with the same email in the organization and
# then INSERTs; two concurrent API requests both passed the pre-check and the loser's INSERT
# hit the unique index as an unhandled IntegrityError (HTTP 500). Fix: catch IntegrityError on
# the insert and map it to the same "already exists" validation error.
import asyncio


class IntegrityError(Exception):
    pass


class PolarRequestValidationError(Exception):
    pass


class FakeCustomersTable:
    """Postgres table with a unique index on (organization_id, email)."""

    def __init__(self):
        self.rows = {}

    async def select_by_email(self, org_id, email):
        await asyncio.sleep(0.01)
        return self.rows.get((org_id, email.lower()))

    async def insert(self, row):
        await asyncio.sleep(0.01)
        key = (row["organization_id"], row["email"].lower())
        if key in self.rows:
            raise IntegrityError("ix_customers_organization_id_email_not_null")
        self.rows[key] = row
        return row


class CustomerRepository:
    def __init__(self, table):
        self.table = table

    async def get_by_email_and_organization(self, email, org_id):
        return await self.table.select_by_email(org_id, email)

    async def create(self, customer):
        return await self.table.insert(customer)


class CustomerService:
    def __init__(self, repository):
        self.repository = repository

    async def create(self, org_id, email, name=None):
        if await self.repository.get_by_email_and_organization(email, org_id):
            raise PolarRequestValidationError(
                "A customer with this email address already exists."
            )
        customer = {"organization_id": org_id, "email": email, "name": name}
        return await self.repository.create(customer)  # Noncompliant


async def main():
    service = CustomerService(CustomerRepository(FakeCustomersTable()))
    # the same checkout webhook delivered twice / a double-clicked "create" button
    results = await asyncio.gather(
        service.create("org-1", "a@example.com"),
        service.create("org-1", "a@example.com"),
        return_exceptions=True,
    )
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
