# https://github.com/StackStorm/orquesta/pull/211
# get_evaluators() filled the module-level _EXP_EVALUATORS cache on first use: it saw None, published an empty dict
# and then loaded the plugins into it, so another thread could build its own copy or read the half-filled dict.
# The fix takes a module lock around the check and the fill.
import threading

_EXP_EVALUATOR_NAMESPACE = "orquesta.expressions.evaluators"
_EXP_EVALUATORS = None


class YAQLEvaluator(object):
    @classmethod
    def has_expressions(cls, text):
        return "<%" in text


class JinjaEvaluator(object):
    @classmethod
    def has_expressions(cls, text):
        return "{{" in text


_PLUGINS = {"yaql": YAQLEvaluator, "jinja": JinjaEvaluator}


def _extension_names(namespace):
    return sorted(_PLUGINS)


def get_evaluator(language):
    return _PLUGINS[language]


def get_evaluators():
    global _EXP_EVALUATORS

    if _EXP_EVALUATORS is None:
        _EXP_EVALUATORS = {}  # Noncompliant

        for name in _extension_names(_EXP_EVALUATOR_NAMESPACE):
            _EXP_EVALUATORS[name] = get_evaluator(name)

    return _EXP_EVALUATORS


def has_expressions(text):
    result = {t: e.has_expressions(text) for t, e in get_evaluators().items()}
    return any(result.values())


def conduct_in_threads(texts):
    # several workflow conductors evaluate task specs in parallel threads
    threads = [threading.Thread(target=has_expressions, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
