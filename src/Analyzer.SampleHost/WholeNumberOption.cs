using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Analyzer.SampleHost;

/// <summary>An option whose value is a whole number in a range; anything else is a usage error that names the option,
/// the value and the range, and says what to give.</summary>
internal static class WholeNumberOption
{
    /// <param name="unit">What the number counts, said after "a whole number" (" of bytes"), or empty.</param>
    /// <param name="advice">What to give instead, ending the usage error.</param>
    public static Option<T> Create<T>(string name, string helpName, T defaultValue, T min, string description, string unit, string advice)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        // A parser rather than a validator: a validator that reads a value the default conversion could not make
        // throws out of Parse instead of reporting a usage error.
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (T.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
            result.AddError($"{name} '{token}' is not a whole number{unit} from {min} to {T.MaxValue}; {advice}");
            return defaultValue;
        },
        HelpName = helpName,
    };
}
