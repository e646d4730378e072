using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Screening.Rules.Catalogue;

namespace Screening.Station.Reports;

/// <summary>
/// The PDF summary: totals, tables and bar charts drawn directly with PDFsharp (no chart library:
/// bars and a timeline band are a few rectangles), then the lists (alert changes, faults, overrides,
/// refused frames) and the Security Information Report drafts, read back from the spill.
/// Every key figure is one text run ("Screenings: 1,234"), so it reads as such when extracted.
/// </summary>
internal static class PdfReport
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static void Write(Stream output, ReportSummary s, ReportSpill spill, ItemCatalogue catalogue)
    {
        ReportFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Security report {Day(s.Query.From)} to {Day(s.Query.To)}";
        document.Info.Subject = "Searches at the gate, from the search log";
        document.Info.Creator = "screening report";
        document.Options.CompressContentStreams = true;
        using (var page = new PageWriter(document, $"Security report, {Period(s)}{(s.Query.Lane is { } l ? $", lane {l}" : "")}"))
        {
            Front(page, s);
            Outcomes(page, s);
            Searches(page, s);
            Finds(page, s, catalogue);
            Detector(page, s);
            Alert(page, s, spill);
            Devices(page, s, spill);
            Overrides(page, s, spill);
            Frames(page, s, spill);
            Chain(page, s);
            Sirs(page, s, spill);
        }

        // PDFsharp asks the stream its position for the cross-reference table; a pipe or an HTTP body cannot say.
        using var counted = new PositionStream(output);
        document.Save(counted, closeStream: false);
    }

    private static void Front(PageWriter p, ReportSummary s)
    {
        p.Title("Security report: searches at the gate");
        p.Line($"Period: {s.Query.From:yyyy-MM-dd HH:mm} to {s.Query.To:yyyy-MM-dd HH:mm} UTC (to is exclusive)");
        p.Line($"Lane: {s.Query.Lane ?? "all lanes"}");
        p.Line($"Person references: {(s.Query.IncludeReferences ? "included (signed-in Auditor or SecurityManager)" : "withheld")}");
        p.Line($"Generated: {s.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC from the search log");
        p.Gap();
        p.Heading("Key figures");
        p.Line($"Screenings: {N(s.Screenings)}", bold: true);
        p.Line($"Searches required: {N(s.SearchesRequired.Values.Sum())}");
        p.Line($"Searches done: {N(s.SearchesDone.Values.Sum())}");
        p.Line($"Items found: {N(s.FindsByItem.Values.Sum())} in {N(s.ScreeningsWithFinds)} screenings", bold: true);
        p.Line($"Security Information Report drafts: {N(s.SirDrafts)}", bold: true);
        p.Line($"Overrides: {N(s.Overrides)}");
        p.Line($"Forced passages: {N(s.ForcedPassages.Values.Sum())}");
        p.Line($"Fire releases: {N(s.FireReleases.Values.Sum(f => f.Events))}");
        p.Line($"Device faults: {N(s.DeviceFaults.Values.Sum(f => f.Events))}");
        p.Line($"Refused x-ray frames: {N(s.RefusedFrames.Values.Sum())}");
        p.Line($"Cards refused: {N(s.CardsRefused)}");
        p.Line($"Random selections: {N(s.RandomSelected)}, searched as required: {N(s.RandomSearched)}");
        p.Line($"Corrections applied: {N(s.CorrectionsApplied)}");
        p.Line($"Chain: {s.Chain.Word} ({N(s.Chain.RecordsChecked)} records checked)", bold: true,
            color: s.Chain.Verified ? XColors.Black : XColors.DarkRed);
    }

    private static void Outcomes(PageWriter p, ReportSummary s)
    {
        p.Heading("Screenings by category and verdict");
        string[] verdicts = ["Clear", "Search", "Refuse", "None"];
        var rows = s.CategoryByVerdict.Select(c => (IReadOnlyList<string>)[c.Key, N(c.Value.Values.Sum()), .. verdicts.Select(v => N(c.Value.GetValueOrDefault(v)))]).ToList();
        rows.Add(["Total", N(s.Screenings), .. verdicts.Select(v => N(s.CategoryByVerdict.Values.Sum(c => c.GetValueOrDefault(v))))]);
        p.Table(["Category", "Screenings", "Clear", "Search", "Refuse", "Not decided"], [150, 70, 60, 60, 60, 70], rows);
        p.Bars("Screenings by category", s.CategoryByVerdict.Select(c => (c.Key, (double)c.Value.Values.Sum())).ToList());

        p.Heading("Screenings by category and how they ended");
        var statuses = s.CategoryByStatus.Values.SelectMany(c => c.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var statusRows = s.CategoryByStatus.Select(c => (IReadOnlyList<string>)[c.Key, .. statuses.Select(st => N(c.Value.GetValueOrDefault(st)))]).ToList();
        statusRows.Add(["Total", .. statuses.Select(st => N(s.CategoryByStatus.Values.Sum(c => c.GetValueOrDefault(st))))]);
        var width = statuses.Count == 0 ? 60 : Math.Min(80, 365.0 / statuses.Count);
        p.Table(["Category", .. statuses.Select(StatusHead)], [150, .. statuses.Select(_ => width)], statusRows);
        p.Line($"Freed screenings closed: {string.Join(", ", s.ClosedBy.Select(c => $"{c.Key} {N(c.Value)}"))}".TrimEnd(' ', ':'));
    }

    private static void Searches(PageWriter p, ReportSummary s)
    {
        p.Heading("Searches by type");
        var types = s.SearchesRequired.Keys.Union(s.SearchesDone.Keys).Order(StringComparer.Ordinal).ToList();
        p.Table(["Search", "Required", "Done"], [150, 70, 70],
            [.. types.Select(t => (IReadOnlyList<string>)[t, N(s.SearchesRequired.GetValueOrDefault(t)), N(s.SearchesDone.GetValueOrDefault(t))])]);
        p.Bars("Searches done by type", types.Select(t => (t, (double)s.SearchesDone.GetValueOrDefault(t))).ToList());

        p.Heading("Random-search compliance");
        p.Line($"Randomly selected: {N(s.RandomSelected)}");
        p.Line($"Searched as required: {N(s.RandomSearched)}{(s.RandomSelected > 0 ? $" ({(double)s.RandomSearched / s.RandomSelected:P1})" : "")}");
        p.Line($"Not searched as required: {N(s.RandomSelected - s.RandomSearched)}");
        p.Note("Searched as required: the officer recorded every search the verdict asked for. The rest left, were refused or walked away before it, or were admitted on another officer's authority (see Overrides).");
    }

    private static void Finds(PageWriter p, ReportSummary s, ItemCatalogue catalogue)
    {
        p.Heading("Finds by list");
        string[] lists = ["A", "B", "C", "Local", "?"];
        p.Table(["List", "Items found"], [150, 80],
            [.. lists.Where(l => l != "?" || s.FindsByList.ContainsKey(l)).Select(l => (IReadOnlyList<string>)[l == "?" ? "not in catalogue" : (l == "Local" ? "Local list" : $"List {l}"), N(s.FindsByList.GetValueOrDefault(l))])]);
        p.Heading("Finds by item");
        if (s.FindsByItem.Count == 0)
        {
            p.Line("No items found in the period.");
            return;
        }

        p.Table(["Item", "Name", "List", "Found"], [130, 190, 50, 60],
            [.. s.FindsByItem.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f =>
            {
                var known = catalogue.TryFind(f.Key, out var item);
                return (IReadOnlyList<string>)[f.Key, known ? item!.Name : "(not in the catalogue)", known ? item!.ListLabel : "?", N(f.Value)];
            })], numericFrom: 3);
        p.Bars("Items found", s.FindsByItem.OrderByDescending(f => f.Value).Take(15).Select(f => (f.Key, (double)f.Value)).ToList());
    }

    private static void Detector(PageWriter p, ReportSummary s)
    {
        p.Heading("Metal-detector alarm ratio by lane");
        p.Table(["Lane", "Walks", "Alarms", "Alarm ratio"], [150, 70, 70, 80],
            [.. s.DetectorByLane.Select(l => (IReadOnlyList<string>)[l.Key, N(l.Value.Walks), N(l.Value.Alarms), Pct(l.Value.AlarmRatio)])]);
        p.Heading("Alarms by lane and zone");
        p.Table(["Lane", "Zone", "Alarms", "Share of walks"], [150, 90, 70, 90],
            [.. s.DetectorByLane.SelectMany(l => l.Value.AlarmsByZone.Select(z =>
                (IReadOnlyList<string>)[l.Key, z.Key, N(z.Value), Pct(l.Value.Walks == 0 ? 0 : (double)z.Value / l.Value.Walks)]))], numericFrom: 2);
        p.Note("An alarm may name several zones. A ratio that moves from month to month is a detector to have checked.");
    }

    private static void Alert(PageWriter p, ReportSummary s, ReportSpill spill)
    {
        p.Heading("State of alert");
        p.Line($"In force when the period began: {s.InitialAlertState ?? "not recorded before the period"}");
        p.Line($"Changes in the period: {N(s.AlertChanges)}");
        var changes = spill.Read(ReportScan.AlertSection).Select(c => (At: Parse(c[0]!), State: c[2]!)).ToList();
        p.Timeline(s.Query.From, s.EffectiveEnd, s.InitialAlertState ?? "unknown", changes);
        p.Table(["State", "Hours"], [150, 80],
            [.. s.TimeInAlertState.Select(t => (IReadOnlyList<string>)[t.Key, t.Value.TotalHours.ToString("N1", En)])]);
        if (changes.Count > 0)
        {
            p.Table(["Time (UTC)", "Lane", "State", "Set by", "Reason"], [112, 55, 85, 70, 210],
                [.. spill.Read(ReportScan.AlertSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", c[2] ?? "", c[3] ?? "", c[4] ?? ""])], numericFrom: 9);
        }
    }

    private static void Devices(PageWriter p, ReportSummary s, ReportSpill spill)
    {
        p.Heading("Device downtime and faults");
        if (s.DeviceFaults.Count == 0)
        {
            p.Line("No device faults recorded.");
        }
        else
        {
            p.Table(["Lane and device", "Faults", "Downtime (min)", "Open at end"], [170, 60, 100, 80],
                [.. s.DeviceFaults.Select(f => (IReadOnlyList<string>)[f.Key, N(f.Value.Events), f.Value.Downtime.TotalMinutes.ToString("N1", En), f.Value.OpenAtEnd ? "yes" : "no"])]);
        }

        p.Heading("Fire releases");
        if (s.FireReleases.Count == 0)
        {
            p.Line("No fire releases recorded.");
        }
        else
        {
            p.Table(["Lane", "Releases", "Released (min)", "Open at end"], [170, 60, 100, 80],
                [.. s.FireReleases.Select(f => (IReadOnlyList<string>)[f.Key, N(f.Value.Events), f.Value.Downtime.TotalMinutes.ToString("N1", En), f.Value.OpenAtEnd ? "yes" : "no"])]);
        }

        p.Heading("Forced passages");
        p.Table(["Lane", "Forced passages"], [170, 110], [.. s.ForcedPassages.Select(f => (IReadOnlyList<string>)[f.Key, N(f.Value)])]);
        if (spill.Count(ReportScan.FaultSection) + spill.Count(ReportScan.FireSection) + spill.Count(ReportScan.ForcedSection) > 0)
        {
            p.Heading("Device events");
            var events = spill.Read(ReportScan.FaultSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", c[2] ?? "", c[3] ?? "", c[4] ?? ""])
                .Concat(spill.Read(ReportScan.FireSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", "Fire release", c[2] ?? "", c[3] is null ? "" : $"by {c[3]}"]))
                .Concat(spill.Read(ReportScan.ForcedSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", "Turnstile", $"forced {c[2]}", c[3] is null ? "" : $"lane {c[3]}"]));
            p.Table(["Time (UTC)", "Lane", "Device", "Event", "Detail"], [112, 55, 90, 110, 165], events, numericFrom: 9);
        }
    }

    private static void Overrides(PageWriter p, ReportSummary s, ReportSpill spill)
    {
        p.Heading($"Overrides: {N(s.Overrides)}");
        p.Note("Admissions against the verdict, with a List A find, or without a required search, each on another officer's authority.");
        if (s.Overrides > 0)
        {
            p.Table(["Time (UTC)", "Lane", "Screening", "Officer", "Authorised by", "Verdict"], [112, 50, 150, 70, 85, 55],
                spill.Read(ReportScan.OverridesSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", c[2] ?? "", c[3] ?? "", c[4] ?? "", c[5] ?? ""]), numericFrom: 9);
        }
    }

    private static void Frames(PageWriter p, ReportSummary s, ReportSpill spill)
    {
        p.Heading($"Refused x-ray frames: {N(s.RefusedFrames.Values.Sum())}");
        p.Note("A frame that could not be read, or was shed under load, forces a bag hand search.");
        if (s.RefusedFrames.Count > 0)
        {
            p.Table(["Time (UTC)", "Lane", "Screening", "Reason"], [112, 55, 150, 205],
                spill.Read(ReportScan.RefusedFrameSection).Select(c => (IReadOnlyList<string>)[Time(c[0]), c[1] ?? "", c[2] ?? "(before identification)", c[3] ?? ""]), numericFrom: 9);
        }
    }

    private static void Chain(PageWriter p, ReportSummary s)
    {
        p.Heading("Chain verification for the period");
        var c = s.Chain;
        p.Line($"Chain: {c.Word}", bold: true, color: c.Verified ? XColors.Black : XColors.DarkRed);
        p.Line($"Records checked: {N(c.RecordsChecked)} (every lane's records from the period's first to its last)");
        if (c.FirstSequence is { } first)
        {
            p.Line($"Records {N(first)} to {N(c.LastSequence ?? first)}; linked to record {N(first - 1)} before the period");
            p.Line($"Last hash: {c.LastHash}", small: true);
        }

        if (c.FirstBroken is { } broken)
        {
            p.Line($"Broken records: {N(c.BrokenRecords)}; first: {broken}", color: XColors.DarkRed);
        }

        p.Note("Each record's hash is recomputed and its link to the record before it checked. Images are checked by `screening log verify`. Compare the last hash with a copy kept elsewhere to show that nothing after it was cut.");
    }

    private static void Sirs(PageWriter p, ReportSummary s, ReportSpill spill)
    {
        p.NewPage();
        p.Heading($"Security Information Report drafts: {N(s.SirDrafts)}");
        p.Note("One draft for every find, every forced passage and every screening where the officer asked for one. Drafts: to be completed and graded by the security department.");
        foreach (var line in spill.Read("sir"))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line[0]!);
            var r = doc.RootElement;
            string? T(System.Text.Json.JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            var where = r.GetProperty("where");
            var person = r.GetProperty("person");
            var items = string.Join(", ", r.GetProperty("items").EnumerateArray().Select(i => $"{T(i, "name")} (List {T(i, "list")})"));
            p.Block(
                $"{T(r, "id")}  {T(r, "kind")}",
                [
                    $"What: {T(r, "what")}",
                    $"When: {Time(T(r, "when"))} UTC   Where: {T(where, "lane")}{(T(where, "establishment") is { } e ? $", {e}" : "")}",
                    $"Reported by: {T(r, "reportedBy") ?? "the lane (turnstile sensor)"}   Person: {T(person, "category") ?? "not identified"} {T(person, "reference") ?? ""}".TrimEnd(),
                    $"Items: {(items.Length == 0 ? "none" : items)}",
                    $"Action: {T(r, "action")}",
                    $"Record {r.GetProperty("record").GetProperty("sequence").GetInt64()} {T(r.GetProperty("record"), "hash")}{(T(r, "screening") is { } sc ? $"  screening {sc}" : "")}",
                ]);
        }
    }

    private static string N(long value) => value.ToString("N0", En);

    private static string Pct(double ratio) => ratio.ToString("P1", En);

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", En);

    private static string Period(ReportSummary s) => $"{s.Query.From:yyyy-MM-dd HH:mm} to {s.Query.To:yyyy-MM-dd HH:mm} UTC";

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, En, DateTimeStyles.AdjustToUniversal);

    private static string Time(string? stored) => stored is null ? "" : Parse(stored).ToString("yyyy-MM-dd HH:mm:ss", En);

    /// <summary>A status as a short column head.</summary>
    private static string StatusHead(string status) => status switch
    {
        "AdmittedByOverride" => "Override",
        "WalkedAway" => "Walked off",
        "Interrupted" => "Interrupt.",
        _ => status,
    };

    /// <summary>A cursor down A4 pages: adds a page when the next thing does not fit.</summary>
    private sealed class PageWriter : IDisposable
    {
        private const double Left = 40, Right = 555, Top = 50, Bottom = 800, Width = Right - Left;
        private readonly PdfDocument _document;
        private readonly string _footer;
        private readonly XFont _body = new(ReportFonts.Family, 9.5);
        private readonly XFont _bold = new(ReportFonts.Family, 9.5, XFontStyleEx.Bold);
        private readonly XFont _small = new(ReportFonts.Family, 7.5);
        private readonly XFont _heading = new(ReportFonts.Family, 12, XFontStyleEx.Bold);
        private readonly XFont _title = new(ReportFonts.Family, 16, XFontStyleEx.Bold);
        private XGraphics? _g;
        private double _y;
        private int _pages;
        private int _numericFrom = 1; // the current table's first column of figures (their heads are right-aligned)

        public PageWriter(PdfDocument document, string footer)
        {
            _document = document;
            _footer = footer;
            NewPage();
        }

        private XGraphics G => _g!;

        public void NewPage()
        {
            _g?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _g = XGraphics.FromPdfPage(page);
            _pages++;
            _g.DrawString($"{_footer} - page {_pages}", _small, XBrushes.Gray, Left, 825);
            _y = Top;
        }

        private void Need(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        public void Title(string text)
        {
            Need(30);
            G.DrawString(text, _title, XBrushes.Black, Left, _y + 16);
            _y += 30;
        }

        public void Heading(string text)
        {
            Need(70); // a heading keeps its first lines with it
            _y += 8;
            G.DrawString(text, _heading, XBrushes.Black, Left, _y + 12);
            _y += 20;
        }

        public void Gap() => _y += 8;

        public void Line(string text, bool bold = false, bool small = false, XColor? color = null)
        {
            var font = small ? _small : bold ? _bold : _body;
            Need(14);
            G.DrawString(Fit(text, font, Width), font, new XSolidBrush(color ?? XColors.Black), Left, _y + 10);
            _y += small ? 11 : 14;
        }

        /// <summary>Small grey text wrapped to the page width.</summary>
        public void Note(string text)
        {
            var words = text.Split(' ');
            var line = "";
            foreach (var word in words)
            {
                var next = line.Length == 0 ? word : $"{line} {word}";
                if (G.MeasureString(next, _small).Width > Width && line.Length > 0)
                {
                    NoteLine(line);
                    line = word;
                }
                else
                {
                    line = next;
                }
            }

            if (line.Length > 0)
            {
                NoteLine(line);
            }

            _y += 4;
        }

        private void NoteLine(string text)
        {
            Need(11);
            G.DrawString(text, _small, XBrushes.DimGray, Left, _y + 8);
            _y += 10;
        }

        /// <summary>A table; numbers (cells after the first that start with a digit) are right-aligned. Rows may be a stream.</summary>
        public void Table(IReadOnlyList<string> head, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows, int numericFrom = 1)
        {
            _numericFrom = numericFrom;
            Need(30);
            Row(head, widths, _bold, header: true);
            G.DrawLine(XPens.Gray, Left, _y - 2, Left + widths.Sum(), _y - 2);
            var any = false;
            foreach (var row in rows)
            {
                any = true;
                if (_y + 13 > Bottom)
                {
                    NewPage();
                    Row(head, widths, _bold, header: true);
                    G.DrawLine(XPens.Gray, Left, _y - 2, Left + widths.Sum(), _y - 2);
                }

                Row(row, widths, row.Count > 0 && row[0] == "Total" ? _bold : _body);
            }

            if (!any)
            {
                Row(["(none)"], widths, _body);
            }

            _y += 6;
        }

        private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool header = false)
        {
            var x = Left;
            for (var i = 0; i < cells.Count && i < widths.Count; i++)
            {
                var text = Fit(cells[i], font, widths[i] - 6);
                var numeric = header ? i >= _numericFrom : i > 0 && text.Length > 0 && (char.IsAsciiDigit(text[0]) || (text[0] == '-' && text.Length > 1));
                if (numeric)
                {
                    G.DrawString(text, font, XBrushes.Black, new XRect(x, _y, widths[i] - 6, 12), XStringFormats.TopRight);
                }
                else
                {
                    G.DrawString(text, font, XBrushes.Black, new XRect(x, _y, widths[i] - 6, 12), XStringFormats.TopLeft);
                }

                x += widths[i];
            }

            _y += 13;
        }

        /// <summary>A horizontal bar chart: label, bar, value.</summary>
        public void Bars(string title, IReadOnlyList<(string Label, double Value)> bars)
        {
            if (bars.Count == 0)
            {
                return;
            }

            Need(16 + 14 * Math.Min(bars.Count, 4));
            G.DrawString(title, _small, XBrushes.DimGray, Left, _y + 8);
            _y += 12;
            var max = Math.Max(1, bars.Max(b => b.Value));
            foreach (var (label, value) in bars)
            {
                Need(14);
                G.DrawString(Fit(label, _small, 140), _small, XBrushes.Black, Left, _y + 9);
                var length = 300 * value / max;
                G.DrawRectangle(new XSolidBrush(XColor.FromArgb(70, 110, 160)), Left + 150, _y + 1, Math.Max(length, value > 0 ? 1 : 0), 10);
                G.DrawString(value.ToString("N0", En), _small, XBrushes.Black, Left + 150 + length + 4, _y + 9);
                _y += 13;
            }

            _y += 6;
        }

        /// <summary>The state-of-alert timeline: one band across the period, coloured by the state in force.</summary>
        public void Timeline(DateTimeOffset from, DateTimeOffset to, string initial, IReadOnlyList<(DateTimeOffset At, string State)> changes)
        {
            if (to <= from)
            {
                return;
            }

            Need(50);
            var span = (to - from).TotalSeconds;
            double X(DateTimeOffset at) => Left + (Width * Math.Clamp((at - from).TotalSeconds / span, 0, 1));
            var state = initial;
            var start = from;
            var seen = new List<string>();
            foreach (var (at, next) in changes.Append((to, "")))
            {
                if (at > start)
                {
                    G.DrawRectangle(new XSolidBrush(Colour(state)), X(start), _y, Math.Max(0.5, X(at) - X(start)), 14);
                }

                if (!seen.Contains(state))
                {
                    seen.Add(state);
                }

                state = next;
                start = at < from ? from : at;
            }

            _y += 17;
            G.DrawString(from.ToString("yyyy-MM-dd HH:mm", En), _small, XBrushes.Black, Left, _y + 7);
            G.DrawString(to.ToString("yyyy-MM-dd HH:mm", En), _small, XBrushes.Black, new XRect(Left, _y, Width, 10), XStringFormats.TopRight);
            _y += 12;
            var x = Left;
            foreach (var name in seen)
            {
                G.DrawRectangle(new XSolidBrush(Colour(name)), x, _y + 1, 8, 8);
                G.DrawString(name, _small, XBrushes.Black, x + 11, _y + 8);
                x += 20 + G.MeasureString(name, _small).Width;
            }

            _y += 16;
        }

        /// <summary>A titled block of lines kept together on one page.</summary>
        public void Block(string title, IReadOnlyList<string> lines)
        {
            Need(16 + (12 * lines.Count));
            G.DrawLine(XPens.LightGray, Left, _y + 2, Right, _y + 2);
            G.DrawString(title, _bold, XBrushes.Black, Left, _y + 14);
            _y += 18;
            foreach (var line in lines)
            {
                G.DrawString(Fit(line, _body, Width), _body, XBrushes.Black, Left + 8, _y + 9);
                _y += 12;
            }

            _y += 4;
        }

        private static XColor Colour(string state) => state switch
        {
            _ when state.StartsWith("Red", StringComparison.Ordinal) => XColor.FromArgb(200, 40, 40),
            _ when state.StartsWith("Amber", StringComparison.Ordinal) => XColor.FromArgb(240, 160, 30),
            _ when state.StartsWith("BlackSpecial", StringComparison.Ordinal) => XColor.FromArgb(90, 90, 90),
            _ when state.StartsWith("Black", StringComparison.Ordinal) => XColor.FromArgb(20, 20, 20),
            _ when state.StartsWith("White", StringComparison.Ordinal) => XColor.FromArgb(235, 235, 235),
            _ => XColor.FromArgb(190, 200, 215),
        };

        /// <summary>The text, cut with an ellipsis to fit the width.</summary>
        private string Fit(string text, XFont font, double width)
        {
            if (text.Length < 12 || G.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var low = 0;
            var high = text.Length;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (G.MeasureString(string.Concat(text.AsSpan(0, mid), "…"), font).Width <= width)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return string.Concat(text.AsSpan(0, low), "…");
        }

        public void Dispose() => _g?.Dispose();
    }

    /// <summary>A write-only stream that knows how many bytes went through it (all PDFsharp needs of Position).</summary>
    private sealed class PositionStream(Stream inner) : Stream
    {
        private long _position;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _position;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            _position += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _position += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
