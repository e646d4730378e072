using System.Globalization;
using Screening.Rules;

namespace Screening.Station.Tests.Reports;

/// <summary>
/// The figures a report must show, counted here from the raw records with nothing but JSON and the
/// rule set's catalogue, so that a report is checked against the log and not against itself.
/// </summary>
internal sealed class LogOracle
{
    private static readonly RuleSet Rules = RuleSet.LoadDefault();

    public LogOracle(IEnumerable<LogRecord> all, string? lane = null, string? from = null, string? to = null)
    {
        var log = all.ToList();
        Records = [.. log.Where(r => (lane is null || r.Lane == lane)
            && (from is null || string.CompareOrdinal(r.Time, from) >= 0) && (to is null || string.CompareOrdinal(r.Time, to) < 0))];

        // One screening per Screening record; a fire release, stop or crash that caught someone before any
        // Screening record of them was written (in the whole log, not only the period) leaves only a
        // ScreeningInterrupted record carrying the person. A screening admitted again after its free was refused
        // (NotFreed) has a second record under the same id: the last one counts.
        var rows = Records.Where(r => r.Kind == "Screening"
            || (r.Kind == "ScreeningInterrupted" && r.Has("person")
                && !log.Any(x => x.Kind == "Screening" && x.Lane == r.Lane && x.Sequence < r.Sequence && x.Text("screening") == r.Text("screening")))).ToList();
        Screenings = [.. rows.GroupBy(r => r.Text("screening") ?? $"#{r.Sequence}").Select(g => g.Last()).OrderBy(r => r.Sequence)];
    }

    public List<LogRecord> Records { get; }

    public List<LogRecord> Screenings { get; }

    public int Count(string kind) => Records.Count(r => r.Kind == kind);

    public Dictionary<string, int> ByCategoryAndVerdict(string category) => Screenings.Where(s => s.Text("person", "category") == category)
        .GroupBy(s => s.Text("verdict", "outcome") ?? "None").ToDictionary(g => g.Key, g => g.Count());

    public IEnumerable<string> Categories => Screenings.Select(s => s.Text("person", "category")!).Distinct();

    public int Required(string search) => Screenings.Count(s => s.Names("verdict", "searches").Contains(search));

    public int Done(string search) => Screenings.Count(s => s.Names("outcome", "searchesDone").Contains(search));

    public List<string> Found => [.. Screenings.SelectMany(s => s.Names("outcome", "itemsFound"))];

    public static string ListOf(string item) => Rules.Catalogue.TryFind(item, out var found) ? found.ListLabel : "?";

    public int ScreeningsWithFinds => Screenings.Count(s => s.Names("outcome", "itemsFound").Count > 0);

    public int Walks(string lane) => Screenings.Count(s => s.Lane == lane && s.Has("metalDetector"));

    public int Alarms(string lane) => Screenings.Count(s => s.Lane == lane && s.Text("metalDetector", "alarm") == "true");

    public int ZoneAlarms(string lane, string zone) => Screenings.Count(s => s.Lane == lane && s.Text("metalDetector", "alarm") == "true" && s.Names("metalDetector", "zones").Contains(zone));

    public int RandomSelected => Screenings.Count(s => s.Text("verdict", "randomlySelected") == "true");

    public int RandomSearched => Screenings.Count(s => s.Text("verdict", "randomlySelected") == "true" && s.Has("outcome")
        && s.Names("verdict", "searches").All(s.Names("outcome", "searchesDone").Contains));

    /// <summary>Every find, every forced passage, every screening where the officer asked for a report.</summary>
    public int SirDrafts => Screenings.Count(s => s.Names("outcome", "itemsFound").Count > 0 || s.Text("outcome", "securityInformationReport") == "true")
        + Count("ForcedPassage");

    public int FaultsStarted => Records.Count(r => r.Kind == "DeviceFault" && r.Text("faulted") == "true");

    public int FireReleases => Records.Count(r => r.Kind == "FireRelease" && r.Text("active") == "true");

    /// <summary>
    /// Per "lane device": the time down in [<paramref name="from"/>, <paramref name="end"/>), as the union of the
    /// intervals of each fault kind (detail): a kind's raise to its next clear; a clear with no record of its
    /// kind before it in the period, from the period's start; a raise never cleared, to its lane's next start
    /// or to the end.
    /// </summary>
    public Dictionary<string, TimeSpan> Downtime(DateTimeOffset from, DateTimeOffset end)
    {
        var downtime = new Dictionary<string, TimeSpan>();
        foreach (var device in Records.Where(r => r.Kind == "DeviceFault").GroupBy(r => $"{r.Lane} {r.Text("device")}"))
        {
            var intervals = new List<(DateTimeOffset Start, DateTimeOffset End)>();
            foreach (var kind in device.GroupBy(r => r.Text("detail") ?? ""))
            {
                DateTimeOffset? raised = null;
                var first = true;
                var lane = device.First().Lane;
                var starts = Records.Where(r => r.Kind == "LaneStarted" && r.Lane == lane);
                foreach (var record in kind.Concat(starts).OrderBy(r => DateTimeOffset.Parse(r.Time, CultureInfo.InvariantCulture)).ThenBy(r => r.Sequence))
                {
                    var at = DateTimeOffset.Parse(record.Time, CultureInfo.InvariantCulture);
                    if (record.Kind == "LaneStarted")
                    {
                        // The stopped lane's faults end with it; the new lane raises again what it finds.
                        if (raised is { } before)
                        {
                            intervals.Add((before, at));
                            raised = null;
                        }

                        continue;
                    }

                    if (record.Text("faulted") == "true")
                    {
                        raised ??= at;
                    }
                    else if (raised is { } start)
                    {
                        intervals.Add((start, at));
                        raised = null;
                    }
                    else if (first)
                    {
                        intervals.Add((from, at));
                    }

                    first = false;
                }

                if (raised is { } open)
                {
                    intervals.Add((open, end));
                }
            }

            // Merged: overlapping kinds count once.
            var total = TimeSpan.Zero;
            DateTimeOffset? reached = null;
            foreach (var (start, stop) in intervals.OrderBy(i => i.Start))
            {
                var begin = reached is { } r && r > start ? r : start;
                if (stop > begin)
                {
                    total += stop - begin;
                    reached = stop;
                }
            }

            downtime[device.Key] = total;
        }

        return downtime;
    }
}
