using System.Text.Json;
using System.Threading.Channels;
using Screening.Devices;
using Screening.Station.Alert;
using Screening.Station.Hosting;
using Screening.Station.Lane;

namespace Screening.Station.OfficerConsole;

/// <summary>
/// Pushes the lane's state to every open console page: after every input the lane handled (at least
/// once a second, with the lane's tick) one JSON picture is built and handed to each page's live
/// connection. Each picture is whole, so a page that falls behind loses only pictures it would have
/// replaced anyway (the lane itself never waits for a browser).
/// </summary>
/// <remarks>
/// Publishing runs on the lane loop and only serialises and hands on; connections are added and removed
/// by request threads.
/// </remarks>
public sealed class ConsoleFeed : IDisposable
{
    /// <summary>More open feeds than this on one lane is an attack or a leak, not a gatehouse.</summary>
    public const int MaxConnections = 64;

    /// <summary>A browser shares one feed among its tabs; a few per account covers several terminals.</summary>
    public const int MaxConnectionsPerAccount = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly LaneService _lane;
    private readonly AlertBoard _alert;
    private readonly LaneDevices _devices;
    private readonly Lock _gate = new();
    private readonly List<(string Account, Channel<string> Channel)> _connections = [];
    private bool _subscribed;

    internal ConsoleFeed(LaneService lane, AlertBoard alert, LaneDevices devices)
    {
        _lane = lane;
        _alert = alert;
        _devices = devices;
    }

    /// <summary>The state as one JSON text, now.</summary>
    public string Current() => Picture(_lane.View);

    /// <summary>A new live connection for the account, or null when there are too many (in all, or for that account).</summary>
    public ChannelReader<string>? Connect(string account)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(4)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            if (_connections.Count >= MaxConnections
                || _connections.Count(c => string.Equals(c.Account, account, StringComparison.OrdinalIgnoreCase)) >= MaxConnectionsPerAccount)
            {
                return null;
            }

            if (!_subscribed)
            {
                _lane.ViewChanged += Publish;
                _subscribed = true;
            }

            _connections.Add((account, channel));
        }

        return channel.Reader;
    }

    public void Disconnect(ChannelReader<string> reader)
    {
        lock (_gate)
        {
            _connections.RemoveAll(c => c.Channel.Reader == reader);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_subscribed)
            {
                _lane.ViewChanged -= Publish;
            }

            foreach (var (_, channel) in _connections)
            {
                channel.Writer.TryComplete();
            }

            _connections.Clear();
        }
    }

    private void Publish(LaneView view)
    {
        Channel<string>[] connections;
        lock (_gate)
        {
            if (_connections.Count == 0)
            {
                return;
            }

            connections = [.. _connections.Select(c => c.Channel)];
        }

        var picture = Picture(view);
        foreach (var connection in connections)
        {
            connection.Writer.TryWrite(picture);
        }
    }

    /// <summary>The detector's faults (the detector replaces its set on each change, so reading it from any thread is safe).</summary>
    internal static string[] DetectorFaults(LaneDevices devices) => [.. devices.MetalDetector.Faults.Select(f => f.ToString())];

    /// <summary>The turnstile's standing faults, e.g. "PassageSensorStuck (In)" (replaced whole on each change, like the detector's).</summary>
    internal static string[] TurnstileFaults(LaneDevices devices) => [.. devices.Turnstile.Faults.Select(f => $"{f.Kind} ({f.Direction})")];

    private string Picture(LaneView view)
    {
        var alert = _alert.Current;
        var detector = _devices.MetalDetector.Counters;
        return JsonSerializer.Serialize(new
        {
            lane = new
            {
                id = view.LaneId,
                key = view.Key,
                stage = view.Stage.ToString(),
                version = view.Version,
                screenings = view.Screenings,
                messages = view.Messages,
            },
            alert = new { state = alert.State, shutDown = alert.ShutDown, setBy = alert.SetBy, reason = alert.Reason, at = alert.At },
            devices = new
            {
                turnstile = _devices.Turnstile.State.ToString(),
                turnstileFaults = TurnstileFaults(_devices),
                fireRelease = _devices.FireRelease.State.ToString(),
                detector = new
                {
                    passages = detector.Passages,
                    alarms = detector.Alarms,
                    alarmRatio = detector.AlarmRatio,
                    faults = DetectorFaults(_devices),
                },
                incidents = view.Incidents,
            },
        }, Json);
    }
}
