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
public sealed class ConsoleCalibrationTests(CalibratedConsoleLane lane) : IClassFixture<CalibratedConsoleLane>
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
}
