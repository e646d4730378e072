using System.Globalization;
using Microsoft.Extensions.Options;
using Screening.Devices;
using Screening.Devices.Gpio;
using Screening.Devices.Xray;
using Screening.Station.Lane;

namespace Screening.Station.Hosting;

/// <summary>
/// The hands of the simulated lane: presents a card on the reader, walks someone through the arch,
/// puts a bag through the scanner and pushes the turnstile, by driving the same pins a real lane's
/// devices would. Used by the made-up traffic of the demo and by the console's simulator panel.
/// </summary>
/// <remarks>Only meaningful with the simulated GPIO driver (<see cref="Available"/>).</remarks>
public sealed class SimulatedLane(
    IServiceProvider services,
    IOptions<LaneOptions> laneOptions,
    IOptions<LaneDevicesOptions> deviceOptions,
    TimeProvider time)
{
    /// <summary>The threats the simulator can put in a bag.</summary>
    public static readonly IReadOnlyList<string> Threats = ["knife", "mobile-phone", "firearm", "alcohol"];

    private readonly SyntheticScanner _scanner = new(new SyntheticScannerOptions());
    private readonly Lock _bagLock = new();

    public bool Available => deviceOptions.Value.Driver == GpioDriverKind.Simulated;

    /// <summary>The zones the simulated detector reports.</summary>
    public IReadOnlyList<string> Zones => [.. deviceOptions.Value.MetalDetector.ZonePins.Keys];

    private SimulatedGpioDriver Board => Available
        ? (SimulatedGpioDriver)services.GetService(typeof(SimulatedGpioDriver))!
        : throw new InvalidOperationException("the lane does not run on simulated devices");

    /// <summary>Presents the card of a directory holder on the reader (26-bit Wiegand). False when the lane has no reader.</summary>
    public bool PresentCard(CardHolder holder)
    {
        var options = deviceOptions.Value;
        if (options.CardReader is null || holder.Card.Split(':') is not [var facility, var number])
        {
            return false;
        }

        var bits = Wiegand.Encode26(int.Parse(facility, CultureInfo.InvariantCulture), int.Parse(number, CultureInfo.InvariantCulture));
        Board.SendWiegand(options.CardReader.Data0Pin!.Value, options.CardReader.Data1Pin!.Value, bits);
        return true;
    }

    /// <summary>Someone walks the arch: an alarm in the given zone (or none), then the transit relay.</summary>
    public void WalkArch(bool alarm, string? zone)
    {
        var options = deviceOptions.Value;
        var board = Board;
        var closed = options.ContactLevel(closed: true);
        if (alarm && options.MetalDetector.AlarmPin is int alarmPin)
        {
            int? zonePin = zone is not null && options.MetalDetector.ZonePins.TryGetValue(zone, out var z) ? z : null;
            if (zonePin is int on)
            {
                board.SetInput(on, closed);
            }

            board.Pulse(alarmPin, options.ContactLevel(closed: options.MetalDetector.AlarmContact == ContactType.NormallyOpen), TimeSpan.FromMilliseconds(400));
            if (zonePin is int off)
            {
                board.SetInput(off, !closed);
            }
        }

        if (options.MetalDetector.TransitPin is int transit)
        {
            board.Pulse(transit, closed, TimeSpan.FromMilliseconds(150));
        }
    }

    /// <summary>The person pushes through the turnstile (the passage sensor closes once).</summary>
    public void PassTurnstile()
    {
        var options = deviceOptions.Value;
        Board.Pulse(options.Turnstile.PassageInPin!.Value, options.ContactLevel(closed: true), TimeSpan.FromMilliseconds(200));
    }

    /// <summary>
    /// Something jams the turnstile's arm mid-turn (a bag strap, a coat): the passage contact closes
    /// and stays closed until the arm is freed (<paramref name="jammed"/> false opens it again). Held
    /// past the stuck-passage timeout, the turnstile faults and locks, as it would at a real lane.
    /// </summary>
    public void JamTurnstile(bool jammed)
    {
        var options = deviceOptions.Value;
        Board.SetInput(options.Turnstile.PassageInPin!.Value, options.ContactLevel(closed: jammed));
    }

    /// <summary>
    /// A bag goes through the scanner: a synthetic image with the given threats is written into the drop
    /// folder as a scanner would (written aside on the same disk, then renamed in). Returns its file name.
    /// </summary>
    public string DropBag(int seed, IReadOnlyList<string> threats)
    {
        var lane = laneOptions.Value;
        var folder = string.IsNullOrWhiteSpace(lane.Xray.DropFolder)
            ? Path.Combine(Path.GetFullPath(lane.DataDirectory), "xray-drop")
            : lane.Xray.DropFolder;
        Directory.CreateDirectory(folder);
        byte[] png;
        lock (_bagLock)
        {
            using var bag = _scanner.Generate(seed, threats);
            png = bag.EncodePng();
        }

        var name = $"bag-{time.GetUtcNow():yyyyMMddHHmmssfff}-{seed & 0xffff:x4}";
        var aside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, name + ".partial");
        File.WriteAllBytes(aside, png);
        File.Move(aside, Path.Combine(folder, name + ".png"));
        return name + ".png";
    }
}
