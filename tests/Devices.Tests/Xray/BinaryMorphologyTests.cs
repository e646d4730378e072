using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

/// <summary>
/// The analyser's openings must cut exactly the regions OpenCV's would (the trained forests saw
/// OpenCV's), so every case is compared pixel for pixel with <c>Cv2.MorphologyEx</c>.
/// </summary>
public sealed class BinaryMorphologyTests
{
    public static TheoryData<int, int, int, MorphShapes> Cases()
    {
        var cases = new TheoryData<int, int, int, MorphShapes>();
        // The working size, its half (the coarse openings), widths that are not whole words or
        // vectors, and frames smaller than the element.
        foreach (var (rows, cols) in new[] { (384, 512), (192, 256), (101, 301), (64, 65), (9, 7), (1, 40) })
        {
            foreach (var size in new[] { 3, 5, 7, 11, 17, 25, 41 })
            {
                cases.Add(rows, cols, size, MorphShapes.Ellipse);
            }

            cases.Add(rows, cols, 5, MorphShapes.Rect);
            cases.Add(rows, cols, 9, MorphShapes.Cross);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Opening_matches_OpenCV_pixel_for_pixel(int rows, int cols, int size, MorphShapes shape)
    {
        using var kernel = Cv2.GetStructuringElement(shape, new Size(size, size));
        foreach (var seed in new[] { 1, 2 })
        {
            // Blobs of every size (blurred noise cut at its median) touching the frame's edges.
            using var mask = RandomMask(rows, cols, seed, blur: 2 + (seed * 3));
            AssertOpensAsOpenCvDoes(mask, kernel);
        }
    }

    [Theory]
    [InlineData(65)]
    [InlineData(127)]
    public void Elements_whose_runs_shift_by_more_than_half_a_word_match_OpenCV_too(int size)
    {
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(size, size));
        // Blobs of every size, and a slab and a disc broad enough to survive the widest element.
        using var mask = RandomMask(192, 301, seed: 3, blur: 4);
        Cv2.Ellipse(mask, new Point(90, 96), new Size(72, 70), 0, 0, 360, Scalar.All(255), -1);
        Cv2.Rectangle(mask, new Rect(150, 20, 140, 150), Scalar.All(255), -1);
        Assert.True(AssertOpensAsOpenCvDoes(mask, kernel) > 0, "the case opened nothing: it would not show a wrong shift");
    }

    [Fact]
    public void A_mask_that_is_a_window_on_a_larger_image_is_read_as_its_own_pixels()
    {
        using var whole = RandomMask(200, 300, seed: 4, blur: 5);
        using var window = new Mat(whole, new Rect(13, 7, 150, 120));
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(9, 9));
        Assert.False(window.IsContinuous());
        AssertOpensAsOpenCvDoes(window, kernel);
    }

    [Fact]
    public void A_full_mask_stays_full_and_an_empty_one_empty()
    {
        // The outside counts as set while eroding: nothing is worn away from the frame's edges.
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(25, 25));
        using var full = new Mat(100, 130, MatType.CV_8UC1, Scalar.All(255));
        using var empty = new Mat(100, 130, MatType.CV_8UC1, Scalar.All(0));
        using var openedFull = BinaryMorphology.Open(full, kernel);
        using var openedEmpty = BinaryMorphology.Open(empty, kernel);
        Assert.Equal(100 * 130, Cv2.CountNonZero(openedFull));
        Assert.Equal(0, Cv2.CountNonZero(openedEmpty));
    }

    [Fact]
    public void A_thin_wire_goes_and_a_broad_slab_stays()
    {
        using var mask = new Mat(200, 300, MatType.CV_8UC1, Scalar.All(0));
        Cv2.Rectangle(mask, new Rect(20, 20, 250, 4), Scalar.All(255), -1);   // a cable, 4 px across
        Cv2.Rectangle(mask, new Rect(100, 80, 80, 60), Scalar.All(255), -1);  // a phone
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(11, 11));
        using var opened = BinaryMorphology.Open(mask, kernel);
        using var wire = new Mat(opened, new Rect(20, 20, 250, 4));
        using var slab = new Mat(opened, new Rect(100, 80, 80, 60));
        Assert.Equal(0, Cv2.CountNonZero(wire));
        Assert.True(Cv2.CountNonZero(slab) > 0.95 * 80 * 60);
    }

    [Fact]
    public void Elements_it_cannot_do_and_masks_that_are_not_masks_are_refused_by_name()
    {
        using var mask = new Mat(10, 10, MatType.CV_8UC1, Scalar.All(0));
        using var even = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(6, 6));
        using var holed = new Mat(3, 3, MatType.CV_8UC1, Scalar.All(255));
        holed.Set<byte>(1, 1, 0);
        using var wide = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(129, 3));
        using var colour = new Mat(10, 10, MatType.CV_8UC3, Scalar.All(0));
        using var disc = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(5, 5));
        using var blank = new Mat(5, 5, MatType.CV_8UC1, Scalar.All(0));

        Assert.Equal("kernel", Assert.Throws<ArgumentException>(() => BinaryMorphology.Open(mask, even)).ParamName);
        Assert.Contains("row 1", Assert.Throws<ArgumentException>(() => BinaryMorphology.Open(mask, holed)).Message, StringComparison.Ordinal);
        Assert.Contains("127", Assert.Throws<ArgumentException>(() => BinaryMorphology.Open(mask, wide)).Message, StringComparison.Ordinal);
        Assert.Equal("mask", Assert.Throws<ArgumentException>(() => BinaryMorphology.Open(colour, disc)).ParamName);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => BinaryMorphology.Open(mask, blank)).Message, StringComparison.Ordinal);
    }

    /// <summary>Asserts the opening is OpenCV's to the pixel; returns how many pixels it kept.</summary>
    private static int AssertOpensAsOpenCvDoes(Mat mask, Mat kernel)
    {
        using var expected = new Mat();
        Cv2.MorphologyEx(mask, expected, MorphTypes.Open, kernel);
        using var actual = BinaryMorphology.Open(mask, kernel);
        using var differs = new Mat();
        Cv2.Compare(expected, actual, differs, CmpTypes.NE);
        Assert.Equal(0, Cv2.CountNonZero(differs));
        return Cv2.CountNonZero(expected);
    }

    private static Mat RandomMask(int rows, int cols, int seed, int blur)
    {
        using var noise = new Mat(rows, cols, MatType.CV_8UC1);
        new Random(seed).NextBytes(noise.AsSpan<byte>());
        using var smooth = new Mat();
        Cv2.GaussianBlur(noise, smooth, new Size(0, 0), blur);
        var mask = new Mat();
        Cv2.Threshold(smooth, mask, Cv2.Mean(smooth).Val0, 255, ThresholdTypes.Binary);
        return mask;
    }
}
