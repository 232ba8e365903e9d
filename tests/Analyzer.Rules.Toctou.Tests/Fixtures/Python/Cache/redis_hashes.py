# A client handed to the constructor, kept in a field named for Redis: its calls are Redis commands. The count of a
# hash's fields decides a set of one of them, which changes that count: two callers can both see room and both claim.
class SeatClaims:
    def __init__(self, conn, seats):
        self._redis = conn
        self._seats = seats

    def claim_seat(self, show, user):
        if self._redis.hlen(show) >= self._seats:  # Secondary [check]
            return False
        self._redis.hset(show, user, 1)  # Noncompliant {{self._redis.hlen reads key show at line 9 and sets it at line 11 depending on the value it read; another client can set it in between}}
        return True
