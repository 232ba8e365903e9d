# https://github.com/pytransitions/transitions/pull/73
# Fixed version: the whole Event.trigger() (current-state lookup plus every transition attempt) runs under the
# machine's re-entrant lock, so no other thread can change the state between the lookup and the transition.
import threading
import time


class InvalidTriggerError(Exception):
    pass


class TriggerData(object):
    def __init__(self, state, event, machine):
        self.state = state
        self.event = event
        self.machine = machine
        self.transition = None


class Edge(object):
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


class Trigger(object):
    def __init__(self, name, machine):
        self.name = name
        self.machine = machine
        self.transitions = {}

    def add_transition(self, transition):
        self.transitions.setdefault(transition.source, []).append(transition)

    def trigger(self):
        state_name = self.machine.state
        if state_name not in self.transitions:
            raise InvalidTriggerError("Can't trigger event %s from state %s!" % (self.name, state_name))
        event_data = TriggerData(state_name, self, self.machine)
        for t in self.transitions[state_name]:
            event_data.transition = t
            if t.execute(event_data):
                return True
        return False


class LockedTrigger(Trigger):
    def trigger(self):
        with self.machine.lock:
            return super(LockedTrigger, self).trigger()


class ThreadSafeMachine(object):
    def __init__(self, initial):
        self.lock = threading.RLock()
        self.state = initial
        self.events = {}

    def add_transition(self, trigger, source, dest, conditions=None):
        if trigger not in self.events:
            self.events[trigger] = LockedTrigger(trigger, self)
        self.events[trigger].add_transition(Edge(source, dest, conditions))

    def set_state(self, state):
        with self.lock:
            self.state = state

    def is_state(self, state):
        with self.lock:
            return self.state == state

    def fire(self, name):
        return self.events[name].trigger()


def slow_guard(event_data):
    time.sleep(0.2)
    return False


if __name__ == "__main__":
    fsm = ThreadSafeMachine(initial="A")
    fsm.add_transition("advance", "A", "B", conditions=[slow_guard])
    fsm.add_transition("advance", "A", "C")
    fsm.add_transition("halt", "A", "D")
    worker = threading.Thread(target=fsm.fire, args=("advance",))
    worker.start()
    time.sleep(0.05)
    try:
        fsm.fire("halt")  # waits for 'advance'; the machine is in C by then
    except InvalidTriggerError as exc:
        print("halt rejected:", exc)
    worker.join()
    print("final state:", fsm.state)
