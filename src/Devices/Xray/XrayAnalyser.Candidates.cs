using OpenCvSharp;

namespace Screening.Devices.Xray;

/// <summary>
/// A region one of the analyser's class rules put forward, before anything is decided: the item it
/// may be, the rule's own score (0–1), its box in original pixels, and what was measured of it
/// (<see cref="XrayAnalyser.FeatureNames"/>), the input of the trained verifier.
/// </summary>
/// <remarks><see cref="Grid"/> is the region seen through a coarse grid laid along its long axis
/// (<see cref="XrayAnalyser.GridNames"/>): what its pixels look like, for a verifier network that
/// reads them beside the measurements.</remarks>
public sealed record XrayCandidate(string Item, double RuleScore, PixelBox Box, float[] Features, float[]? Grid = null);

public sealed partial class XrayAnalyser
{
    /// <summary>Slices along a candidate's length for its metal profile.</summary>
    private const int Profiles = 8;

    /// <summary>Cells of <see cref="XrayCandidate.Grid"/> along a candidate's long axis and across it.</summary>
    private const int GridAlong = 8;

    private const int GridAcross = 4;

    /// <summary>What each element of <see cref="XrayCandidate.Grid"/> is, in order: per cell (along, across), the metal and the organic
    /// content against the region's richest cell, and the share of the cell inside the region's outline.</summary>
    public static IReadOnlyList<string> GridNames { get; } =
    [
        .. new[] { "metal", "organic", "inside" }.SelectMany(kind =>
            Enumerable.Range(0, GridAlong * GridAcross).Select(cell => $"{kind} {cell / GridAcross},{cell % GridAcross}")),
    ];

    /// <summary>Rule scores at or below this are not put forward at all.</summary>
    private const double CandidateFloor = 0.02;

    /// <summary>What each element of <see cref="XrayCandidate.Features"/> is, in order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "rule score", "source", "length mm", "width mm", "area mm2", "length/width", "extent", "solidity", "holes",
        "metal mean", "metal sd", "organic mean", "organic sd", "strong-metal share", "gun-steel share", "opaque share",
        "organic around", "metal around",
        "metal sides/middle", "metal dense end/middle", "metal light end/dense end", "organic middle/sides", "metal length spread",
        "metal beyond ends", "metal beyond sides",
        "extra 1", "extra 2", "extra 3", "extra 4", "extra 5", "extra 6",
    ];

    /// <summary>Which cut of which map a candidate came from: a mask's own outline or one opened to part touching things.</summary>
    private enum Source
    {
        Metal = 1,
        StrongMetal,
        MetalSheets,
        StrongSheets,
        SmoothSheets,
        MetalRods,
        StrongRods,
        Bars,
        LightMetal,
        FirmLightMetal,
        Slabs,
        Bodies,
        Cores,
        FirmSlabs,
        MetalSlabs,
        ThinSheets,
        GunBars,
        BroadSheets,
        BroadStrongSheets,
        RaisedSlabs,
        FirmRaisedSlabs,
    }

    private sealed partial class Frame
    {
        /// <summary>
        /// The measurements of a candidate region: its shape (from the outline if it has one, else
        /// its box), its metal and organic content and their spread, how much of it is dense steel
        /// or black, how much stands out from what lies around it, its physical profiles, whether
        /// its metal continues past its ends and sides, and up to six class-specific figures from
        /// the rule that proposed it.
        /// </summary>
        private (float[] Features, float[]? Grid) Describe(Blob? blob, Rect bounds, Source source, double score, ReadOnlySpan<double> extras)
        {
            var f = new float[FeatureNames.Count];
            var grid = analyser.MeasuresGrids ? new float[GridNames.Count] : null;
            var roi = Clip(blob?.Bounds ?? bounds);
            if (roi.Width <= 0 || roi.Height <= 0)
            {
                return (f, grid);
            }

            // One pass over the region and a margin of about 10 mm round it (what lies around, the
            // region itself left out): a few hundred candidates a frame, so no OpenCV call per figure.
            // Inside, each pixel is also placed along the region's long axis (u) and across it (v),
            // both from -1 to 1, for the profiles below.
            // A blob's bounds come from its outline on this frame, so its mask covers the region exactly.
            var mask = blob?.Mask;
            var margin = (int)Math.Round(10 * pxPerMm);
            var around = Clip(new Rect(roi.X - margin, roi.Y - margin, roi.Width + (2 * margin), roi.Height + (2 * margin)));
            var axes = blob?.Rect ?? new RotatedRect(new Point2f(roi.X + (roi.Width / 2f), roi.Y + (roi.Height / 2f)), new Size2f(roi.Width, roi.Height), 0);
            var (cos, sin) = LongAxis(axes);
            var halfLength = Math.Max(1, Math.Max(axes.Size.Width, axes.Size.Height) / 2);
            var halfWidth = Math.Max(1, Math.Min(axes.Size.Width, axes.Size.Height) / 2);
            double metalSum = 0, metalSquares = 0, organicSum = 0, organicSquares = 0, metalAll = 0, organicAll = 0;
            int inside = 0, strong = 0, gun = 0, black = 0;
            Span<double> metalBy = stackalloc double[Profiles];
            Span<int> countBy = stackalloc int[Profiles];
            double sideMetal = 0, middleMetal = 0, sideOrganic = 0, middleOrganic = 0;
            int sides = 0, middles = 0;
            // The grid: every pixel of the region's oriented box (its outline's or not), by cell.
            const int Cells = GridAlong * GridAcross;
            Span<double> cellMetal = stackalloc double[Cells];
            Span<double> cellOrganic = stackalloc double[Cells];
            Span<int> cellPixels = stackalloc int[Cells];
            Span<int> cellInside = stackalloc int[Cells];
            // The maps and the mask are continuous: rows are sliced here, not asked of OpenCV (a
            // native call per row and map would cost more than the sums).
            var cols = work.Width;
            var metalMap = _metal.AsSpan<float>();
            var organicMap = _organic.AsSpan<float>();
            var opaqueMap = _opaque.AsSpan<byte>();
            var maskPixels = mask is null ? default : mask.AsSpan<byte>();
            for (var y = around.Y; y < around.Bottom; y++)
            {
                var metalRow = metalMap.Slice(y * cols, cols);
                var organicRow = organicMap.Slice(y * cols, cols);
                var opaqueRow = opaqueMap.Slice(y * cols, cols);
                var inRows = y >= roi.Y && y < roi.Bottom;
                var maskRow = inRows && mask is not null ? maskPixels.Slice((y - roi.Y) * roi.Width, roi.Width) : default;
                for (var x = around.X; x < around.Right; x++)
                {
                    var m = metalRow[x];
                    var o = organicRow[x];
                    metalAll += m;
                    organicAll += o;
                    var isInside = inRows && x >= roi.X && x < roi.Right && (mask is null || maskRow[x - roi.X] != 0);
                    if (!isInside && grid is null)
                    {
                        continue;
                    }

                    var dx = x - axes.Center.X;
                    var dy = y - axes.Center.Y;
                    var u = ((dx * cos) + (dy * sin)) / halfLength;
                    var across = ((-dx * sin) + (dy * cos)) / halfWidth;
                    if (grid is not null && u is >= -1 and < 1 && across is >= -1 and < 1)
                    {
                        // Clamped: u + 1 can round up to 2 for u just under 1.
                        var cell = (Math.Min(GridAlong - 1, (int)((u + 1) * GridAlong / 2)) * GridAcross) + Math.Min(GridAcross - 1, (int)((across + 1) * GridAcross / 2));
                        cellMetal[cell] += m;
                        cellOrganic[cell] += o;
                        cellPixels[cell]++;
                        cellInside[cell] += isInside ? 1 : 0;
                    }

                    if (!isInside)
                    {
                        continue;
                    }

                    inside++;
                    metalSum += m;
                    metalSquares += m * m;
                    organicSum += o;
                    organicSquares += o * o;
                    strong += m > StrongMetal ? 1 : 0;
                    gun += m > GunSteel ? 1 : 0;
                    black += opaqueRow[x] != 0 ? 1 : 0;
                    var v = Math.Abs(across);
                    var slice = Math.Clamp((int)((u + 1) * Profiles / 2), 0, Profiles - 1);
                    metalBy[slice] += m;
                    countBy[slice]++;
                    if (Math.Abs(u) < 0.5)
                    {
                        if (v > 0.7)
                        {
                            sides++;
                            sideMetal += m;
                            sideOrganic += o;
                        }
                        else if (v < 0.35)
                        {
                            middles++;
                            middleMetal += m;
                            middleOrganic += o;
                        }
                    }
                }
            }

            var n = Math.Max(1, inside);
            var metalMean = metalSum / n;
            var organicMean = organicSum / n;
            var metalSd = Math.Sqrt(Math.Max(0, (metalSquares / n) - (metalMean * metalMean)));
            var organicSd = Math.Sqrt(Math.Max(0, (organicSquares / n) - (organicMean * organicMean)));
            var ring = Math.Max(1.0, ((double)around.Width * around.Height) - inside);
            var organicRing = (organicAll - organicSum) / ring;
            var metalRing = (metalAll - metalSum) / ring;

            // Physical profiles. Across the middle: walls seen edge-on (a tin, a flask, a case's rim,
            // a cell's can) absorb more at the sides than in the middle; a liquid or any round body is
            // thickest in the middle; a phone is flat. Along the length: which end is dense (a gun's
            // slide, a hammer's head, a blade against its handle) and how uneven the length is.
            const double Floor = 0.02;
            var sideRatio = (sideMetal / Math.Max(1, sides) + Floor) / ((middleMetal / Math.Max(1, middles)) + Floor);
            var organicRatio = (middleOrganic / Math.Max(1, middles) + Floor) / ((sideOrganic / Math.Max(1, sides)) + Floor);
            Span<double> slices = stackalloc double[Profiles];
            for (var i = 0; i < Profiles; i++)
            {
                slices[i] = metalBy[i] / Math.Max(1, countBy[i]);
            }

            var first = (slices[0] + slices[1]) / 2;
            var last = (slices[Profiles - 1] + slices[Profiles - 2]) / 2;
            var middle = (slices[(Profiles / 2) - 1] + slices[Profiles / 2]) / 2;
            var (denseEnd, lightEnd) = first >= last ? (first, last) : (last, first);
            double sliceMean = 0, sliceSpread = 0;
            foreach (var value in slices)
            {
                sliceMean += value / Profiles;
            }

            foreach (var value in slices)
            {
                sliceSpread += Math.Abs(value - sliceMean) / Profiles;
            }

            // Continuation: the metal just beyond the region's ends (along its axis) and beyond its
            // long sides, against its own. A piece cut from something longer (the end of a flask, a
            // stretch of a rail or a frame) continues past an end; a whole phone or blade does not.
            var near = 3 * pxPerMm;
            var far = 15 * pxPerMm;
            var ends = Math.Max(
                MetalStrip(axes.Center, (cos, sin), halfLength + near, halfLength + far, halfWidth * 0.7),
                MetalStrip(axes.Center, (-cos, -sin), halfLength + near, halfLength + far, halfWidth * 0.7));
            var beside = Math.Max(
                MetalStrip(axes.Center, (-sin, cos), halfWidth + near, halfWidth + far, halfLength * 0.7),
                MetalStrip(axes.Center, (sin, -cos), halfWidth + near, halfWidth + far, halfLength * 0.7));

            var length = blob?.LengthMm ?? Math.Max(roi.Width, roi.Height) / pxPerMm;
            var width = blob?.WidthMm ?? Math.Min(roi.Width, roi.Height) / pxPerMm;
            ReadOnlySpan<double> common =
            [
                score, (double)source, length, width, blob?.AreaMm2 ?? n / (pxPerMm * pxPerMm), length / Math.Max(1, width),
                blob?.Extent ?? 1, blob?.Solidity ?? 1, blob?.Holes ?? 0,
                metalMean, metalSd, organicMean, organicSd,
                (double)strong / n, (double)gun / n, (double)black / n,
                organicRing, metalRing,
                sideRatio, (denseEnd + Floor) / (middle + Floor), (lightEnd + Floor) / (denseEnd + Floor), organicRatio,
                sliceSpread / (sliceMean + Floor),
                (ends + Floor) / (metalMean + Floor), (beside + Floor) / (metalMean + Floor),
            ];
            for (var i = 0; i < common.Length; i++)
            {
                f[i] = (float)common[i];
            }

            for (var i = 0; i < Math.Min(extras.Length, f.Length - common.Length); i++)
            {
                f[common.Length + i] = (float)extras[i];
            }

            if (grid is not null)
            {
                FillGrid(cellMetal, cellOrganic, cellPixels, cellInside, grid);
            }

            return (f, grid);
        }

        /// <summary>
        /// The grid's cells as <see cref="GridNames"/> lists them, turned so the metal-heavier half
        /// lies first along the axis and first across it: a thing and its mirror image read alike.
        /// Metal and organic are cell means against the richest cell's; inside is the share of the cell's pixels in the outline.
        /// </summary>
        private static void FillGrid(ReadOnlySpan<double> metal, ReadOnlySpan<double> organic, ReadOnlySpan<int> pixels, ReadOnlySpan<int> inside, Span<float> grid)
        {
            const double Floor = 0.02;
            const int Cells = GridAlong * GridAcross;
            Span<double> metalMean = stackalloc double[Cells];
            Span<double> organicMean = stackalloc double[Cells];
            // Metal of the first half less the second's, along and across.
            double alongBalance = 0, acrossBalance = 0, metalTop = 0, organicTop = 0;
            for (var cell = 0; cell < Cells; cell++)
            {
                var n = Math.Max(1, pixels[cell]);
                metalMean[cell] = metal[cell] / n;
                organicMean[cell] = organic[cell] / n;
                metalTop = Math.Max(metalTop, metalMean[cell]);
                organicTop = Math.Max(organicTop, organicMean[cell]);
                alongBalance += cell / GridAcross < GridAlong / 2 ? metal[cell] : -metal[cell];
                acrossBalance += cell % GridAcross < GridAcross / 2 ? metal[cell] : -metal[cell];
            }

            var flipAlong = alongBalance < 0;
            var flipAcross = acrossBalance < 0;
            for (var along = 0; along < GridAlong; along++)
            {
                for (var side = 0; side < GridAcross; side++)
                {
                    var from = ((flipAlong ? GridAlong - 1 - along : along) * GridAcross) + (flipAcross ? GridAcross - 1 - side : side);
                    var to = (along * GridAcross) + side;
                    grid[to] = (float)(metalMean[from] / (metalTop + Floor));
                    grid[Cells + to] = (float)(organicMean[from] / (organicTop + Floor));
                    grid[(2 * Cells) + to] = pixels[from] == 0 ? 0f : (float)inside[from] / pixels[from];
                }
            }
        }

        /// <summary>
        /// Mean metal over a strip beside a point: from <paramref name="from"/> to <paramref name="to"/>
        /// pixels out along <paramref name="outward"/> (a unit vector), and up to <paramref name="halfSpan"/>
        /// pixels either side across it; every second pixel each way, those off the frame left out.
        /// </summary>
        private double MetalStrip(Point2f center, (double X, double Y) outward, double from, double to, double halfSpan)
        {
            double sum = 0;
            var count = 0;
            var metal = _metal.AsSpan<float>();
            var (cols, rows) = (_metal.Cols, _metal.Rows);
            for (var d = from; d <= to; d += 2)
            {
                for (var t = -halfSpan; t <= halfSpan; t += 2)
                {
                    var x = (int)Math.Round(center.X + (d * outward.X) - (t * outward.Y));
                    var y = (int)Math.Round(center.Y + (d * outward.Y) + (t * outward.X));
                    if (x >= 0 && y >= 0 && x < cols && y < rows)
                    {
                        sum += metal[(y * cols) + x];
                        count++;
                    }
                }
            }

            return count == 0 ? 0 : sum / count;
        }
    }
}
