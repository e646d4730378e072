using Microsoft.Extensions.Logging;

namespace Screening.Devices.Tests;

/// <summary>Keeps every log event with its level and named properties, as a structured sink (Serilog) receives them.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (_gate)
        {
            _entries.Add(new LogEntry(logLevel, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}

internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties)
{
    public object? Property(string name) => Properties.GetValueOrDefault(name);
}
