using System.ComponentModel.DataAnnotations;

namespace Screening.Station.OfficerConsole;

/// <summary>The `Lane:Console` section: the officer console's policy settings.</summary>
public sealed class ConsoleOptions
{
    /// <summary>Minutes of continuous x-ray image review after which the operator is prompted to rotate.</summary>
    [Range(0.01, 240)]
    public double ReviewMinutes { get; set; } = 20;

    /// <summary>A gap of at least this many minutes away from the lane page ends a review period.</summary>
    [Range(0.01, 240)]
    public double ReviewBreakMinutes { get; set; } = 5;

    /// <summary>Failed sign-ins allowed per account name, and per client address, within <see cref="SignInWindowMinutes"/>.</summary>
    [Range(1, 1000)]
    public int SignInAttempts { get; set; } = 5;

    /// <summary>The window over which failed sign-ins are counted; once over the limit, sign-in is refused until it passes.</summary>
    [Range(0.1, 1440)]
    public double SignInWindowMinutes { get; set; } = 15;

    /// <summary>How long a console sign-in lasts without use (a shift).</summary>
    [Range(1, 24)]
    public double SessionHours { get; set; } = 12;
}
