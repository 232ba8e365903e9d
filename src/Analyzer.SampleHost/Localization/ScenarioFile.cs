using System.Text;
using Analyzer.Core.Text;

namespace Analyzer.SampleHost.Localization;

/// <summary>Reads the user's scenario file: a regular file of UTF-8 text, not empty, of at most <see cref="MaxBytes"/>.
/// Anything else is a <see cref="UserError"/> before a byte too many is read.</summary>
internal static class ScenarioFile
{
    /// <summary>The largest scenario read, in MiB; a trace and its symptoms fit in far less.</summary>
    public const int MaxMebibytes = 1;

    /// <summary>The largest scenario read, in bytes.</summary>
    public const int MaxBytes = MaxMebibytes * 1024 * 1024;

    private const string WhatToGive = "give a text file with the trace and the symptoms, or leave out --scenario to use the bundled one.";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the scenario file at <paramref name="path"/>, without a byte order mark.</summary>
    public static string Read(string path)
    {
        if (Directory.Exists(path)) throw new UserError($"the scenario file '{path}' is a folder; {WhatToGive}");
        if (!File.Exists(path)) throw new UserError($"the scenario file '{path}' does not exist; {WhatToGive}");
        byte[] buffer;
        try
        {
            buffer = RegularFile.ReadAll(path, MaxBytes);
        }
        catch (UnreadableSourceException e) when (e.Reason == UnreadableReason.NotARegularFile)
        {
            throw new UserError($"the scenario file '{path}' is not a regular file (a device, a pipe or a socket); {WhatToGive}");
        }
        catch (UnreadableSourceException)
        {
            throw new UserError($"the scenario file '{path}' is larger than {MaxMebibytes} MiB; keep the trace and the symptoms under that.");
        }

        var bytes = buffer.AsSpan();
        if (bytes.StartsWith(StrictUtf8.Preamble)) bytes = bytes[StrictUtf8.Preamble.Length..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UserError($"the scenario file '{path}' is not UTF-8 text; {WhatToGive}");
        }
        if (text.Contains('\0')) throw new UserError($"the scenario file '{path}' is not UTF-8 text (it holds NUL bytes); {WhatToGive}");
        if (string.IsNullOrWhiteSpace(text)) throw new UserError($"the scenario file '{path}' is empty; write the trace and the symptoms in it, or leave out --scenario to use the bundled one.");
        return text;
    }
}
