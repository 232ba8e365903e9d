namespace Analyzer.SampleHost.Tests;

/// <summary>Toy-language files for the host's tests.</summary>
internal static class ToySources
{
    /// <summary>No check-then-act at all.</summary>
    public const string Clean = """
        func Queue.Len {
          check items
        }
        """;

    /// <summary>An act guarded by a check of the same name: an error-level toy finding.</summary>
    public const string ErrorRace = """
        func Queue.Pop {
          if items {
            act items
          }
        }
        """;

    /// <summary>An act after a check in the same block: a warning-level toy finding.</summary>
    public const string WarningRace = """
        func Cache.Add {
          check key
          act key
        }
        """;

    /// <summary>Three lines the toy parser cannot read.</summary>
    public const string ThreeSyntaxErrors = """
        func Broken.One {
          what is this
          nor this
          check x
          again not
        }
        """;
}
