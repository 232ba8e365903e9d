# https://github.com/ynput/OpenPype/pull/846
# Terminal.log() checked the class flag _initialized and, when it was False, ran _initialize(), which
# flipped the flag at its very start and only then built the colour tables (_SB, _sdict, ...). Logging
# threads could both see False and initialise twice, or one could see the flag already True while the
# other was still building the tables and then use half-initialised class state. The fix sets the flag
# only when initialisation is complete and serialises _initialize() with a threading.Lock.
import os
import re
import threading


class Terminal:
    _initialized = False
    use_colors = True
    _sdict = {}

    @staticmethod
    def _initialize():
        Terminal._initialized = True
        if os.environ.get("PYPE_LOG_NO_COLORS"):
            Terminal.use_colors = False
            return
        try:
            import blessed
            term = blessed.Terminal()
        except Exception:
            Terminal.use_colors = False
            return
        Terminal._SB = term.bold
        Terminal._RST = ""
        Terminal._sdict = {
            r">>> ": term.bold + term.aquamarine3 + ">>> ",
            r"!!! ERR: ": term.bold + term.tomato2 + "!!! ERR: ",
            r"(?i)failed": term.bold + term.tomato2 + "FAILED",
        }

    @staticmethod
    def _multiple_replace(text, adict):
        for pattern, value in adict.items():
            text = re.sub(pattern, value, text)
        return text

    @staticmethod
    def log(message):
        T = Terminal
        if not T._initialized:
            T._initialize()  # Noncompliant
        if not T.use_colors:
            return message
        return T._multiple_replace(T._SB + message + T._RST, T._sdict)

    @staticmethod
    def echo(message):
        print(Terminal.log(message))


if __name__ == "__main__":
    # Several service threads log their first message at start-up.
    threads = [threading.Thread(target=Terminal.echo, args=(f">>> service {n} started",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
