using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Calls that hand a function to a web framework to run for requests, each on a thread (or task) of the server's, many
/// at a time:
/// <list type="bullet">
/// <item>Flask: <c>app.add_url_rule(rule, endpoint, view_func)</c>, the request hooks <c>before_request(f)</c>,
/// <c>before_app_request(f)</c>, <c>after_request(f)</c>, <c>teardown_request(f)</c>, and a route decorator applied
/// by hand, <c>app.route("/")(f)</c>;</item>
/// <item>FastAPI: <c>app.add_api_route(path, endpoint)</c>;</item>
/// <item>aiohttp: <c>router.add_get(path, handler)</c> and its siblings for the other methods, and
/// <c>router.add_route(method, path, handler)</c> (Starlette's <c>add_route(path, route)</c> also ends with it);</item>
/// <item>Pyramid: <c>config.add_view(view)</c>, and <c>config.add_request_method(f, name)</c>, whose function runs
/// when a request asks for the attribute (once per request with <c>reify=True</c>).</item>
/// </list>
/// </summary>
internal static class HandlerRegistrations
{
    private static readonly HashSet<string> Hooks = ["before_request", "before_app_request", "after_request", "teardown_request"];
    private static readonly HashSet<string> MethodRoutes = ["add_get", "add_post", "add_put", "add_patch", "add_delete", "add_head"];

    /// <summary>True for a Flask hook that runs a function for every request (<c>@app.before_request</c>).</summary>
    public static bool IsRequestHook(string name) => Hooks.Contains(name);

    /// <summary>The function <paramref name="call"/> registers; null for any other call.</summary>
    public static IrExpression? Registered(CallExpression call) => call.Callee switch
    {
        MemberAccess { Member: "add_url_rule" } => KeywordArguments.Value(call, "view_func", 2),
        MemberAccess { Member: "add_api_route" } => KeywordArguments.Value(call, "endpoint", 1),
        MemberAccess { Member: "add_view" } => KeywordArguments.Value(call, "view", 0),
        MemberAccess { Member: "add_request_method" } => KeywordArguments.Value(call, "callable", 0),
        MemberAccess { Member: var method } when MethodRoutes.Contains(method) => KeywordArguments.Value(call, "handler", 1),
        MemberAccess { Member: "add_route" } => call.Arguments.LastOrDefault(a => a is { Name: null, Unpack: 0 })?.Value,
        MemberAccess { Member: var hook } when IsRequestHook(hook) && call.Arguments is [{ Name: null, Unpack: 0 } only] => only.Value,
        CallExpression { Callee: MemberAccess { Member: "route" } } when call.Arguments is [{ Name: null, Unpack: 0 } decorated] => decorated.Value,
        _ => null,
    };
}
