using System.Net;
using System.Text.RegularExpressions;
using Screening.Devices.Xray;

namespace Screening.Station.Tests.Console;

/// <summary>A lane reading its frames through a scanner calibration fitted to another make's test piece (Lane:Xray:CalibrationFile).</summary>
public sealed class CalibratedConsoleLane : ConsoleLane
{
    public CalibratedConsoleLane()
    {
        using var piece = new SyntheticScanner(new SyntheticScannerOptions { Palette = ScannerPalette.OtherMake }).TestPiece();
        var calibration = XrayCalibration.FitTo(piece);
        Fit = calibration.Fit!;
        File.WriteAllText(CalibrationFile, calibration.ToJson());
    }

    public XrayCalibrationFit Fit { get; }

    public string CalibrationFile => Path.Combine(Data, "..", "scanner-calibration.json");

    protected override IEnumerable<string> ConfigurationOverrides => [$"--Lane:Xray:CalibrationFile={CalibrationFile}"];
}

/// <summary>The devices page tells the manager which calibration the lane reads its scanner's frames through.</summary>
public sealed partial class ConsoleCalibrationTests(CalibratedConsoleLane lane) : IClassFixture<CalibratedConsoleLane>
{
    [Fact]
    public async Task The_devices_page_and_the_log_name_the_scanner_calibration_in_use()
    {
        using var manager = await lane.SignedInAsync(ConsoleLane.Manager, ConsoleLane.ManagerPassword);

        var page = await manager.GetTextAsync("/devices");

        Assert.Contains("id=\"xray-state\">Calibrated<", page, StringComparison.Ordinal);
        Assert.Contains($"scanner-calibration.json: fitted from {lane.Fit.HueSteps} coloured steps and {lane.Fit.ValueSteps} short of black", page, StringComparison.Ordinal);
        Assert.Contains("read through the scanner calibration", lane.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bag_scanned_in_colours_that_do_not_fit_the_calibration_is_hand_searched_even_with_nothing_found()
    {
        // The simulated scanner draws in the lane's own palette; this lane reads frames as another make's.
        using var officer = await lane.SignedInAsync(ConsoleLane.Officer, ConsoleLane.OfficerPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/", "/?handler=Identify", [new("category", "Visitor"), new("reference", "V-PALETTE-1"), new("age", "40")])).StatusCode);
        await WaitForPanelAsync(officer, "WALK THE ARCH");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/", "/?handler=SimBag", [])).StatusCode);
        await WaitForPanelAsync(officer, "data-hash=");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/", "/?handler=SimArch", [new("alarm", "false")])).StatusCode);

        var panel = await WaitForPanelAsync(officer, "do not fit the scanner");

        Assert.Equal("SEARCH", VerdictText().Match(panel).Groups[1].Value);
        Assert.Contains("BagHandSearch", panel, StringComparison.Ordinal);
        Assert.Contains("do not fit the scanner calibration", panel, StringComparison.Ordinal);
        Assert.Contains("does not fit the palette the analyser reads", lane.Output, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForPanelAsync(ConsoleSession session, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        string panel;
        do
        {
            panel = await session.GetTextAsync("/?handler=Panel");
            if (panel.Contains(text, StringComparison.Ordinal))
            {
                return panel;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"the lane page never showed '{text}': {panel}");
        return panel;
    }

    [GeneratedRegex("id=\"verdict\" class=\"big\">([^<]*)<")]
    private static partial Regex VerdictText();
}
