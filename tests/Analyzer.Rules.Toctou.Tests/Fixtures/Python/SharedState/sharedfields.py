import threading


class Scoreboard:
    def __init__(self):
        self.lock = threading.Lock()
        self.points = 0


class Player(threading.Thread):
    """Each player is a thread object of its own, but the players made in one loop keep the same scoreboard."""

    def __init__(self, board):
        super().__init__()
        self.board = board
        self.finished = False

    def run(self):
        if self.board.points < 10:  # Secondary [check]
            self.board.points += 1  # Noncompliant {{self.board.points is checked at line 19 and changed at line 20 by self.board.points, with no lock held at either point, while run is started in parallel at line 39, in a loop, on objects that all hold the same self.board}}
        if not self.finished:
            self.finished = True


class CarefulPlayer(threading.Thread):
    def __init__(self, board):
        super().__init__()
        self.board = board

    def run(self):
        with self.board.lock:
            if self.board.points < 10:
                self.board.points += 1


def play(rounds):
    board = Scoreboard()
    for _ in range(rounds):
        Player(board).start()  # Secondary [concurrency]
        CarefulPlayer(board).start()
    for _ in range(rounds):
        Player(Scoreboard()).start()


class League:
    """A league starts its players on the scoreboard it keeps in a field: every player holds that one board."""

    def __init__(self):
        self.board = Scoreboard()

    def open(self, rounds):
        for _ in range(rounds):
            Striker(self.board).start()  # Secondary [concurrency]


class Striker(threading.Thread):
    def __init__(self, board):
        super().__init__()
        self.board = board

    def run(self):
        if self.board.points < 20:  # Secondary [check]
            self.board.points += 2  # Noncompliant {{self.board.points is checked at line 62 and changed at line 63 by self.board.points, with no lock held at either point, while run is started in parallel at line 53, in a loop, on objects that all hold the same self.board}}
