using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// The standard library's servers: a <c>socketserver</c> request handler's <c>handle()</c> and an <c>http.server</c>
/// handler's <c>do_GET()</c> (any <c>do_</c> method) run once per connection or request, on a thread of their own when
/// the module serves with a threading server (<c>ThreadingTCPServer</c>, <c>ThreadingHTTPServer</c>, a class mixing in
/// <c>ThreadingMixIn</c>). A plain <c>TCPServer</c> handles one request at a time.
/// </summary>
internal static class ThreadingServers
{
    private static readonly HashSet<string> HandlerBases =
        ["BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler"];

    private static readonly HashSet<string> Servers =
        ["ThreadingMixIn", "ThreadingTCPServer", "ThreadingUDPServer", "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer", "ThreadingHTTPServer"];

    public static bool Handles(FunctionDecl function) =>
        (function.Name == "handle" || function.Name.StartsWith("do_", StringComparison.Ordinal))
        && ClassBases.OfOwner(function).Any(HandlerBases.Contains)
        && function.Module.DescendantsAndSelf().Any(n => n switch
        {
            NameExpression { Name: var name } => Servers.Contains(name),
            MemberAccess { Member: var member } => Servers.Contains(member),
            _ => false,
        } || n is TypeDecl server && ClassBases.Of(server).Any(Servers.Contains));
}
