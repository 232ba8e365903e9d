# https://github.com/ynput/OpenPype/pull/846
# Fixed: initialisation runs under a class-level threading.Lock with the flag re-checked inside, and the
# flag is set only after the colour tables are complete.
import os
import re
import threading


class ColorTerminal:
    _ready = False
    _setup_lock = threading.Lock()
    colors_enabled = True
    _tokens = {}

    @staticmethod
    def _setup():
        if os.environ.get("PYPE_LOG_NO_COLORS"):
            ColorTerminal.colors_enabled = False
            ColorTerminal._ready = True
            return
        try:
            import blessed
            term = blessed.Terminal()
        except Exception:
            ColorTerminal.colors_enabled = False
            ColorTerminal._ready = True
            return
        ColorTerminal._BOLD = term.bold
        ColorTerminal._RESET = ""
        ColorTerminal._tokens = {
            r">>> ": term.bold + term.aquamarine3 + ">>> ",
            r"!!! ERR: ": term.bold + term.tomato2 + "!!! ERR: ",
            r"(?i)failed": term.bold + term.tomato2 + "FAILED",
        }
        ColorTerminal._ready = True

    @staticmethod
    def _replace_tokens(text, table):
        for pattern, value in table.items():
            text = re.sub(pattern, value, text)
        return text

    @staticmethod
    def format_message(message):
        CT = ColorTerminal
        if not CT._ready:
            with CT._setup_lock:
                if not CT._ready:
                    CT._setup()
        if not CT.colors_enabled:
            return message
        return CT._replace_tokens(CT._BOLD + message + CT._RESET, CT._tokens)

    @staticmethod
    def print_message(message):
        print(ColorTerminal.format_message(message))


if __name__ == "__main__":
    workers = [
        threading.Thread(target=ColorTerminal.print_message, args=(f">>> service {n} started",))
        for n in range(3)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
