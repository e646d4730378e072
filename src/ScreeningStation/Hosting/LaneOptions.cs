using System.ComponentModel.DataAnnotations;

namespace Screening.Station.Hosting;

/// <summary>The `Lane` section of appsettings.json.</summary>
public sealed class LaneOptions
{
    public const string Section = "Lane";

    /// <summary>Names the lane in every log event and search record.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$", ErrorMessage = "Lane:Id must be 1-32 letters, digits, '-' or '_'")]
    public string Id { get; set; } = "lane-1";

    /// <summary>The rule file; empty for the built-in default rules.</summary>
    public string? RulesFile { get; set; }

    /// <summary>The search log database and image store (from --data).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The establishment this lane belongs to, recorded with every screening (empty: the rule set's default).</summary>
    public string? Establishment { get; set; }

    /// <summary>The card directory; empty for DATA/people.json (created with demo card holders in simulation).</summary>
    public string? PeopleFile { get; set; }

    /// <summary>Where the lane's API listens; loopback unless deliberately changed.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>X-ray frame intake from the scanner's drop folder.</summary>
    public XrayIntakeOptions Xray { get; set; } = new();

    /// <summary>The officer console's policy settings (rotation prompt, sign-in limits).</summary>
    public OfficerConsole.ConsoleOptions Console { get; set; } = new();

    /// <summary>The demo lane's made-up traffic (simulated driver only).</summary>
    public SimulationOptions Simulation { get; set; } = new();
}
