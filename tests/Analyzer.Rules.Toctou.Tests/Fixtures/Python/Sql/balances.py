from sqlalchemy.orm import Session

from bank.models import Account, Hold


# The balance read with the row decides the change a commit writes: two withdrawals can both pass the check.
def withdraw(session: Session, pk, amount):
    account = session.get(Account, pk)  # Secondary [check]
    if account.balance >= amount:
        account.balance -= amount
        session.commit()  # Noncompliant [TOCTOU003] {{the SELECT on Account at line 8 decides the UPDATE at line 11; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        return True
    return False


def release(session: Session, pk):
    hold = session.query(Hold).filter_by(id=pk).one_or_none()  # Secondary [check]
    if hold is not None and not hold.captured:
        session.delete(hold)  # Noncompliant [TOCTOU003] {{the SELECT on Hold at line 17 decides the DELETE at line 19; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        session.commit()


# Locked as it is read, the row stays as read until the commit.
def withdraw_locked(session: Session, pk, amount):
    account = session.query(Account).with_for_update().filter_by(id=pk).one()
    if account.balance >= amount:
        account.balance -= amount
        session.commit()
        return True
    return False


# A commit the read does not decide is no check-then-act.
def rename(session: Session, pk, name):
    account = session.get(Account, pk)
    account.name = name
    session.commit()
