using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Screening.Rules.Catalogue;

namespace Screening.Station.Reports;

/// <summary>The export formats.</summary>
public enum ReportFormat
{
    /// <summary>One row per screening (RFC 4180, UTF-8, header line; lists joined with ';').</summary>
    Csv,

    /// <summary>One object: the query, one row per screening, the SIR drafts and the summary.</summary>
    Json,

    /// <summary>The summary for governors, the local security meeting and the police, with the SIR drafts.</summary>
    Pdf,

    /// <summary>The Security Information Report drafts alone, as a JSON array.</summary>
    Sir,
}

/// <summary>
/// Security report export from the search log. Every method streams: one pass over the period's
/// records (see <see cref="ReportScan"/>), rows written as they are read, figures counted on the way;
/// nothing of the period is held but counters and the PDF's spilled lists. The output may be any
/// writable stream (a file, an HTTP response): the log is read and the document produced on a worker
/// thread and copied to <c>output</c> asynchronously.
/// </summary>
/// <param name="dataDirectory">The folder of the search log (searchlog.db).</param>
/// <param name="catalogue">The item catalogue that names finds and their lists (the lane's rule set).</param>
/// <param name="time">The clock that stamps "generated at" and ends open intervals (faults still open).</param>
public sealed class ReportWriter(string dataDirectory, ItemCatalogue catalogue, TimeProvider? time = null)
{
    /// <summary>The CSV header, in column order (the JSON rows use the same names).</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "sequence", "time", "lane", "screening", "status", "category", "reference", "card", "identifiedBy", "establishment",
        "alertState", "shutDown", "metalDetector", "alarmZones", "detections", "verdict", "randomlySelected",
        "searchesRequired", "searchesDone", "itemsFound", "disposal", "alarmResolution", "officer", "authorisedBy",
        "sirRequested", "corrections", "recordHash",
    ];

    internal static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = false,
        // Names and notes as written (O'Brien, é); a consumer rendering HTML encodes there.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Task<ReportSummary> WriteAsync(ReportFormat format, Stream output, ReportQuery query, CancellationToken cancellationToken = default) => format switch
    {
        ReportFormat.Csv => WriteCsvAsync(output, query, cancellationToken),
        ReportFormat.Json => WriteJsonAsync(output, query, cancellationToken),
        ReportFormat.Pdf => WritePdfAsync(output, query, cancellationToken),
        ReportFormat.Sir => WriteSirJsonAsync(output, query, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
    };

    public Task<ReportSummary> WriteCsvAsync(Stream output, ReportQuery query, CancellationToken cancellationToken = default) =>
        ProduceAsync(output, (stream, cancel) =>
        {
            // RFC 4180 (CRLF, quotes doubled), UTF-8 without a byte order mark. Values are written as the
            // log holds them (no spreadsheet-formula escaping), so the file parses back to the records.
            using var csv = CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false }, leaveOpen: true);
            foreach (var column in CsvColumns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            var builder = new StringBuilder();
            var summary = Scan(query, new ReportOutputs(Row: row => WriteCsvRow(csv, row, builder)), cancel);
            csv.Flush();
            return summary;
        }, cancellationToken);

    public Task<ReportSummary> WriteJsonAsync(Stream output, ReportQuery query, CancellationToken cancellationToken = default) =>
        ProduceAsync(output, (stream, cancel) =>
        {
            using var spill = new ReportSpill();
            using var w = new Utf8JsonWriter(stream, JsonOptions);
            w.WriteStartObject();
            WriteQuery(w, query);
            w.WriteStartArray("screenings");
            var summary = Scan(query, new ReportOutputs(
                Row: row =>
                {
                    WriteJsonRow(w, row);
                    FlushIfFull(w);
                },
                Sir: draft => spill.Add("sir", SirJson(draft))), cancel);
            w.WriteEndArray();
            w.WriteStartArray("securityInformationReports");
            foreach (var line in spill.Read("sir"))
            {
                w.WriteRawValue(line[0]!, skipInputValidation: true);
                FlushIfFull(w);
            }

            w.WriteEndArray();
            w.WritePropertyName("summary");
            WriteSummary(w, summary);
            w.WriteEndObject();
            w.Flush();
            return summary;
        }, cancellationToken);

    public Task<ReportSummary> WriteSirJsonAsync(Stream output, ReportQuery query, CancellationToken cancellationToken = default) =>
        ProduceAsync(output, (stream, cancel) =>
        {
            using var w = new Utf8JsonWriter(stream, JsonOptions);
            w.WriteStartArray();
            var summary = Scan(query, new ReportOutputs(Sir: draft =>
            {
                draft.WriteJson(w);
                FlushIfFull(w);
            }), cancel);
            w.WriteEndArray();
            w.Flush();
            return summary;
        }, cancellationToken);

    public Task<ReportSummary> WritePdfAsync(Stream output, ReportQuery query, CancellationToken cancellationToken = default) =>
        ProduceAsync(output, (stream, cancel) =>
        {
            using var spill = new ReportSpill();
            var summary = Scan(query, new ReportOutputs(Sir: draft => spill.Add("sir", SirJson(draft)), Spill: spill), cancel);
            PdfReport.Write(stream, summary, spill, catalogue);
            return summary;
        }, cancellationToken);

    /// <summary>The figures alone (one pass, no document): for the console's page and the command's --json.</summary>
    public Task<ReportSummary> SummariseAsync(ReportQuery query, CancellationToken cancellationToken = default) =>
        Task.Run(() => Scan(query, new ReportOutputs(), cancellationToken), cancellationToken);

    private ReportSummary Scan(ReportQuery query, ReportOutputs outputs, CancellationToken cancellationToken) =>
        ReportScan.Run(dataDirectory, query, catalogue, _time.GetUtcNow(), outputs, cancellationToken);

    /// <summary>
    /// Runs <paramref name="produce"/> on a worker thread writing into a pipe, and copies the pipe to
    /// <paramref name="output"/> asynchronously: SQLite and the document libraries write synchronously,
    /// an HTTP response must not be written that way, and the copy overlaps the scan.
    /// </summary>
    private static async Task<ReportSummary> ProduceAsync(Stream output, Func<Stream, CancellationToken, ReportSummary> produce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() =>
        {
            var stream = new ProducerStream(pipe.Writer.AsStream(leaveOpen: true));
            try
            {
                var summary = produce(stream, stop.Token);
                stream.Finish();
                pipe.Writer.Complete();
                return summary;
            }
            catch (Exception ex)
            {
                pipe.Writer.Complete(ex);
                throw;
            }
        }, CancellationToken.None);

        try
        {
            await pipe.Reader.CopyToAsync(output, stop.Token).ConfigureAwait(false);
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            await output.FlushAsync(stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!producing.IsFaulted)
        {
            // The output failed (disk full, client gone): stop reading the log, then say why.
            await stop.CancelAsync().ConfigureAwait(false);
            await pipe.Reader.CompleteAsync(ex).ConfigureAwait(false);
            try
            {
                await producing.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The producer stops because of this failure; the output's error is the one to report.
            }

            throw;
        }
        catch
        {
            // The producer failed and completed the pipe with its error: report the producer's own exception.
        }

        return await producing.ConfigureAwait(false);
    }

    /// <summary>
    /// The producer's end of the pipe. Writes are buffered in 64 KB (every write to a pipe's stream is also
    /// a flush, which would wake the copy for each of CsvHelper's small buffers) and pass on when the buffer
    /// fills or the producer has finished. The producer's own flushes are held back: the CSV and JSON
    /// writers flush as they are disposed, so a report refused before its first row (an unknown lane)
    /// would otherwise send its header, and the console would have a started, then broken, download
    /// where it should show the refusal.
    /// </summary>
    private sealed class ProducerStream(Stream pipe) : Stream
    {
        private readonly BufferedStream _buffer = new(pipe, 1 << 16);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Passes on everything written: the producer has finished.</summary>
        public void Finish() => _buffer.Flush();

        public override void Flush()
        {
            // Held back until Finish (see the summary); a full buffer still passes on by itself.
        }

        public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

        public override void WriteByte(byte value) => _buffer.WriteByte(value);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16)
        {
            w.Flush();
        }
    }

    private static void WriteCsvRow(CsvWriter csv, ScreeningRow row, StringBuilder builder)
    {
        csv.WriteField(row.Sequence.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(row.Time);
        csv.WriteField(row.Lane);
        csv.WriteField(row.Screening);
        csv.WriteField(row.Status);
        csv.WriteField(row.Category);
        csv.WriteField(row.Reference ?? "");
        csv.WriteField(row.Card ?? "");
        csv.WriteField(row.IdentifiedBy ?? "");
        csv.WriteField(row.Establishment ?? "");
        csv.WriteField(row.AlertState ?? "");
        csv.WriteField(row.ShutDown ? "true" : "false");
        csv.WriteField(Detector(row.MetalAlarm) ?? "");
        csv.WriteField(Join(builder, row.AlarmZones));
        builder.Clear();
        foreach (var detection in row.Detections)
        {
            builder.Append(builder.Length == 0 ? "" : ";").Append(detection.Item).Append(':').Append(ReportScan.Invariant(detection.Confidence));
        }

        csv.WriteField(builder.ToString());
        csv.WriteField(row.Verdict ?? "");
        csv.WriteField(row.RandomlySelected ? "true" : "false");
        csv.WriteField(Join(builder, row.SearchesRequired));
        csv.WriteField(Join(builder, row.SearchesDone));
        builder.Clear();
        foreach (var find in row.ItemsFound)
        {
            builder.Append(builder.Length == 0 ? "" : ";").Append(find.Item).Append(':').Append(find.List);
        }

        csv.WriteField(builder.ToString());
        csv.WriteField(row.Disposal ?? "");
        csv.WriteField(row.AlarmResolution ?? "");
        csv.WriteField(row.Officer ?? "");
        csv.WriteField(row.AuthorisedBy ?? "");
        csv.WriteField(row.SirRequested ? "true" : "false");
        builder.Clear();
        foreach (var correction in row.Corrections)
        {
            builder.Append(builder.Length == 0 ? "" : ";").Append(correction.ToString(CultureInfo.InvariantCulture));
        }

        csv.WriteField(builder.ToString());
        csv.WriteField(row.RecordHash);
        csv.EndRecord();
    }

    private static string Join(StringBuilder builder, IReadOnlyList<string> names)
    {
        switch (names.Count)
        {
            case 0:
                return "";
            case 1:
                return names[0];
            default:
                builder.Clear();
                foreach (var name in names)
                {
                    builder.Append(builder.Length == 0 ? "" : ";").Append(name);
                }

                return builder.ToString();
        }
    }

    private static string? Detector(bool? alarm) => alarm switch { true => "alarm", false => "clear", null => null };

    internal static void WriteJsonRow(Utf8JsonWriter w, ScreeningRow row)
    {
        w.WriteStartObject();
        w.WriteNumber("sequence", row.Sequence);
        w.WriteString("time", row.Time);
        w.WriteString("lane", row.Lane);
        w.WriteString("screening", row.Screening);
        w.WriteString("status", row.Status);
        w.WriteString("category", row.Category);
        SirDraft.WriteOrNull(w, "reference", row.Reference);
        SirDraft.WriteOrNull(w, "card", row.Card);
        SirDraft.WriteOrNull(w, "identifiedBy", row.IdentifiedBy);
        SirDraft.WriteOrNull(w, "establishment", row.Establishment);
        SirDraft.WriteOrNull(w, "alertState", row.AlertState);
        w.WriteBoolean("shutDown", row.ShutDown);
        SirDraft.WriteOrNull(w, "metalDetector", Detector(row.MetalAlarm));
        Names(w, "alarmZones", row.AlarmZones);
        w.WriteStartArray("detections");
        foreach (var detection in row.Detections)
        {
            w.WriteStartObject();
            w.WriteString("item", detection.Item);
            w.WriteNumber("confidence", detection.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SirDraft.WriteOrNull(w, "verdict", row.Verdict);
        w.WriteBoolean("randomlySelected", row.RandomlySelected);
        Names(w, "searchesRequired", row.SearchesRequired);
        Names(w, "searchesDone", row.SearchesDone);
        w.WriteStartArray("itemsFound");
        foreach (var find in row.ItemsFound)
        {
            w.WriteStartObject();
            w.WriteString("item", find.Item);
            w.WriteString("list", find.List);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SirDraft.WriteOrNull(w, "disposal", row.Disposal);
        SirDraft.WriteOrNull(w, "alarmResolution", row.AlarmResolution);
        SirDraft.WriteOrNull(w, "officer", row.Officer);
        SirDraft.WriteOrNull(w, "authorisedBy", row.AuthorisedBy);
        w.WriteBoolean("sirRequested", row.SirRequested);
        w.WriteStartArray("corrections");
        foreach (var correction in row.Corrections)
        {
            w.WriteNumberValue(correction);
        }

        w.WriteEndArray();
        w.WriteString("recordHash", row.RecordHash);
        w.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter w, string name, IReadOnlyList<string> names)
    {
        w.WriteStartArray(name);
        foreach (var value in names)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    internal static string SirJson(SirDraft draft)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            draft.WriteJson(w);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteQuery(Utf8JsonWriter w, ReportQuery query)
    {
        w.WriteStartObject("report");
        w.WriteString("from", query.From);
        w.WriteString("to", query.To);
        SirDraft.WriteOrNull(w, "lane", query.Lane);
        w.WriteString("references", query.IncludeReferences ? "included" : ReportQuery.Withheld);
        w.WriteEndObject();
    }

    /// <summary>The figures as one JSON object (the json format's "summary", the command's --json).</summary>
    public static void WriteSummary(Utf8JsonWriter w, ReportSummary s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteStartObject();
        w.WriteString("from", s.Query.From);
        w.WriteString("to", s.Query.To);
        SirDraft.WriteOrNull(w, "lane", s.Query.Lane);
        w.WriteString("generatedAt", s.GeneratedAt);
        w.WriteNumber("records", s.Records);
        w.WriteNumber("screenings", s.Screenings);
        Table(w, "byCategoryAndVerdict", s.CategoryByVerdict);
        Table(w, "byCategoryAndStatus", s.CategoryByStatus);
        Counts(w, "closedBy", s.ClosedBy);
        Counts(w, "searchesRequired", s.SearchesRequired);
        Counts(w, "searchesDone", s.SearchesDone);
        w.WriteNumber("screeningsWithFinds", s.ScreeningsWithFinds);
        Counts(w, "findsByList", s.FindsByList);
        Counts(w, "findsByItem", s.FindsByItem);
        w.WriteStartObject("metalDetector");
        foreach (var (lane, counts) in s.DetectorByLane)
        {
            w.WriteStartObject(lane);
            w.WriteNumber("walks", counts.Walks);
            w.WriteNumber("alarms", counts.Alarms);
            w.WriteNumber("alarmRatio", Math.Round(counts.AlarmRatio, 4));
            Counts(w, "alarmsByZone", counts.AlarmsByZone);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("randomSearch");
        w.WriteNumber("selected", s.RandomSelected);
        w.WriteNumber("searchedAsRequired", s.RandomSearched);
        w.WriteNumber("notSearchedAsRequired", s.RandomSelected - s.RandomSearched);
        w.WriteEndObject();
        w.WriteStartObject("alertState");
        SirDraft.WriteOrNull(w, "atStart", s.InitialAlertState);
        w.WriteNumber("changes", s.AlertChanges);
        w.WriteStartObject("hoursInState");
        foreach (var (state, span) in s.TimeInAlertState)
        {
            w.WriteNumber(state, Math.Round(span.TotalHours, 3));
        }

        w.WriteEndObject();
        w.WriteEndObject();
        Downtime(w, "deviceFaults", s.DeviceFaults);
        Downtime(w, "fireReleases", s.FireReleases);
        Counts(w, "forcedPassages", s.ForcedPassages);
        Counts(w, "refusedFrames", s.RefusedFrames);
        w.WriteNumber("overrides", s.Overrides);
        w.WriteNumber("cardsRefused", s.CardsRefused);
        w.WriteNumber("laneStarts", s.LaneStarts);
        w.WriteNumber("correctionRecords", s.CorrectionRecords);
        w.WriteNumber("correctionsApplied", s.CorrectionsApplied);
        w.WriteNumber("securityInformationReportDrafts", s.SirDrafts);
        w.WriteStartObject("chain");
        w.WriteBoolean("checked", s.Chain.Checked);
        w.WriteBoolean("verified", s.Chain.Verified);
        w.WriteNumber("recordsChecked", s.Chain.RecordsChecked);
        WriteOrNull(w, "firstSequence", s.Chain.FirstSequence);
        WriteOrNull(w, "lastSequence", s.Chain.LastSequence);
        SirDraft.WriteOrNull(w, "lastHash", s.Chain.LastHash);
        w.WriteNumber("brokenRecords", s.Chain.BrokenRecords);
        SirDraft.WriteOrNull(w, "firstBroken", s.Chain.FirstBroken);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in counts)
        {
            w.WriteNumber(key, value);
        }

        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, SortedDictionary<string, long>> table)
    {
        w.WriteStartObject(name);
        foreach (var (row, columns) in table)
        {
            Counts(w, row, columns);
        }

        w.WriteEndObject();
    }

    private static void Downtime(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, DowntimeCounts> table)
    {
        w.WriteStartObject(name);
        foreach (var (key, counts) in table)
        {
            w.WriteStartObject(key);
            w.WriteNumber("events", counts.Events);
            w.WriteNumber("minutes", Math.Round(counts.Downtime.TotalMinutes, 2));
            w.WriteBoolean("openAtEnd", counts.OpenAtEnd);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
