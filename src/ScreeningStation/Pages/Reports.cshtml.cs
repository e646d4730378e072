using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Rules;
using Screening.Station.Accounts;
using Screening.Station.Hosting;
using Screening.Station.Reports;

namespace Screening.Station.Pages;

/// <summary>
/// Report export from the console: the same CSV, JSON, PDF and SIR-draft exports as `screening report`,
/// streamed straight from the search log to the browser. Person references only for auditors and
/// security managers.
/// </summary>
public sealed partial class ReportsModel(RuleSetFile rules, IOptions<LaneOptions> laneOptions, TimeProvider time, ILogger<ReportsModel> logger) : PageModel
{
    public string? Problem { get; private set; }

    public string From { get; private set; } = "";

    public string To { get; private set; } = "";

    public bool WithReferences => User.IsInRole(nameof(Role.Auditor)) || User.IsInRole(nameof(Role.SecurityManager));

    public void OnGet()
    {
        Titles();
        var today = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        From = today;
        To = today;
    }

    public async Task<IActionResult> OnGetExportAsync(string? from, string? to, string? lane, string? format)
    {
        Titles();
        From = from ?? "";
        To = to ?? "";
        if (!Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            Problem = $"Choose a format ({string.Join(", ", Enum.GetNames<ReportFormat>())}).";
            return Page();
        }

        ReportQuery query;
        try
        {
            query = ReportQuery.Parse(from ?? "", to ?? "", string.IsNullOrWhiteSpace(lane) ? null : lane.Trim(), WithReferences);
        }
        catch (ReportException ex)
        {
            Problem = ex.Message.Replace("--from", "From", StringComparison.Ordinal).Replace("--to", "To", StringComparison.Ordinal).Replace("--lane", "Lane", StringComparison.Ordinal);
            return Page();
        }

        var (extension, contentType) = kind switch
        {
            ReportFormat.Csv => ("csv", "text/csv; charset=utf-8"),
            ReportFormat.Pdf => ("pdf", "application/pdf"),
            _ => ("json", "application/json; charset=utf-8"),
        };
        var name = $"screening-{(kind == ReportFormat.Sir ? "sir-drafts" : "report")}-{query.From:yyyyMMdd}-{query.To.AddTicks(-1):yyyyMMdd}{(query.Lane is { } l ? "-" + new string([.. l.Where(char.IsAsciiLetterOrDigit)]) : "")}.{extension}";
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        var officer = User.Identity?.Name ?? "?";
        var writer = new ReportWriter(Path.GetFullPath(laneOptions.Value.DataDirectory), rules.Current.Catalogue, time);
        ReportSummary summary;
        try
        {
            summary = await writer.WriteAsync(kind, Response.Body, query, HttpContext.RequestAborted);
        }
        catch (ReportException ex) when (!Response.HasStarted)
        {
            // Found before anything was sent (an unknown lane): say so on the page instead of a broken download.
            Response.Headers.Remove("Content-Disposition");
            Response.ContentType = "text/html; charset=utf-8";
            Problem = ex.Message.Replace("--lane", "Lane", StringComparison.Ordinal);
            return Page();
        }

        var formatName = kind.ToString();
        var laneName = query.Lane ?? "all lanes";
        LogExported(officer, formatName, query.From, query.To, laneName, summary.Screenings, query.IncludeReferences);
        return new EmptyResult();
    }

    private void Titles()
    {
        ViewData["Page"] = "reports";
        ViewData["Title"] = "Reports";
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Officer {Officer} exported a {Format} report from the console: {From} to {To}, {Lane}, {Screenings} screenings, references {WithReferences}")]
    private partial void LogExported(string officer, string format, DateTimeOffset from, DateTimeOffset to, string lane, long screenings, bool withReferences);
}
