using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>
/// Morphological opening of a binary mask, 64 pixels to a machine word: the same pixels as
/// <c>Cv2.MorphologyEx(mask, dst, MorphTypes.Open, kernel)</c> with OpenCV's default border (the
/// outside counts as set while eroding and as clear while dilating), at a small part of the cost.
/// </summary>
/// <remarks>
/// OpenCV walks a disc's points one by one at every pixel, so a 30 mm disc (about 500 points at
/// the working size) costs milliseconds; the analyser opens a frame's masks with discs fifteen
/// times. Here each row of the element is a run centred on the anchor: the erosion of a row by a
/// run of half-width <c>h</c> is the erosion by <c>h − 1</c> and the row shifted by <c>±h</c>, so all
/// the runs a disc needs cost one shift pair per unit of its radius, and the rows are then combined
/// along the columns four words at a time. Elements whose rows are not centred runs (anything but a
/// disc, an odd square or a cross) are refused.
/// </remarks>
public static class BinaryMorphology
{
    /// <summary>The widest structuring element taken, in pixels: a row's run shifts by at most 63 bits, one word either way.</summary>
    public const int WidestElement = 127;

    /// <summary>A new CV_8UC1 mask (0 or 255): <paramref name="mask"/> (CV_8UC1, nonzero is set) opened with <paramref name="kernel"/>.</summary>
    public static Mat Open(Mat mask, Mat kernel)
    {
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(kernel);
        if (mask.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("expected an 8-bit single-channel mask", nameof(mask));
        }

        var halves = RunHalves(kernel);
        var rows = new Rows(mask.Rows, mask.Cols);
        // Pooled: a frame's planes are a few hundred kilobytes, which fresh would land on the
        // large-object heap at every opening and bring on full collections.
        var pool = ArrayPool<ulong>.Shared;
        var bits = pool.Rent(rows.Count * rows.Stride);
        var eroded = pool.Rent(rows.Count * rows.Stride);
        var opened = pool.Rent(rows.Count * rows.Stride);
        var planes = pool.Rent(rows.Count * rows.Words * (halves.Max() + 1));
        try
        {
            Pack(mask, rows, bits);
            Apply(bits, eroded, planes, rows, halves, erode: true);
            Apply(eroded, opened, planes, rows, halves, erode: false);
            return Unpack(opened, rows);
        }
        finally
        {
            pool.Return(bits);
            pool.Return(eroded);
            pool.Return(opened);
            pool.Return(planes);
        }
    }

    /// <summary>
    /// How packed rows lie in memory: each row is a whole number of 256-bit vectors (pixel x is bit
    /// x % 64 of word x / 64), with one spare word before and after it, so the words either side of
    /// any four can be loaded as a vector too. Bits past the last column are the outside.
    /// </summary>
    private readonly record struct Rows(int Count, int Cols)
    {
        public int Words { get; } = ((Cols + 255) >> 8) * 4;

        public int Stride => Words + 2;

        /// <summary>Where row <paramref name="y"/>'s first word is.</summary>
        public int Start(int y) => (y * Stride) + 1;

        /// <summary>Which bits of word <paramref name="k"/> are pixels of the frame.</summary>
        public ulong Inside(int k) => (k + 1) * 64 <= Cols ? ulong.MaxValue : k * 64 >= Cols ? 0 : (1UL << (Cols - (k * 64))) - 1;
    }

    /// <summary>Each row's half-width about the anchor column (−1 for an empty row).</summary>
    private static int[] RunHalves(Mat kernel)
    {
        if (kernel.Type() != MatType.CV_8UC1 || kernel.Rows % 2 == 0 || kernel.Cols % 2 == 0 || kernel.Cols > WidestElement)
        {
            // A row's run shifts by at most 63 bits, one word either way.
            throw new ArgumentException("expected an 8-bit structuring element of odd size, at most 127 pixels wide", nameof(kernel));
        }

        var (size, width) = (kernel.Rows, kernel.Cols);
        using var continuous = kernel.IsContinuous() ? null : kernel.Clone();
        var points = (continuous ?? kernel).AsSpan<byte>();
        var centre = width / 2;
        var halves = new int[size];
        for (var i = 0; i < size; i++)
        {
            var row = points.Slice(i * width, width);
            var first = row.IndexOfAnyExcept((byte)0);
            var last = row.LastIndexOfAnyExcept((byte)0);
            if (first >= 0 && (centre - first != last - centre || row[first..(last + 1)].Contains((byte)0)))
            {
                throw new ArgumentException($"structuring element row {i} is not one run centred on the anchor", nameof(kernel));
            }

            halves[i] = first < 0 ? -1 : last - centre;
        }

        if (halves.All(h => h < 0))
        {
            throw new ArgumentException("structuring element is empty", nameof(kernel));
        }

        return halves;
    }

    private static void Pack(Mat mask, Rows rows, ulong[] bits)
    {
        Array.Clear(bits, 0, rows.Count * rows.Stride);
        var cols = rows.Cols;
        using var continuous = mask.IsContinuous() ? null : mask.Clone();
        var pixels = (continuous ?? mask).AsSpan<byte>();
        for (var y = 0; y < rows.Count; y++)
        {
            var row = pixels.Slice(y * cols, cols);
            var dst = bits.AsSpan(rows.Start(y), rows.Words);
            var x = 0;
            for (; x + 32 <= cols; x += 32)
            {
                var set = ~Vector256.Equals(Vector256.Create<byte>(row.Slice(x, 32)), Vector256<byte>.Zero);
                dst[x >> 6] |= (ulong)set.ExtractMostSignificantBits() << (x & 63);
            }

            for (; x < cols; x++)
            {
                if (row[x] != 0)
                {
                    dst[x >> 6] |= 1UL << (x & 63);
                }
            }
        }
    }

    /// <summary>Each byte of packed bits as eight pixels (0 or 255), lowest bit first.</summary>
    private static readonly ulong[] Spread = [.. Enumerable.Range(0, 256).Select(b =>
        Enumerable.Range(0, 8).Aggregate(0UL, (word, bit) => ((b >> bit) & 1) != 0 ? word | (0xFFUL << (8 * bit)) : word))];

    private static Mat Unpack(ulong[] bits, Rows rows)
    {
        var cols = rows.Cols;
        var mask = new Mat(rows.Count, cols, MatType.CV_8UC1);
        var pixels = mask.AsSpan<byte>();
        for (var y = 0; y < rows.Count; y++)
        {
            var row = pixels.Slice(y * cols, cols);
            var words = bits.AsSpan(rows.Start(y), rows.Words);
            var packed = MemoryMarshal.AsBytes(words);
            var x = 0;
            for (; x + 64 <= cols; x += 64)
            {
                // Opened masks are mostly clear: a clear or full word is written whole.
                var word = words[x >> 6];
                if (word == 0 || word == ulong.MaxValue)
                {
                    row.Slice(x, 64).Fill(word == 0 ? (byte)0 : (byte)255);
                    continue;
                }

                for (var k = x; k < x + 64; k += 8)
                {
                    MemoryMarshal.Write(row[k..], Spread[packed[k >> 3]]);
                }
            }

            for (; x + 8 <= cols; x += 8)
            {
                MemoryMarshal.Write(row[x..], Spread[packed[x >> 3]]);
            }

            for (; x < cols; x++)
            {
                row[x] = (byte)(((packed[x >> 3] >> (x & 7)) & 1) * 255);
            }
        }

        return mask;
    }

    /// <summary>
    /// One erosion (AND over the element, the outside set) or dilation (OR, the outside clear) of
    /// packed rows into <paramref name="result"/>, whose outside is left clear; <paramref name="byHalf"/>
    /// is room for the row runs (a frame's worth per half-width the element uses).
    /// </summary>
    private static void Apply(ulong[] src, ulong[] result, ulong[] byHalf, Rows rows, int[] halves, bool erode)
    {
        var (words, count) = (rows.Words, rows.Count);
        var fill = erode ? ulong.MaxValue : 0UL;
        var inside = new ulong[words];
        for (var k = 0; k < words; k++)
        {
            inside[k] = rows.Inside(k);
        }

        for (var y = 0; y < count; y++)
        {
            var start = rows.Start(y);
            src[start - 1] = fill;
            src[start + words] = fill;
            for (var k = 0; k < words; k++)
            {
                src[start + k] = erode ? src[start + k] | ~inside[k] : src[start + k] & inside[k];
            }
        }

        // Each row run-eroded (or run-dilated) by every half-width the element uses, one plane per
        // half-width: the run of h is the run of h − 1 and the row shifted h either way.
        var widest = halves.Max();
        var plane = new int[widest + 1];
        Array.Fill(plane, -1);
        var planes = 0;
        foreach (var h in halves.Where(h => h >= 0).Distinct().Order())
        {
            plane[h] = planes++;
        }

        for (var y = 0; y < count; y++)
        {
            var start = rows.Start(y);
            for (var k = 0; k < words; k += 4)
            {
                var previous = Vector256.Create<ulong>(src.AsSpan(start + k - 1, 4));
                var own = Vector256.Create<ulong>(src.AsSpan(start + k, 4));
                var next = Vector256.Create<ulong>(src.AsSpan(start + k + 1, 4));
                var acc = own;
                for (var h = 0; h <= widest; h++)
                {
                    if (h > 0)
                    {
                        // Bit x of "towards" is bit x + h of the row; of "from" bit x − h.
                        var towards = Vector256.ShiftRightLogical(own, h) | Vector256.ShiftLeft(next, 64 - h);
                        var from = Vector256.ShiftLeft(own, h) | Vector256.ShiftRightLogical(previous, 64 - h);
                        acc = erode ? acc & towards & from : acc | towards | from;
                    }

                    if (plane[h] >= 0)
                    {
                        acc.CopyTo(byHalf.AsSpan((((plane[h] * count) + y) * words) + k, 4));
                    }
                }
            }
        }

        // Then down the columns: the element's row i lies i − centre rows away; rows off the frame are the outside.
        var centre = halves.Length / 2;
        for (var y = 0; y < count; y++)
        {
            var start = rows.Start(y);
            for (var k = 0; k < words; k += 4)
            {
                var acc = Vector256.Create(fill);
                for (var i = 0; i < halves.Length; i++)
                {
                    var from = y + i - centre;
                    if (halves[i] >= 0 && from >= 0 && from < count)
                    {
                        var other = Vector256.Create<ulong>(byHalf.AsSpan((((plane[halves[i]] * count) + from) * words) + k, 4));
                        acc = erode ? acc & other : acc | other;
                    }
                }

                (acc & Vector256.Create<ulong>(inside.AsSpan(k, 4))).CopyTo(result.AsSpan(start + k, 4));
            }
        }
    }
}
