using System.Device.Gpio;

namespace Screening.Devices;

public enum WiegandFormat
{
    /// <summary>26-bit H10301: even parity, 8-bit facility code, 16-bit card number, odd parity.</summary>
    H10301,

    /// <summary>34-bit: even parity, 16-bit facility code, 16-bit card number, odd parity.</summary>
    Bits34,
}

public enum CardReadRejection
{
    /// <summary>Fewer than 26 bits: a card pulled away, a reader reset, a cut line.</summary>
    ShortFrame,

    /// <summary>A bit count that is neither 26 nor 34.</summary>
    UnknownLength,

    /// <summary>The bits arrived but a parity bit disagrees: a lost or extra bit, interference.</summary>
    BadParity,

    /// <summary>Both data lines were low at once, which a reader never does: noise on the cable.</summary>
    Noise,
}

/// <summary>A card read whose frame length and parity check out.</summary>
public sealed record CardRead(DateTimeOffset At, WiegandFormat Format, int FacilityCode, int CardNumber) : LaneDeviceEvent(At);

/// <summary>A frame that could not be trusted: there is no card number, on purpose.</summary>
public sealed record CardReadRejected(DateTimeOffset At, CardReadRejection Reason, int BitCount) : LaneDeviceEvent(At);

/// <summary>Wiegand frames: decoding with parity checks, and encoding for the simulated reader.</summary>
/// <remarks>
/// Bit 0 is the first bit on the wire. Both formats: bit 0 is even parity over the first half of the
/// data bits, the last bit is odd parity over the second half. 26-bit H10301: 8-bit facility code
/// (bits 1–8), 16-bit card number (bits 9–24), parity halves of 12 bits. 34-bit: 16-bit facility code
/// (bits 1–16), 16-bit card number (bits 17–32), parity halves of 16 bits; some readers send the same
/// 32 data bits as one card number, see CardReader/README.md.
/// </remarks>
public static class Wiegand
{
    /// <summary>A decoded frame: either a card (Format, FacilityCode, CardNumber) or a Rejection.</summary>
    public readonly record struct Decoded(WiegandFormat Format, int FacilityCode, int CardNumber, CardReadRejection? Rejection);

    public static Decoded Decode(IReadOnlyList<bool> bits)
    {
        ArgumentNullException.ThrowIfNull(bits);
        var (format, facilityBits) = bits.Count switch
        {
            26 => (WiegandFormat.H10301, 8),
            34 => (WiegandFormat.Bits34, 16),
            < 26 => (default(WiegandFormat?), 0),
            _ => (default(WiegandFormat?), -1),
        };
        if (format is not WiegandFormat known)
        {
            return Rejected(facilityBits == 0 ? CardReadRejection.ShortFrame : CardReadRejection.UnknownLength);
        }

        var half = (bits.Count - 2) / 2;
        var leadingOnes = Ones(bits, 0, half + 1);          // parity bit and the first half: even
        var trailingOnes = Ones(bits, half + 1, half + 1);  // the second half and parity bit: odd
        if (leadingOnes % 2 != 0 || trailingOnes % 2 != 1)
        {
            return Rejected(CardReadRejection.BadParity);
        }

        return new Decoded(known, Field(bits, 1, facilityBits), Field(bits, 1 + facilityBits, 16), null);
    }

    /// <summary>The 26 bits of an H10301 card, parity included.</summary>
    public static bool[] Encode26(int facilityCode, int cardNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(facilityCode & ~0xFF, 0, nameof(facilityCode));
        ArgumentOutOfRangeException.ThrowIfNotEqual(cardNumber & ~0xFFFF, 0, nameof(cardNumber));
        return Encode(facilityCode, 8, cardNumber);
    }

    /// <summary>The 34 bits of a 16-bit facility, 16-bit card frame, parity included.</summary>
    public static bool[] Encode34(int facilityCode, int cardNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(facilityCode & ~0xFFFF, 0, nameof(facilityCode));
        ArgumentOutOfRangeException.ThrowIfNotEqual(cardNumber & ~0xFFFF, 0, nameof(cardNumber));
        return Encode(facilityCode, 16, cardNumber);
    }

    private static bool[] Encode(int facilityCode, int facilityBits, int cardNumber)
    {
        var bits = new bool[facilityBits + 16 + 2];
        for (var i = 0; i < facilityBits; i++)
        {
            bits[1 + i] = ((facilityCode >> (facilityBits - 1 - i)) & 1) == 1;
        }

        for (var i = 0; i < 16; i++)
        {
            bits[1 + facilityBits + i] = ((cardNumber >> (15 - i)) & 1) == 1;
        }

        var half = (bits.Length - 2) / 2;
        bits[0] = Ones(bits, 1, half) % 2 == 1;
        bits[^1] = Ones(bits, half + 1, half) % 2 == 0;
        return bits;
    }

    private static Decoded Rejected(CardReadRejection reason) => new(default, 0, 0, reason);

    private static int Ones(IReadOnlyList<bool> bits, int start, int count)
    {
        var ones = 0;
        for (var i = start; i < start + count; i++)
        {
            ones += bits[i] ? 1 : 0;
        }

        return ones;
    }

    private static int Field(IReadOnlyList<bool> bits, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value << 1) | (bits[i] ? 1 : 0);
        }

        return value;
    }
}

/// <summary>
/// A Wiegand card reader on two GPIO lines: D0 pulses low for a 0 bit, D1 for a 1 bit; a frame ends
/// after <see cref="CardReaderOptions.FrameGap"/> of silence.
/// </summary>
/// <remarks>
/// Created and driven by <see cref="LaneDevices"/> on its pump thread. Like the debounce, the frame end
/// is decided from edge timestamps, so a frame handled late by the pump still ends where it ended.
/// </remarks>
public sealed class CardReader
{
    // Longer frames than this are noise whatever they are; stop storing bits but keep counting.
    private const int MaxBits = 64;

    private readonly DeviceContext _context;
    private readonly CardReaderOptions _options;
    private readonly int _data0;
    private readonly int _data1;
    private readonly Deadline _frameEnd;
    private readonly List<bool> _bits = new(MaxBits);
    private int _bitCount;
    private bool _noise;
    private long _lastBit;
    private bool _data0Low;
    private bool _data1Low;

    internal CardReader(DeviceContext context, CardReaderOptions options)
    {
        _context = context;
        _options = options;
        _data0 = options.Data0Pin!.Value;
        _data1 = options.Data1Pin!.Value;
        context.Gpio.OpenPin(_data0, PinMode.Input);
        context.Gpio.OpenPin(_data1, PinMode.Input);
        _frameEnd = context.NewDeadline(_ => EndFrame());
    }

    internal IEnumerable<int> WatchedPins => [_data0, _data1];

    internal void Start()
    {
        _data0Low = _context.Gpio.Read(_data0) == PinValue.Low;
        _data1Low = _context.Gpio.Read(_data1) == PinValue.Low;
    }

    internal void OnEdge(int pin, PinEventTypes edge, long timestamp)
    {
        var low = edge == PinEventTypes.Falling;
        var isData1 = pin == _data1;
        if (isData1)
        {
            _data1Low = low;
        }
        else
        {
            _data0Low = low;
        }

        if (!low)
        {
            return;
        }

        if (_bitCount > 0 && _context.Elapsed(_lastBit, timestamp) >= _options.FrameGap)
        {
            EndFrame();
        }

        if (_data0Low && _data1Low)
        {
            _noise = true;
        }

        if (_bitCount < MaxBits)
        {
            _bits.Add(isData1);
        }

        _bitCount++;
        _lastBit = timestamp;
        _frameEnd.Arm(_options.FrameGap);
    }

    private void EndFrame()
    {
        _frameEnd.Cancel();
        var decoded = _noise ? new Wiegand.Decoded(default, 0, 0, CardReadRejection.Noise)
            : _bitCount > MaxBits ? new Wiegand.Decoded(default, 0, 0, CardReadRejection.UnknownLength)
            : Wiegand.Decode(_bits);
        _context.Publish(decoded.Rejection is { } reason
            ? new CardReadRejected(_context.Now, reason, _bitCount)
            : new CardRead(_context.Now, decoded.Format, decoded.FacilityCode, decoded.CardNumber));
        _bits.Clear();
        _bitCount = 0;
        _noise = false;
    }
}
