using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Station.Accounts;
using Screening.Station.Hosting;
using Screening.Station.Lane;
using Screening.Station.OfficerConsole;
using Screening.Station.SearchLog;

namespace Screening.Station.Pages;

/// <summary>The lane's devices: state, counters, faults, fire release, search log health.</summary>
public sealed partial class DevicesModel(
    LaneDevices devices,
    LaneService lane,
    SearchLogStore log,
    IOptions<LaneDevicesOptions> options,
    IOptions<LaneOptions> laneOptions,
    Screening.Devices.Xray.XrayAnalyser analyser,
    ILogger<DevicesModel> logger) : PageModel
{
    public LaneDevices Devices => devices;

    public LaneView View { get; private set; } = null!;

    public string Driver => options.Value.Driver.ToString();

    public bool Simulated => options.Value.Driver == GpioDriverKind.Simulated;

    public string[] Faults { get; private set; } = [];

    public string[] TurnstileFaults { get; private set; } = [];

    public SearchLogStore Log => log;

    /// <summary>Whether the lane takes x-ray frames at all.</summary>
    public bool XrayEnabled => laneOptions.Value.Xray.Enabled;

    /// <summary>The scanner calibration frames are read through (null: the lane palette).</summary>
    public Screening.Devices.Xray.XrayCalibration? Calibration => analyser.Options.Calibration;

    public string? CalibrationFile => laneOptions.Value.Xray.CalibrationFile;

    public bool CanAct { get; private set; }

    public string? Result { get; private set; }

    public void OnGet()
    {
        Result = PageMessage.Take(TempData).Message;
        Load();
    }

    public PartialViewResult OnGetPanel()
    {
        Load();
        return Partial("_DevicesPanel", this);
    }

    /// <summary>After the fire loop is restored, an officer relocks the lane (refused by the devices while the loop is open).</summary>
    public IActionResult OnPostAcknowledge()
    {
        var (name, role) = ConsoleEndpoints.Officer(User);
        if (role is not (nameof(Role.SearchOfficer) or nameof(Role.SecurityManager)))
        {
            return StatusCode(403, "An auditor may not acknowledge the fire release.");
        }

        devices.AcknowledgeFireRelease(name);
        LogAcknowledged(name);
        PageMessage.Put(TempData, "Fire release acknowledgement sent to the lane.", problem: false);
        return RedirectToPage();
    }

    private void Load()
    {
        ViewData["Page"] = "devices";
        ViewData["Title"] = "Devices";
        View = lane.View;
        Faults = ConsoleFeed.DetectorFaults(devices);
        TurnstileFaults = ConsoleFeed.TurnstileFaults(devices);
        CanAct = User.IsInRole(nameof(Role.SearchOfficer)) || User.IsInRole(nameof(Role.SecurityManager));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer {Officer} acknowledged the fire release from the console")]
    private partial void LogAcknowledged(string officer);
}
