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
        using var whole = Readable(mask, nameof(mask));
        return Label(whole ?? mask).LargestArea();
    }

    /// <summary>
    /// Sets to 255 in <paramref name="into"/> every pixel of each 8-connected region of
    /// <paramref name="mask"/> that has at least one pixel where <paramref name="marks"/> is nonzero
    /// (all three CV_8UC1 of one size); whether there was any such region. Other pixels of
    /// <paramref name="into"/> are left as they are.
    /// </summary>
    public static bool PaintMarked(Mat mask, Mat marks, Mat into)
    {
        ArgumentNullException.ThrowIfNull(into);
        using var wholeMask = Readable(mask, nameof(mask));
        using var wholeMarks = Readable(marks, nameof(marks));
        if (marks.Size() != mask.Size() || into.Size() != mask.Size())
        {
            throw new ArgumentException("expected marks and into of the mask's size", nameof(marks));
        }

        if (into.Type() != MatType.CV_8UC1 || !into.IsContinuous())
        {
            throw new ArgumentException("expected a whole 8-bit single-channel mask to paint", nameof(into));
        }

        var runs = Label(wholeMask ?? mask);
        var cols = mask.Cols;
        var marked = (wholeMarks ?? marks).AsSpan<byte>();
        var any = false;
        for (var i = 0; i < runs.Count; i++)
        {
            if (marked.Slice((runs.Row(i) * cols) + runs.Start(i), runs.End(i) - runs.Start(i)).ContainsAnyExcept((byte)0))
            {
                runs.Mark(i);
                any = true;
            }
        }

        if (!any)
        {
            return false;
        }

        var painted = into.AsSpan<byte>();
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs.Marked(i))
            {
                painted.Slice((runs.Row(i) * cols) + runs.Start(i), runs.End(i) - runs.Start(i)).Fill(255);
            }
        }

        return true;
    }

    /// <summary>A continuous copy of a mask that is a window on a larger image (null when it is whole); refuses anything but CV_8UC1.</summary>
    private static Mat? Readable(Mat mask, string name)
    {
        ArgumentNullException.ThrowIfNull(mask, name);
        if (mask.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("expected an 8-bit single-channel mask", name);
        }

        return mask.IsContinuous() ? null : mask.Clone();
    }

    /// <summary>The mask's runs, joined into regions.</summary>
    private static Runs Label(Mat mask)
    {
        var (rows, cols) = (mask.Rows, mask.Cols);
        var pixels = mask.AsSpan<byte>();
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
                var run = runs.Add(y, start, end);
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

        return runs;
    }

    /// <summary>Runs as [start, end) on their row, with a union–find over them; a root holds its region's area and whether it is marked.</summary>
    private sealed class Runs
    {
        private int[] _row = new int[256];
        private int[] _start = new int[256];
        private int[] _end = new int[256];
        private int[] _parent = new int[256];
        private int[] _area = new int[256];
        private bool[] _marked = new bool[256];

        public int Count { get; private set; }

        public int Row(int run) => _row[run];

        public int Start(int run) => _start[run];

        public int End(int run) => _end[run];

        public int Add(int row, int start, int end)
        {
            if (Count == _start.Length)
            {
                var size = 2 * Count;
                Array.Resize(ref _row, size);
                Array.Resize(ref _marked, size);
                Array.Resize(ref _start, size);
                Array.Resize(ref _end, size);
                Array.Resize(ref _parent, size);
                Array.Resize(ref _area, size);
            }

            (_row[Count], _start[Count], _end[Count], _parent[Count], _area[Count], _marked[Count]) = (row, start, end, Count, end - start, false);
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
            _marked[root] |= _marked[child];
        }

        /// <summary>Marks the region the run belongs to (call after every join).</summary>
        public void Mark(int run) => _marked[Root(run)] = true;

        public bool Marked(int run) => _marked[Root(run)];

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
