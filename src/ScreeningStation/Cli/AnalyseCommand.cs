using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Station.Cli;

/// <summary>
/// `screening analyse IMAGE... [--json] [--annotate DIR] [--calibration FILE]`: x-ray analysis of image files, per
/// DESIGN.md's analyse contract. Exit 0 when every image was analysed, 2 when any could not be
/// read (each such image still gets its entry, with the reason in "error").
/// </summary>
internal static class AnalyseCommand
{
    public static Command Build()
    {
        var images = new Argument<FileInfo[]>("IMAGE") { Description = "PNG, JPEG or TIFF x-ray frames", Arity = ArgumentArity.OneOrMore };
        var annotate = new Option<DirectoryInfo?>("--annotate") { Description = "Write a copy of each image with the detections boxed into this folder" };
        var calibration = new Option<FileInfo?>("--calibration") { Description = "Read the images through this scanner calibration (screening xray calibrate); without it, in the lane palette" };
        var command = new Command("analyse", "Analyse x-ray images: threats with boxes, and the opaque-area alarm") { images, annotate, calibration };
        command.SetAction(parse => Analyse(parse.GetValue(images)!, parse.GetValue(annotate), parse.GetValue(calibration), parse.GetValue(ScreeningCommandLine.Json)));
        return command;
    }

    private static int Analyse(FileInfo[] images, DirectoryInfo? annotate, FileInfo? calibrationFile, bool json)
    {
        XrayCalibration? calibration = null;
        if (calibrationFile is not null && (calibration = XrayCommands.LoadOrComplain("analyse", calibrationFile.FullName)) is null)
        {
            return ExitCodes.BadInput;
        }

        var decoder = new XrayImageDecoder();
        var analyser = new XrayAnalyser(new XrayAnalyserOptions { Calibration = calibration });
        var results = new List<(string Image, XrayAnalysis? Analysis, XrayPaletteCheck? Palette, string? Error)>();
        foreach (var image in images)
        {
            var name = image.ToString();
            try
            {
                using var frame = decoder.DecodeFile(image.FullName, out var header);
                var analysis = analyser.Analyse(frame);
                var palette = analyser.CheckPalette(frame, lossy: header.Format == XrayImageFormat.Jpeg);
                if (annotate is not null)
                {
                    Directory.CreateDirectory(annotate.FullName);
                    using var annotated = XrayAnalyser.Annotate(frame, analysis);
                    Cv2.ImWrite(Path.Combine(annotate.FullName, Path.GetFileNameWithoutExtension(image.Name) + ".annotated.png"), annotated);
                }

                results.Add((name, analysis, palette, null));
            }
            catch (Exception ex) when (ex is XrayFrameRefusedException or IOException or UnauthorizedAccessException)
            {
                results.Add((name, null, null, ex is FileNotFoundException ? "file not found" : ex.Message));
                Console.Error.WriteLine($"screening analyse: {name}: {(ex is FileNotFoundException ? "file not found" : ex.Message)}");
            }
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
            {
                WriteJson(writer, results);
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var (image, analysis, palette, error) in results)
            {
                if (analysis is null)
                {
                    Console.Out.WriteLine($"{image}: unreadable: {error} (bag needs a hand search)");
                    continue;
                }

                var opaque = analysis.OpaqueArea ? $"OPAQUE AREA ({analysis.LargestOpaqueMm2:0} mm²): hand search" : "no opaque area";
                Console.Out.WriteLine($"{image}: {opaque}; {(analysis.Detections.Count == 0 ? "no detections" : $"{analysis.Detections.Count} detection(s)")}");
                foreach (var d in analysis.Detections)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {d.Item,-18} {d.Confidence:0.00}  box {d.Box}"));
                }

                if (palette is { Fits: false })
                {
                    Console.Out.WriteLine($"  COLOURS DO NOT FIT: {palette.Problem}: the analysis cannot be trusted; hand search");
                }
            }
        }

        return results.Any(r => r.Error is not null) ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static void WriteJson(Utf8JsonWriter w, List<(string Image, XrayAnalysis? Analysis, XrayPaletteCheck? Palette, string? Error)> results)
    {
        w.WriteStartArray();
        foreach (var (image, analysis, palette, error) in results)
        {
            w.WriteStartObject();
            w.WriteString("image", image);
            if (analysis is null)
            {
                w.WriteString("error", error);
            }
            else
            {
                w.WriteBoolean("opaqueArea", analysis.OpaqueArea);
                w.WriteStartArray("detections");
                foreach (var d in analysis.Detections)
                {
                    w.WriteStartObject();
                    w.WriteString("item", d.Item);
                    w.WriteNumber("confidence", d.Confidence);
                    w.WriteStartArray("box");
                    w.WriteNumberValue(d.Box.X);
                    w.WriteNumberValue(d.Box.Y);
                    w.WriteNumberValue(d.Box.Width);
                    w.WriteNumberValue(d.Box.Height);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("palette");
                w.WriteBoolean("checked", palette!.Checked);
                w.WriteBoolean("fits", palette.Fits);
                if (palette.Problem is not null)
                {
                    w.WriteString("problem", palette.Problem);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
