using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Screening.Station.Hosting;

/// <summary>
/// Escapes control characters (line breaks above all) in every string property of a log event, so
/// that text typed by someone (an account name at sign-in, a reason, a note) can never start a line
/// of its own in the lane's text log and pass for an event that did not happen. The JSON log file
/// already escapes them; this makes the console and text sinks as safe.
/// </summary>
public sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? replaced = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Any(NeedsEscape))
            {
                (replaced ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
            }
        }

        foreach (var property in replaced ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when NeedsEscape(c) => escaped.Append($"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
