using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Station.Cli;

/// <summary>
/// `screening xray calibrate IMAGE --out FILE` reads the lane scanner's palette from an image of the
/// test piece; `screening xray test-piece --out FILE.png [--palette NAME]` draws the synthetic
/// scanner's image of it (to rehearse calibration, or to check the command on a known image).
/// </summary>
internal static class XrayCommands
{
    public static Command Build()
    {
        var xray = new Command("xray", "Calibrate the analyser to the lane scanner's palette");

        var image = new Argument<FileInfo>("IMAGE") { Description = "The scanner's image of the test piece alone on the belt (PNG, JPEG or TIFF)" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the calibration (JSON), for Lane:Xray:CalibrationFile or analyse --calibration", Required = true };
        var calibrate = new Command("calibrate", "Fit the analyser to a scanner's palette from its image of the test piece (hardware-docs/xray-calibration.md)") { image, output };
        calibrate.SetAction(parse => Calibrate(parse.GetValue(image)!, parse.GetValue(output)!, parse.GetValue(ScreeningCommandLine.Json)));
        xray.Subcommands.Add(calibrate);

        var pieceOut = new Option<FileInfo>("--out") { Description = "The PNG to write", Required = true };
        var palette = new Option<string>("--palette")
        {
            Description = $"The make imitated: {string.Join(", ", ScannerPalette.All.Select(p => p.Name))}",
            DefaultValueFactory = _ => ScannerPalette.Lane.Name,
        };
        var testPiece = new Command("test-piece", "Draw the synthetic scanner's image of the test piece") { pieceOut, palette };
        testPiece.SetAction(parse => DrawTestPiece(parse.GetValue(pieceOut)!, parse.GetValue(palette)!));
        xray.Subcommands.Add(testPiece);
        return xray;
    }

    /// <summary>Reads a calibration file for `analyse --calibration` and the lane; null with the reason printed when it cannot be used.</summary>
    public static XrayCalibration? LoadOrComplain(string command, string path)
    {
        try
        {
            return XrayCalibration.Load(path);
        }
        catch (XrayCalibrationException ex)
        {
            Console.Error.WriteLine($"screening {command}: --calibration: {ex.Message}");
            return null;
        }
    }

    private static int Calibrate(FileInfo image, FileInfo output, bool json)
    {
        XrayCalibration calibration;
        try
        {
            using var frame = new XrayImageDecoder().DecodeFile(image.FullName, out _);
            calibration = XrayCalibration.FitTo(frame);
        }
        catch (Exception ex) when (ex is XrayFrameRefusedException or XrayCalibrationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"screening xray calibrate: {image}: {(ex is FileNotFoundException ? "file not found" : ex.Message)}");
            return ExitCodes.BadInput;
        }

        try
        {
            AtomicFile.Write(output.FullName, s => s.Write(System.Text.Encoding.UTF8.GetBytes(calibration.ToJson())));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"screening xray calibrate: --out: cannot write '{output.FullName}': {ex.Message}");
            return ExitCodes.Failure;
        }

        var fit = calibration.Fit!;
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteString("image", image.ToString());
                w.WriteString("calibration", output.FullName);
                w.WriteNumber("hueSteps", fit.HueSteps);
                w.WriteNumber("valueSteps", fit.ValueSteps);
                w.WriteNumber("hueResidual", fit.HueResidual);
                w.WriteNumber("valueResidual", fit.ValueResidual);
                w.WriteNumber("greySaturation", calibration.GreySaturation);
                w.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{image}: calibrated from {fit.HueSteps} coloured steps and {fit.ValueSteps} steps short of black; material off by {fit.HueResidual:0.000} in ratio, attenuation by {fit.ValueResidual:0.0000} on average; written to {output.FullName}"));
        }

        return ExitCodes.Ok;
    }

    private static int DrawTestPiece(FileInfo output, string paletteName)
    {
        ScannerPalette palette;
        try
        {
            palette = ScannerPalette.Named(paletteName);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"screening xray test-piece: --palette: {ex.Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            using var piece = new SyntheticScanner(new SyntheticScannerOptions { Palette = palette }).TestPiece();
            Cv2.ImEncode(".png", piece, out var png);
            AtomicFile.Write(output.FullName, s => s.Write(png));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"screening xray test-piece: --out: cannot write '{output.FullName}': {ex.Message}");
            return ExitCodes.Failure;
        }

        Console.Out.WriteLine($"{output.FullName}: the test piece as a {palette} scanner shows it");
        return ExitCodes.Ok;
    }
}
