using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OpenCvSharp;

namespace Screening.Devices.Xray;

public sealed partial class XrayAnalyser
{
    // Mask levels, as metal attenuation (≈ 0.3 per mm of steel) or organic attenuation (≈ 0.019 per mm of plastic or water).
    private const float LightMetal = 0.05f;   // glass, aluminium, thin steel: phones, bottles, SIM contacts
    private const float FirmLightMetal = 0.16f; // a second cut, to part light-metal things that touch
    private const float Metal = 0.25f;        // about 0.8 mm of steel
    private const float StrongMetal = 0.45f;  // about 1.5 mm of steel: blades, keys, coins
    private const float GunSteel = 1.4f;      // about 5 mm of steel: slides, barrels, cylinders
    private const float LeadCore = 2.2f;      // bullet cores (or stacks of metal)
    private const double OrganicPenalty = 0.12; // metal asked for per unit of organic attenuation over it

    /// <summary>A connected region and its shape, measured at the working size (lengths in millimetres).</summary>
    /// <remarks><see cref="Mask"/> is the region filled within <see cref="Bounds"/> (which the frame
    /// owns and disposes with itself; read it, never write it).</remarks>
    private sealed record Blob(Rect Bounds, double AreaMm2, double LengthMm, double WidthMm, double Extent, double Solidity, int Holes, double MeanMetal, double MeanOrganic, Point[] Contour, RotatedRect Rect, Mat Mask);

    /// <summary>One frame's working state; disposed after the analysis.</summary>
    private sealed partial class Frame(XrayAnalyser analyser, Mat fine, Size work, double pxPerMm, double toOriginal, int originalWidth, int originalHeight) : IDisposable
    {
        private readonly Mat _metal = new(work.Height, work.Width, MatType.CV_32FC1);
        private readonly Mat _organic = new(work.Height, work.Width, MatType.CV_32FC1);
        private readonly Mat _opaque = new(work.Height, work.Width, MatType.CV_8UC1);
        private readonly Mat _gunSteel = new(work.Height, work.Width, MatType.CV_8UC1);

        /// <summary>Gun steel with black steel added (<see cref="AddBlackSteel"/>); null when the frame has none.</summary>
        private Mat? _blackSteel;
        private readonly List<XrayCandidate> _candidates = [];
        private readonly List<(string Item, Rect Bounds, double AreaMm2)> _weighed = [];
        private readonly List<Mat> _blobMasks = [];
        private XrayAnalyserOptions Options => analyser.Options;

        public void Dispose()
        {
            _metal.Dispose();
            _organic.Dispose();
            _opaque.Dispose();
            _gunSteel.Dispose();
            _blackSteel?.Dispose();
            foreach (var mask in _blobMasks)
            {
                mask.Dispose();
            }
        }

        /// <summary>Every region a class rule put forward, with its measurements; the analysis before any decision.</summary>
        public (bool OpaqueArea, double LargestMm2, IReadOnlyList<XrayCandidate> Candidates, MaterialShares Shares) Propose()
        {
            var shares = BuildMaps();
            var (opaqueArea, largest) = Opaque();
            SubtractRails();
            BuildGunSteel();

            // Under thick organic matter the hue (and so the metal part) is noisier: ask for more metal there.
            using var metalLevel = new Mat();
            Cv2.AddWeighted(_metal, 1, _organic, -OrganicPenalty, 0, metalLevel);
            using var metalMask = Threshold(metalLevel, Metal, open: true);
            Cv2.BitwiseOr(metalMask, _opaque, metalMask);
            // Light metal (phone cases, glass) is little above the noise: a light blur (about 1 mm)
            // keeps its outlines from fraying into holes and notches on a noisy scanner. Dense metal
            // is cut unblurred, so keys, coins and wires lying close stay apart.
            using var lightMetal = new Mat();
            using var lightOrganic = new Mat();
            Cv2.GaussianBlur(_metal, lightMetal, new Size(3, 3), 0.8);
            Cv2.GaussianBlur(_organic, lightOrganic, new Size(3, 3), 0.8);
            using var lightLevel = new Mat();
            Cv2.AddWeighted(lightMetal, 1, lightOrganic, -OrganicPenalty, 0, lightLevel);
            using var lightMask = Threshold(lightMetal, LightMetal, open: true);
            Cv2.BitwiseOr(lightMask, _opaque, lightMask);

            // A second, stricter cut separates metal things that touch at the first one.
            using var strongMask = Threshold(metalLevel, StrongMetal, open: true);
            foreach (var (mask, source) in new[] { (metalMask, Source.Metal), (strongMask, Source.StrongMetal) })
            {
                foreach (var blob in Blobs(mask, minAreaMm2: 40, minLengthMm: 40))
                {
                    Knife(blob, source);
                    Tool(blob, source);
                    Cell(blob, source);
                    Firearm(blob, source);
                }
            }

            // Blades are at least 15 mm wide where they matter: opening with a 9 mm disc parts them
            // from the wires, zips and key blades that touch them (only the very tip is lost). Cut
            // from the lightly blurred map too, so a noisy scanner does not fray a blade's outline.
            using var smoothMetalMask = Threshold(lightLevel, Metal, open: true);
            foreach (var (level, source) in new[] { (metalMask, Source.MetalSheets), (strongMask, Source.StrongSheets), (smoothMetalMask, Source.SmoothSheets) })
            {
                using var sheets = Opened(level, 9);
                foreach (var blob in Blobs(sheets, minAreaMm2: 300, minLengthMm: 55, maxLengthMm: 360))
                {
                    Knife(blob, source);
                }
            }

            // A broad blade (a kitchen or chef's knife, 25–50 mm at the heel) with keys or a clasp
            // against it: a 16 mm opening leaves the blade and drops the key blades and wires.
            foreach (var (level, source) in new[] { (metalMask, Source.BroadSheets), (strongMask, Source.BroadStrongSheets) })
            {
                using var broad = Opened(level, 16, coarse: true);
                foreach (var blob in Blobs(broad, minAreaMm2: 600, minLengthMm: 55, maxLengthMm: 360))
                {
                    Knife(blob, source);
                }
            }

            // Thin blades (a utility knife's 0.5 mm steel) show only at the light-metal cut, where
            // much else does too: a 6 mm opening parts the blade from the wires and rails beside it.
            using (var thin = Opened(lightMask, 6))
            {
                foreach (var blob in Blobs(thin, minAreaMm2: 300, minLengthMm: 55, maxLengthMm: 360))
                {
                    Knife(blob, Source.ThinSheets);
                }
            }

            // Cells are 18 mm cylinders: a 12 mm opening parts them from the wires and keys on them.
            foreach (var (level, source) in new[] { (metalMask, Source.MetalRods), (strongMask, Source.StrongRods) })
            {
                using var rods = Opened(level, 12);
                foreach (var blob in Blobs(rods, minAreaMm2: 400, minLengthMm: 40, maxLengthMm: 100))
                {
                    Cell(blob, source);
                }
            }

            // Tools are thick steel at least 5 mm across: a 5 mm opening of the strong cut parts them
            // from wires, chains and zips.
            using var bars = Opened(strongMask, 5);
            foreach (var blob in Blobs(bars, minAreaMm2: 300, minLengthMm: 75))
            {
                Tool(blob, Source.Bars);
            }

            using var firmMask = Threshold(lightLevel, FirmLightMetal, open: true);
            foreach (var (blob, source) in Blobs(lightMask, minAreaMm2: 40, minLengthMm: 38).Select(b => (b, Source.LightMetal))
                .Concat(Blobs(firmMask, minAreaMm2: 2000, minLengthMm: 65).Select(b => (b, Source.FirmLightMetal))))
            {
                Firearm(blob, source);
                Phone(blob, source);
                Bottle(blob, source);
            }

            // Phones are flat slabs at least 44 mm wide: opening with a disc of about 30 mm cuts away
            // what merely touches them (cables, keys, pens, a zip), so the slab's own outline is measured.
            using (var slabs = Opened(lightMask, 30))
            {
                foreach (var blob in Blobs(slabs, minAreaMm2: 2000, minLengthMm: 65, maxLengthMm: 240))
                {
                    Phone(blob, Source.Slabs);
                }
            }

            // A phone lying on other metal: its denser parts (battery, board), parted at the firmer cuts.
            foreach (var (level, source) in new[] { (firmMask, Source.FirmSlabs), (metalMask, Source.MetalSlabs) })
            {
                using var cores = Opened(level, 20);
                foreach (var blob in Blobs(cores, minAreaMm2: 1500, minLengthMm: 60, maxLengthMm: 240))
                {
                    Phone(blob, source);
                }
            }

            // A phone inside something that is itself light metal (a foil wrapper, a shielding pouch,
            // a tin, a device's casing) or lying on a broad sheet of it: the host and the phone make one
            // region at every cut above. What the phone adds stands above the host's own level: the map
            // less its background (an opening with a square wider than any phone) keeps it, and the
            // host, wider than the square, drops out.
            using (var raised = Raised(lightMetal, 110))
            {
                foreach (var (level, source) in new[] { (LightMetal, Source.RaisedSlabs), (FirmLightMetal, Source.FirmRaisedSlabs) })
                {
                    using var mask = Threshold(raised, level, open: true);
                    using var slabs = Opened(mask, 12);
                    foreach (var blob in Blobs(slabs, minAreaMm2: 700, minLengthMm: 38, maxLengthMm: 240))
                    {
                        // Not as batteries: the battery forest has not been trained on these regions.
                        Phone(blob, source, alsoBattery: false);
                    }
                }
            }

            // Likewise bottles, whose necks (about 25 mm across) must survive the opening.
            using (var bodies = Opened(lightMask, 18, coarse: true))
            {
                foreach (var blob in Blobs(bodies, minAreaMm2: 1500, minLengthMm: 70, maxLengthMm: 380, minWidthMm: 20))
                {
                    Bottle(blob, Source.Bodies);
                }
            }

            Ammunition(metalMask);
            GunBars(strongMask);

            return (opaqueArea, largest, _candidates, shares);
        }

        // ---- maps --------------------------------------------------------------------------

        /// <summary>Material classes counted in four tallies taken in turn (neighbours are mostly of one material, and one tally would have each pixel wait for the last one's count).</summary>
        private const int Tallies = 4;

        private const int Materials = (int)XrayMaterial.Opaque + 1;

        private MaterialShares BuildMaps()
        {
            Span<int> byMaterial = stackalloc int[Tallies * Materials];
            byMaterial.Clear();
            if (fine.Cols == 2 * work.Width && fine.Rows == 2 * work.Height && work.Width % 16 == 0)
            {
                MapHalving(byMaterial);
            }
            else
            {
                using var hsv = new Mat();
                Cv2.CvtColor(fine, hsv, ColorConversionCodes.BGR2HSV);
                MapThenResize(hsv, byMaterial);
            }

            Span<int> counted = stackalloc int[Materials];
            for (var i = 0; i < byMaterial.Length; i++)
            {
                counted[i % Materials] += byMaterial[i];
            }

            double total = (double)fine.Rows * fine.Cols;
            return new MaterialShares(
                counted[(int)XrayMaterial.Background] / total, counted[(int)XrayMaterial.Organic] / total, counted[(int)XrayMaterial.Mixed] / total,
                counted[(int)XrayMaterial.Inorganic] / total, counted[(int)XrayMaterial.Opaque] / total);
        }

        /// <summary>Per hue (0–179 from OpenCV, anything above read as 179): its row in the tables, times 256.</summary>
        private static readonly int[] HueRow = [.. Enumerable.Range(0, 256).Select(h => Math.Min(h, GreyRow - 1) << 8)];

        /// <summary>
        /// The analyser's colour tables, read by reference: the per-pixel loops run at up to twice the
        /// working size, where bounds checks would cost more than the lookups.
        /// </summary>
        private readonly ref struct ColourTables
        {
            private readonly ref float _attenuation;
            private readonly ref byte _material;
            private readonly ref int _greyness;
            private readonly ref int _hueRow;

            public ColourTables(XrayAnalyser analyser)
            {
                _attenuation = ref MemoryMarshal.GetArrayDataReference(analyser._attenuationAt);
                _material = ref MemoryMarshal.GetArrayDataReference(analyser._materialAt);
                _greyness = ref MemoryMarshal.GetArrayDataReference(analyser._greyness);
                _hueRow = ref MemoryMarshal.GetArrayDataReference(HueRow);
            }

            /// <summary>Where an HSV pixel's colour is in the tables: its hue's row (the grey row if it has too little colour for a hue) and its value; tables, not branches (noisy saturations would defeat the branch predictor).</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int IndexOf(ref byte hsv, int pixel)
            {
                var grey = Unsafe.Add(ref _greyness, Unsafe.Add(ref hsv, (3 * pixel) + 1));
                var row = (Unsafe.Add(ref _hueRow, Unsafe.Add(ref hsv, 3 * pixel)) & ~grey) | ((GreyRow << 8) & grey);
                return row + Unsafe.Add(ref hsv, (3 * pixel) + 2);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public float Metal(int at) => Unsafe.Add(ref _attenuation, 2 * at);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public float Organic(int at) => Unsafe.Add(ref _attenuation, (2 * at) + 1);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public byte Material(int at) => Unsafe.Add(ref _material, at);
        }

        /// <summary>Working rows converted to HSV at a time in <see cref="MapHalving"/>: a band small enough to stay in the nearest cache between its conversion and its lookups.</summary>
        private const int BandRows = 4;

        /// <summary>
        /// The usual case, a frame read at exactly twice the working size: each 2 × 2 block of fine
        /// pixels is looked up and averaged into one working pixel in the same pass, the sums in the
        /// order OpenCV's area resize takes them (so the maps are the same to the bit), and the block
        /// is opaque where at least two of its four pixels are (as the resized 8-bit mask cut at 127).
        /// The frame is converted to HSV a band of rows at a time, just before the band is read.
        /// </summary>
        private void MapHalving(Span<int> byMaterial)
        {
            var (fineCols, cols, rows) = (fine.Cols, work.Width, work.Height);
            using var hsv = new Mat(2 * BandRows, fineCols, MatType.CV_8UC3);
            ref var px = ref MemoryMarshal.GetReference(hsv.AsSpan<byte>());
            ref var m = ref MemoryMarshal.GetReference(_metal.AsSpan<float>());
            ref var o = ref MemoryMarshal.GetReference(_organic.AsSpan<float>());
            ref var q = ref MemoryMarshal.GetReference(_opaque.AsSpan<byte>());
            ref var counts = ref MemoryMarshal.GetReference(byMaterial);
            var tables = new ColourTables(analyser);
            for (var band = 0; band < rows; band += BandRows)
            {
                var bandRows = Math.Min(BandRows, rows - band);
                using (var bgr = fine.RowRange(2 * band, 2 * (band + bandRows)))
                using (var into = hsv.RowRange(0, 2 * bandRows))
                {
                    Cv2.CvtColor(bgr, into, ColorConversionCodes.BGR2HSV);
                }

                for (var y = band; y < band + bandRows; y++)
                {
                    var top = 2 * (y - band) * fineCols;
                    var bottom = top + fineCols;
                    for (var x = 0; x < cols; x++)
                    {
                        var a = tables.IndexOf(ref px, top + (2 * x));
                        var b = tables.IndexOf(ref px, top + (2 * x) + 1);
                        var c = tables.IndexOf(ref px, bottom + (2 * x));
                        var d = tables.IndexOf(ref px, bottom + (2 * x) + 1);
                        var ma = tables.Material(a);
                        var mb = tables.Material(b);
                        var mc = tables.Material(c);
                        var md = tables.Material(d);
                        Unsafe.Add(ref counts, ma)++;
                        Unsafe.Add(ref counts, Materials + mb)++;
                        Unsafe.Add(ref counts, (2 * Materials) + mc)++;
                        Unsafe.Add(ref counts, (3 * Materials) + md)++;
                        var opaque = (ma == (byte)XrayMaterial.Opaque ? 1 : 0) + (mb == (byte)XrayMaterial.Opaque ? 1 : 0)
                            + (mc == (byte)XrayMaterial.Opaque ? 1 : 0) + (md == (byte)XrayMaterial.Opaque ? 1 : 0);
                        var i = (y * cols) + x;
                        Unsafe.Add(ref q, i) = opaque >= 2 ? (byte)255 : (byte)0;
                        Unsafe.Add(ref m, i) = ((tables.Metal(a) + tables.Metal(b)) + (tables.Metal(c) + tables.Metal(d))) * 0.25f;
                        Unsafe.Add(ref o, i) = ((tables.Organic(a) + tables.Organic(b)) + (tables.Organic(c) + tables.Organic(d))) * 0.25f;
                    }
                }
            }
        }

        /// <summary>Any other size: the maps at the fine size, then averaged down to the working size.</summary>
        private void MapThenResize(Mat hsv, Span<int> byMaterial)
        {
            using var metalFine = new Mat(fine.Rows, fine.Cols, MatType.CV_32FC1);
            using var organicFine = new Mat(fine.Rows, fine.Cols, MatType.CV_32FC1);
            using var opaqueFine = new Mat(fine.Rows, fine.Cols, MatType.CV_8UC1);
            ref var px = ref MemoryMarshal.GetReference(hsv.AsSpan<byte>());
            ref var m = ref MemoryMarshal.GetReference(metalFine.AsSpan<float>());
            ref var o = ref MemoryMarshal.GetReference(organicFine.AsSpan<float>());
            ref var q = ref MemoryMarshal.GetReference(opaqueFine.AsSpan<byte>());
            ref var counts = ref MemoryMarshal.GetReference(byMaterial);
            var tables = new ColourTables(analyser);
            var n = fine.Rows * fine.Cols;
            for (var i = 0; i < n; i++)
            {
                var at = tables.IndexOf(ref px, i);
                var material = tables.Material(at);
                Unsafe.Add(ref counts, ((i & (Tallies - 1)) * Materials) + material)++;
                Unsafe.Add(ref q, i) = material == (byte)XrayMaterial.Opaque ? (byte)255 : (byte)0;
                Unsafe.Add(ref m, i) = tables.Metal(at);
                Unsafe.Add(ref o, i) = tables.Organic(at);
            }

            if (fine.Cols == work.Width && fine.Rows == work.Height)
            {
                metalFine.CopyTo(_metal);
                organicFine.CopyTo(_organic);
                opaqueFine.CopyTo(_opaque);
            }
            else
            {
                // Area averaging of attenuations: the mean of what the pixels absorbed.
                Cv2.Resize(metalFine, _metal, work, 0, 0, InterpolationFlags.Area);
                Cv2.Resize(organicFine, _organic, work, 0, 0, InterpolationFlags.Area);
                Cv2.Resize(opaqueFine, _opaque, work, 0, 0, InterpolationFlags.Area);
                Cv2.Threshold(_opaque, _opaque, 127, 255, ThresholdTypes.Binary);
            }
        }

        /// <summary>Straight runs of light metal at least this long along the belt or across it are a trolley's rails.</summary>
        private const double RailMm = 240;

        /// <summary>
        /// Takes a trolley's rails out of the maps. A bag's trolley frame and handle are light tubes
        /// laid along and across the belt, longer than most things in a bag; whatever lies across
        /// them merged with them into one region too big to be anything. Attenuation adds, so along
        /// each rail (row by row for one along the belt, column by column for one across it) the
        /// rail's own typical attenuation is subtracted, and what lies over it stays. A run whose
        /// median is steel-dense is not a rail and is left alone; a light item of 240 mm or more
        /// lying exactly along or across the belt (a long glass bottle) loses the rows it fills.
        /// </summary>
        private void SubtractRails()
        {
            using var light8 = new Mat(_metal.Rows, _metal.Cols, MatType.CV_8UC1);
            Cut(_metal.AsSpan<float>(), LightMetal, light8.AsSpan<byte>());
            using var seen = new Mat();
            Cv2.BitwiseNot(_opaque, seen);
            Cv2.BitwiseAnd(light8, seen, light8);
            var run = Math.Max(3, (int)Math.Round(RailMm * pxPerMm));
            SubtractAlongRows(light8, _metal, _organic, run);

            // Rails across the belt: the same along the columns, on transposed copies.
            // Cv2.Transpose into owned Mats, not Mat.T(): its MatExpr temporaries would hold the
            // maps until the collector gets to them.
            using var lightT = new Mat();
            using var metalT = new Mat();
            using var organicT = new Mat();
            Cv2.Transpose(light8, lightT);
            Cv2.Transpose(_metal, metalT);
            Cv2.Transpose(_organic, organicT);
            if (SubtractAlongRows(lightT, metalT, organicT, run))
            {
                Cv2.Transpose(metalT, _metal);
                Cv2.Transpose(organicT, _organic);
            }
        }

        /// <summary>
        /// On each row, the runs of <paramref name="mask"/> at least <paramref name="run"/> pixels long
        /// are rail: their median attenuation is subtracted from them. Whether any row had one.
        /// </summary>
        private static bool SubtractAlongRows(Mat mask, Mat metal, Mat organic, int run)
        {
            var rows = mask.Rows;
            var any = false;
            var metalValues = new List<float>();
            var organicValues = new List<float>();
            for (var y = 0; y < rows; y++)
            {
                var maskRow = mask.RowSpan<byte>(y);
                if (maskRow.Count((byte)0) > maskRow.Length - run)
                {
                    continue;
                }

                var metalRow = metal.RowSpan<float>(y);
                var organicRow = organic.RowSpan<float>(y);
                metalValues.Clear();
                organicValues.Clear();
                // The runs long enough, as [start, end) pairs.
                var runs = new List<(int Start, int End)>();
                for (var x = 0; x < maskRow.Length;)
                {
                    if (maskRow[x] == 0)
                    {
                        x++;
                        continue;
                    }

                    var start = x;
                    while (x < maskRow.Length && maskRow[x] != 0)
                    {
                        x++;
                    }

                    if (x - start >= run)
                    {
                        runs.Add((start, x));
                        for (var k = start; k < x; k++)
                        {
                            metalValues.Add(metalRow[k]);
                            organicValues.Add(organicRow[k]);
                        }
                    }
                }

                if (runs.Count == 0)
                {
                    continue;
                }

                metalValues.Sort();
                organicValues.Sort();
                var railMetal = metalValues[metalValues.Count / 2];
                var railOrganic = organicValues[organicValues.Count / 2];
                if (railMetal >= Metal)
                {
                    // Rails are light tubes (aluminium, thin steel). A run this dense is steel in
                    // its own right, say a long gun barrel lying along the belt: left alone.
                    continue;
                }

                any = true;
                foreach (var (start, end) in runs)
                {
                    for (var x = start; x < end; x++)
                    {
                        metalRow[x] = Math.Max(0, metalRow[x] - railMetal);
                        organicRow[x] = Math.Max(0, organicRow[x] - railOrganic);
                    }
                }
            }

            return any;
        }

        private (bool Alarm, double LargestMm2) Opaque()
        {
            var largest = BinaryRegions.LargestArea(_opaque);
            var mm2 = largest / (pxPerMm * pxPerMm);
            return (mm2 >= Options.OpaqueAreaMm2, Math.Round(mm2));
        }

        /// <summary>255 where the map is above <paramref name="level"/>, 0 elsewhere (as <c>Cv2.Threshold</c>'s binary cut made 8-bit), opened with a 3 × 3 square if asked.</summary>
        private static Mat Threshold(Mat map, float level, bool open)
        {
            if (map.Type() != MatType.CV_32FC1)
            {
                throw new ArgumentException("expected a map of 32-bit floats", nameof(map));
            }

            var mask = new Mat(map.Rows, map.Cols, MatType.CV_8UC1);
            using var whole = map.IsContinuous() ? null : map.Clone();
            Cut((whole ?? map).AsSpan<float>(), level, mask.AsSpan<byte>());
            if (open)
            {
                using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3));
                Cv2.MorphologyEx(mask, mask, MorphTypes.Open, kernel);
            }

            return mask;
        }

        /// <summary>Each value above <paramref name="level"/> as 255, the rest (NaN too) as 0: sixteen at a time, two vectors of floats compared and narrowed to bytes.</summary>
        private static void Cut(ReadOnlySpan<float> values, float level, Span<byte> cut)
        {
            // The vector stores are unchecked: a short mask (or a window's empty span) must not get that far.
            if (cut.Length != values.Length)
            {
                throw new ArgumentException($"expected {values.Length} mask bytes for as many values, had {cut.Length}", nameof(cut));
            }

            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var bar = Vector256.Create(level);
                ref var from = ref MemoryMarshal.GetReference(values);
                ref var to = ref MemoryMarshal.GetReference(cut);
                for (; i <= values.Length - 16; i += 16)
                {
                    var low = Vector256.GreaterThan(Vector256.LoadUnsafe(ref from, (nuint)i), bar).AsInt32();
                    var high = Vector256.GreaterThan(Vector256.LoadUnsafe(ref from, (nuint)(i + 8)), bar).AsInt32();
                    // All-ones lanes narrow to -1 (255 as a byte), clear lanes to 0.
                    var words = Vector256.Narrow(low, high);
                    Vector128.StoreUnsafe(Vector128.Narrow(words.GetLower(), words.GetUpper()).AsByte(), ref to, (nuint)i);
                }
            }

            for (; i < values.Length; i++)
            {
                cut[i] = values[i] > level ? (byte)255 : (byte)0;
            }
        }

        /// <summary>
        /// Whether a region all but the same as this one (box IoU ≥ 0.9, area within 10 %) was already
        /// weighed as <paramref name="item"/>: the cuts and openings often find one blade or one
        /// phone several times over, and each reading would cost a profile, a description and a
        /// forest's vote for nothing new. Remembers this one otherwise.
        /// </summary>
        private bool Seen(string item, Blob b)
        {
            foreach (var (other, bounds, area) in _weighed)
            {
                if (other == item && Math.Abs(area - b.AreaMm2) <= 0.1 * Math.Max(area, b.AreaMm2))
                {
                    var common = bounds & b.Bounds;
                    var overlap = (double)common.Width * common.Height;
                    var union = ((double)bounds.Width * bounds.Height) + ((double)b.Bounds.Width * b.Bounds.Height) - overlap;
                    if (union > 0 && overlap >= 0.9 * union)
                    {
                        return true;
                    }
                }
            }

            _weighed.Add((item, b.Bounds, b.AreaMm2));
            return false;
        }

        /// <summary>
        /// A map less its background: the grey-level opening with a square of the given side (at a
        /// quarter of the working size, where the square is a few pixels across), brought back to
        /// full size. What is narrower than the square and above what surrounds it remains; broad
        /// things and the level they lie on go to zero.
        /// </summary>
        private Mat Raised(Mat map, double sideMm)
        {
            using var small = new Mat();
            Cv2.Resize(map, small, new Size((map.Width + 3) / 4, (map.Height + 3) / 4), 0, 0, InterpolationFlags.Area);
            var side = KernelPixels(sideMm, shrink: 4);
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(side, side));
            Cv2.MorphologyEx(small, small, MorphTypes.Open, kernel);
            // The background is not allowed above the map (the upscale blurs its steps).
            var raised = new Mat();
            Cv2.Resize(small, raised, map.Size(), 0, 0, InterpolationFlags.Linear);
            Cv2.Min(raised, map, raised);
            Cv2.Subtract(map, raised, raised);
            return raised;
        }

        /// <summary>A structuring element's side in pixels for a length in millimetres, at the working size divided by <paramref name="shrink"/>: odd, and at least 3.</summary>
        private int KernelPixels(double mm, int shrink = 1) => Math.Max(3, (int)Math.Round(mm * pxPerMm / shrink) | 1);

        /// <summary>A morphological opening with a disc of the given diameter: what is narrower goes (OpenCV's disc, opened a word of pixels at a time).</summary>
        private Mat Opened(Mat mask, double diameterMm, bool coarse = false)
        {
            if (coarse)
            {
                // Opened at half size (half the disc, a quarter of the pixels), then only what the
                // mask itself holds is kept: coarser outlines, which the forests were trained on.
                using var half = new Mat();
                Cv2.Resize(mask, half, new Size((mask.Width + 1) / 2, (mask.Height + 1) / 2), 0, 0, InterpolationFlags.Area);
                Cv2.Threshold(half, half, 127, 255, ThresholdTypes.Binary);
                var dh = KernelPixels(diameterMm, shrink: 2);
                using var halfKernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(dh, dh));
                using var halfOpened = dh > BinaryMorphology.WidestElement ? half.MorphologyEx(MorphTypes.Open, halfKernel) : BinaryMorphology.Open(half, halfKernel);
                var back = new Mat();
                Cv2.Resize(halfOpened, back, mask.Size(), 0, 0, InterpolationFlags.Nearest);
                Cv2.BitwiseAnd(back, mask, back);
                return back;
            }

            var d = KernelPixels(diameterMm);
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(d, d));
            if (d > BinaryMorphology.WidestElement)
            {
                // Only with a working width far above the default (a disc over 127 px); OpenCV's own is exact too.
                var opened = new Mat();
                Cv2.MorphologyEx(mask, opened, MorphTypes.Open, kernel);
                return opened;
            }

            return BinaryMorphology.Open(mask, kernel);
        }

        // ---- regions -----------------------------------------------------------------------

        /// <summary>
        /// The outer regions of a mask at least <paramref name="minAreaMm2"/> large whose rotated box
        /// fits the length and width limits (checked before the costlier measurements).
        /// </summary>
        private List<Blob> Blobs(Mat mask, double minAreaMm2, double minLengthMm = 0, double maxLengthMm = double.MaxValue, double minWidthMm = 0)
        {
            Cv2.FindContours(mask, out var contours, out var hierarchy, RetrievalModes.CComp, ContourApproximationModes.ApproxSimple);
            var blobs = new List<Blob>();
            for (var i = 0; i < contours.Length; i++)
            {
                if (hierarchy[i].Parent >= 0)
                {
                    continue;
                }

                var area = Cv2.ContourArea(contours[i]);
                if (area / (pxPerMm * pxPerMm) < minAreaMm2)
                {
                    continue;
                }

                var box = Cv2.MinAreaRect(contours[i]);
                var length = (Math.Max(box.Size.Width, box.Size.Height) + 1) / pxPerMm;
                var width = (Math.Min(box.Size.Width, box.Size.Height) + 1) / pxPerMm;
                if (length < minLengthMm || length > maxLengthMm || width < minWidthMm)
                {
                    continue;
                }

                var holes = 0;
                for (var c = hierarchy[i].Child; c >= 0; c = hierarchy[c].Next)
                {
                    if (Cv2.ContourArea(contours[c]) / (pxPerMm * pxPerMm) >= 60)
                    {
                        holes++;
                    }
                }

                blobs.Add(Measure(contours[i], area, holes, box));
            }

            return blobs;
        }

        private Blob Measure(Point[] contour, double area, int holes, RotatedRect rect)
        {
            var hull = Cv2.ConvexHull(contour);
            var hullArea = Math.Max(1, Cv2.ContourArea(hull));
            var bounds = Cv2.BoundingRect(contour);
            var length = Math.Max(rect.Size.Width, rect.Size.Height) + 1;
            var width = Math.Min(rect.Size.Width, rect.Size.Height) + 1;
            // Filled once here: the class rules and the description read it again and again.
            var mask = FillMask(contour, bounds);
            _blobMasks.Add(mask);
            var (meanMetal, meanOrganic) = MeansUnder(mask, bounds);
            return new Blob(
                bounds,
                area / (pxPerMm * pxPerMm),
                length / pxPerMm,
                width / pxPerMm,
                area / (length * width),
                area / hullArea,
                holes,
                meanMetal,
                meanOrganic,
                contour,
                rect,
                mask);
        }

        /// <summary>
        /// The mean metal and organic attenuation under a region's mask (as <c>Cv2.Mean</c> with the mask
        /// gives them: summed in doubles row by row), both in one pass.
        /// </summary>
        private (double Metal, double Organic) MeansUnder(Mat mask, Rect bounds)
        {
            var cols = work.Width;
            var metal = _metal.AsSpan<float>();
            var organic = _organic.AsSpan<float>();
            var inside = mask.AsSpan<byte>();
            double metalSum = 0, organicSum = 0;
            var count = 0;
            for (var y = 0; y < bounds.Height; y++)
            {
                var maskRow = inside.Slice(y * bounds.Width, bounds.Width);
                var from = ((bounds.Y + y) * cols) + bounds.X;
                var metalRow = metal.Slice(from, bounds.Width);
                var organicRow = organic.Slice(from, bounds.Width);
                for (var x = 0; x < maskRow.Length; x++)
                {
                    if (maskRow[x] != 0)
                    {
                        metalSum += metalRow[x];
                        organicSum += organicRow[x];
                        count++;
                    }
                }
            }

            // Times the reciprocal, as cv::mean scales its sum (a division can differ in the last bit).
            var scale = count == 0 ? 0 : 1.0 / count;
            return (metalSum * scale, organicSum * scale);
        }

        private static Mat FillMask(Point[] contour, Rect bounds)
        {
            var mask = new Mat(bounds.Height, bounds.Width, MatType.CV_8UC1, Scalar.All(0));
            Cv2.DrawContours(mask, [contour], 0, Scalar.All(255), -1, LineTypes.Link8, null, int.MaxValue, new Point(-bounds.X, -bounds.Y));
            return mask;
        }

        /// <summary>Width (mm) of a region along its long axis, one value per pixel of length, and the axis.</summary>
        private (double[] Widths, Point2d Centre, Point2d Axis) Profile(Blob blob)
        {
            var mask = blob.Mask;
            var m = Cv2.Moments(mask, binaryImage: true);
            var cx = m.M10 / m.M00;
            var cy = m.M01 / m.M00;
            var theta = 0.5 * Math.Atan2(2 * m.Mu11, m.Mu20 - m.Mu02);
            var (cos, sin) = (Math.Cos(theta), Math.Sin(theta));
            var half = (int)Math.Ceiling(Math.Sqrt((mask.Width * mask.Width) + (mask.Height * mask.Height)) / 2) + 1;
            var min = new double[(2 * half) + 1];
            var max = new double[(2 * half) + 1];
            Array.Fill(min, double.MaxValue);
            Array.Fill(max, double.MinValue);
            var height = mask.Height;
            for (var y = 0; y < height; y++)
            {
                var row = mask.RowSpan<byte>(y);
                for (var x = 0; x < row.Length; x++)
                {
                    if (row[x] == 0)
                    {
                        continue;
                    }

                    var u = ((x - cx) * cos) + ((y - cy) * sin);
                    var v = (-(x - cx) * sin) + ((y - cy) * cos);
                    var b = Math.Clamp((int)Math.Round(u) + half, 0, min.Length - 1);
                    min[b] = Math.Min(min[b], v);
                    max[b] = Math.Max(max[b], v);
                }
            }

            var widths = new List<double>();
            for (var b = 0; b < min.Length; b++)
            {
                if (max[b] >= min[b])
                {
                    widths.Add((max[b] - min[b] + 1) / pxPerMm);
                }
            }

            return ([.. widths], new Point2d(cx + blob.Bounds.X, cy + blob.Bounds.Y), new Point2d(cos, sin));
        }

        // ---- classes -----------------------------------------------------------------------

        /// <summary>1 inside [lo, hi], falling to 0 over <paramref name="soft"/> (a fraction of the bound) outside.</summary>
        private static double Band(double x, double lo, double hi, double soft = 0.2)
        {
            if (x >= lo && x <= hi)
            {
                return 1;
            }

            var edge = x < lo ? lo : hi;
            var distance = Math.Abs(x - edge) / Math.Max(1e-9, edge * soft);
            return Math.Max(0, 1 - distance);
        }

        /// <summary>
        /// Puts a region forward as <paramref name="item"/>: the rule's score and the region's
        /// measurements go to the verifier, which decides. Scores this low are not worth measuring.
        /// </summary>
        private void Propose(string item, double score, Rect bounds, Blob? blob, Source source, params ReadOnlySpan<double> extras)
        {
            var (features, grid) = Describe(blob, bounds, source, score, extras);
            _candidates.Add(new XrayCandidate(item, score, ToOriginal(bounds), features, grid));
        }

        private PixelBox ToOriginal(Rect r)
        {
            var x = Math.Clamp((int)Math.Floor(r.X * toOriginal), 0, originalWidth - 1);
            var y = Math.Clamp((int)Math.Floor(r.Y * toOriginal), 0, originalHeight - 1);
            var right = Math.Clamp((int)Math.Ceiling(r.Right * toOriginal), x + 1, originalWidth);
            var bottom = Math.Clamp((int)Math.Ceiling(r.Bottom * toOriginal), y + 1, originalHeight);
            return new PixelBox(x, y, right - x, bottom - y);
        }

        /// <summary>
        /// A blade: solid (no holes) thin sheet steel (not tool-thick), long and narrow, whose width
        /// falls gradually from its widest part to a point at least 45 mm away (a pen knife's blade:
        /// the gate list bans pen knives). The box is widened over the handle the blade implies
        /// (handles are rarely metal).
        /// </summary>
        private void Knife(Blob b, Source source)
        {
            if (b.LengthMm < 55 || b.LengthMm > 360 || b.LengthMm / b.WidthMm < 2.2 || b.Solidity < 0.4 || b.Holes > 0 || Seen(XrayItems.Knife, b))
            {
                return;
            }

            var (w, centre, axis) = Profile(b);
            if (w.Length < 10)
            {
                return;
            }

            // Smooth over ~8 mm so a thin guard or bolster does not count as the blade's width.
            w = Smooth(w, (int)Math.Ceiling(8 * pxPerMm));
            var peak = Array.IndexOf(w, w.Max());
            var wmax = w[peak];
            var best = 0.0;
            var tipEnd = 0;
            var (bestMid, bestNear) = (0.0, 0.0);
            foreach (var end in new[] { 0, w.Length - 1 })
            {
                var run = Math.Abs(end - peak);
                if (run / pxPerMm < 45)
                {
                    continue;
                }

                var step = Math.Sign(end - peak);
                var mid = w[peak + (step * run / 2)];
                var near = w[peak + (step * (int)(run * 0.9))];
                var score = Band(mid / wmax, 0.62, 1.0, 0.25) * Band(near / wmax, 0, 0.6, 0.5);
                if (score > best)
                {
                    best = score;
                    tipEnd = end;
                    (bestMid, bestNear) = (mid / wmax, near / wmax);
                }
            }

            // A blade on its own is a convex plate; a guard, tang or pommel makes a knife less solid
            // but also longer. Something short and ragged is keys, a clasp or wires, not a blade: the
            // rule scores it nothing, and the verifier judges it on its measurements.
            var ragged = b.LengthMm < 120 && b.Solidity < 0.8;
            var score2 = ragged ? 0 : best * Band(wmax, 15, 50, 0.2) * Band(b.MeanMetal, 0.3, 1.05, 0.4);
            if (wmax > 80)
            {
                return;
            }

            // Extend the box past the heel to where the handle is: a hand's width (about 100 mm) or 80% of
            // the blade's length if longer, less whatever metal (tang, guard, pommel) already lies on that side.
            var heelDirection = tipEnd == 0 ? 1 : -1;
            var blade = Math.Abs(tipEnd - peak);
            var heelMetal = tipEnd == 0 ? w.Length - 1 - peak : peak;
            var extension = Math.Max(0, Math.Max(100 * pxPerMm, 0.8 * blade) - heelMetal);
            var heelOffset = heelDirection * ((w.Length / 2.0) + extension);
            var handle = new Point((int)(centre.X + (axis.X * heelOffset)), (int)(centre.Y + (axis.Y * heelOffset)));
            var bounds = b.Bounds | new Rect(handle.X, handle.Y, 1, 1);
            var bladeMm = Math.Abs(tipEnd - peak) / pxPerMm;
            var (withHandle, grid) = Describe(b, b.Bounds, source, score2, [best, wmax, bladeMm, bestMid, bestNear, 1]);
            _candidates.Add(new XrayCandidate(XrayItems.Knife, score2, ToOriginal(Clip(bounds)), withHandle, grid));
            // The same region without a handle (a metal-handled knife shows all of itself, and a wrong
            // guess at the heel spoils the box): the verifier learns which reading to trust.
            var bladeOnly = (float[])withHandle.Clone();
            bladeOnly[^1] = 0;
            _candidates.Add(new XrayCandidate(XrayItems.Knife, score2, ToOriginal(b.Bounds), bladeOnly, grid));
        }

        /// <summary>A tool: long steel at least ~3 mm thick along its length (a blade is thinner).</summary>
        private void Tool(Blob b, Source source)
        {
            if (b.LengthMm < 80 || b.LengthMm / b.WidthMm < 3)
            {
                return;
            }

            var score = Band(b.LengthMm, 100, 320, 0.25) * Band(b.MeanMetal, 0.95, 3, 0.25) * Band(b.WidthMm, 4, 40, 0.3) * Band(b.Solidity, 0.6, 1, 0.3);
            if (score <= CandidateFloor)
            {
                return;
            }

            Propose(XrayItems.Tool, score, b.Bounds, b, source);
        }

        /// <summary>A cylindrical lithium cell: a dense, even, rounded rectangle about 65 × 18 mm.</summary>
        private void Cell(Blob b, Source source)
        {
            var score = Band(b.LengthMm, 52, 78, 0.15) * Band(b.WidthMm, 14, 24, 0.2) * Band(b.LengthMm / b.WidthMm, 2.6, 4.8, 0.2)
                * Band(b.Extent, 0.8, 1, 0.15) * Band(b.MeanMetal, 0.35, 1.2, 0.3);
            if (score <= CandidateFloor)
            {
                return;
            }

            Propose(XrayItems.LithiumBattery, score, b.Bounds, b, source);
        }

        /// <summary>
        /// A firearm: a large metal region with an L or T outline (barrel or slide plus grip), holding a
        /// dense steel bar at least 14 mm wide and 50 mm long (slide, barrel, cylinder).
        /// </summary>
        private void Firearm(Blob b, Source source)
        {
            if (b.AreaMm2 < 1500 || b.LengthMm < 100)
            {
                return;
            }

            var shape = Band(b.AreaMm2, 2500, 15000, 0.3) * Band(b.LengthMm, 120, 300, 0.2) * Band(b.WidthMm, 55, 180, 0.25) * Band(b.Solidity, 0.4, 0.86, 0.2);
            if (shape <= CandidateFloor)
            {
                return;
            }

            var mask = b.Mask;
            var (bar, steelMm2, best) = SteelBar(_gunSteel, b.Bounds, mask);
            if (_blackSteel is not null && HasBlackSteel(b.Bounds) && SteelBar(_blackSteel, b.Bounds, mask) is var black && black.Bar > bar)
            {
                (bar, steelMm2, best) = black;
            }

            // No bar of gun steel at all: not a firearm, however gun-shaped the outline.
            if (shape * bar <= CandidateFloor)
            {
                return;
            }

            var (end, spread, oneSided) = Attachment(mask, best);
            Propose(XrayItems.Firearm, shape * bar, b.Bounds, b, source, shape, bar, steelMm2, end, spread, oneSided);
        }

        /// <summary>
        /// Where the metal joined to a bar of gun steel lies along it. A pistol's grip and trigger
        /// guard hang from the back half of its slide, a revolver's grip from behind its cylinder,
        /// all on one side; a U-lock's legs leave both ends of its crossbar, a bell's handle or a
        /// clamp's screw its middle. Over the region's pixels beyond the bar's long sides, their
        /// positions along the bar in half-lengths from its middle (beyond its ends past 1): how far
        /// their mean lies from the middle (a pistol's grip far, a U-lock's two legs and a bell's
        /// handle near 0), their spread (the U-lock's wide, the bell's narrow), and the share on the
        /// side that holds most. All -1 when almost nothing lies beyond. A nearly square bar has no
        /// settled long axis, so for blocky steel these are noisy.
        /// </summary>
        /// <param name="region">The region, a 0/255 mask.</param>
        /// <param name="bar">The bar, in the mask's coordinates.</param>
        private (double End, double Spread, double OneSided) Attachment(Mat region, RotatedRect bar)
        {
            var (cos, sin) = LongAxis(bar);
            var halfLength = Math.Max(1, Math.Max(bar.Size.Width, bar.Size.Height) / 2);
            var clear = (Math.Min(bar.Size.Width, bar.Size.Height) / 2) + (2 * pxPerMm);
            double sum = 0, squares = 0;
            int count = 0, above = 0;
            var rows = region.Rows;
            for (var y = 0; y < rows; y++)
            {
                var row = region.RowSpan<byte>(y);
                for (var x = 0; x < row.Length; x++)
                {
                    if (row[x] == 0)
                    {
                        continue;
                    }

                    var (dx, dy) = (x - bar.Center.X, y - bar.Center.Y);
                    var across = (-dx * sin) + (dy * cos);
                    if (Math.Abs(across) <= clear)
                    {
                        continue;
                    }

                    var u = ((dx * cos) + (dy * sin)) / halfLength;
                    sum += u;
                    squares += u * u;
                    count++;
                    above += across > 0 ? 1 : 0;
                }
            }

            // Less than about 20 mm² beyond the bar: nothing is joined to it.
            if (count < 20 * pxPerMm * pxPerMm)
            {
                return (-1, -1, -1);
            }

            var mean = sum / count;
            return (Math.Abs(mean), Math.Sqrt(Math.Max(0, (squares / count) - (mean * mean))), (double)Math.Max(above, count - above) / count);
        }

        /// <summary>The cosine and sine of a rotated box's long axis (its angle, turned a quarter when its height is the longer side).</summary>
        private static (double Cos, double Sin) LongAxis(RotatedRect box)
        {
            var angle = (box.Size.Width >= box.Size.Height ? box.Angle : box.Angle + 90) * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle));
        }

        /// <summary>Whether black steel was added within a region (elsewhere the two steel maps are the same).</summary>
        private bool HasBlackSteel(Rect bounds)
        {
            using var added = new Mat(_blackSteel!, bounds);
            using var plain = new Mat(_gunSteel, bounds);
            using var differs = new Mat();
            Cv2.Compare(added, plain, differs, CmpTypes.NE);
            return Cv2.CountNonZero(differs) > 0;
        }

        /// <summary>How like a gun's slide or barrel the best bar of a steel map within a region is (0–1), the map's area there (mm²), and that bar (in the region's coordinates).</summary>
        private (double Bar, double AreaMm2, RotatedRect Best) SteelBar(Mat steelMap, Rect bounds, Mat mask)
        {
            using var steel = new Mat(steelMap, bounds);
            using var dense8 = new Mat();
            Cv2.BitwiseAnd(steel, mask, dense8);
            Cv2.FindContours(dense8, out var bars, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
            var bar = 0.0;
            var best = default(RotatedRect);
            foreach (var c in bars)
            {
                if (c.Length < 3)
                {
                    continue;
                }

                var (l, w, box) = BarSize(c);
                var like = Band(l, 60, 240, 0.3) * Band(w, 14, 60, 0.3);
                if (like > bar)
                {
                    (bar, best) = (like, box);
                }
            }

            return (bar, Cv2.CountNonZero(dense8) / (pxPerMm * pxPerMm), best);
        }

        /// <summary>Length and width (mm) of a steel bar's rotated box, and the box.</summary>
        private (double LengthMm, double WidthMm, RotatedRect Box) BarSize(Point[] contour)
        {
            var box = Cv2.MinAreaRect(contour);
            return (Math.Max(box.Size.Width, box.Size.Height) / pxPerMm, Math.Min(box.Size.Width, box.Size.Height) / pxPerMm, box);
        }

        /// <summary>
        /// Where the metal is gun steel (about 5 mm of steel or more) and outweighs the organic matter
        /// over it; where organic matter dominates (or nothing got through), the hue is too uncertain
        /// to call anything dense steel. Both firearm rules read it, and beside it the map with black
        /// steel added (<see cref="AddBlackSteel"/>).
        /// </summary>
        private void BuildGunSteel()
        {
            Cut(_metal.AsSpan<float>(), GunSteel, _gunSteel.AsSpan<byte>());
            using var steel = new Mat();
            Cv2.Compare(_metal, _organic, steel, CmpTypes.GE);
            Cv2.BitwiseAnd(_gunSteel, steel, _gunSteel);
            // Not `~_opaque`: that makes a MatExpr the collector may free while OpenCV still reads it
            // (seen as a size mismatch, once in a few thousand frames, with two analyses in parallel).
            using var seen = new Mat();
            Cv2.BitwiseNot(_opaque, seen);
            Cv2.BitwiseAnd(_gunSteel, seen, _gunSteel);
            AddBlackSteel(steel, seen);
        }

        /// <summary>
        /// Steel too thick for the beam (a revolver's frame, a break-action's breech and barrel) shows
        /// black, edged with the darkest blue where the beam just gets through. A black region with
        /// dense metal on its edge is black steel; one edged with organic matter (a stack of books, a
        /// full bottle seen end-on) is not. Black steel is kept in a map of its own (gun steel and
        /// black steel), read beside gun steel rather than instead of it: joined to other black
        /// things, a gun's visible steel could grow past a slide's size.
        /// </summary>
        private void AddBlackSteel(Mat metalOverOrganic, Mat seen)
        {
            if (Cv2.CountNonZero(_opaque) == 0)
            {
                return;
            }

            using var edge = new Mat(_metal.Rows, _metal.Cols, MatType.CV_8UC1);
            Cut(_metal.AsSpan<float>(), StrongMetal, edge.AsSpan<byte>());
            Cv2.BitwiseAnd(edge, metalOverOrganic, edge);
            Cv2.BitwiseAnd(edge, seen, edge);
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3));
            Cv2.Dilate(edge, edge, kernel);
            // Black regions with such an edge, painted onto a copy of gun steel.
            var blackSteel = _gunSteel.Clone();
            if (BinaryRegions.PaintMarked(_opaque, edge, blackSteel))
            {
                _blackSteel = blackSteel;
            }
            else
            {
                blackSteel.Dispose();
            }
        }

        /// <summary>
        /// Firearms seeded from their steel: every bar of gun-thick steel (a slide, barrel or
        /// cylinder: 50–260 mm long, 12–60 mm wide) with the strong metal joined to it within a bar's
        /// length, so a gun lying on a trolley rail or a belt still makes a region of its own size.
        /// How far that metal reaches across the bar (a grip does; a wrench's handle does not) goes
        /// to the verifier with the rest.
        /// </summary>
        private void GunBars(Mat strongMask)
        {
            GunBars(strongMask, _gunSteel, blackOnly: false);
            if (_blackSteel is not null)
            {
                GunBars(strongMask, _blackSteel, blackOnly: true);
            }
        }

        /// <summary>The bars of one steel map; with <paramref name="blackOnly"/>, only those holding black steel (the rest were seen already).</summary>
        private void GunBars(Mat strongMask, Mat steel, bool blackOnly)
        {
            using var bars = Opened(steel, 6);
            Cv2.FindContours(bars, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
            foreach (var contour in contours)
            {
                if (contour.Length < 3)
                {
                    continue;
                }

                var (length, width, rect) = BarSize(contour);
                if (length is < 50 or > 260 || width is < 12 or > 60)
                {
                    continue;
                }

                var bar = Cv2.BoundingRect(contour);
                if (blackOnly && !HasBlackSteel(bar))
                {
                    continue;
                }

                var reach = (int)Math.Round(Math.Max(rect.Size.Width, rect.Size.Height));
                var window = Clip(new Rect(bar.X - reach, bar.Y - reach, bar.Width + (2 * reach), bar.Height + (2 * reach)));
                using var part = new Mat(strongMask, window).Clone();
                using var labels = new Mat();
                Cv2.ConnectedComponents(part, labels, PixelConnectivity.Connectivity8);
                var centre = new Point((int)rect.Center.X - window.X, (int)rect.Center.Y - window.Y);
                if (centre.X < 0 || centre.Y < 0 || centre.X >= part.Width || centre.Y >= part.Height || labels.At<int>(centre.Y, centre.X) == 0)
                {
                    continue;
                }

                using var region = new Mat();
                Cv2.Compare(labels, new Scalar(labels.At<int>(centre.Y, centre.X)), region, CmpTypes.EQ);
                // Both passes below read only the region's own box: the window round it is mostly empty.
                var within = Cv2.BoundingRect(region);
                using var own = new Mat(region, within);
                var box = new Rect(within.X + window.X, within.Y + window.Y, within.Width, within.Height);
                // Across the bar: the region's spread perpendicular to the bar's axis, in bar widths.
                var (cos, sin) = LongAxis(rect);
                var (nx, ny) = (-sin, cos);
                var (cx, cy) = (centre.X - within.X, centre.Y - within.Y);
                double lo = double.MaxValue, hi = double.MinValue;
                var area = 0;
                var rows = own.Rows;
                for (var y = 0; y < rows; y++)
                {
                    var row = own.RowSpan<byte>(y);
                    for (var x = 0; x < row.Length; x++)
                    {
                        if (row[x] == 0)
                        {
                            continue;
                        }

                        area++;
                        var across = ((x - cx) * nx) + ((y - cy) * ny);
                        lo = Math.Min(lo, across);
                        hi = Math.Max(hi, across);
                    }
                }

                var acrossMm = (hi - lo + 1) / pxPerMm;
                var barArea = Math.Max(1, Cv2.ContourArea(contour));
                var score = Band(length, 80, 220, 0.3) * Band(width, 16, 50, 0.3) * Band(acrossMm / width, 2.2, 8, 0.4);
                // The one-sidedness has no slot left here, after the four figures above.
                var local = new RotatedRect(new Point2f(rect.Center.X - box.X, rect.Center.Y - box.Y), rect.Size, rect.Angle);
                var (end, spread, _) = Attachment(own, local);
                Propose(XrayItems.Firearm, score, box, null, Source.GunBars, length, width, acrossMm / width, area / barArea, end, spread);
            }
        }

        /// <summary>A phone: a flat rectangle of light metal with a denser battery block over part of it.</summary>
        private void Phone(Blob b, Source source, bool alsoBattery = true)
        {
            var shape = Band(b.LengthMm, 100, 200, 0.12) * Band(b.WidthMm, 44, 100, 0.15) * Band(b.LengthMm / b.WidthMm, 1.45, 2.8, 0.15)
                * Band(b.Extent, 0.82, 1, 0.15) * Band(b.Solidity, 0.9, 1, 0.1);
            // Anything slab-like and about a phone's size goes forward: the verifier weighs it. That
            // includes the thumb-sized phones smuggled into prisons (about 45 × 20 mm).
            if (b.LengthMm is < 38 or > 260 || b.WidthMm is < 16 or > 130 || b.Extent < 0.6 || b.Solidity < 0.75 || Seen(XrayItems.MobilePhone, b))
            {
                return;
            }

            using var metal = new Mat(_metal, b.Bounds);
            var mask = b.Mask;
            using var dense = new Mat();
            Cv2.InRange(metal, new Scalar(0.22), new Scalar(1.4), dense);
            Cv2.BitwiseAnd(dense, mask, dense);
            var fraction = Cv2.CountNonZero(dense) / Math.Max(1.0, Cv2.CountNonZero(mask));
            var score = shape * Band(fraction, 0.2, 0.75, 0.3);
            var core = 0.0;
            if (fraction > 0.75)
            {
                // Only the phone's core showed (its thin case lost under clothes): the battery and
                // board, one even slab of light metal about 60-80 % of a phone's length and most of its width.
                core = Band(b.LengthMm, 80, 130, 0.12) * Band(b.WidthMm, 45, 80, 0.12) * Band(b.LengthMm / b.WidthMm, 1.2, 2.2, 0.15)
                    * Band(b.Extent, 0.8, 1, 0.1) * Band(b.Solidity, 0.93, 1, 0.05) * Band(b.MeanMetal, 0.3, 0.9, 0.3);
                score = Math.Max(score, 0.8 * core);
            }
            var (features, grid) = Describe(b, b.Bounds, source, score, [shape, fraction, core]);
            _candidates.Add(new XrayCandidate(XrayItems.MobilePhone, score, ToOriginal(b.Bounds), features, grid));
            // A power bank or a pouch cell is the same flat slab, all of it battery: put forward as a
            // battery too, with the same measurements; the two forests tell them apart.
            if (alsoBattery)
            {
                _candidates.Add(new XrayCandidate(XrayItems.LithiumBattery, score * core, ToOriginal(b.Bounds), features, grid));
            }
        }

        /// <summary>
        /// A bottle, flask or can of drink: light-metal walls (glass, steel, aluminium) round a thick
        /// column of liquid, often a neck. Anything of a drink's size and make goes forward, however
        /// its walls and neck look; those go to the verifier with the region's profiles.
        /// </summary>
        private void Bottle(Blob b, Source source)
        {
            if (b.LengthMm is < 60 or > 380 || b.WidthMm is < 20 or > 130 || b.Extent < 0.55)
            {
                return;
            }

            var score = Band(b.LengthMm, 85, 330, 0.15) * Band(b.WidthMm, 25, 100, 0.15) * Band(b.LengthMm / b.WidthMm, 1.9, 5, 0.2)
                * Band(b.Extent, 0.62, 0.97, 0.2) * Band(b.MeanOrganic, 0.75, 3, 0.3) * Band(b.MeanMetal, 0.1, 0.6, 0.3);
            if (Seen(XrayItems.Alcohol, b))
            {
                return;
            }

            // Glass walls seen edge-on absorb more than the middle of the bottle does (a phone or a
            // tin with a battery or a lid is densest inside, not at its rim).
            var mask = b.Mask;
            using var core = new Mat();
            var rim = KernelPixels(0.3 * b.WidthMm);
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(rim, rim));
            Cv2.Erode(mask, core, kernel);
            // The outline itself is soft (blur, the cut level): the walls are measured just inside it.
            using var inside = new Mat();
            using var skin = Cv2.GetStructuringElement(MorphShapes.Ellipse, new Size(5, 5));
            Cv2.Erode(mask, inside, skin);
            using var edge = new Mat();
            Cv2.Subtract(inside, core, edge);
            using var metal = new Mat(_metal, b.Bounds);
            var walls = Cv2.Mean(metal, edge).Val0 / Math.Max(0.02, Cv2.Mean(metal, core).Val0);
            // The neck: a run at one end, at least 12% of the length, under 60% of the body's width.
            var w = Smooth(Profile(b).Widths, 2);
            var body = w.Order().ElementAt(w.Length * 3 / 4);
            var fromStart = w.TakeWhile(x => x < 0.6 * body).Count();
            var fromEnd = w.Reverse().TakeWhile(x => x < 0.6 * body).Count();
            var neck = (double)Math.Max(fromStart, fromEnd) / w.Length;
            Propose(XrayItems.Alcohol, score * Band(walls, 1.15, 20, 0.25) * Band(neck, 0.12, 0.45, 0.3), b.Bounds, b, source, walls, neck);
        }

        /// <summary>Rounds: two or more small lead cores (much denser than coins or keys) close together.</summary>
        private void Ammunition(Mat metalMask)
        {
            using var cores = new Mat();
            Cv2.Threshold(_metal, cores, LeadCore, 255, ThresholdTypes.Binary);
            using var cores8 = new Mat();
            cores.ConvertTo(cores8, MatType.CV_8UC1);
            // Lead is far denser than anything organic: a core is mostly metal even under clothes
            // (or black: nothing got through). Where thick organic stacks up, the hue is all but
            // lost and the metal part is noise.
            using var organicLevel = new Mat();
            Cv2.Multiply(_organic, new Scalar(1.2), organicLevel);
            using var dominant = new Mat();
            Cv2.Compare(_metal, organicLevel, dominant, CmpTypes.GT);
            Cv2.BitwiseOr(dominant, _opaque, dominant);
            Cv2.BitwiseAnd(cores8, dominant, cores8);
            Cv2.FindContours(cores8, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
            var small = contours.Where(c => Cv2.ContourArea(c) / (pxPerMm * pxPerMm) is >= 12 and <= 220).Select(Cv2.BoundingRect).ToList();
            var used = new bool[small.Count];
            for (var i = 0; i < small.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var group = new List<int> { i };
                used[i] = true;
                for (var g = 0; g < group.Count; g++)
                {
                    for (var j = 0; j < small.Count; j++)
                    {
                        if (!used[j] && Distance(small[group[g]], small[j]) < 25 * pxPerMm)
                        {
                            used[j] = true;
                            group.Add(j);
                        }
                    }
                }

                if (group.Count < 2)
                {
                    continue;
                }

                var bounds = group.Select(k => small[k]).Aggregate((a, c) => a | c);
                // Grow to the cases behind the cores: the metal the cores sit in (connected to them),
                // within 45 mm; metal that merely lies near does not widen the box.
                var grown = Clip(new Rect(bounds.X - (int)(45 * pxPerMm), bounds.Y - (int)(45 * pxPerMm), bounds.Width + (int)(90 * pxPerMm), bounds.Height + (int)(90 * pxPerMm)));
                using var around = new Mat(metalMask, grown).Clone();
                using var labels = new Mat();
                Cv2.ConnectedComponents(around, labels, PixelConnectivity.Connectivity8);
                var box = bounds;
                var seeds = group.Select(k => small[k]).ToList();
                var touching = new HashSet<int>();
                foreach (var core in seeds)
                {
                    var cx = core.X + (core.Width / 2) - grown.X;
                    var cy = core.Y + (core.Height / 2) - grown.Y;
                    if (cx >= 0 && cy >= 0 && cx < around.Width && cy < around.Height && labels.At<int>(cy, cx) > 0)
                    {
                        touching.Add(labels.At<int>(cy, cx));
                    }
                }

                foreach (var label in touching)
                {
                    using var part = new Mat();
                    Cv2.Compare(labels, new Scalar(label), part, CmpTypes.EQ);
                    var r = Cv2.BoundingRect(part);
                    box |= new Rect(r.X + grown.X, r.Y + grown.Y, r.Width, r.Height);
                }

                box &= grown;
                // Rounds lie together: a loose group spread over more than 130 mm is not a clip or a box of them.
                var score = Band(group.Count, 2, 10, 0.5) * (box.Width / pxPerMm < 130 && box.Height / pxPerMm < 130 ? 1 : 0);
                if (score <= CandidateFloor)
                {
                    continue;
                }

                Propose(XrayItems.Ammunition, score, box, null, Source.Cores, group.Count, box.Width / pxPerMm, box.Height / pxPerMm);
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private static double Distance(Rect a, Rect b)
        {
            var dx = Math.Max(0, Math.Max(a.X - b.Right, b.X - a.Right));
            var dy = Math.Max(0, Math.Max(a.Y - b.Bottom, b.Y - a.Bottom));
            return Math.Sqrt((dx * dx) + (dy * dy));
        }

        private Rect Clip(Rect r) => r & new Rect(0, 0, work.Width, work.Height);

        private static double[] Smooth(double[] values, int radius)
        {
            var result = new double[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var lo = Math.Max(0, i - radius);
                var hi = Math.Min(values.Length - 1, i + radius);
                var sum = 0.0;
                for (var k = lo; k <= hi; k++)
                {
                    sum += values[k];
                }

                result[i] = sum / (hi - lo + 1);
            }

            return result;
        }

        /// <summary>Keeps the most confident of overlapping detections of one item (IoU &gt; 0.3, or one inside the other); a firearm hides what lies inside it (its magazine, its slide); different items on one object are all kept.</summary>
        public static List<XrayDetection> Merge(IEnumerable<XrayDetection> found)
        {
            var kept = new List<XrayDetection>();
            foreach (var d in found.OrderByDescending(d => d.Confidence))
            {
                if (kept.Any(k => k.Item == d.Item && (k.Box.IoU(d.Box) > 0.3 || Contains(k.Box, d.Box))))
                {
                    continue;
                }

                // One object read as two different items (a knife and a tool, a phone and a battery)
                // keeps both readings: each passed its own item's threshold, and hiding the less
                // confident one could hide the real threat from the officer.
                // A firearm hides a part of itself read as something else (its magazine, its slide):
                // a reading centred in it that spans less than most of it. A reading spanning most of
                // the firearm's box is the whole object read as two items (a bayonet read as a gun
                // and as a knife), and both are kept.
                if (d.Item != XrayItems.Firearm && kept.Any(k => k.Item == XrayItems.Firearm && Contains(k.Box, d.Box) && !Spans(d.Box, k.Box)))
                {
                    continue;
                }

                kept.Add(d);
            }

            return kept;
        }

        /// <summary>Whether <paramref name="reading"/> covers at least 60 % of <paramref name="whole"/>'s box.</summary>
        private static bool Spans(PixelBox reading, PixelBox whole)
        {
            var width = Math.Min(reading.Right, whole.Right) - Math.Max(reading.X, whole.X);
            var height = Math.Min(reading.Bottom, whole.Bottom) - Math.Max(reading.Y, whole.Y);
            return width > 0 && height > 0 && (double)width * height >= 0.6 * whole.Width * whole.Height;
        }

        private static bool Contains(PixelBox outer, PixelBox inner)
        {
            var cx = inner.X + (inner.Width / 2);
            var cy = inner.Y + (inner.Height / 2);
            return cx >= outer.X && cx <= outer.Right && cy >= outer.Y && cy <= outer.Bottom;
        }
    }
}
