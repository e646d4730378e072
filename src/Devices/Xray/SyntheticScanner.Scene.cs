namespace Screening.Devices.Xray;

// The bag, its clutter and the threats, each drawn from a few flat parts (millimetres, one material
// and thickness per part). Sizes are those of the real things; thicknesses are effective ones
// chosen so the grey levels look like a scanner's.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene(Film film, Random random, double pxPerMm, SyntheticVariants variants)
    {
        private static readonly Material Organic = Material.Organic;
        private static readonly Material Mixed = Material.Mixed;
        private static readonly Material Steel = Material.Steel;
        private static readonly Material Brass = Material.Brass;

        // The bag's inside, in pixels.
        private double _left;
        private double _top;
        private double _right;
        private double _bottom;

        private double U(double min, double max) => min + (random.NextDouble() * (max - min));

        private bool Chance(double p) => random.NextDouble() < p;

        /// <summary>A pen at a random place inside the bag (keeping <paramref name="radiusMm"/> from its edge) and angle.</summary>
        private Pen Place(double radiusMm, double scale = 1)
        {
            var r = radiusMm * pxPerMm * scale;
            var cx = _right - _left > 2 * r ? U(_left + r, _right - r) : (_left + _right) / 2;
            var cy = _bottom - _top > 2 * r ? U(_top + r, _bottom - r) : (_top + _bottom) / 2;
            return new Pen(film, cx, cy, U(0, 2 * Math.PI), pxPerMm * scale);
        }

        public void DrawBag()
        {
            var w = U(0.78, 0.96) * film.Width;
            var h = U(0.74, 0.95) * film.Height;
            _left = U(0, film.Width - w);
            _top = U(0, film.Height - h);
            _right = _left + w;
            _bottom = _top + h;
            var pen = new Pen(film, (_left + _right) / 2, (_top + _bottom) / 2, 0, pxPerMm);
            var wm = w / pxPerMm;
            var hm = h / pxPerMm;
            RoundedRect(pen, Organic, 3, -wm / 2, -hm / 2, wm, hm, 30);
            pen.Line(Organic, 5, 8, closed: true, (-wm / 2, -hm / 2), (wm / 2, -hm / 2), (wm / 2, hm / 2), (-wm / 2, hm / 2));
            // Zip teeth along the top seam, and its pull.
            for (var x = -wm / 2 + 20; x < wm / 2 - 20; x += 6)
            {
                pen.Rect(Steel, 0.7, x, -hm / 2 + 6, 3.5, 5);
            }

            pen.Rect(Steel, 1.5, U(-wm / 3, wm / 3), -hm / 2 + 4, 12, 28);
            // Inset the usable inside a little from the seams.
            _left += 12 * pxPerMm;
            _top += 12 * pxPerMm;
            _right -= 12 * pxPerMm;
            _bottom -= 12 * pxPerMm;
        }

        public void DrawOpaqueBlock()
        {
            var pen = Place(70);
            var a = U(60, 110);
            var b = U(50, 90);
            RoundedRect(pen, Organic, 8, -a / 2 - 8, -b / 2 - 8, a + 16, b + 16, 10);
            RoundedRect(pen, Material.Lead, 5, -a / 2, -b / 2, a, b, 6);
        }

        public void DrawClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Clothes:
                    Clothes();
                    break;
                case ClutterKind.Cable:
                    Cable(Place(120), U(8, 14));
                    break;
                case ClutterKind.Charger:
                    Charger();
                    break;
                case ClutterKind.Coins:
                    Coins();
                    break;
                case ClutterKind.Keys:
                    Keys();
                    break;
                case ClutterKind.PlasticBottle:
                    PlasticBottle();
                    break;
                case ClutterKind.Toiletries:
                    Toiletries();
                    break;
                case ClutterKind.Book:
                    Book();
                    break;
                case ClutterKind.Shoes:
                    Shoes();
                    break;
                case ClutterKind.TrolleyFrame:
                    TrolleyFrame();
                    break;
                case ClutterKind.Pen:
                    PenItem();
                    break;
                case ClutterKind.Belt:
                    Belt();
                    break;
                case ClutterKind.Headphones:
                    Headphones();
                    break;
                case ClutterKind.LaptopCharger:
                    LaptopCharger();
                    break;
                case ClutterKind.TinCan:
                    TinCan();
                    break;
                case ClutterKind.Cutlery:
                    Cutlery();
                    break;
                case ClutterKind.Watch:
                    Watch();
                    break;
                default:
                    // Set C's clutter is drawn in SyntheticScanner.HeldOut.cs, set D's in SyntheticScanner.Fresh.cs,
                    // set E's in SyntheticScanner.SetE.cs, set F's in SyntheticScanner.SetF.cs,
                    // set G's in SyntheticScanner.SetG.cs, set H's in SyntheticScanner.SetH.cs,
                    // set I's in SyntheticScanner.SetI.cs, set J's in SyntheticScanner.SetJ.cs,
                    // set K's in SyntheticScanner.SetK.cs, set L's in SyntheticScanner.SetL.cs,
                    // set M's in SyntheticScanner.SetM.cs, set N's in SyntheticScanner.SetN.cs,
                    // set O's in SyntheticScanner.SetO.cs, set P's in SyntheticScanner.SetP.cs,
                    // set Q's in SyntheticScanner.SetQ.cs, set S's in SyntheticScanner.SetS.cs,
                    // set T's in SyntheticScanner.SetT.cs, set U's in SyntheticScanner.SetU.cs,
                    // set V's in SyntheticScanner.SetV.cs, set W's in SyntheticScanner.SetW.cs,
                    // set X's in SyntheticScanner.SetX.cs, set Y's in SyntheticScanner.SetY.cs,
                    // set Z's in SyntheticScanner.SetZ.cs, set 1's in SyntheticScanner.Set1.cs,
                    // set 2's in SyntheticScanner.Set2.cs, set 3's in SyntheticScanner.Set3.cs,
                    // set R's in SyntheticScanner.Randomised.cs.
                    if (!DrawHeldOutClutter(kind) && !DrawFreshClutter(kind) && !DrawSetEClutter(kind) && !DrawSetFClutter(kind)
                        && !DrawSetGClutter(kind) && !DrawSetHClutter(kind) && !DrawSetIClutter(kind) && !DrawSetJClutter(kind)
                        && !DrawSetKClutter(kind) && !DrawSetLClutter(kind) && !DrawSetMClutter(kind) && !DrawSetNClutter(kind)
                        && !DrawSetOClutter(kind) && !DrawSetPClutter(kind) && !DrawSetQClutter(kind) && !DrawSetSClutter(kind)
                        && !DrawSetTClutter(kind) && !DrawSetUClutter(kind) && !DrawSetVClutter(kind) && !DrawSetWClutter(kind)
                        && !DrawSetXClutter(kind) && !DrawSetYClutter(kind) && !DrawSetZClutter(kind) && !DrawSet1Clutter(kind)
                        && !DrawSet2Clutter(kind) && !DrawSet3Clutter(kind) && !DrawRandomisedClutter(kind))
                    {
                        throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
                    }

                    break;
            }
        }

        public PixelBox DrawThreat(ThreatShape shape)
        {
            var scale = U(variants.ScaleMin, variants.ScaleMax);
            Pen pen;
            switch (shape)
            {
                case ThreatShape.KitchenKnife:
                    pen = Place(160, scale);
                    KitchenKnife(pen);
                    break;
                case ThreatShape.Dagger:
                    pen = Place(150, scale);
                    Dagger(pen);
                    break;
                case ThreatShape.FoldingKnife:
                    pen = Place(115, scale);
                    FoldingKnife(pen);
                    break;
                case ThreatShape.CurvedKnife:
                    pen = Place(160, scale);
                    CurvedKnife(pen);
                    break;
                case ThreatShape.Pistol:
                    pen = Place(115, scale);
                    Pistol(pen, U(175, 205), U(28, 34), U(95, 115), U(12, 20));
                    break;
                case ThreatShape.CompactPistol:
                    pen = Place(100, scale);
                    Pistol(pen, U(140, 162), U(26, 31), U(85, 100), U(18, 26));
                    break;
                case ThreatShape.Revolver:
                    pen = Place(130, scale);
                    Revolver(pen);
                    break;
                case ThreatShape.Smartphone:
                    pen = Place(85, scale);
                    Smartphone(pen, U(140, 165), U(66, 78), cells: 1);
                    break;
                case ThreatShape.LargeSmartphone:
                    pen = Place(95, scale);
                    Smartphone(pen, U(168, 182), U(76, 84), cells: 2);
                    break;
                case ThreatShape.FeaturePhone:
                    pen = Place(65, scale);
                    FeaturePhone(pen);
                    break;
                case ThreatShape.PistolRounds:
                    pen = Place(50, scale);
                    Rounds(pen, random.Next(3, 9), caseLength: 19, caseDiameter: 9.6, bulletLength: 10, neck: 1);
                    break;
                case ThreatShape.RifleRounds:
                    pen = Place(60, scale);
                    Rounds(pen, random.Next(2, 6), caseLength: 39, caseDiameter: 11.3, bulletLength: 18, neck: 0.72);
                    break;
                case ThreatShape.SimCard:
                    pen = Place(20, scale);
                    SimCard(pen, carrier: false);
                    break;
                case ThreatShape.SimInCarrier:
                    pen = Place(50, scale);
                    SimCard(pen, carrier: true);
                    break;
                case ThreatShape.Syringe:
                    pen = Place(75, scale);
                    Syringe(pen, U(55, 80), U(9.5, 14), capped: false);
                    break;
                case ThreatShape.InsulinSyringe:
                    pen = Place(65, scale);
                    Syringe(pen, U(45, 60), U(7.5, 9), capped: true);
                    break;
                case ThreatShape.Cell18650:
                    pen = Place(40, scale);
                    Cell(pen, 0, 0, 65, 18.4);
                    break;
                case ThreatShape.PowerBank:
                    pen = Place(70, scale);
                    PowerBank(pen);
                    break;
                case ThreatShape.PouchCell:
                    pen = Place(45, scale);
                    PouchCell(pen);
                    break;
                case ThreatShape.Screwdriver:
                    pen = Place(130, scale);
                    Screwdriver(pen);
                    break;
                case ThreatShape.Spanner:
                    pen = Place(110, scale);
                    Spanner(pen);
                    break;
                case ThreatShape.Pliers:
                    pen = Place(100, scale);
                    Pliers(pen);
                    break;
                case ThreatShape.Hammer:
                    pen = Place(150, scale);
                    Hammer(pen);
                    break;
                case ThreatShape.WineBottle:
                    pen = Place(160, scale);
                    Bottle(pen, U(195, 230), U(70, 80), neckLength: U(70, 90), glass: true, square: false);
                    break;
                case ThreatShape.SpiritsBottle:
                    pen = Place(135, scale);
                    Bottle(pen, U(160, 190), U(80, 95), neckLength: U(40, 55), glass: true, square: true);
                    break;
                case ThreatShape.Miniature:
                    pen = Place(60, scale);
                    Bottle(pen, U(60, 75), U(28, 34), neckLength: U(22, 28), glass: true, square: false);
                    break;
                case ThreatShape.DrugBrick:
                    pen = Place(100, scale);
                    DrugBrick(pen);
                    break;
                case ThreatShape.DrugWraps:
                    pen = Place(70, scale);
                    DrugWraps(pen);
                    break;
                case ThreatShape.DrugPouch:
                    pen = Place(70, scale);
                    DrugPouch(pen);
                    break;
                default:
                    // Set C's shapes are drawn in SyntheticScanner.HeldOut.cs, set D's in SyntheticScanner.Fresh.cs,
                    // set E's in SyntheticScanner.SetE.cs, set F's in SyntheticScanner.SetF.cs,
                    // set G's in SyntheticScanner.SetG.cs, set H's in SyntheticScanner.SetH.cs,
                    // set I's in SyntheticScanner.SetI.cs, set J's in SyntheticScanner.SetJ.cs,
                    // set K's in SyntheticScanner.SetK.cs, set L's in SyntheticScanner.SetL.cs,
                    // set M's in SyntheticScanner.SetM.cs, set N's in SyntheticScanner.SetN.cs,
                    // set O's in SyntheticScanner.SetO.cs, set P's in SyntheticScanner.SetP.cs,
                    // set Q's in SyntheticScanner.SetQ.cs, set S's in SyntheticScanner.SetS.cs,
                    // set T's in SyntheticScanner.SetT.cs, set U's in SyntheticScanner.SetU.cs,
                    // set V's in SyntheticScanner.SetV.cs, set W's in SyntheticScanner.SetW.cs,
                    // set X's in SyntheticScanner.SetX.cs, set Y's in SyntheticScanner.SetY.cs,
                    // set Z's in SyntheticScanner.SetZ.cs, set 1's in SyntheticScanner.Set1.cs,
                    // set 2's in SyntheticScanner.Set2.cs, set 3's in SyntheticScanner.Set3.cs,
                    // set R's in SyntheticScanner.Randomised.cs.
                    return DrawHeldOutThreat(shape, scale) ?? DrawFreshThreat(shape, scale) ?? DrawSetEThreat(shape, scale)
                        ?? DrawSetFThreat(shape, scale) ?? DrawSetGThreat(shape, scale) ?? DrawSetHThreat(shape, scale)
                        ?? DrawSetIThreat(shape, scale) ?? DrawSetJThreat(shape, scale) ?? DrawSetKThreat(shape, scale)
                        ?? DrawSetLThreat(shape, scale) ?? DrawSetMThreat(shape, scale) ?? DrawSetNThreat(shape, scale)
                        ?? DrawSetOThreat(shape, scale) ?? DrawSetPThreat(shape, scale) ?? DrawSetQThreat(shape, scale)
                        ?? DrawSetSThreat(shape, scale) ?? DrawSetTThreat(shape, scale) ?? DrawSetUThreat(shape, scale)
                        ?? DrawSetVThreat(shape, scale) ?? DrawSetWThreat(shape, scale) ?? DrawSetXThreat(shape, scale)
                        ?? DrawSetYThreat(shape, scale) ?? DrawSetZThreat(shape, scale) ?? DrawSet1Threat(shape, scale)
                        ?? DrawSet2Threat(shape, scale) ?? DrawSet3Threat(shape, scale) ?? DrawRandomisedThreat(shape, scale)
                        ?? throw new ArgumentOutOfRangeException(nameof(shape), shape, null);
            }

            return pen.Box;
        }

        // ---- helpers -------------------------------------------------------------------------

        private static void RoundedRect(Pen pen, Material m, double t, double x, double y, double w, double h, double r) =>
            pen.Poly(m, t, RoundedOutline(x, y, w, h, r));

        /// <summary>A rounded rectangle's outline as points.</summary>
        private static (double X, double Y)[] RoundedOutline(double x, double y, double w, double h, double r)
        {
            r = Math.Min(r, Math.Min(w, h) / 2);
            var points = new List<(double, double)>();
            ReadOnlySpan<(double Cx, double Cy, double From)> corners =
                [(x + w - r, y + r, -90), (x + w - r, y + h - r, 0), (x + r, y + h - r, 90), (x + r, y + r, 180)];
            foreach (var (cx, cy, from) in corners)
            {
                for (var i = 0; i <= 4; i++)
                {
                    var a = (from + (22.5 * i)) * Math.PI / 180;
                    points.Add((cx + (r * Math.Cos(a)), cy + (r * Math.Sin(a))));
                }
            }

            return [.. points];
        }

        /// <summary>A smooth wandering path of <paramref name="n"/> points starting at the origin.</summary>
        private (double X, double Y)[] Wander(int n, double step, double turnDegrees)
        {
            var points = new (double X, double Y)[n];
            var heading = U(0, 2 * Math.PI);
            for (var i = 1; i < n; i++)
            {
                heading += U(-turnDegrees, turnDegrees) * Math.PI / 180;
                points[i] = (points[i - 1].X + (step * Math.Cos(heading)), points[i - 1].Y + (step * Math.Sin(heading)));
            }

            var mx = points.Average(p => p.X);
            var my = points.Average(p => p.Y);
            return points.Select(p => (p.X - mx, p.Y - my)).ToArray();
        }

        // ---- clutter -------------------------------------------------------------------------

        private void Clothes()
        {
            var r = U(70, 190);
            var pen = Place(r * 0.8);
            var n = 12;
            var points = new (double, double)[n];
            for (var i = 0; i < n; i++)
            {
                var a = 2 * Math.PI * i / n;
                var rr = r * U(0.6, 1.0);
                points[i] = (rr * Math.Cos(a) * 1.3, rr * Math.Sin(a));
            }

            pen.Poly(Organic, U(4, 22), points);
            if (Chance(0.3))
            {
                for (var i = 0; i < random.Next(2, 6); i++)
                {
                    pen.Ellipse(Steel, 1.2, U(-r / 2, r / 2), U(-r / 2, r / 2), 4, 4);
                }
            }

            if (Chance(0.2))
            {
                var x0 = U(-r / 2, 0);
                for (var x = x0; x < x0 + 150; x += 5)
                {
                    pen.Rect(Steel, 0.6, x, 0, 3, 5);
                }
            }
        }

        private void Cable(Pen pen, double points)
        {
            var path = Wander((int)points, U(22, 40), 40);
            pen.Line(Organic, 4, 4, closed: false, path);
            pen.Line(Brass, 0.9, 1.2, closed: false, path);
            var (x, y) = path[^1];
            pen.Rect(Organic, 10, x - 12, y - 6, 24, 12);
            pen.Rect(Steel, 1.5, x + 10, y - 4, 12, 8);
        }

        private void Charger()
        {
            var pen = Place(40);
            RoundedRect(pen, Organic, 25, -22, -22, 44, 44, 5);
            pen.Rect(Steel, 5, -9, -7, 18, 14);
            pen.Ellipse(Mixed, 14, 10, 12, 6, 6);
            pen.Rect(Steel, 2, 22, -12, 16, 4);
            pen.Rect(Steel, 2, 22, 8, 16, 4);
            if (Chance(0.5))
            {
                Cable(pen, 6);
            }
        }

        private void Coins()
        {
            var pen = Place(45);
            for (var i = random.Next(2, 8); i > 0; i--)
            {
                var d = U(16, 28);
                pen.Ellipse(Brass, U(1.5, 2.3), U(-35, 35), U(-35, 35), d / 2, d / 2);
            }
        }

        private void Keys()
        {
            var pen = Place(60);
            pen.Ring(Steel, 1.5, 1.5, 0, 0, 13, 13);
            for (var k = random.Next(2, 5); k > 0; k--)
            {
                var a = U(0, 2 * Math.PI);
                var length = U(35, 50);
                // Each key radiates from the ring: bow (a ring) then a toothed blade.
                var cos = Math.Cos(a);
                var sin = Math.Sin(a);
                (double, double) R(double x, double y) => ((x * cos) - (y * sin), (x * sin) + (y * cos));
                var bow = R(26, 0);
                pen.Ring(Steel, 2.2, 5, bow.Item1, bow.Item2, 10, 10);
                var blade = new List<(double, double)> { R(34, -4), R(34 + length, -4), R(38 + length, 0) };
                for (var x = 34 + length - 4; x > 38; x -= 5)
                {
                    blade.Add(R(x, 4));
                    blade.Add(R(x - 2.5, U(1, 3)));
                }

                blade.Add(R(34, 4));
                pen.Poly(Steel, 2.2, [.. blade]);
            }
        }

        private void PlasticBottle()
        {
            var pen = Place(110);
            var length = U(150, 230);
            var d = U(55, 75);
            pen.Tube(Organic, -length / 2, -d / 2, length, d, 0.5);
            var fill = U(0.3, 0.95);
            pen.Cylinder(Organic, -length / 2, -d / 2, length * fill, d);
            pen.Rect(Organic, 3, length / 2, -14, 30, 28);
            pen.Rect(Organic, 12, length / 2 + 30, -16, 14, 32);
        }

        private void Toiletries()
        {
            var pen = Place(90);
            switch (random.Next(4))
            {
                case 0: // aerosol: aluminium can, liquid, steel valve
                    var length = U(110, 160);
                    var d = U(40, 55);
                    pen.Tube(Mixed, -length / 2, -d / 2, length, d, 0.4);
                    pen.Cylinder(Organic, -length / 2, -d / 2, length * 0.7, d);
                    pen.Rect(Steel, 1.5, length / 2, -5, 10, 10);
                    break;
                case 1: // shampoo
                    pen.Cylinder(Organic, -90, -25, 170, 50, 1.1);
                    pen.Rect(Organic, 14, 80, -18, 20, 36);
                    break;
                case 2: // toothbrush and paste
                    pen.Rect(Organic, 8, -90, -6, 180, 12);
                    pen.Rect(Organic, 10, 60, -6, 28, 10);
                    pen.Poly(Organic, 16, (-80, 20), (70, 24), (70, 56), (-80, 60));
                    break;
                default: // washbag of small bottles
                    for (var i = 0; i < 3; i++)
                    {
                        pen.Cylinder(Organic, -50 + (35 * i), -40, 30, 80, 1.0);
                    }

                    break;
            }
        }

        private void Book()
        {
            var pen = Place(110);
            var w = U(130, 240);
            var h = U(100, 170);
            var t = U(12, 35);
            pen.Rect(Organic, t, -w / 2, -h / 2, w, h);
            pen.Rect(Organic, 8, -w / 2, -h / 2, 10, h);
            for (var y = -h / 2 + 8; y < h / 2 - 4; y += U(8, 20))
            {
                pen.Rect(Organic, 2, -w / 2 + 12, y, w - 14, 1.2);
            }
        }

        private void Shoes()
        {
            var pen = Place(140);
            var shank = Chance(0.6);
            for (var s = -1; s <= 1; s += 2)
            {
                var y = s * 55;
                pen.Ellipse(Organic, U(20, 30), 0, y, 130, 45);
                pen.Ellipse(Organic, 8, 10, y, 115, 50);
                if (shank)
                {
                    pen.Rect(Steel, 1.5, -30, y - 6, 80, 12);
                }

                for (var i = 0; i < 5; i++)
                {
                    pen.Ellipse(Steel, 0.8, 40 + (12 * i), y + (s * 22), 2.5, 2.5);
                }
            }
        }

        private void TrolleyFrame()
        {
            var lengthMm = (_right - _left) / pxPerMm * 0.9;
            var heightMm = (_bottom - _top) / pxPerMm;
            var pen = new Pen(film, (_left + _right) / 2, (_top + _bottom) / 2, 0, pxPerMm);
            var inset = U(25, 60);
            foreach (var y in new[] { -heightMm / 2 + inset, heightMm / 2 - inset - 20 })
            {
                pen.Tube(Mixed, -lengthMm / 2, y, lengthMm, 20, 1.5);
            }

            pen.Tube(Mixed, lengthMm / 2 - 25, -heightMm / 2 + inset, 20, heightMm - (2 * inset), 1.5);
        }

        private void PenItem()
        {
            var pen = Place(75);
            pen.Cylinder(Organic, -70, -5, 140, 10);
            pen.Line(Steel, 0.8, 1.5, closed: false, (-10, 0), (20, 0));
            pen.Rect(Steel, 0.8, -60, -8, 40, 3);
            pen.Rect(Steel, 1.5, 70, -1, 4, 2);
        }

        private void Belt()
        {
            var pen = Place(120);
            var path = Wander(6, U(50, 80), 35);
            pen.Line(Organic, 4, 35, closed: false, path);
            var (x, y) = path[0];
            pen.Line(Steel, 3, 5, closed: true, (x - 25, y - 20), (x + 25, y - 20), (x + 25, y + 20), (x - 25, y + 20));
            pen.Rect(Steel, 2, x - 20, y - 2, 35, 4);
        }

        private void Headphones()
        {
            var pen = Place(110);
            var arc = Enumerable.Range(0, 15).Select(i => 90 * Math.Cos(Math.PI * i / 14)).Zip(
                Enumerable.Range(0, 15).Select(i => -80 * Math.Sin(Math.PI * i / 14))).Select(p => (p.First, p.Second)).ToArray();
            pen.Line(Organic, 8, 25, closed: false, arc);
            pen.Line(Steel, 1.5, 4, closed: false, arc);
            foreach (var x in new[] { -90.0, 90.0 })
            {
                pen.Ellipse(Organic, 30, x, 10, 35, 35);
                pen.Ellipse(Steel, 5, x, 10, 14, 14);
                pen.Ring(Brass, 1, 2, x, 10, 20, 20);
            }
        }

        private void LaptopCharger()
        {
            var pen = Place(90);
            RoundedRect(pen, Organic, 30, -55, -27, 110, 55, 6);
            pen.Rect(Steel, 8, -45, -18, 35, 28);
            pen.Rect(Mixed, 12, 0, -20, 45, 18);
            pen.Ellipse(Mixed, 18, 20, 12, 8, 8);
            pen.Ellipse(Mixed, 18, 38, 12, 8, 8);
            Cable(pen, 8);
        }

        private void TinCan()
        {
            var pen = Place(60);
            var d = U(65, 80);
            var length = U(95, 115);
            pen.Tube(Steel, -length / 2, -d / 2, length, d, 0.3);
            pen.Cylinder(Organic, -length / 2, -d / 2, length, d);
            pen.Rect(Steel, 2, -length / 2, -d / 2, 3, d);
            pen.Rect(Steel, 2, length / 2 - 3, -d / 2, 3, d);
        }

        private void Cutlery()
        {
            var pen = Place(100);
            // Spoon: tapering handle and a pressed bowl.
            pen.Poly(Steel, 2, (-95, -6), (30, -4), (30, 4), (-95, 6));
            pen.Ellipse(Steel, 1.6, 50, 0, 24, 16);
            if (Chance(0.6))
            {
                // Fork, beside it.
                pen.Poly(Steel, 2, (-95, 24), (25, 26), (25, 34), (-95, 36));
                pen.Rect(Steel, 2, 25, 18, 14, 24);
                for (var i = 0; i < 4; i++)
                {
                    pen.Rect(Steel, 2, 39, 18.5 + (6.2 * i), 30, 3.5);
                }
            }
        }

        private void Watch()
        {
            var pen = Place(100);
            pen.Rect(Organic, 4, -100, -11, 200, 22);
            pen.Ellipse(Steel, 4, 0, 0, 20, 20);
            pen.Rect(Steel, 3, 19, -3, 5, 6);
        }

        // ---- threats -------------------------------------------------------------------------

        private void KitchenKnife(Pen pen)
        {
            var l = U(100, 200);
            var w = U(20, 38);
            var lh = U(90, 120);
            var wh = U(18, 26);
            var ox = -(l - lh) / 2;
            var t = U(1.8, 2.6);
            pen.Poly(Steel, t, (ox, -w / 2), (ox + (0.8 * l), -w / 2), (ox + l, -0.42 * w), (ox + (0.85 * l), -0.1 * w), (ox + (0.6 * l), 0.4 * w), (ox + (0.1 * l), w / 2), (ox, w / 2));
            if (Chance(0.5))
            {
                pen.Rect(Steel, 4, ox, -0.45 * w, 8, 0.9 * w);
            }

            RoundedRect(pen, Organic, U(16, 22), ox - lh, -wh / 2, lh, wh, 6);
            if (Chance(0.5))
            {
                pen.Rect(Steel, 2, ox - (0.95 * lh), -4, 0.95 * lh, 8);
                for (var i = 0; i < 3; i++)
                {
                    pen.Ellipse(Steel, 3, ox - (lh * (0.2 + (0.3 * i))), 0, 2.5, 2.5);
                }
            }
        }

        private void Dagger(Pen pen)
        {
            var l = U(100, 170);
            var w = U(22, 34);
            var ox = -(l - 100) / 2;
            pen.Poly(Steel, 2.6, (ox, -w / 2), (ox + (0.75 * l), -0.38 * w), (ox + l, 0), (ox + (0.75 * l), 0.38 * w), (ox, w / 2));
            pen.Line(Steel, 1.5, 2, closed: false, (ox, 0), (ox + (0.8 * l), 0));
            pen.Rect(Steel, 5, ox - 6, -28, 6, 56);
            pen.Rect(Organic, 22, ox - 100, -12, 94, 24);
            pen.Rect(Steel, 3, ox - 100, -5, 94, 10);
            pen.Ellipse(Steel, 8, ox - 104, 0, 11, 13);
        }

        private void FoldingKnife(Pen pen)
        {
            var l = U(65, 100);
            var w = U(18, 28);
            var lh = U(95, 125);
            var wh = w + U(2, 6);
            var ox = -(l - lh) / 2;
            pen.Poly(Steel, 2.3, (ox, -w / 2), (ox + (0.65 * l), -w / 2), (ox + l, -0.05 * w), (ox + (0.8 * l), 0.3 * w), (ox + (0.4 * l), w / 2), (ox, w / 2));
            RoundedRect(pen, Steel, 1.6, ox - lh, -wh / 2, lh + 6, wh, wh / 2.5);
            RoundedRect(pen, Organic, 10, ox - lh, -wh / 2, lh + 6, wh, wh / 2.5);
            pen.Ellipse(Steel, 4, ox - 2, 0, 5, 5);
            pen.Rect(Steel, 1, ox - (0.9 * lh), -(wh / 2) - 1, 60, 5);
        }

        private void CurvedKnife(Pen pen)
        {
            var l = U(120, 200);
            var w = U(18, 30);
            var lh = U(90, 120);
            var ox = -(l - lh) / 2;
            var tipY = (-w / 2) - (U(0.3, 0.8) * w);
            var points = new List<(double, double)>();
            for (var i = 0; i <= 10; i++)
            {
                var f = i / 10.0;
                points.Add((ox + (f * l), (-w / 2) + ((tipY + (w / 2)) * Math.Pow(f, 3))));
            }

            for (var i = 9; i >= 0; i--)
            {
                var f = i / 10.0;
                points.Add((ox + (f * l), (w / 2) + ((tipY - (w / 2)) * Math.Pow(f, 2.2))));
            }

            pen.Poly(Steel, U(1.8, 2.5), [.. points]);
            RoundedRect(pen, Organic, 18, ox - lh, -11, lh, 22, 6);
            pen.Rect(Steel, 2, ox - (0.6 * lh), -3, 0.6 * lh, 6);
        }

        /// <summary>A self-loading pistol: slide over barrel, frame, raked grip with magazine, trigger guard.</summary>
        private void Pistol(Pen pen, double slideLength, double slideHeight, double gripLength, double rakeDegrees)
        {
            var l = slideLength;
            var h = slideHeight;
            var x0 = -l / 2;
            var y0 = -(h + gripLength) / 2 + 20;
            pen.Rect(Steel, U(5, 7), x0, y0, l, h);
            pen.Rect(Steel, 4, x0 + 20, y0 + (h * 0.25), l - 20, h * 0.5);
            pen.Rect(Mixed, 20, x0 + 10, y0 + h, l - 35, 12);
            pen.Rect(Steel, 2, x0 + 10, y0 + h, l - 35, 3);
            var rake = Math.Tan(rakeDegrees * Math.PI / 180);
            var gx = x0 + 8;
            var gy = y0 + h + 12;
            pen.Poly(Organic, 20, (gx, gy - 4), (gx + 32, gy - 4), (gx + 32 - (gripLength * rake), gy + gripLength), (gx - 3 - (gripLength * rake), gy + gripLength));
            pen.Poly(Mixed, 12, (gx, gy - 4), (gx + 32, gy - 4), (gx + 32 - (gripLength * rake), gy + gripLength), (gx - 3 - (gripLength * rake), gy + gripLength));
            pen.Poly(Steel, 3.5, (gx + 5, gy), (gx + 27, gy), (gx + 27 - (gripLength * rake), gy + gripLength - 4), (gx + 5 - (gripLength * rake), gy + gripLength - 4));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 55 + (23 * Math.Cos(a)), gy - 2 + (16 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 2.5, 5, closed: false, guard);
            pen.Poly(Steel, 3, (gx + 45, gy), (gx + 50, gy), (gx + 46, gy + 12), (gx + 43, gy + 12));
        }

        private void Revolver(Pen pen)
        {
            var barrel = U(80, 150);
            var x0 = -(barrel + 60) / 2;
            var y0 = -40.0;
            pen.Rect(Steel, 6, x0 + 60, y0, barrel, 16);
            pen.Rect(Steel, 3, x0 + 60, y0 + 16, barrel * 0.7, 6);
            RoundedRect(pen, Steel, 7, x0 + 18, y0 - 6, 42, 40, 6);
            for (var i = 0; i < 3; i++)
            {
                pen.Rect(Brass, 2, x0 + 20, y0 - 2 + (12 * i), 38, 8);
            }

            pen.Poly(Steel, 4, (x0, y0 - 4), (x0 + 18, y0 - 4), (x0 + 18, y0 + 34), (x0 + 8, y0 + 40), (x0 - 5, y0 + 20));
            var grip = new List<(double, double)>();
            for (var i = 0; i <= 6; i++)
            {
                var f = i / 6.0;
                grip.Add((x0 + 2 - (30 * f) - (10 * f * f), y0 + 22 + (85 * f)));
            }

            for (var i = 6; i >= 0; i--)
            {
                var f = i / 6.0;
                grip.Add((x0 + 30 - (30 * f) - (12 * f * f), y0 + 30 + (85 * f)));
            }

            pen.Poly(Organic, 30, [.. grip]);
            pen.Poly(Steel, 2.5, (x0 + 6, y0 + 26), (x0 + 20, y0 + 30), (x0 - 12, y0 + 105), (x0 - 22, y0 + 100));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (x0 + 42 + (20 * Math.Cos(a)), y0 + 34 + (14 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 3, 4, closed: false, guard);
            pen.Poly(Steel, 4, (x0 - 4, y0 - 4), (x0 + 4, y0 - 4), (x0 - 8, y0 - 16));
        }

        private void Smartphone(Pen pen, double l, double w, int cells)
        {
            RoundedRect(pen, Mixed, 4, -l / 2, -w / 2, l, w, 9);
            RoundedRect(pen, Organic, 4, -l / 2, -w / 2, l, w, 9);
            pen.Line(Mixed, 7, 3, closed: true, (-l / 2 + 2, -w / 2 + 2), (l / 2 - 2, -w / 2 + 2), (l / 2 - 2, w / 2 - 2), (-l / 2 + 2, w / 2 - 2));
            var bl = l * U(0.5, 0.6);
            var bw = w * 0.78;
            for (var c = 0; c < cells; c++)
            {
                var cw = bw / cells;
                pen.Rect(Steel, 0.9, -l / 2 + (l * 0.3), (-bw / 2) + (c * cw) + 0.5, bl, cw - 1);
                pen.Rect(Mixed, 4, -l / 2 + (l * 0.3), (-bw / 2) + (c * cw) + 0.5, bl, cw - 1);
            }

            pen.Rect(Mixed, 2, -l / 2 + 5, -w * 0.42, l * 0.25, w * 0.84);
            for (var i = random.Next(6, 13); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 6, -l / 2 + (l * 0.25)), U(-w * 0.4, w * 0.35), U(2, 6), U(2, 6));
            }

            pen.Ellipse(Steel, 2, -l / 2 + 12, -w / 2 + 12, 5, 5);
            if (cells > 1)
            {
                pen.Ellipse(Steel, 2, -l / 2 + 12, -w / 2 + 26, 5, 5);
            }
        }

        private void FeaturePhone(Pen pen)
        {
            var l = U(105, 120);
            var w = U(46, 52);
            RoundedRect(pen, Organic, 14, -l / 2, -w / 2, l, w, 10);
            RoundedRect(pen, Mixed, 3, -l / 2, -w / 2, l, w, 10);
            pen.Rect(Steel, 1.0, -l / 2 + 8, -w * 0.38, l * 0.42, w * 0.76);
            pen.Rect(Mixed, 4, -l / 2 + 8, -w * 0.38, l * 0.42, w * 0.76);
            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    pen.Rect(Steel, 0.6, (l * 0.05) + (r * 10), -w * 0.3 + (c * w * 0.22), 6, 7);
                }
            }

            for (var i = random.Next(5, 10); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 6, l / 2 - 8), U(-w * 0.4, w * 0.35), U(2, 5), U(2, 5));
            }
        }

        private void Rounds(Pen pen, int count, double caseLength, double caseDiameter, double bulletLength, double neck)
        {
            var total = caseLength + bulletLength;
            var spacing = caseDiameter + U(0.5, 3);
            var y0 = -(count * spacing) / 2;
            for (var i = 0; i < count; i++)
            {
                var y = y0 + (i * spacing);
                var x = -total / 2 + U(-2, 2);
                pen.Cylinder(Brass, x, y, caseLength, caseDiameter, 0.35);
                pen.Rect(Brass, 1.5, x, y, 2, caseDiameter);
                var bd = caseDiameter * neck * 0.95;
                var by = y + ((caseDiameter - bd) / 2);
                pen.Poly(Material.Lead, bd * 0.45, (x + caseLength, by), (x + caseLength + (bulletLength * 0.6), by), (x + total, by + (bd / 2)), (x + caseLength + (bulletLength * 0.6), by + bd), (x + caseLength, by + bd));
            }
        }

        private static void SimCard(Pen pen, bool carrier)
        {
            if (carrier)
            {
                RoundedRect(pen, Organic, 0.8, -43, -27, 86, 54, 3);
                pen.Line(Organic, 0.5, 0.8, closed: true, (-5, -8), (20, -8), (20, 7), (-5, 7));
            }

            var ox = carrier ? 8 : 0;
            pen.Poly(Organic, 0.8, (ox - 12.5, -7.5), (ox + 9, -7.5), (ox + 12.5, -4), (ox + 12.5, 7.5), (ox - 12.5, 7.5));
            pen.Rect(Brass, 0.45, ox - 5, -4.5, 10, 9);
            pen.Rect(Mixed, 1.5, ox - 3, -3, 6, 6);
        }

        private void Syringe(Pen pen, double length, double diameter, bool capped)
        {
            var x0 = -(length + 30) / 2;
            pen.Tube(Organic, x0, -diameter / 2, length, diameter, 1.0);
            pen.Cylinder(Organic, x0 + (length * 0.3), -diameter / 2, length * 0.7, diameter, 0.8);
            pen.Rect(Organic, diameter * 0.9, x0 + (length * 0.3) - 6, -diameter / 2 + 1, 6, diameter - 2);
            pen.Rect(Organic, 6, x0 - 40, -2.5, 42, 5);
            pen.Rect(Organic, 4, x0 - 3, -diameter, 3, diameter * 2);
            pen.Rect(Mixed, 5, x0 + length, -2.5, 7, 5);
            var needle = U(16, 30);
            pen.Line(Steel, 1.0, 0.7, closed: false, (x0 + length + 7, 0), (x0 + length + 7 + needle, 0));
            if (capped)
            {
                pen.Rect(Organic, 8, x0 + length + 3, -3.5, needle + 8, 7);
            }
        }

        private static void Cell(Pen pen, double x, double y, double length, double diameter)
        {
            pen.Tube(Steel, x - (length / 2), y - (diameter / 2), length, diameter, 0.25);
            pen.Cylinder(Steel, x - (length / 2) + 2, y - (diameter / 2) + 1, length - 4, diameter - 2, 0.16);
            pen.Cylinder(Mixed, x - (length / 2) + 2, y - (diameter / 2) + 1, length - 4, diameter - 2, 0.5);
            pen.Rect(Steel, 1.5, x + (length / 2), y - 3.5, 1.5, 7);
        }

        private void PowerBank(Pen pen)
        {
            var cells = random.Next(2, 5);
            var w = (cells * 19) + 6;
            RoundedRect(pen, Organic, 5, -40, -w / 2, 92, w, 6);
            RoundedRect(pen, Mixed, 1.5, -40, -w / 2, 92, w, 6);
            for (var i = 0; i < cells; i++)
            {
                Cell(pen, -5, (-w / 2) + 3 + 9.5 + (19 * i), 65, 18.4);
            }

            pen.Rect(Mixed, 3, 30, -w / 2 + 4, 18, w - 8);
            pen.Rect(Steel, 2, 46, -5, 6, 10);
        }

        private void PouchCell(Pen pen)
        {
            var l = U(55, 75);
            var w = U(35, 50);
            pen.Rect(Steel, 1.1, -l / 2, -w / 2, l, w);
            pen.Rect(Mixed, 5, -l / 2, -w / 2, l, w);
            pen.Rect(Steel, 0.6, l / 2, -w / 4 - 2, 8, 4);
            pen.Rect(Steel, 0.6, l / 2, w / 4 - 2, 8, 4);
            pen.Rect(Organic, 3, l / 2 - 2, -w / 2, 5, w);
        }

        private void Screwdriver(Pen pen)
        {
            var shaft = U(75, 150);
            var x0 = -(shaft + 100) / 2;
            pen.Cylinder(Organic, x0, -13, 100, 26);
            pen.Cylinder(Steel, x0 + 60, -3, shaft + 40, 6, 0.7);
            pen.Poly(Steel, 2, (x0 + 100 + shaft, -3), (x0 + 108 + shaft, -3.5), (x0 + 108 + shaft, 3.5), (x0 + 100 + shaft, 3));
        }

        private void Spanner(Pen pen)
        {
            var l = U(130, 200);
            var jaw = U(24, 34);
            pen.Poly(Steel, 4, (-l / 2, -6), (l / 2, -7), (l / 2, 7), (-l / 2, 6));
            var open = new (double, double)[] { (l / 2 - 6, -jaw / 2), (l / 2 + 22, -jaw / 2 - 2), (l / 2 + 26, -jaw / 4), (l / 2 + 10, -jaw / 4), (l / 2 + 10, jaw / 4), (l / 2 + 26, jaw / 4), (l / 2 + 22, jaw / 2 + 2), (l / 2 - 6, jaw / 2) };
            pen.Poly(Steel, 5, open);
            pen.Ring(Steel, 5, jaw * 0.3, -l / 2, 0, jaw / 2 - 3, jaw / 2 - 3);
        }

        private void Pliers(Pen pen)
        {
            var l = U(150, 200);
            var spread = U(8, 16) * Math.PI / 180;
            for (var s = -1; s <= 1; s += 2)
            {
                var dy = Math.Tan(spread) * l * 0.7 * s;
                pen.Poly(Steel, 4, (0, -4), (-l * 0.7, dy - 5), (-l * 0.7, dy + 5), (0, 4));
                pen.Poly(Organic, 10, (-20, dy * 0.2 - 7), (-l * 0.7, dy - 8), (-l * 0.7, dy + 8), (-20, dy * 0.2 + 7));
                pen.Poly(Steel, 5, (0, -6 * s), (l * 0.3, -2 * s), (l * 0.3, 1 * s), (0, 2 * s));
            }

            pen.Ellipse(Steel, 8, 0, 0, 7, 7);
        }

        private void Hammer(Pen pen)
        {
            var handle = U(220, 300);
            pen.Cylinder(Organic, -handle / 2, -14, handle, 28);
            var hx = handle / 2 - 14;
            pen.Poly(Steel, 7, (hx - 8, -60), (hx + 22, -60), (hx + 24, -10), (hx + 20, 40), (hx + 10, 70), (hx - 2, 45), (hx - 8, -10));
        }

        private void Bottle(Pen pen, double length, double diameter, double neckLength, bool glass, bool square)
        {
            var x0 = -(length + neckLength) / 2;
            var wall = square ? 5.0 : 4.0;
            if (square)
            {
                pen.Rect(Mixed, 2 * wall, x0, -diameter / 2, length, diameter);
                pen.Rect(Mixed, 4 * wall, x0, -diameter / 2, length, 5);
                pen.Rect(Mixed, 4 * wall, x0, diameter / 2 - 5, length, 5);
                pen.Rect(Organic, diameter * 0.55, x0 + wall, -diameter / 2 + wall, length * U(0.55, 0.9), diameter - (2 * wall));
            }
            else
            {
                pen.Tube(glass ? Mixed : Organic, x0, -diameter / 2, length, diameter, wall);
                pen.Cylinder(Organic, x0 + wall, -diameter / 2 + wall, length * U(0.55, 0.9), diameter - (2 * wall));
            }

            pen.Rect(Mixed, 3 * wall, x0, -diameter * 0.35, 8, diameter * 0.7);
            pen.Poly(Mixed, 2 * wall, (x0 + length, -diameter / 2), (x0 + length + (neckLength * 0.35), -diameter * 0.2), (x0 + length + (neckLength * 0.35), diameter * 0.2), (x0 + length, diameter / 2));
            pen.Tube(Mixed, x0 + length + (neckLength * 0.3), -diameter * 0.2, neckLength * 0.7, diameter * 0.4, wall);
            pen.Rect(square ? Organic : Steel, square ? 10 : 0.5, x0 + length + neckLength - 10, -diameter * 0.22, 12, diameter * 0.44);
        }

        private void DrugBrick(Pen pen)
        {
            var l = U(120, 170);
            var w = U(80, 110);
            var t = U(35, 50);
            RoundedRect(pen, Organic, t * 0.55, -l / 2, -w / 2, l, w, 8);
            RoundedRect(pen, Organic, t * 0.45, -l / 2 + 8, -w / 2 + 8, l - 16, w - 16, 6);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var x = U(-l / 2, l / 2 - 20);
                pen.Rect(Organic, 2.5, x, -w / 2, U(18, 30), w);
            }
        }

        private void DrugWraps(Pen pen)
        {
            for (var i = random.Next(4, 11); i > 0; i--)
            {
                var x = U(-45, 45);
                var y = U(-35, 35);
                var rx = U(10, 15);
                var ry = U(8, 12);
                pen.Ellipse(Organic, 14, x, y, rx, ry);
                pen.Ellipse(Organic, 10, x, y, rx * 0.6, ry * 0.6);
            }
        }

        private void DrugPouch(Pen pen)
        {
            var l = U(90, 120);
            var w = U(60, 80);
            pen.Rect(Organic, 16, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, 4, -l / 2, -w / 2, 6, w);
            pen.Rect(Organic, 4, l / 2 - 6, -w / 2, 6, w);
        }
    }
}
