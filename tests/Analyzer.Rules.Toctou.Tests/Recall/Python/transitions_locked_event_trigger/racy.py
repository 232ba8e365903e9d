# https://github.com/pytransitions/transitions/pull/73
# With the locking extension only Transition.execute() ran under machine.lock: Event.trigger() read the current
# state, then tried the transitions registered for it one after another, taking and releasing the lock for each;
# another thread could change the state between two attempts and A->C still ran after the machine left A (#67).
# Fix: LockedEvent.trigger() holds the machine's RLock across the state lookup and all attempts.
import threading
import time


class MachineError(Exception):
    pass


class EventData(object):
    def __init__(self, state, event, machine):
        self.state = state
        self.event = event
        self.machine = machine
        self.transition = None


class Transition(object):
    def __init__(self, source, dest, conditions=None):
        self.source = source
        self.dest = dest
        self.conditions = conditions or []

    def execute(self, event_data):
        for cond in self.conditions:
            if not cond(event_data):
                return False
        event_data.machine.set_state(self.dest)
        return True


class LockedTransition(Transition):
    def execute(self, event_data):
        with event_data.machine.lock:
            return super(LockedTransition, self).execute(event_data)


class Event(object):
    def __init__(self, name, machine):
        self.name = name
        self.machine = machine
        self.transitions = {}

    def add_transition(self, transition):
        self.transitions.setdefault(transition.source, []).append(transition)

    def trigger(self):
        state_name = self.machine.state
        if state_name not in self.transitions:
            raise MachineError("Can't trigger event %s from state %s!" % (self.name, state_name))
        event_data = EventData(state_name, self, self.machine)
        for t in self.transitions[state_name]:
            event_data.transition = t
            if t.execute(event_data):  # Noncompliant
                return True
        return False


class LockedMachine(object):
    def __init__(self, initial):
        self.lock = threading.RLock()
        self.state = initial
        self.events = {}

    def add_transition(self, trigger, source, dest, conditions=None):
        if trigger not in self.events:
            self.events[trigger] = Event(trigger, self)
        self.events[trigger].add_transition(LockedTransition(source, dest, conditions))

    def set_state(self, state):
        with self.lock:
            self.state = state

    def is_state(self, state):
        with self.lock:
            return self.state == state

    def trigger(self, name):
        return self.events[name].trigger()


def heavy_checking(event_data):
    time.sleep(0.2)  # checking takes a while and returns False
    return False


if __name__ == "__main__":
    machine = LockedMachine(initial="A")
    machine.add_transition("advance", "A", "B", conditions=[heavy_checking])
    machine.add_transition("advance", "A", "C")
    machine.add_transition("halt", "A", "D")
    t = threading.Thread(target=machine.trigger, args=("advance",))
    t.start()
    time.sleep(0.05)
    machine.trigger("halt")  # A -> D while 'advance' is still evaluating A -> B
    t.join()
    # both 'advance' (A -> C) and 'halt' (A -> D) are executed: one of them from a state other than A
    print("final state:", machine.state)
