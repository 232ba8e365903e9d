using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// The links of a chain of calls and attributes (<c>Order.objects.select_for_update().filter(pk=pk)</c>), outermost
/// first: the attributes the chain is made of, not those inside its arguments (<c>Other.objects</c> in
/// <c>qs.filter(pk__in=Other.objects.values("id"))</c> is another query's).
/// </summary>
internal static class CallChains
{
    public static IEnumerable<MemberAccess> Links(IrExpression chain)
    {
        for (var link = chain; link is not null;)
        {
            switch (link)
            {
                case MemberAccess member:
                    yield return member;
                    link = member.Target;
                    break;
                case CallExpression call:
                    link = call.Callee;
                    break;
                case IndexExpression index:
                    link = index.Target;
                    break;
                default:
                    link = null;
                    break;
            }
        }
    }
}
