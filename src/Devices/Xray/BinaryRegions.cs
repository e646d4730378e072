using System.Runtime.InteropServices;
using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>
/// The area of the largest 8-connected region of a binary mask: the largest
/// <c>ConnectedComponentsTypes.Area</c> that <c>Cv2.ConnectedComponentsWithStats</c> gives, without
/// a label image.
/// </summary>
/// <remarks>
/// The analyser asks this of every frame's opaque mask, which is mostly clear: each row is read as
/// its runs of set pixels (the clear stretches skipped with vector searches), and a run joins every
/// run of the row above that it touches, side or corner, in a union–find that keeps each region's
/// pixel count at its root.
/// </remarks>
public static class BinaryRegions
{
    /// <summary>The pixel count of <paramref name="mask"/>'s largest 8-connected region of nonzero pixels (CV_8UC1); 0 when it has none.</summary>
    public static int LargestArea(Mat mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (mask.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("expected an 8-bit single-channel mask", nameof(mask));
        }

        using var whole = mask.IsContinuous() ? null : mask.Clone();
        var (rows, cols) = (mask.Rows, mask.Cols);
        var pixels = (whole ?? mask).AsSpan<byte>();
        var runs = new Runs();
        var (previousFirst, previousEnd) = (0, 0);
        for (var y = 0; y < rows; y++)
        {
            var row = pixels.Slice(y * cols, cols);
            var first = runs.Count;
            var above = previousFirst;
            for (var x = 0; x < row.Length;)
            {
                var skip = row[x..].IndexOfAnyExcept((byte)0);
                if (skip < 0)
                {
                    break;
                }

                var start = x + skip;
                var length = row[start..].IndexOf((byte)0);
                var end = length < 0 ? row.Length : start + length;
                var run = runs.Add(start, end);
                // Runs of the row above that end before this one's left corner touch none of the rest.
                while (above < previousEnd && runs.End(above) < start)
                {
                    above++;
                }

                // Those that begin at or before this one's right corner touch it.
                for (var k = above; k < previousEnd && runs.Start(k) <= end; k++)
                {
                    runs.Join(run, k);
                }

                x = end;
            }

            (previousFirst, previousEnd) = (first, runs.Count);
        }

        return runs.LargestArea();
    }

    /// <summary>Runs as [start, end) with a union–find over them; a root holds its region's area.</summary>
    private sealed class Runs
    {
        private int[] _start = new int[256];
        private int[] _end = new int[256];
        private int[] _parent = new int[256];
        private int[] _area = new int[256];

        public int Count { get; private set; }

        public int Start(int run) => _start[run];

        public int End(int run) => _end[run];

        public int Add(int start, int end)
        {
            if (Count == _start.Length)
            {
                var size = 2 * Count;
                Array.Resize(ref _start, size);
                Array.Resize(ref _end, size);
                Array.Resize(ref _parent, size);
                Array.Resize(ref _area, size);
            }

            (_start[Count], _end[Count], _parent[Count], _area[Count]) = (start, end, Count, end - start);
            return Count++;
        }

        public void Join(int a, int b)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra == rb)
            {
                return;
            }

            // The older root stays the root, so paths into the rows above stay short.
            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            _area[root] += _area[child];
        }

        public int LargestArea()
        {
            var largest = 0;
            for (var i = 0; i < Count; i++)
            {
                if (_parent[i] == i)
                {
                    largest = Math.Max(largest, _area[i]);
                }
            }

            return largest;
        }

        private int Root(int run)
        {
            var root = run;
            while (_parent[root] != root)
            {
                root = _parent[root];
            }

            // Point the path behind it straight at the root for the next look-up.
            while (_parent[run] != root)
            {
                var next = _parent[run];
                _parent[run] = root;
                run = next;
            }

            return root;
        }
    }
}
