using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Screening.Devices.Xray;
using Screening.Station.Lane;

namespace Screening.Station.Hosting;

/// <summary>The `Lane:Xray` section: where the scanner drops its images and how much analysis may queue.</summary>
public sealed class XrayIntakeOptions
{
    /// <summary>Take frames from the drop folder (false for a lane without a scanner).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder or share the scanner exports to; empty for DATA/xray-drop.</summary>
    public string? DropFolder { get; set; }

    /// <summary>Frames waiting for analysis before new ones are shed (each shed frame means a hand search).</summary>
    public int AnalysisQueue { get; set; } = 4;

    /// <summary>
    /// The scanner's calibration (<c>screening xray calibrate</c>); empty reads frames in the lane palette.
    /// A file that cannot be used stops the lane at start: frames read in the wrong palette would be misjudged.
    /// </summary>
    public string? CalibrationFile { get; set; }
}

/// <summary>
/// Frame intake: the folder drop hands each complete image (kept by content hash in DATA/images) to a
/// small analysis queue; each frame is decoded and analysed with OpenCV and the result goes to the lane,
/// which attaches it to the screening in progress. A refused file, or a frame shed because analysis
/// cannot keep up, is logged and becomes a <see cref="FrameRefused"/>: the bag must be hand searched.
/// Frames are the only lane input that may be shed.
/// </summary>
internal sealed partial class FrameIntakeService(
    LaneService lane,
    IOptions<LaneOptions> laneOptions,
    XrayAnalyser analyser,
    TimeProvider time,
    ILoggerFactory loggers,
    ILogger<FrameIntakeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = laneOptions.Value;
        if (!options.Xray.Enabled)
        {
            return;
        }

        var data = Path.GetFullPath(options.DataDirectory);
        var folder = string.IsNullOrWhiteSpace(options.Xray.DropFolder) ? Path.Combine(data, "xray-drop") : Path.GetFullPath(options.Xray.DropFolder);
        Directory.CreateDirectory(folder);
        using var source = new FolderDropSource(
            new FolderDropOptions { Folder = folder, ImageStore = Path.Combine(data, "images") },
            time,
            loggers.CreateLogger<FolderDropSource>());
        var queue = Channel.CreateBounded<XrayFrameReceived>(new BoundedChannelOptions(Math.Max(1, options.Xray.AnalysisQueue))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        LogStarted(options.Id, folder);

        var watching = source.RunAsync(stoppingToken);
        var analysing = Task.Run(() => AnalyseAsync(queue.Reader, stoppingToken), CancellationToken.None);
        try
        {
            await foreach (var frame in source.Frames.ReadAllAsync(stoppingToken))
            {
                switch (frame)
                {
                    case XrayFrameReceived received when !queue.Writer.TryWrite(received):
                        LogShed(options.Id, received.ContentHash);
                        await lane.PostAsync(new FrameRefused(time.GetUtcNow(), "frame shed: analysis could not keep up"), stoppingToken);
                        break;
                    case XrayFrameRefused refused:
                        await lane.PostAsync(new FrameRefused(refused.At, refused.Reason), stoppingToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.Writer.TryComplete();
            await IgnoreCancellation(watching);
            await IgnoreCancellation(analysing);
        }
    }

    private async Task AnalyseAsync(ChannelReader<XrayFrameReceived> frames, CancellationToken cancellationToken)
    {
        var decoder = new XrayImageDecoder();
        await foreach (var frame in frames.ReadAllAsync(cancellationToken))
        {
            LaneInput input;
            try
            {
                using var image = decoder.DecodeFile(frame.StoredPath, out var header);
                var analysis = analyser.Analyse(image);
                var palette = analyser.CheckPalette(image, lossy: header.Format == XrayImageFormat.Jpeg);
                input = new FrameAnalysed(
                    time.GetUtcNow(),
                    "sha256:" + frame.ContentHash,
                    [.. analysis.Detections.Select(d => new FrameDetection(d.Item, d.Confidence, [d.Box.X, d.Box.Y, d.Box.Width, d.Box.Height]))],
                    analysis.OpaqueArea,
                    palette.Problem);
                LogAnalysed(frame.ContentHash, analysis.Detections.Count, analysis.OpaqueArea);
                if (!palette.Fits)
                {
                    LogPaletteMisfit(frame.ContentHash, palette.Problem!, palette.ValueOffset, palette.OrganicHueOffset, palette.ColouredShare);
                }
            }
            // Any failure of one frame (refused, unreadable, a fault in the analysis itself) makes
            // that bag a hand search; it must not stop the frames after it from being analysed.
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAnalysisFailed(ex, frame.ContentHash);
                input = new FrameRefused(time.GetUtcNow(), $"frame could not be analysed: {ex.Message}");
            }

            await lane.PostAsync(input, cancellationToken);
        }
    }

    /// <summary>The lane's analyser, reading frames through the scanner's calibration when one is configured.</summary>
    /// <exception cref="InvalidDataException">The calibration file cannot be used (the lane does not start).</exception>
    public static XrayAnalyser CreateAnalyser(LaneOptions options, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(options.Xray.CalibrationFile))
        {
            return new XrayAnalyser();
        }

        try
        {
            var calibration = XrayCalibration.Load(options.Xray.CalibrationFile);
            LogCalibrated(logger, options.Xray.CalibrationFile);
            return new XrayAnalyser(new XrayAnalyserOptions { Calibration = calibration });
        }
        catch (XrayCalibrationException ex)
        {
            throw new InvalidDataException($"Lane:Xray:CalibrationFile: {ex.Message}", ex);
        }
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "X-ray frames are read through the scanner calibration {CalibrationFile}")]
    private static partial void LogCalibrated(ILogger logger, string calibrationFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lane {LaneId}: taking x-ray frames from {DropFolder}")]
    private partial void LogStarted(string laneId, string dropFolder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lane {LaneId}: x-ray frame {ContentHash} shed, analysis could not keep up; the bag must be hand searched")]
    private partial void LogShed(string laneId, string contentHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "X-ray frame {ContentHash} analysed: {Detections} detection(s), opaque area {OpaqueArea}")]
    private partial void LogAnalysed(string contentHash, int detections, bool opaqueArea);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X-ray frame {ContentHash} does not fit the palette the analyser reads ({Problem}; brightness offset {ValueOffset}, organic hue offset {OrganicHueOffset}, coloured share {ColouredShare:0.00}): the bag must be hand searched")]
    private partial void LogPaletteMisfit(string contentHash, string problem, double? valueOffset, int? organicHueOffset, double colouredShare);

    [LoggerMessage(Level = LogLevel.Error, Message = "X-ray frame {ContentHash} could not be analysed")]
    private partial void LogAnalysisFailed(Exception exception, string contentHash);
}
