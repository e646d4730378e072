using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>
/// The opaque-area alarm reads the largest region of black a frame has, and the firearm rules the
/// black regions edged with dense steel: the run-based regions must be exactly those of OpenCV's
/// labelling, so every case is compared with <c>Cv2.ConnectedComponents</c> (8-connected).
/// </summary>
public sealed class BinaryRegionsTests
{
    public static TheoryData<int, int, int, double> Cases()
    {
        var cases = new TheoryData<int, int, int, double>();
        // The working size, widths that are not whole vectors, a single row and a single column;
        // sparse specks (many small regions) to masks that are mostly set (one region with holes).
        foreach (var (rows, cols) in new[] { (384, 512), (101, 301), (64, 65), (1, 40), (40, 1) })
        {
            foreach (var share in new[] { 0.02, 0.3, 0.5, 0.8 })
            {
                cases.Add(rows, cols, 1, share);
                cases.Add(rows, cols, 4, share);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Largest_area_is_OpenCVs_to_the_pixel(int rows, int cols, int blur, double share)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            using var mask = RandomMask(rows, cols, seed, blur, share);
            Assert.Equal(OpenCvLargest(mask), BinaryRegions.LargestArea(mask));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Pixels_touching_only_at_a_corner_are_one_region_and_blocks_a_column_apart_are_two(int step)
    {
        using var mask = new Mat(20, 20, MatType.CV_8UC1, Scalar.All(0));
        // A staircase of 12 single pixels, each touching the next only at a corner (down and to the
        // right, or down and to the left): one region of 12, larger than anything else here.
        for (var i = 0; i < 12; i++)
        {
            mask.Set<byte>(2 + i, step > 0 ? 2 + i : 17 - i, 255);
        }

        Assert.Equal(12, BinaryRegions.LargestArea(mask));

        // Two blocks of 2 × 5 one column apart on the same rows: two regions of 10, not one of 20.
        using var blocks = new Mat(20, 20, MatType.CV_8UC1, Scalar.All(0));
        Cv2.Rectangle(blocks, new Rect(10, 12, 2, 5), Scalar.All(255), -1);
        Cv2.Rectangle(blocks, new Rect(13, 12, 2, 5), Scalar.All(255), -1);
        Assert.Equal(10, BinaryRegions.LargestArea(blocks));

        // A U whose arms meet only at the bottom row, which is scanned last: one region.
        using var u = new Mat(10, 10, MatType.CV_8UC1, Scalar.All(0));
        Cv2.Rectangle(u, new Rect(1, 1, 2, 8), Scalar.All(255), -1);
        Cv2.Rectangle(u, new Rect(7, 1, 2, 8), Scalar.All(255), -1);
        Cv2.Rectangle(u, new Rect(1, 8, 8, 1), Scalar.All(255), -1);
        Assert.Equal(Cv2.CountNonZero(u), BinaryRegions.LargestArea(u));
    }

    [Fact]
    public void An_empty_mask_has_no_region_and_a_full_one_is_one_region()
    {
        using var empty = new Mat(30, 40, MatType.CV_8UC1, Scalar.All(0));
        using var full = new Mat(30, 40, MatType.CV_8UC1, Scalar.All(255));
        Assert.Equal(0, BinaryRegions.LargestArea(empty));
        Assert.Equal(30 * 40, BinaryRegions.LargestArea(full));
    }

    [Fact]
    public void A_mask_that_is_a_window_on_a_larger_image_is_read_as_its_own_pixels()
    {
        using var whole = RandomMask(200, 300, seed: 4, blur: 3, share: 0.5);
        using var window = new Mat(whole, new Rect(13, 7, 150, 120));
        using var allMarks = RandomMask(200, 300, seed: 5, blur: 1, share: 0.01);
        using var marks = new Mat(allMarks, new Rect(13, 7, 150, 120));
        Assert.False(window.IsContinuous());
        Assert.Equal(OpenCvLargest(window), BinaryRegions.LargestArea(window));

        using var expected = new Mat(120, 150, MatType.CV_8UC1, Scalar.All(0));
        using var into = new Mat(120, 150, MatType.CV_8UC1, Scalar.All(0));
        Assert.True(OpenCvPaintMarked(window, marks, expected), "nothing marked: the case would not show a misread window");
        Assert.True(BinaryRegions.PaintMarked(window, marks, into));
        using var differs = new Mat();
        Cv2.Compare(expected, into, differs, CmpTypes.NE);
        Assert.Equal(0, Cv2.CountNonZero(differs));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Regions_painted_for_their_marks_are_those_OpenCVs_labels_give(int rows, int cols, int blur, double share)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            using var mask = RandomMask(rows, cols, seed, blur, share);
            // Sparse marks: a few regions are marked, most are not.
            using var marks = RandomMask(rows, cols, seed + 10, 1, 0.01);
            using var into = RandomMask(rows, cols, seed + 20, blur, 0.1);
            using var expected = into.Clone();
            var expectedAny = OpenCvPaintMarked(mask, marks, expected);

            Assert.Equal(expectedAny, BinaryRegions.PaintMarked(mask, marks, into));
            using var differs = new Mat();
            Cv2.Compare(expected, into, differs, CmpTypes.NE);
            Assert.Equal(0, Cv2.CountNonZero(differs));
        }
    }

    [Fact]
    public void A_region_marked_only_at_its_last_row_is_painted_whole_and_an_unmarked_one_is_left()
    {
        using var mask = new Mat(12, 12, MatType.CV_8UC1, Scalar.All(0));
        // A U whose arms join only at the bottom row, marked on one arm's foot; a separate square.
        Cv2.Rectangle(mask, new Rect(1, 1, 2, 8), Scalar.All(255), -1);
        Cv2.Rectangle(mask, new Rect(6, 1, 2, 8), Scalar.All(255), -1);
        Cv2.Rectangle(mask, new Rect(1, 8, 7, 1), Scalar.All(255), -1);
        Cv2.Rectangle(mask, new Rect(9, 9, 2, 2), Scalar.All(255), -1);
        using var marks = new Mat(12, 12, MatType.CV_8UC1, Scalar.All(0));
        marks.Set<byte>(8, 7, 1);
        using var into = new Mat(12, 12, MatType.CV_8UC1, Scalar.All(0));

        Assert.True(BinaryRegions.PaintMarked(mask, marks, into));
        Assert.Equal(2 * 8 + 2 * 8 + 3, Cv2.CountNonZero(into));
        Assert.Equal(255, into.At<byte>(1, 1));
        Assert.Equal(0, into.At<byte>(9, 9));

        using var none = new Mat(12, 12, MatType.CV_8UC1, Scalar.All(0));
        using var untouched = new Mat(12, 12, MatType.CV_8UC1, Scalar.All(0));
        Assert.False(BinaryRegions.PaintMarked(mask, none, untouched));
        Assert.Equal(0, Cv2.CountNonZero(untouched));
    }

    [Fact]
    public void A_mask_that_is_not_8_bit_single_channel_is_refused_by_name()
    {
        using var colour = new Mat(10, 10, MatType.CV_8UC3, Scalar.All(0));
        using var mask = new Mat(10, 10, MatType.CV_8UC1, Scalar.All(0));
        using var small = new Mat(5, 10, MatType.CV_8UC1, Scalar.All(0));
        using var into = new Mat(10, 10, MatType.CV_8UC1, Scalar.All(0));
        using var wider = new Mat(10, 20, MatType.CV_8UC1, Scalar.All(0));
        using var window = new Mat(wider, new Rect(0, 0, 10, 10));
        Assert.Equal("mask", Assert.Throws<ArgumentException>(() => BinaryRegions.LargestArea(colour)).ParamName);
        Assert.Equal("marks", Assert.Throws<ArgumentException>(() => BinaryRegions.PaintMarked(mask, colour, into)).ParamName);
        Assert.Equal("marks", Assert.Throws<ArgumentException>(() => BinaryRegions.PaintMarked(mask, small, into)).ParamName);
        // Painting needs the whole mask to write into: a colour image or a window is refused.
        Assert.Contains("paint", Assert.Throws<ArgumentException>(() => BinaryRegions.PaintMarked(mask, mask, colour)).Message, StringComparison.Ordinal);
        Assert.Contains("paint", Assert.Throws<ArgumentException>(() => BinaryRegions.PaintMarked(mask, mask, window)).Message, StringComparison.Ordinal);
    }

    /// <summary>The same with OpenCV's labels: every pixel of a labelled region with a mark set to 255.</summary>
    private static bool OpenCvPaintMarked(Mat mask, Mat marks, Mat into)
    {
        using var labels = new Mat();
        var count = Cv2.ConnectedComponents(mask, labels, PixelConnectivity.Connectivity8);
        var marked = new bool[count];
        var (rows, cols) = (mask.Rows, mask.Cols);
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < cols; x++)
            {
                var label = labels.At<int>(y, x);
                if (label != 0 && marks.At<byte>(y, x) != 0)
                {
                    marked[label] = true;
                }
            }
        }

        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < cols; x++)
            {
                if (marked[labels.At<int>(y, x)])
                {
                    into.Set<byte>(y, x, 255);
                }
            }
        }

        return marked.Any(m => m);
    }

    private static int OpenCvLargest(Mat mask)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var n = Cv2.ConnectedComponentsWithStats(mask, labels, stats, centroids, PixelConnectivity.Connectivity8);
        var largest = 0;
        for (var i = 1; i < n; i++)
        {
            largest = Math.Max(largest, stats.At<int>(i, (int)ConnectedComponentsTypes.Area));
        }

        return largest;
    }

    /// <summary>Blurred noise cut so that about <paramref name="share"/> of the pixels are set (any nonzero value, not only 255).</summary>
    private static Mat RandomMask(int rows, int cols, int seed, int blur, double share)
    {
        using var noise = new Mat(rows, cols, MatType.CV_8UC1);
        new Random(seed).NextBytes(noise.AsSpan<byte>());
        using var smooth = new Mat();
        Cv2.GaussianBlur(noise, smooth, new Size(0, 0), blur);
        var values = smooth.AsSpan<byte>().ToArray();
        Array.Sort(values);
        // Kept: what is above the value at (1 − share) of the way up, so even 40 pixels at 2 % keep one.
        var cut = values[Math.Clamp((int)((1 - share) * values.Length) - 1, 0, values.Length - 1)];
        var mask = new Mat();
        // Set pixels carry their own value (1–255), so "set" means nonzero, not 255.
        Cv2.Threshold(smooth, mask, cut, 255, ThresholdTypes.Tozero);
        return mask;
    }
}
