# https://github.com/StackStorm/orquesta/pull/211
# Fixed version: the lazy fill of the module-level evaluator cache is done while holding a module lock, so only one
# thread builds it and no thread sees it half-filled.
import threading

_EVALUATOR_NS = "orquesta.expressions.evaluators"
_LOADED_EVALUATORS = None
_LOADED_EVALUATORS_LOCK = threading.Lock()


class YaqlPlugin(object):
    @classmethod
    def has_expressions(cls, text):
        return "<%" in text


class JinjaPlugin(object):
    @classmethod
    def has_expressions(cls, text):
        return "{{" in text


_PLUGIN_TABLE = {"yaql": YaqlPlugin, "jinja": JinjaPlugin}


def _plugin_names(namespace):
    return sorted(_PLUGIN_TABLE)


def load_evaluator(language):
    return _PLUGIN_TABLE[language]


def load_evaluators():
    global _LOADED_EVALUATORS

    with _LOADED_EVALUATORS_LOCK:
        if _LOADED_EVALUATORS is None:
            _LOADED_EVALUATORS = {}
            for name in _plugin_names(_EVALUATOR_NS):
                _LOADED_EVALUATORS[name] = load_evaluator(name)

    return _LOADED_EVALUATORS


def contains_expressions(text):
    result = {t: e.has_expressions(text) for t, e in load_evaluators().items()}
    return any(result.values())


def evaluate_in_threads(texts):
    threads = [threading.Thread(target=contains_expressions, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
