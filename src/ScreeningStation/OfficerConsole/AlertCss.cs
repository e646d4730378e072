namespace Screening.Station.OfficerConsole;

/// <summary>The CSS class part for a state of alert: its id's letters only (states are data in the rule file).</summary>
public static class AlertCss
{
    public static string Of(string state) => new([.. state.Where(char.IsAsciiLetter)]);
}
