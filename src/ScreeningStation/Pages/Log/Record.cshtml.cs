using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Screening.Station.Accounts;
using Screening.Station.Lane;
using Screening.Station.SearchLog;

namespace Screening.Station.Pages.Log;

/// <summary>One search log record: its inputs, fired rules, images, corrections, and the chain check.</summary>
public sealed class LogRecordModel(SearchLogStore log, TimeProvider time) : PageModel
{
    /// <summary>A whole-chain check reads every record: one a minute is enough, whoever asks and however often.</summary>
    private static readonly TimeSpan VerifyReuse = TimeSpan.FromMinutes(1);
    private static readonly SemaphoreSlim VerifyGate = new(1, 1);
    private static (DateTimeOffset At, SearchLogVerification Result)? _lastVerify;

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // rendered by Razor, which encodes it
    };

    public StoredRecord Record { get; private set; } = null!;

    public JsonObject Body { get; private set; } = [];

    public string BodyText { get; private set; } = "";

    public bool HashIntact { get; private set; }

    public bool? LinkIntact { get; private set; }

    public IReadOnlyList<StoredRecord> Corrections { get; private set; } = [];

    public IReadOnlyList<FrameView> Frames { get; private set; } = [];

    public SearchLogVerification? Chain { get; private set; }

    public DateTimeOffset? ChainCheckedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(long sequence, bool verify)
    {
        ViewData["Page"] = "log";
        ViewData["Title"] = $"Record {sequence}";
        if (sequence < 1 || log.Read(sequence) is not { } record)
        {
            return NotFound($"There is no search log record {sequence}.");
        }

        Record = record;
        Body = record.ParseBody();
        HashIntact = RecordHash.Compute(record.Sequence, StoredRecord.FormatTime(record.Time), record.Lane, record.Kind, record.Corrects, record.Body, record.PreviousHash) == record.Hash;
        LinkIntact = sequence == 1 ? record.PreviousHash == RecordHash.Genesis : log.Read(sequence - 1) is { } previous ? previous.Hash == record.PreviousHash : null;
        Corrections = [.. log.CorrectionsOf(sequence)];
        try
        {
            Frames = FramesOf(Body);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            Frames = []; // a body of another shape: its text below still shows everything
        }

        // Person references and card numbers are for auditors and security managers, as in the reports.
        var shown = Body.DeepClone().AsObject();
        if (!(User.IsInRole(nameof(Role.Auditor)) || User.IsInRole(nameof(Role.SecurityManager))))
        {
            if (shown["person"] is JsonObject person && person.ContainsKey("reference"))
            {
                person["reference"] = "withheld";
            }

            if (shown.ContainsKey("card") && shown["card"] is not null)
            {
                shown["card"] = "withheld";
            }
        }

        BodyText = shown.ToJsonString(Pretty);
        if (verify)
        {
            await VerifyGate.WaitAsync(HttpContext.RequestAborted);
            try
            {
                if (_lastVerify is not { } last || time.GetUtcNow() - last.At > VerifyReuse || last.Result.LastSequence < sequence)
                {
                    var result = await Task.Run(() => SearchLogVerifier.Verify(log.DataDirectory, cancellationToken: HttpContext.RequestAborted), HttpContext.RequestAborted);
                    _lastVerify = (time.GetUtcNow(), result);
                }

                (ChainCheckedAt, Chain) = _lastVerify!.Value;
            }
            finally
            {
                VerifyGate.Release();
            }
        }

        return Page();
    }

    private static FrameView[] FramesOf(JsonObject body)
    {
        var images = LogRow.Strings(body["images"]);
        var detections = (body["detections"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(d => new FrameDetection(
                d["item"]?.ToString() ?? "?",
                d["confidence"]?.GetValue<double>() ?? 0,
                d["box"] is JsonArray box && box.Count == 4 ? [.. box.Select(v => v?.GetValue<int>() ?? 0)] : null))
            .ToList();

        // The record keeps detections of all the screening's frames together; with one image (the usual case) they are its boxes.
        var opaque = body["opaqueArea"]?.GetValue<bool>() ?? false;
        return [.. images.Where(RecordHash.IsHash).Select((hash, i) => new FrameView(hash, opaque, images.Length == 1 ? detections : []))];
    }
}
