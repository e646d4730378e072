namespace Screening.Devices.Xray;

// Variant set V (held out after U): threat shapes and clutter kinds that none of A to U and R draws.
// About two thirds are the ordinary forms a prison gate meets (knives from kitchens and outdoor shops,
// handguns as they are made and sold, old and new, the phones people buy and the ways they carry
// them); the rest are hidden inside something innocent or made at home. Each is written from what the
// real thing measures and is made of, by someone who read neither the analyser nor any x-ray figures.
// Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam crosses
// where the part lies flat (a round bar of diameter d counts as about 0.8 d, a hollow part as its two
// walls, a sheet or wall seen edge-on as the depth the beam runs along it, shared out over the width of
// the line it is drawn as); a material lighter or heavier than water counts its thickness times its
// density; slate, stone and shell (calcium carbonate) count as glass by their density over glass's
// 2.5 g/cm³, as do the pigments of a paint; wrought and cast iron count as steel.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set V's threat shapes; null for a shape that is not set V's.</summary>
        private PixelBox? DrawSetVThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.SurvivalKnife => SurvivalKnife(scale),
            ThreatShape.YanagibaKnife => YanagibaKnife(scale),
            ThreatShape.PizzaCutter => PizzaCutter(scale),
            ThreatShape.KnifeInTrainer => KnifeInTrainer(scale),
            ThreatShape.BallpointShiv => BallpointShiv(scale),
            ThreatShape.PinfireRevolver => PinfireRevolver(scale),
            ThreatShape.VestPocketPistol => VestPocketPistol(scale),
            ThreatShape.SpringAirPistol => SpringAirPistol(scale),
            ThreatShape.PistolInPaintTin => PistolInPaintTin(scale),
            ThreatShape.BicyclePumpGun => BicyclePumpGun(scale),
            ThreatShape.PopUpCameraPhone => PopUpCameraPhone(scale),
            ThreatShape.PhoneInBeltHolster => PhoneInBeltHolster(scale),
            ThreatShape.PhoneInMetalBumper => PhoneInMetalBumper(scale),
            ThreatShape.PhoneInHollowCandle => PhoneInHollowCandle(scale),
            ThreatShape.PhoneInJigsawBox => PhoneInJigsawBox(scale),
            ThreatShape.Rounds20Bore => Rounds20Bore(scale),
            ThreatShape.SimInPlasters => SimInPlasters(scale),
            ThreatShape.ButterflyNeedleSet => ButterflyNeedleSet(scale),
            ThreatShape.HandheldFan => HandheldFan(scale),
            ThreatShape.CaulkingGun => CaulkingGun(scale),
            ThreatShape.PremixSlimCans => PremixSlimCans(scale),
            ThreatShape.CannabisConcentrates => CannabisConcentrates(scale),
            ThreatShape.DrugsInInhaler => DrugsInInhaler(scale),
            _ => null,
        };

        /// <summary>Draws one of set V's clutter kinds; false for a kind that is not set V's.</summary>
        private bool DrawSetVClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Handbell:
                    Handbell();
                    return true;
                case ClutterKind.ClockworkToy:
                    ClockworkToy();
                    return true;
                case ClutterKind.SlateCoasters:
                    SlateCoasters();
                    return true;
                case ClutterKind.JugglingBalls:
                    JugglingBalls();
                    return true;
                case ClutterKind.IcePack:
                    IcePack();
                    return true;
                case ClutterKind.BreastPump:
                    BreastPump();
                    return true;
                case ClutterKind.Earmuffs:
                    Earmuffs();
                    return true;
                case ClutterKind.SpinningTops:
                    SpinningTops();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A thin bag or sleeve of film (a grip-seal bag, a peel pouch, a freezer bag) over a rounded rectangle: its two faces of
        /// <paramref name="film"/> mm at <paramref name="density"/>, and round its edge the seams and folds, where the film lies several
        /// layers deep and stands on edge, drawn as a 2 mm band about four faces thick.
        /// </summary>
        private static void VFilmBag(Turned part, double x, double y, double l, double w, double film, double density)
        {
            var outline = RoundedOutline(x, y, l, w, 4);
            part.Poly(Organic, 2 * film * density, outline);
            part.Line(Organic, Math.Max(0.6, 8 * film * density), 2, true, RoundedOutline(x + 1, y + 1, l - 2, w - 2, 3));
        }

        /// <summary>
        /// A blade ground flat from its spine to its edge over the outline <paramref name="blade"/> whose spine lies along y =
        /// <paramref name="spineY"/>: <paramref name="t"/> mm at the spine falling to nothing at the edge, drawn as three bands of a third
        /// of the depth each (five sixths, a half and a sixth of <paramref name="t"/>), nested so no row is counted twice.
        /// </summary>
        private static void VFlatGround(Turned k, Material m, (double X, double Y)[] blade, double spineY, double t)
        {
            k.Poly(m, t / 6, blade);
            k.Poly(m, t / 3, Shrunk(blade, 0, spineY, 1, 2.0 / 3));
            k.Poly(m, t / 3, Shrunk(blade, 0, spineY, 1, 1.0 / 3));
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A hollow-handled survival knife (the "Rambo" pattern sold at fairs and online): a 150–230 mm clip-point blade 35–42 mm deep
        /// of 4–5.5 mm stainless, flat ground to its edge, with saw teeth along its spine on most; a steel crossguard 70–95 mm across (a
        /// bar 5 mm along the knife and 9–12 mm through the beam); the handle a steel or aluminium tube 28–32 mm across with 1.2–2 mm
        /// walls, 115–130 mm long, threaded onto a short tang and wound with nylon cord (4 mm, about 0.8 g/cm³ as wound); a screw-on
        /// aluminium butt cap with a liquid compass (a 20 mm acrylic capsule of oil, its steel needle) in its end; inside the handle the
        /// kit it is sold with: fishing line on a card, steel hooks, lead split shot, needles and a coiled wire saw; in a nylon sheath
        /// (two 2 mm layers of webbing at about 0.6 g/cm³, its welt, a front pouch with a bonded alumina sharpening stone, counted as
        /// glass) on some.
        /// </summary>
        private PixelBox SurvivalKnife(double scale)
        {
            var bl = U(150, 230);
            var bw = U(35, 42);
            var t = U(4, 5.5);
            var hl = U(115, 130);
            var hd = U(28, 32);
            var gw = U(70, 95);
            var alu = Chance(0.4);
            var wall = alu ? U(1.5, 2) : U(1.2, 1.6);
            var sheath = Chance(0.5);
            var half = Math.Max(gw / 2, (bw / 2) + 10) + 2;
            var pen = Lay(-hl - 26, -half, bl + (sheath ? 12 : 2), half, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (bl * 0.68, -bw / 2), (bl * 0.8, -bw * 0.3), (bl, -bw * 0.02), (bl * 0.92, bw * 0.22), (bl * 0.75, bw * 0.42),
                (bl * 0.45, bw / 2), (0, bw / 2),
            ];
            VFlatGround(k, Steel, blade, -bw / 2, t);
            if (Chance(0.75))
            {
                k.Line(Steel, 0.5 * t, 1.2, false, Zigzag(bl * 0.08, bl * 0.55, -bw / 2, 4.5, -3.2));
            }

            k.Rect(Steel, 0.9 * U(9, 12), -5, -gw / 2, 5, gw);
            k.Rect(Steel, 0.8 * 9, -34, -4.5, 29, 9);
            var tube = alu ? Aluminium : Steel;
            k.Tube(tube, -5 - hl, -hd / 2, hl, hd, wall);
            k.Tube(Organic, -hl + 2, (-hd / 2) - 4, hl - 12, hd + 8, 4 * 0.8);
            k.Tube(Aluminium, -hl - 24, (-hd / 2) - 2, 20, hd + 4, 2.5);
            k.Rect(Aluminium, 0.8 * (hd + 4) * 2.5 / 3, -hl - 24, (-hd / 2) - 2, 3, hd + 4);
            k.Rect(Organic, 0.8 * 20 * 1.0, -hl - 22, -10, 8, 20);
            k.Rect(Steel, 0.8 * 1.2, -hl - 19, -8, 1.2, 16);
            var (ix0, ix1) = (-hl + 2, -38.0);
            var ri = (hd / 2) - wall - 1;
            k.Rect(Organic, 0.8 * 2 * ri * 0.8 * 0.4, ix0, -ri * 0.8, 30, ri * 1.6);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var x = U(ix0 + 2, ix1 - 4);
                var y = U(-ri + 2, ri - 2);
                k.Ellipse(Lead, 0.8 * 4, x, y, 2, 2);
            }

            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var h = new Turned(pen, U(ix0 + 12, ix1 - 10), U(-ri + 5, ri - 5), U(0, 2 * Math.PI));
                h.Line(Steel, 0.8 * 0.8, 0.8, false, (-8, 0), (6, 0), (8, 2), (7, 4.5), (4, 4), (4.5, 2));
            }

            k.Line(Steel, 0.8 * 0.9, 0.9, false, (ix0 + 4, -ri + 3), (ix0 + 48, -ri + 4));
            k.Ring(Steel, 0.8 * 0.8 * 4, 2.2, ix1 - 22, 0, 9, Math.Min(9, ri - 1));
            if (sheath)
            {
                (double X, double Y)[] sleeve =
                [
                    (-12, (-bw / 2) - 6), (bl * 0.7, (-bw / 2) - 6), (bl + 10, -bw * 0.05), (bl * 0.75, (bw / 2) + 8), (-12, (bw / 2) + 8),
                ];
                k.Poly(Organic, 2 * 2 * 0.6, sleeve);
                k.Line(Organic, 10 * 2 * 0.6 / 3, 3, true, sleeve);
                k.Rect(Organic, 2 * 2 * 0.6, -hl * 0.45, (-bw / 2) - 6, (hl * 0.45) - 12, 16);
                k.Rect(Organic, 2 * 2 * 0.6, bl * 0.15, -bw * 0.2, 85, bw * 0.62);
                k.Rect(Glass, 6 * 2.4 / 2.5, (bl * 0.15) + 6, (-bw * 0.2) + 3, 70, Math.Min(20, (bw * 0.62) - 6));
                k.Ellipse(Steel, 2 * 0.5, bl * 0.15 + 78, bw * 0.1, 4.5, 4.5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A yanagiba, the long slicing knife of a sushi counter and of the home cooks who copy it: a 240–300 mm single-bevelled blade
        /// 31–36 mm deep at the heel and a little less at the point, 3–4 mm at the spine by the handle thinning to about 1.2 mm toward
        /// the tip; the flat back held to the shinogi line about a third of the depth up from the edge, the bevel below it ground to
        /// the edge; a stick tang (4 mm thick, 8 mm wide, 90–100 mm long) in an octagonal magnolia handle (130–150 mm, 24–27 mm thick,
        /// about 0.45 g/cm³) with a buffalo-horn or resin ferrule (about 1.3); in a magnolia saya (two 4 mm walls and its pin) on some.
        /// </summary>
        private PixelBox YanagibaKnife(double scale)
        {
            var bl = U(240, 300);
            var bw = U(31, 36);
            var t0 = U(3, 4);
            var hl = U(130, 150);
            var hd = U(24, 27);
            var saya = Chance(0.3);
            var m = saya ? 8 : 2;
            var pen = Lay(-hl - 2, (-bw / 2) - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            var tipDepth = bw * 0.82;
            double Edge(double x) => (-bw / 2) + (x < bl * 0.78 ? bw - ((bw - tipDepth) * x / (bl * 0.78)) : tipDepth * Math.Sqrt(Math.Max(0, 1 - Math.Pow((x - (bl * 0.78)) / (bl * 0.22), 2))));
            double Thick(double x) => t0 - ((t0 - 1.2) * x / bl);
            const int n = 10;
            for (var i = 0; i < n; i++)
            {
                var (xa, xb) = (bl * i / n, bl * (i + 1) / n);
                var tm = Thick((xa + xb) / 2);
                double Shinogi(double x) => (-bw / 2) + (0.67 * (Edge(x) + (bw / 2)));
                k.Poly(Steel, tm, (xa, -bw / 2), (xb, -bw / 2), (xb, Shinogi(xb)), (xa, Shinogi(xa)));
                k.Poly(Steel, tm * 0.5, (xa, Shinogi(xa)), (xb, Shinogi(xb)), (xb, Edge(xb)), (xa, Edge(xa)));
            }

            var hy = (-bw / 2) + 11;
            k.Rect(Steel, 4, -hl * 0.68, hy - 4, (hl * 0.68) - 2, 8);
            k.Poly(Steel, t0 * 0.8, (-2, -bw / 2), (0, -bw / 2), (0, bw / 2), (-2, hy + 4), (-2, hy - 4));
            RoundSection(k, Organic, RoundedOutline(-24, hy - (hd / 2), 22, hd, 3), -13, hy, hd, 1.3);
            (double X, double Y)[] handle = [(-24, hy - (hd / 2)), (-hl, hy - (hd / 2) + 1.5), (-hl, hy + (hd / 2) - 1.5), (-24, hy + (hd / 2))];
            RoundSection(k, Organic, handle, -(hl + 24) / 2, hy, hd, 0.45);
            if (saya)
            {
                (double X, double Y)[] sheath = [(-4, (-bw / 2) - 6), (bl + 6, (-bw / 2) - 6), (bl + 6, (bw / 2) + 6), (-4, (bw / 2) + 6)];
                k.Poly(Organic, 2 * 4 * 0.45, sheath);
                k.Line(Organic, 10 * 4 * 0.45 / 4, 4, true, sheath);
                k.Rect(Organic, 0.8 * 10 * 0.6, bl * 0.45, (-bw / 2) - 8, 6, bw + 14);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pizza cutter from the kitchen drawer, lying on its face: a stainless wheel 88–102 mm across and 0.8–1.1 mm thick, ground
        /// to an edge over its outer 4 mm, between two steel hub washers (18 mm, 1.5 mm each) on a 5 mm axle rivet; the fork that
        /// carries it (two pressed stainless cheeks, 1.2–1.5 mm each) to a thumb guard and the handle: a polypropylene or nylon grip
        /// (115–135 × 24–30 mm, 20–24 mm deep, about 0.95 g/cm³) round a 2 mm steel tang, or a hollow stainless tube (22 mm, 0.6 mm
        /// wall) welded to the fork; a snap-on polypropylene guard over half the wheel on some.
        /// </summary>
        private PixelBox PizzaCutter(double scale)
        {
            var r = U(44, 51);
            var wt = U(0.8, 1.1);
            var hl = U(115, 135);
            var hw = U(24, 30);
            var tubeHandle = Chance(0.35);
            var guard = Chance(0.3);
            var fl = U(30, 40);
            var pen = Lay(-hl - fl - 8, -r - 3, r + 3, r + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Ellipse(Steel, wt * 0.55, 0, 0, r, r);
            k.Ellipse(Steel, wt * 0.45, 0, 0, r - 4, r - 4);
            k.Ellipse(Steel, 2 * 1.5, 0, 0, 9, 9);
            k.Ellipse(Steel, 0.8 * 5 * 2, 0, 0, 2.5, 2.5);
            var ct = U(1.2, 1.5);
            (double X, double Y)[] fork = [(6, -9), (6, 9), (-fl, 11), (-fl - 6, 13), (-fl - 6, -13), (-fl, -11)];
            k.Poly(Steel, 2 * ct, fork);
            k.Rect(Steel, 0.8 * 12 * ct, -fl - 6, -18, 3, 36);
            var x0 = -fl - 6;
            if (tubeHandle)
            {
                k.Tube(Steel, x0 - hl, -11, hl, 22, 0.6);
                k.Rect(Steel, 0.8 * 22 * 0.6 / 2, x0 - hl, -11, 2, 22);
            }
            else
            {
                k.Rect(Steel, 2, x0 - (hl * 0.7), -4, hl * 0.7, 8);
                RoundSection(k, Organic, RoundedOutline(x0 - hl, -hw / 2, hl, hw, hw / 2.5), x0 - (hl / 2), 0, U(20, 24), 0.95);
            }

            if (guard)
            {
                (double X, double Y)[] shield = [.. Enumerable.Range(0, 15).Select(i => (Math.PI * i / 14.0) - (Math.PI / 2)).Select(a => ((r + 2) * Math.Cos(a), (r + 2) * Math.Sin(a)))];
                k.Poly(Organic, 2 * 1.5 * 0.9, shield);
                k.Line(Organic, 6 * 1.5 * 0.9 / 1.5, 1.5, false, shield);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife hidden in a trainer, its blade slid into a slot cut along the EVA midsole under the insole and the insole glued back:
        /// one 270–310 mm trainer seen from above (see <see cref="STrainer"/>); in its sole either a boot knife (a double-edged spear
        /// blade 90–115 mm long and 22–28 mm wide of 3–3.5 mm steel ground from its midline to both edges, a small steel guard, a full
        /// tang between two 3 mm G10 scales, glass cloth in epoxy at about 1.85 g/cm³ of which about 1.1 is glass, on two steel pins)
        /// or the blade of a kitchen knife (90–130 mm of 1.5–2 mm stainless, its tang cut short and wound with PVC tape), lying along
        /// the sole from the heel toward the toe.
        /// </summary>
        private PixelBox KnifeInTrainer(double scale)
        {
            var l = U(270, 310);
            var w = U(95, 110);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            STrainer(new Turned(pen, 0, 0, 0), l, w, Chance(0.5));
            var k = new Turned(pen, -l * 0.38, U(-4, 4), U(-0.06, 0.06));
            pen.Item(() =>
            {
                if (Chance(0.55))
                {
                    var bl = U(90, 115);
                    var bw = U(22, 28);
                    var t = U(3, 3.5);
                    var hl = U(85, 100);
                    (double X, double Y)[] upper = [(hl, 0), (hl, -bw / 2), (hl + (bl * 0.55), -bw / 2), (hl + bl, 0)];
                    (double X, double Y)[] lower = [(hl, 0), (hl + bl, 0), (hl + (bl * 0.55), bw / 2), (hl, bw / 2)];
                    VFlatGround(k, Steel, upper, 0, t);
                    VFlatGround(k, Steel, lower, 0, t);
                    k.Rect(Steel, 0.8 * 7, hl - 3, -15, 3, 30);
                    var tang = RoundedOutline(0, -11, hl - 3, 22, 6);
                    k.Poly(Steel, t, tang);
                    k.Poly(Glass, 2 * 3 * 1.1 / 2.5, tang);
                    k.Poly(Organic, 2 * 3 * 0.75, tang);
                    k.Ellipse(Steel, 2 * 3, hl * 0.3, 0, 2, 2);
                    k.Ellipse(Steel, 2 * 3, hl * 0.75, 0, 2, 2);
                }
                else
                {
                    var bl = U(90, 130);
                    var bw = U(18, 24);
                    var t = U(1.5, 2);
                    k.Poly(Steel, t, (30, -bw / 2), (30 + (bl * 0.75), -bw / 2), (30 + bl, -bw * 0.3), (30 + (bl * 0.7), bw * 0.2), (30 + (bl * 0.25), bw / 2), (30, bw / 2));
                    k.Rect(Steel, t, 0, -4, 30, 8);
                    k.Rect(Organic, 2 * 1.3 * 1.4, -2, -6, 34, 12);
                    k.Line(Organic, 12 * 1.3 * 1.4 / 1.5, 1.5, true, SCorners(-1.25, -5.25, 32.5, 10.5));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A shiv made from a ballpoint pen: the refill taken out, a round wire nail (3.35–4 mm, 75–100 mm) pushed through its front and
        /// fixed with melted plastic (about 20 mm of the barrel filled, at about 1.05 g/cm³), 35–55 mm of it standing out of the tip and
        /// ground to a point; the barrel a metal pen's (chrome-plated brass, 9–10 mm across with a 0.5 mm wall, 125–140 mm long, its
        /// steel clip and end cap; or anodised aluminium with a 0.7 mm wall) or a plastic stick pen's (polystyrene, 7.5 mm across with
        /// 1.3 mm walls, 145 mm, the nail's head cut off to fit); its grip wound over 60–80 mm with PVC tape (1.3 mm a side at about 1.4
        /// g/cm³) or strips of cloth (2.5 mm a side at about 0.5).
        /// </summary>
        private PixelBox BallpointShiv(double scale)
        {
            var metal = Chance(0.55);
            var brass = metal && Chance(0.6);
            var bl = metal ? U(125, 140) : 145;
            var bd = metal ? U(9, 10) : 7.5;
            var wall = metal ? (brass ? 0.5 : 0.7) : 1.3;
            var nl = U(75, 100);
            var nd = U(3.35, 4);
            var stick = U(35, 55);
            var gl = U(60, 80);
            var tape = Chance(0.6);
            var gd = bd + (tape ? 2.6 : 5);
            var pen = Lay((-bl / 2) - 2, (-gd / 2) - 2, (bl / 2) + stick + 2, (gd / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            var x1 = bl / 2;
            if (metal)
            {
                p.Tube(brass ? Brass : Aluminium, -x1, -bd / 2, bl, bd, wall);
                p.Cylinder(brass ? Brass : Aluminium, -x1, -bd / 2, 6, bd, 0.5);
                p.Rect(Steel, 4 * 0.8, -x1 + 8, (-bd / 2) - 1.2, 45, 1.2);
            }
            else
            {
                p.Tube(Organic, -x1, -bd / 2, bl, bd, wall * 1.05);
                p.Cylinder(Organic, -x1, -bd / 2, 10, bd, 0.9);
            }

            p.Cylinder(Organic, x1 - 20, (-bd / 2) + wall, 20, bd - (2 * wall), 1.05);
            var xn = x1 + stick - nl;
            p.Cylinder(Steel, xn, -nd / 2, nl - 12, nd);
            p.Poly(Steel, nd * 0.5, (x1 + stick - 12, -nd / 2), (x1 + stick, 0), (x1 + stick - 12, nd / 2));
            if (metal)
            {
                p.Rect(Steel, 0.8 * 7.5, xn - 1.5, -3.75, 1.5, 7.5);
            }

            if (tape)
            {
                p.Tube(Organic, -x1 + 4, -gd / 2, gl, gd, 1.3 * 1.4);
            }
            else
            {
                p.Tube(Organic, -x1 + 4, -gd / 2, gl, gd, 2.5 * 0.5);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A pinfire revolver (the Lefaucheux pattern and its Belgian and French copies of 1855–1900: sold as antiques, and among the old
        /// guns found used in crime in Britain because their cartridges can still be made): a 7 mm pocket model (about 175 mm, a folding
        /// trigger and no guard), a 9 mm (about 225 mm) or a 12 mm army model (about 290 mm, with a trigger guard); iron and steel
        /// throughout: a round or octagonal barrel 13–19 mm over the bore, a solid or open-topped frame (two 3.5 mm walls round the
        /// cylinder window, the recoil shield across the frame behind the cylinder), the cylinder of six chambers (about 45 % metal) on
        /// its base pin, an ejector rod in its housing beside the barrel, the hammer; walnut grips (about 0.65 g/cm³) on a steel grip
        /// frame with a butt cap and lanyard ring; up to six pinfire cartridges in the cylinder (a 0.3 mm copper-alloy case and its base
        /// cup, a lead bullet, and the 1.5 mm brass pin standing out radially through the notch at the back of each chamber).
        /// </summary>
        private PixelBox PinfireRevolver(double scale)
        {
            var cal = random.Next(3);
            double[] barrels = [U(60, 80), U(100, 120), U(140, 160)];
            double[] cyls = [27, 33, 40];
            double[] cds = [28, 34, 41];
            double[] cases = [8.2, 10.5, 13.5];
            double[] caseLs = [12, 15, 18];
            double[] bullets = [7.1, 9.1, 11.5];
            double[] grips = [62, 80, 100];
            double[] ods = [13, 16, 19];
            var (bl, cl, cd, cc, caseL, bd, gl, od) = (barrels[cal], cyls[cal], cds[cal], cases[cal], caseLs[cal], bullets[cal], grips[cal], ods[cal]);
            var pr = (cd / 2) - (cc / 2) - 1.2;
            var openTop = cal == 2 || Chance(0.3);
            var loaded = random.Next(0, 7);
            var gb = gl * 0.35;
            var pen = Lay(-cl - 23 - gb, Math.Min((-cd / 2) - 20, -pr - (od / 2) - 8), bl + 3, (cd / 2) + gl + 14, scale);
            var g = new Turned(pen, 0, 0, 0);
            var by = -pr;
            if (cal == 0 || Chance(0.5))
            {
                g.Tube(Steel, 1, by - (od / 2), bl - 1, od, (od - bd) / 2 * 0.9);
            }
            else
            {
                g.Cylinder(Steel, 1, by - (od / 2), bl - 1, od, 1 - ((bd / od) * (bd / od)));
            }

            g.Rect(Steel, 4, bl - 8, by - (od / 2) - 4, 5, 4);
            g.Tube(Steel, 4, by + (od / 2) - 1, bl * 0.65, 7, 0.8);
            g.Cylinder(Steel, 4, by + (od / 2), bl * 0.65, 4.5);
            g.Rect(Steel, 2 * 3.5, -2, by + (od / 2) - 2, 26, (cd / 2) - by - (od / 2) + 8);
            g.Rect(Steel, 16, -cl - 8, (-cd / 2) - 2, 8, cd + 4);
            g.Rect(Steel, 2 * 3.5, -cl - 8, (cd / 2) - 1, cl + 10, 8);
            if (!openTop)
            {
                g.Rect(Steel, 0.8 * 12, -cl - 6, (-cd / 2) - 5, cl + 8, 5);
            }

            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, 0.45);
            g.Cylinder(Steel, -cl - 8, -2.5, cl + 22, 5);
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i < loaded; i++)
            {
                var a = phase + (2 * Math.PI * i / 6);
                var (sin, cos) = Math.SinCos(a);
                var y = pr * sin;
                var x0 = -cl + 0.5;
                g.Tube(Brass, x0 + 1.5, y - (cc / 2), caseL - 1.5, cc, 0.3);
                g.Rect(Brass, 0.8 * cc * 0.6, x0, y - (cc / 2), 1.5, cc);
                var xb = x0 + caseL - 4;
                var bll = Math.Min(cl - caseL + 2, bd * 1.2);
                g.Poly(Lead, bd * 0.7, (xb, y - (bd / 2)), (xb + (bll * 0.6), y - (bd / 2)), (xb + bll, y - (bd * 0.15)), (xb + bll, y + (bd * 0.15)), (xb + (bll * 0.6), y + (bd / 2)), (xb, y + (bd / 2)));
                var outer = (cd / 2) + 4;
                if (Math.Abs(sin) > 0.15)
                {
                    g.Line(Brass, 0.8 * 1.5, 1.5, false, (x0 + 3, y), (x0 + 3, outer * sin));
                }
                else
                {
                    g.Ellipse(Brass, 0.8 * (outer - pr) * Math.Abs(cos), x0 + 3, y, 0.8, 0.8);
                }
            }

            g.Poly(Steel, 0.8 * 7, (-cl - 8, (-cd / 2) - 2), (-cl - 2, (-cd / 2) - 2), (-cl - 9, (-cd / 2) - 17), (-cl - 16, (-cd / 2) - 15));
            var fy = (cd / 2) + 7;
            if (cal == 2)
            {
                g.Line(Steel, 6, 4, false, UArc(-cl + 22, fy, 18, 16, 0, Math.PI, 10));
                g.Poly(Steel, 5, (-cl + 18, fy), (-cl + 23, fy), (-cl + 20, fy + 14), (-cl + 16, fy + 13));
            }
            else
            {
                g.Poly(Steel, 5, (-cl + 6, fy), (-cl + 14, fy), (-cl + 8, fy + 10), (-cl + 4, fy + 9));
            }

            (double X, double Y)[] grip =
            [
                (-cl - 10, fy - 2), (-cl + 16, fy - 2), (-cl + 10 - gb, (cd / 2) + gl), (-cl - 19 - gb, (cd / 2) + gl + 2), (-cl - 21 - (gb * 0.5), (cd / 2) + (gl * 0.45)),
            ];
            var (gx, gy) = (-cl - 3 - (gb / 2), (cd / 2) + (gl / 2) + 4);
            g.Poly(Steel, 2 * 1.5, Shrunk(grip, gx, gy, 0.45, 0.95));
            RoundSection(g, Organic, grip, gx, gy, 28, 0.65);
            g.Poly(Steel, 0.8 * 20 * 0.3, (-cl + 10 - gb, (cd / 2) + gl - 4), (-cl + 10 - gb, (cd / 2) + gl), (-cl - 19 - gb, (cd / 2) + gl + 2), (-cl - 19 - gb, (cd / 2) + gl - 2));
            g.Ring(Steel, 0.8 * 2.5, 2.5, -cl - 4 - gb, (cd / 2) + gl + 7, 5, 4);
            return pen.Box;
        }

        /// <summary>
        /// A vest-pocket .25 ACP pistol (the FN 1906 and the Baby Browning, and the many Spanish and Belgian copies, all steel):
        /// 104–114 mm long and 69–76 mm tall, about 20 mm thick; a slide of two 2.5 mm steel walls with its solid breech and top over a
        /// 53 mm barrel (10 mm over a 6.35 mm bore) and the striker and its spring in the slide's back; a steel frame (two 2 mm walls
        /// under the grip panels) whose grip holds a six-round magazine (0.6 mm steel, single stack, 25 mm fore and aft) loaded with .25
        /// ACP rounds (a 15.6 mm brass case 7 mm across, a jacketed 6.35 mm bullet, 23 mm overall) or empty, and a grip safety on the
        /// 1906; grips of hard rubber (two 3 mm panels at about 1.2 g/cm³) or of mother of pearl (two 2.5 mm panels of calcium carbonate
        /// at 2.7 g/cm³, counted as glass); in a small leather pocket holster (two 2 mm walls at about 0.9) on some.
        /// </summary>
        private PixelBox VestPocketPistol(double scale)
        {
            var l = U(104, 114);
            var h = U(69, 76);
            var sh = U(21, 24);
            var holster = Chance(0.3);
            var pearl = Chance(0.25);
            var rounds = random.Next(0, 7);
            var pen = Lay((-l / 2) - 7, (-h / 2) - 6, (l / 2) + 7, (h / 2) + 7, scale);
            var g = new Turned(pen, 0, 0, 0);
            var (x0, x1, y0) = (-l / 2, l / 2, -h / 2);
            g.Rect(Steel, 2 * 2.5, x0, y0, l, sh);
            g.Rect(Steel, 0.8 * 16 * 0.15, x0, y0, l, 2.5);
            g.Rect(Steel, 12, x0, y0 + 2.5, 20, sh - 5);
            g.Tube(Steel, x1 - 55, y0 + (sh / 2) - 5, 53, 10, 1.6);
            g.Cylinder(Steel, x0 + 4, y0 + (sh / 2) - 2, 26, 4, 0.8);
            g.Line(Steel, 0.8 * 0.7 * 2, 0.7, false, Zigzag(x0 + 20, x0 + 50, y0 + (sh / 2) - 3, 2.4, 6));
            g.Rect(Steel, 2 * 2, x0 + 3, y0 + sh, l - 8, 7);
            var rk = Math.Tan(8 * Math.PI / 180);
            var (gx, gt, gbtm) = (x0 + 3, y0 + sh + 5, h / 2);
            var drop = (gbtm - gt) * rk;
            (double X, double Y)[] grip = [(gx, gt - 5), (gx + 40, gt - 5), (gx + 40 - drop, gbtm), (gx - drop, gbtm)];
            g.Poly(Steel, 2 * 2, grip);
            g.Line(Steel, 0.8 * 16 * 0.3, 2.5, true, grip);
            var panel = Shrunk(grip, gx + 20 - (drop / 2), (gt + gbtm) / 2, 0.85, 0.85);
            if (pearl)
            {
                g.Poly(Glass, 2 * 2.5 * 2.7 / 2.5, panel);
            }
            else
            {
                g.Poly(Organic, 2 * 3 * 1.2, panel);
            }

            if (l > 110 && Chance(0.7))
            {
                g.Poly(Steel, 0.8 * 12 * 0.4, (gx - 3, gt), (gx + 2, gt), (gx + 2 - (drop * 0.7), gbtm - 14), (gx - 3 - (drop * 0.7), gbtm - 14));
            }

            g.Line(Steel, 0.8 * 8 * 0.5, 3, false, UArc(gx + 55, gt - 2, 14, 12, 0, Math.PI, 10));
            g.Poly(Steel, 4, (gx + 47, gt - 4), (gx + 52, gt - 4), (gx + 49, gt + 8), (gx + 45, gt + 8));
            var (mx, my, ma) = (gx + 8, y0 + (sh / 2) + 4, Math.Atan(rk));
            var ml = gbtm - my - 1;
            var mag = new Turned(pen, mx, my, ma);
            mag.Rect(Steel, 2 * 0.6, 0, 0, 25, ml);
            mag.Line(Steel, 16 * 0.6 / 0.8, 0.8, false, (0.4, 0), (0.4, ml));
            mag.Line(Steel, 16 * 0.6 / 0.8, 0.8, false, (24.6, 0), (24.6, ml));
            mag.Rect(Steel, 0.8 * 16 * 0.6, -1, ml - 2, 27, 3);
            for (var i = 0; i < rounds; i++)
            {
                var (rx, ry) = Moved(mx, my, ma, 12.5, 5 + (i * 7.1));
                CartridgeSide(new Turned(pen, rx, ry, ma), 15.6, 7.0, 7.6, 7.4, 6.35, true, Brass);
            }

            if (holster)
            {
                var o = RoundedOutline(x0 - 5, y0 - 4, l + 10, h + 8, 10);
                g.Poly(Organic, 2 * 2 * 0.9, o);
                g.Line(Organic, 20 * 2 * 0.9 / 2, 2, true, RoundedOutline(x0 - 4, y0 - 3, l + 8, h + 6, 9));
            }

            return pen.Box;
        }

        /// <summary>
        /// A spring-piston air pistol (the commonest air pistols sold in Britain, bought over the counter by adults; a prohibited
        /// article at a prison gate like any firearm): either a break-barrel pistol with a polymer body (280–330 mm long; a steel barrel
        /// 10 mm across over a 4.5 mm bore in a polymer shroud, its steel breech block and pivot, behind it a steel compression tube 26
        /// mm across with a 1.2 mm wall holding the piston, its seal and a 2.6 mm mainspring, cocked or not; the body, grip and guard two
        /// 2.5 mm polymer walls at about 1.2 g/cm³, a steel trigger and sear) or a top-lever pistol on the Webley pattern (220–235 mm; a
        /// die-cast aluminium-alloy frame whose compression chamber, 30 mm across with 2.5 mm walls, runs under a 9 mm steel barrel, the
        /// piston and spring inside it, the steel top lever and breech, plastic grips two 4 mm panels at about 1.2 over the alloy grip
        /// frame); on some a tin of lead pellets beside it (a 0.22 mm tinplate tin 60–66 mm across holding 250–500 pellets of .177 at
        /// 0.53 g or 150–250 of .22 at 0.95 g, the beam down through the tin).
        /// </summary>
        private PixelBox SpringAirPistol(double scale)
        {
            var breakBarrel = Chance(0.55);
            var ol = breakBarrel ? U(280, 330) : U(220, 235);
            var pellets = Chance(0.4);
            var pen = Lay((-ol / 2) - 34, -28, (ol / 2) + 2, 128, scale);
            var g = new Turned(pen, 0, 0, 0);
            var xm = ol / 2;
            double tinX;
            if (breakBarrel)
            {
                pen.Item(() =>
                {
                    var bl = U(150, 180);
                    var xb = xm - bl;
                    g.Cylinder(Steel, xb, -5, bl, 10, 0.8);
                    g.Tube(Organic, xb + 15, -10, bl - 15, 20, 2 * 1.2);
                    g.Rect(Organic, 6 * 1.2, xm - 10, -16, 8, 6);
                    g.Rect(Steel, 0.8 * 16, xb - 22, -11, 22, 22);
                    var xc1 = xb - 22;
                    var xc0 = (-ol / 2) + 10;
                    var ct = xc1 - xc0;
                    g.Tube(Steel, xc0, -13, ct, 26, 1.2);
                    g.Cylinder(Steel, xc0 - 8, -11, 8, 22, 0.5);
                    var xp = Chance(0.5) ? xc0 + 25 : xc1 - 52;
                    g.Tube(Steel, xp, -11.5, 45, 23, 1.2);
                    g.Rect(Organic, 0.8 * 23 * 1.2, xp + 45, -11.5, 6, 23);
                    g.Line(Steel, 0.8 * 2.6 * 2, 2.6, false, Zigzag(xc0 + 2, xp + 40, -10.5, 5, 21));
                    var body = RoundedOutline(xc0 - 10, -20, ct + 40, 40, 6);
                    g.Poly(Organic, 2 * 2.5 * 1.2, body);
                    g.Line(Organic, 30 * 2.5 * 1.2 / 2.5, 2.5, true, RoundedOutline(xc0 - 8.75, -18.75, ct + 37.5, 37.5, 5));
                    g.Rect(Organic, 10 * 1.2, xc0, -26, 16, 6);
                    var rk = Math.Tan(15 * Math.PI / 180);
                    var gx = xc0 + 5;
                    (double X, double Y)[] grip = [(gx, 18), (gx + 40, 18), (gx + 40 - (105 * rk), 125), (gx - (105 * rk), 125)];
                    g.Poly(Organic, 2 * 2.5 * 1.2, grip);
                    g.Line(Organic, 32 * 2.5 * 1.2 / 2.5, 2.5, true, grip);
                    g.Rect(Steel, 5, gx + 40, 14, 25, 8);
                    g.Poly(Steel, 5, (gx + 56, 20), (gx + 61, 20), (gx + 58, 34), (gx + 54, 33));
                    g.Line(Organic, 8 * 1.2, 4, false, UArc(gx + 62, 20, 18, 16, 0, Math.PI, 10));
                });
                tinX = xm - 70;
            }
            else
            {
                pen.Item(() =>
                {
                    var bl = U(170, 178);
                    g.Cylinder(Steel, xm - bl, -16.5, bl, 9, 0.75);
                    g.Rect(Steel, 0.8 * 9, xm - 8, -22, 5, 5);
                    var xc0 = (-ol / 2) + 40;
                    var cl = xm - 20 - xc0;
                    g.Tube(Aluminium, xc0, -3, cl, 30, 2.5);
                    g.Cylinder(Aluminium, xm - 22, -3, 6, 30, 0.6);
                    var xp = Chance(0.5) ? xc0 + 8 : xm - 80;
                    g.Tube(Steel, xp, -1.5, 50, 27, 1.2);
                    g.Rect(Organic, 0.8 * 27 * 1.2, xp - 6, -1.5, 6, 27);
                    g.Line(Steel, 0.8 * 2.5 * 2, 2.5, false, Zigzag(xp + 4, xm - 24, -0.5, 5, 25));
                    (double X, double Y)[] frame = [(-ol / 2, -20), (xc0 + 10, -20), (xc0 + 10, 28), (-ol / 2 + 5, 30)];
                    g.Poly(Aluminium, 2 * 3, frame);
                    g.Line(Aluminium, 28 * 3 / 3, 3, true, frame);
                    g.Poly(Steel, 6, (-ol / 2 + 4, -24), (xc0 - 5, -24), (xc0 - 5, -17), (-ol / 2 + 4, -19));
                    var rk = Math.Tan(20 * Math.PI / 180);
                    var gx = (-ol / 2) + 5;
                    (double X, double Y)[] grip = [(gx, 28), (gx + 40, 28), (gx + 40 - (97 * rk), 125), (gx - (97 * rk), 125)];
                    g.Poly(Aluminium, 2 * 2.5, Shrunk(grip, gx + 20 - (48 * rk), 76, 0.5, 0.95));
                    RoundSection(g, Organic, grip, gx + 20 - (48 * rk), 76, 2 * 4, 1.2);
                    g.Line(Aluminium, 10 * 2, 3.5, false, UArc(gx + 60, 28, 17, 15, 0, Math.PI, 10));
                    g.Poly(Steel, 5, (gx + 52, 28), (gx + 57, 28), (gx + 54, 41), (gx + 50, 40));
                });
                tinX = xm - 50;
            }

            if (pellets)
            {
                var r = U(30, 33);
                var th = U(20, 25);
                var (n, each) = Chance(0.6) ? (random.Next(250, 501), 0.53) : (random.Next(150, 251), 0.95);
                var t = new Turned(pen, tinX, 88 - r + 2, 0);
                t.Ellipse(Steel, 2 * 0.22, 0, 0, r, r);
                t.Ring(Steel, th * 0.22 / 0.6, 0.6, 0, 0, r - 0.3, r - 0.3);
                t.Ring(Steel, 3 * 0.22 * 2, 2, 0, 0, r - 1.5, r - 1.5);
                var lead = n * each / 11.34 * 1000 / (Math.PI * (r - 1) * (r - 1));
                t.Ellipse(Lead, lead * 0.7, 0, 0, r - 1, r - 1);
                t.Ellipse(Lead, lead * 0.3, U(-4, 4), U(-4, 4), (r - 1) * 0.7, (r - 1) * 0.7);
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun hidden in a 5-litre tin of emulsion paint (the tin opened, the gun pushed into the paint and the lid hammered back
        /// on): a tinplate can 186–192 mm across and 200–208 mm tall (0.25 mm walls, a 0.3 mm lid and base, the rolled chimes three
        /// layers deep at each end), its wire bail handle (3 mm steel, a polypropylene grip) on two ears; 80–95 % full of paint at
        /// about 1.4 g/cm³ (water and binder, and 0.55 g/cm³ of titanium dioxide and chalk counted as glass); at the bottom, a subcompact
        /// striker-fired pistol (loaded or not) or a small-frame revolver. Standing (the beam down through the lid, the paint and the
        /// base) or lying on its side.
        /// </summary>
        private PixelBox PistolInPaintTin(double scale)
        {
            var d = U(186, 192);
            var h = U(200, 208);
            var r = d / 2;
            var fill = U(0.8, 0.95);
            var revolver = Chance(0.45);
            var rk = Math.Tan(20 * Math.PI / 180);
            var slideL = U(120, 128);
            var gripL = U(50, 55);
            var (ex0, ex1, ey0, ey1) = revolver ? (-78.0, 65.0, -31.0, 95.0) : ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -32.0, gripL + 2);
            Pen pen;
            double gx, gy, oa;
            if (Chance(0.5))
            {
                pen = Lay(-r - 6, -r - 6, r + 6, r + 6, scale);
                var k = new Turned(pen, 0, 0, 0);
                k.Ellipse(Steel, 2 * 0.3, 0, 0, r, r);
                k.Ring(Steel, h * 0.25 / 0.8, 0.8, 0, 0, r - 0.4, r - 0.4);
                k.Ring(Steel, 2 * 3 * 0.25 * 2, 3, 0, 0, r - 1.5, r - 1.5);
                k.Ring(Steel, 2 * 0.3 * 3, 4, 0, 0, r - 8, r - 8);
                var ph = (h - 6) * fill;
                k.Ellipse(Organic, ph * 0.9, 0, 0, r - 1, r - 1);
                k.Ellipse(Glass, ph * 0.55 / 2.5, 0, 0, r - 1, r - 1);
                k.Rect(Steel, 0.8 * 14 * 1.0, r - 2, -7, 5, 14);
                k.Rect(Steel, 0.8 * 14 * 1.0, -r - 3, -7, 5, 14);
                var ba = U(-0.3, 0.3);
                var bail = new Turned(pen, 0, 0, ba);
                bail.Line(Steel, 0.8 * 3, 3, false, (-r - 1, 0), (r + 1, 0));
                bail.Rect(Organic, 2 * 2 * 0.9, -40, -10, 80, 20);
                (gx, gy, oa) = (U(-3, 3), U(-3, 3), U(0, 2 * Math.PI));
            }
            else
            {
                pen = Lay((-h / 2) - 3, -r - 6, (h / 2) + 10, r + 6, scale);
                var k = new Turned(pen, 0, 0, 0);
                k.Tube(Steel, -h / 2, -r, h, d, 0.25);
                k.Rect(Steel, 0.8 * d * 0.3 / 1.0, -h / 2, -r, 1.0, d);
                k.Rect(Steel, 0.8 * d * 0.3 / 1.0, (h / 2) - 1, -r, 1.0, d);
                k.Tube(Steel, (-h / 2) - 1, -r - 1.5, 3, d + 3, 0.75);
                k.Tube(Steel, (h / 2) - 2, -r - 1.5, 3, d + 3, 0.75);
                LyingFill(k, Organic, (-h / 2) + 1, h - 2, d - 1, fill, 0.9);
                LyingFill(k, Glass, (-h / 2) + 1, h - 2, d - 1, fill, 0.55 / 2.5);
                k.Rect(Steel, 0.8 * 14, (h / 2) - 19, -r - 4, 14, 4);
                k.Rect(Steel, 0.8 * 14, (h / 2) - 19, r, 14, 4);
                var reach = U(0, 18);
                k.Line(Steel, 0.8 * 3, 3, false, UArc((h / 2) - 12, 0, reach + 1, r + 1, -Math.PI / 2, Math.PI / 2, 12));
                (gx, gy, oa) = (U(-8, 8), U(-12, 12), (Chance(0.5) ? 0 : Math.PI) + U(-0.08, 0.08));
            }

            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (ox, oy) = (gx - mx, gy - my);
            if (revolver)
            {
                pen.Item(() => TSnubRevolver(pen, ox, oy, oa, Chance(0.4), random.Next(0, 6), U(0, 2 * Math.PI)));
            }
            else
            {
                pen.Item(() => SStrikerPistol(pen, ox, oy, oa, slideL, 27, gripL, 30, 20, 0, random.Next(0, 11)));
            }

            return pen.Box;
        }

        /// <summary>
        /// A single-shot gun made inside a bicycle pump (the improvised "pump gun": a .22 barrel hidden where the plunger ran): a frame
        /// pump 260–320 mm long, its barrel aluminium 25–30 mm across with a 1–1.2 mm wall, a polypropylene head with its brass valve
        /// fittings at one end and a polypropylene T-handle (70 × 22 mm, about half solid) at the other on a stub of the aluminium
        /// plunger rod; inside, a steel barrel tube (12.7 mm over a .22 bore, 3.3 mm wall, 90–130 mm) ending behind the head, a steel
        /// breech plug with its firing pin, an 8 mm steel striker and its spring (1.2 mm wire) behind it held back by a 3 mm steel cross
        /// pin through a slot in the pump's wall; a .22 Long Rifle round in the chamber on most.
        /// </summary>
        private PixelBox BicyclePumpGun(double scale)
        {
            var l = U(260, 320);
            var od = U(25, 30);
            var wall = U(1.0, 1.2);
            var blen = Math.Min(U(90, 130), l - 165);
            var pen = Lay((-l / 2) - 12, -37, (l / 2) + 2, 37, scale);
            var p = new Turned(pen, 0, 0, 0);
            var x1 = l / 2;
            p.Tube(Aluminium, (-l / 2) + 12, -od / 2, l - 52, od, wall);
            p.Poly(Organic, 0.8 * 28 * 0.9 * 0.7, (x1 - 42, (-od / 2) - 3), (x1 - 8, -od / 2), (x1, -8), (x1, 8), (x1 - 8, od / 2), (x1 - 42, (od / 2) + 3));
            p.Cylinder(Brass, x1 - 14, -4.5, 12, 9, 0.6);
            p.Cylinder(Organic, x1 - 30, -7, 16, 14, 1.2);
            p.Rect(Organic, 22 * 0.9 * 0.5, (-l / 2) - 10, -35, 22, 70);
            p.Line(Organic, 22 * 0.9 * 0.5, 2, true, SCorners((-l / 2) - 9, -34, 20, 68));
            p.Cylinder(Aluminium, (-l / 2) + 10, -4, 40, 8);
            var xb1 = x1 - 42;
            var xb0 = xb1 - blen;
            pen.Item(() =>
            {
                p.Tube(Steel, xb0, -6.35, blen, 12.7, 3.3);
                var inner = od - (2 * wall) - 0.5;
                p.Cylinder(Steel, xb0 - 15, -inner / 2, 15, inner);
                if (Chance(0.8))
                {
                    BrassRound(new Turned(pen, xb0 + 12.7, 0, 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
                }

                var xs = xb0 - 15 - U(4, 8) - 35;
                p.Cylinder(Steel, xs, -4, 35, 8);
                p.Line(Steel, 0.8 * 1.2 * 2, 1.2, false, Zigzag((-l / 2) + 52, xs, -6, 3, 12));
                var xpin = xs + 4;
                if (Chance(0.5))
                {
                    p.Ellipse(Steel, od + 6, xpin, 0, 1.5, 1.5);
                }
                else
                {
                    p.Rect(Steel, 0.8 * 3, xpin - 1.5, (-od / 2) - 3, 3, od + 6);
                }
            });

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone with a motorised pop-up selfie camera (the OnePlus 7 Pro and Redmi K20 class, sold by the million in 2019–20 and
        /// still in use): 157–163 × 74–77 × 8.6–9.4 mm, glass front and back, an aluminium frame, a 3700–4200 mAh cell and the rest of a
        /// slab phone (see <see cref="SPhone"/>), two or three rear cameras in a column; the front camera in an aluminium sled (21 × 14
        /// mm, 7 mm deep, 0.6 mm walls) at the top edge, shut inside the phone or standing 9 mm out of it, driven by a 6 mm stepper motor
        /// (its steel can and magnet) through a steel lead screw along a steel guide rod; in a clear case on some.
        /// </summary>
        private PixelBox PopUpCameraPhone(double scale)
        {
            var l = U(157, 163);
            var w = U(74, 77);
            var depth = U(8.6, 9.4);
            var up = Chance(0.3);
            var cased = Chance(0.35);
            var pen = Lay((-l / 2) - 12, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 8, Aluminium, depth, true, U(3700, 4200), false);
            var cams = random.Next(2, 4);
            for (var i = 0; i < cams; i++)
            {
                SCamera(p, (-l / 2) + 20 + (i * 13), 0, i == 0 ? 11 : 9, i == 0);
            }

            var my = U(-w * 0.28, -w * 0.14);
            var mx = (-l / 2) + (up ? -9 : 1.5);
            p.Rect(Aluminium, 2 * 0.6, mx, my - 10.5, 14, 21);
            p.Line(Aluminium, 7 * 0.6 / 0.6, 0.6, true, SCorners(mx + 0.3, my - 10.2, 13.4, 20.4));
            SCamera(p, mx + 7, my - 3, 7, false);
            p.Rect(Glass, 0.7, mx + 1, my - 9.5, 4, 19);
            p.Cylinder(Steel, (-l / 2) + 17, my + 3, 15, 6, 0.6);
            p.Line(Steel, 0.8 * 2, 2, false, ((-l / 2) + 3, my + 6), ((-l / 2) + 17, my + 6));
            p.Line(Steel, 0.8 * 1.5, 1.5, false, ((-l / 2) + 3, my - 8), ((-l / 2) + 26, my - 8));
            if (cased)
            {
                SPhoneCase(p, l, w, 8, depth);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone in a belt holster, as tradesmen, security staff and older people carry one: a slab smartphone (146–163 × 70–77 mm),
        /// a basic bar phone (110–121 × 48–52 mm) or a rugged phone in its own thick rubber and polycarbonate case (155–165 × 76–80 mm),
        /// in a holster of leather (two 2 mm walls at about 0.9 g/cm³) or of padded ballistic nylon (two 1.5 mm walls at about 0.6 over 3
        /// mm of foam at about 0.1), its welted edges seen edge-on round it, a flap over its top closed by two neodymium magnets (10 × 2
        /// mm each, counted as steel); on its back a spring-steel belt clip (32 × 70 mm, 1.1 mm, folded over at its top) on a zinc-alloy
        /// swivel, or a leather belt loop.
        /// </summary>
        private PixelBox PhoneInBeltHolster(double scale)
        {
            var kind = random.Next(3);
            var (l, w) = kind switch
            {
                0 => (U(146, 163), U(70, 77)),
                1 => (U(110, 121), U(48, 52)),
                _ => (U(155, 165), U(76, 80)),
            };
            var depth = kind switch
            {
                0 => U(7.6, 8.8),
                1 => U(13, 15),
                _ => U(11, 14),
            };
            var pen = Lay((-l / 2) - 10, (-w / 2) - 10, (l / 2) + 10, (w / 2) + 10, scale);
            var p = new Turned(pen, 0, 0, 0);
            switch (kind)
            {
                case 0:
                    SPhone(p, l, w, 9, Aluminium, depth, Chance(0.6), U(3000, 5000), Chance(0.5));
                    SCamera(p, (-l / 2) + 12, (-w / 2) + 12, 10, true);
                    SCamera(p, (-l / 2) + 25, (-w / 2) + 12, 8, false);
                    break;
                case 1:
                    SFeaturePhone(p, l, w, depth, U(4.5, 5.5), false);
                    break;
                default:
                    SPhone(p, l - 6, w - 6, 9, Aluminium, depth - 4, false, U(4500, 6500), false);
                    SCamera(p, (-l / 2) + 14, 0, 9, false);
                    RoundedRect(p, Organic, 2 * 2.5 * 1.15, -l / 2, -w / 2, l, w, 10);
                    p.Line(Organic, depth * 2.5 * 1.15 / 2.5, 2.5, true, RoundedOutline((-l / 2) + 1.25, (-w / 2) + 1.25, l - 2.5, w - 2.5, 9));
                    break;
            }

            var leather = Chance(0.55);
            var (wall, rho) = leather ? (2.0, 0.9) : (1.5, 0.6);
            var outline = RoundedOutline((-l / 2) - 6, (-w / 2) - 6, l + 12, w + 12, 9);
            p.Poly(Organic, 2 * wall * rho, outline);
            if (!leather)
            {
                p.Poly(Organic, 2 * 3 * 0.1, outline);
            }

            p.Line(Organic, (depth + 6) * wall * rho / 3, 3, true, RoundedOutline((-l / 2) - 4.5, (-w / 2) - 4.5, l + 9, w + 9, 8));
            p.Rect(Organic, 2 * wall * rho, (-l / 2) - 8, (-w / 2) - 6, 45, w + 12);
            p.Ellipse(Steel, 2 * 2 * 0.95, (-l / 2) + 20, 0, 5, 5);
            if (Chance(0.6))
            {
                var cx = U((-l / 2) + 5, (l / 2) - 75);
                p.Rect(Steel, 1.1, cx, -16, 70, 32);
                p.Rect(Steel, 1.1, cx, -16, 10, 32);
                p.Ellipse(ZincAlloy, 4, cx + 40, 0, 13, 13);
                p.Ellipse(Steel, 0.8 * 6, cx + 40, 0, 3, 3);
            }
            else
            {
                p.Rect(Organic, 2 * wall * rho, U((-l / 2) + 5, (l / 2) - 55), (-w / 2) - 6, 50, w + 12);
            }

            return pen.Box;
        }

        /// <summary>
        /// A smartphone in a metal bumper (a CNC-cut aluminium frame sold as a slim case: the phone's back and face left bare or behind
        /// glass): the phone 146–160 × 70–76 × 7.4–8.3 mm, glass-backed (see <see cref="SPhone"/>); round its edge the bumper's frame
        /// of 6061 aluminium 1.2–1.6 mm thick and 9–11 mm deep, seen edge-on, with a lip over the face and the back; either two halves
        /// held by four M1.4 steel screws at its corners, or a magnetic frame (eight to twelve neodymium bar magnets, 10 × 3 × 1.5 mm,
        /// counted as steel, in its sides) with tempered glass over both faces (0.4 and 0.7 mm).
        /// </summary>
        private PixelBox PhoneInMetalBumper(double scale)
        {
            var l = U(146, 160);
            var w = U(70, 76);
            var depth = U(7.4, 8.3);
            var bw = U(1.2, 1.6);
            var bh = U(9, 11);
            var pen = Lay((-l / 2) - 4, (-w / 2) - 4, (l / 2) + 4, (w / 2) + 4, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 9, Aluminium, depth, true, U(3000, 4500), Chance(0.5));
            SCamera(p, (-l / 2) + 12, (-w / 2) + 12, 10, true);
            SCamera(p, (-l / 2) + 12, (-w / 2) + 25, 8, Chance(0.3));
            var (ol, ow) = (l + (2 * bw) + 0.6, w + (2 * bw) + 0.6);
            p.Line(Aluminium, bh * bw / (bw + 0.3), bw + 0.3, true, RoundedOutline(-ol / 2 + (bw / 2), -ow / 2 + (bw / 2), ol - bw, ow - bw, 9));
            p.Line(Aluminium, 2 * 0.8, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 8));
            if (Chance(0.55))
            {
                foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
                {
                    p.Rect(Steel, 0.8 * 1.4, (sx * ((ol / 2) - 12)) - 3, (sy * ((ow / 2) - (bw / 2))) - 0.7, 6, 1.4);
                }
            }
            else
            {
                var n = random.Next(4, 7);
                for (var i = 0; i < n; i++)
                {
                    var x = (-l / 2) + 15 + (i * (l - 40) / Math.Max(1, n - 1));
                    p.Rect(Steel, 3 * 0.95, x, (-ow / 2) + 0.1, 10, 1.5);
                    p.Rect(Steel, 3 * 0.95, x, (ow / 2) - 1.6, 10, 1.5);
                }

                RoundedRect(p, Glass, 0.4 + 0.7, -l / 2, -w / 2, l, w, 8);
            }

            return pen.Box;
        }

        /// <summary>
        /// A thumb-sized phone (46–72 × 20–24 × 11–14 mm; see <see cref="ThumbHandset"/>) hidden in a candle: a paraffin-wax pillar candle
        /// (68–80 mm across, 100–155 mm tall, about 0.9 g/cm³) bored up from its base, the phone pushed in and the hole sealed with 6 mm
        /// of melted wax, its cotton wick down from the top, a paper label round it; lying on its side or standing (the beam down its
        /// length and the phone's); or a glass jar candle (75–85 mm across and 85–105 mm tall, 3–4 mm glass walls and a 6 mm base, wax to
        /// 85 % of its height) with the phone in the wax, lying on its side.
        /// </summary>
        private PixelBox PhoneInHollowCandle(double scale)
        {
            var pl = U(46, 72);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var bore = Math.Sqrt((pw * pw) + (pd * pd)) + 2;
            var kind = random.Next(3);
            if (kind == 2)
            {
                var jd = U(75, 85);
                var jh = Math.Max(U(85, 105), pl + 24);
                var jar = Lay((-jh / 2) - 3, (-jd / 2) - 2, (jh / 2) + 3, (jd / 2) + 2, scale);
                var j = new Turned(jar, 0, 0, 0);
                var jw = U(3, 4);
                j.Tube(Glass, -jh / 2, -jd / 2, jh, jd, jw);
                j.Rect(Glass, 0.8 * jd, -jh / 2, -jd / 2, 6, jd);
                var wl = (jh - 6) * 0.85;
                var x0 = (-jh / 2) + 6;
                var bl = pl + 4;
                CoaxialFill(j, Organic, x0, wl - bl, jd - (2 * jw), bore, 0.9, 0.9);
                CoaxialFill(j, Organic, x0 + wl - bl, bl, jd - (2 * jw), bore, 0.9, 0);
                jar.Item(() => ThumbHandset(new Turned(jar, x0 + wl - 2 - (pl / 2), 0, Chance(0.5) ? 0 : Math.PI), pl, pw, pd));
                j.Line(Organic, 0.8 * 2 * 0.6, 2, false, (x0, 0), (x0 + wl - bl - 2, 0));
                j.Rect(Steel, 0.8 * 12 * 0.25, x0, -6, 1, 12);
                return jar.Box;
            }

            var d = U(68, 80);
            var hc = Math.Max(U(100, 155), pl + 30);
            var bd = pl + 4;
            if (kind == 0)
            {
                var pen = Lay((-hc / 2) - 3, (-d / 2) - 2, (hc / 2) + 3, (d / 2) + 2, scale);
                var k = new Turned(pen, 0, 0, 0);
                var x0 = -hc / 2;
                CoaxialFill(k, Organic, x0, 6, d, bore, 0.9, 0.9);
                CoaxialFill(k, Organic, x0 + 6, bd, d, bore, 0.9, 0);
                CoaxialFill(k, Organic, x0 + 6 + bd, hc - 6 - bd, d, bore, 0.9, 0.9);
                pen.Item(() => ThumbHandset(new Turned(pen, x0 + 8 + (pl / 2), 0, Chance(0.5) ? 0 : Math.PI), pl, pw, pd));
                k.Line(Organic, 0.8 * 2 * 0.6, 2, false, (x0 + 8 + bd, 0), ((hc / 2) + 2, 0));
                k.Tube(Organic, U(-hc / 4, 0), (-d / 2) - 0.3, 40, d + 0.6, 0.1 * 0.8);
                return pen.Box;
            }

            var up = Lay((-d / 2) - 2, (-d / 2) - 2, (d / 2) + 2, (d / 2) + 2, scale);
            var u = new Turned(up, 0, 0, 0);
            var (r, rb) = (d / 2, bore / 2);
            u.Ellipse(Organic, (hc - bd) * 0.9, 0, 0, r, r);
            u.Ring(Organic, bd * 0.9, r - rb, 0, 0, (r + rb) / 2, (r + rb) / 2);
            u.Ring(Organic, 40 * 0.1 * 0.8 / 0.6, 0.6, 0, 0, r - 0.3, r - 0.3);
            up.Item(() => PhoneEndOn(new Turned(up, 0, 0, U(0, 2 * Math.PI)), pl, pw, pd));
            return up.Box;
        }

        /// <summary>
        /// A phone hidden among the pieces of a jigsaw puzzle in its box: a 1000-piece box (340–390 × 240–280 × 50–60 mm) or a 500-piece
        /// one (270–300 × 190–210 × 45–50 mm) of 1.8 mm greyboard (about 0.7 g/cm³) under printed paper, its lid and base seen face-on and
        /// their walls edge-on round it; the pieces (2 mm blue board at about 0.75, about 18 × 22 or 25 × 30 mm each) loose in a thin
        /// polyethylene bag, heaped unevenly, a few one deep and others three or four; among them a slim smartphone or a thumb-sized one.
        /// </summary>
        private PixelBox PhoneInJigsawBox(double scale)
        {
            var big = Chance(0.6);
            var (bl, bw, bd) = big ? (U(340, 390), U(240, 280), U(50, 60)) : (U(270, 300), U(190, 210), U(45, 50));
            var (n, pa) = big ? (1000, 18.0 * 22) : (500, 25.0 * 30);
            var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, (2 * 1.8 * 0.7) + (4 * 0.1 * 0.8), -bl / 2, -bw / 2, bl, bw, 2);
            k.Line(Organic, (bd + (bd * 0.6)) * 1.8 * 0.7 / 2.5, 2.5, true, SCorners((-bl / 2) + 1.25, (-bw / 2) + 1.25, bl - 2.5, bw - 2.5));
            var (ix, iy) = ((bl / 2) - 8, (bw / 2) - 8);
            VFilmBag(k, -ix, -iy, 2 * ix, 2 * iy, 0.03, 0.92);
            var area = 4 * ix * iy;
            var volume = n * pa * 2;
            k.Rect(Organic, volume * 0.45 / area * 0.75, -ix + 4, -iy + 4, (2 * ix) - 8, (2 * iy) - 8);
            var left = volume * 0.55;
            while (left > 0)
            {
                var (cw, ch) = (U(20, 50), U(20, 50));
                var layers = random.Next(1, 5);
                var clump = new Turned(pen, U(-ix + 28, ix - 28), U(-iy + 28, iy - 28), U(0, Math.PI));
                clump.Rect(Organic, layers * 2 * 0.75, -cw / 2, -ch / 2, cw, ch);
                left -= cw * ch * layers * 2;
            }

            var slab = Chance(0.65);
            var (l, w) = slab ? (U(146, 160), U(70, 75)) : (U(46, 72), U(20, 24));
            var a = U(0, 2 * Math.PI);
            var (ex, ey) = ((l / 2 * Math.Abs(Math.Cos(a))) + (w / 2 * Math.Abs(Math.Sin(a))), (l / 2 * Math.Abs(Math.Sin(a))) + (w / 2 * Math.Abs(Math.Cos(a))));
            var (rx, ry) = (Math.Max(0, ix - ex - 4), Math.Max(0, iy - ey - 4));
            var q = new Turned(pen, U(-rx, rx), U(-ry, ry), a);
            pen.Item(() =>
            {
                if (slab)
                {
                    SPhone(q, l, w, 9, Aluminium, U(7.4, 8.3), true, U(3000, 4500), Chance(0.5));
                    SCamera(q, (-l / 2) + 12, (-w / 2) + 12, 10, true);
                }
                else
                {
                    ThumbHandset(q, l, w, U(11, 14));
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// One 20-bore cartridge seen end-on, centred at (<paramref name="cx"/>, <paramref name="cy"/>) with the beam down its length: its
        /// polyethylene hull's 0.55 mm wall and the brass head's 0.3 mm wall (each crossed along their whole height), the 19.5 mm rim, primer
        /// and base wad, the wads, and <paramref name="shotGrams"/> of lead shot, its whole column crossed.
        /// </summary>
        private static void V20EndOn(Turned part, double cx, double cy, double length, double head, double shotGrams)
        {
            part.Ring(Organic, (length - head) * 0.95 * 0.55 / 0.8, 0.8, cx, cy, 8.35, 8.35);
            part.Ring(Brass, head * 0.3 / 0.8, 0.8, cx, cy, 8.35, 8.35);
            part.Ellipse(Brass, 1.2 + 0.3, cx, cy, 9.75, 9.75);
            part.Ellipse(Brass, 2.5, cx, cy, 2.8, 2.8);
            part.Ellipse(Organic, (9 * 0.9) + (16 * 0.5) + (3 * 0.55 * 0.95), cx, cy, 7.8, 7.8);
            part.Ellipse(Lead, shotGrams / 11.34 * 1000 / (Math.PI * 7.8 * 7.8), cx, cy, 7.8, 7.8);
        }

        /// <summary>
        /// 20-bore shotgun cartridges (the bore most used for game and clays after 12, and by young and slighter shooters): a polyethylene
        /// hull 17.5 mm across with 0.55 mm walls, 67, 70 or 76 mm long, on a brass or brass-plated head 8, 12 or 16 mm high (its rim
        /// 19.5 mm), 21–28 g of lead shot packed at about 62 % behind a plastic or fibre wad (see <see cref="ShotShell"/>); two to eight
        /// loose; 10–25 standing on their heads in their card box of 25 (0.5 mm board at about 0.7 g/cm³, 102 mm square, a card grid,
        /// as tall as the cartridges: the beam down each cartridge through its whole column of shot); or 15–40 heaped in a canvas
        /// cartridge bag (two layers of 1 mm cotton duck at about 0.6 g/cm³, a leather flap 2.5 mm at about 0.9, two steel dog clips
        /// on its strap).
        /// </summary>
        private PixelBox Rounds20Bore(double scale)
        {
            double[] lengths = [67, 70, 76];
            double[] heads = [8, 12, 16];
            var length = lengths[random.Next(3)];
            var head = heads[random.Next(3)];
            var shot = length > 72 ? U(25, 28) : U(21, 26);
            const double d = 17.5;
            var kind = random.Next(3);
            if (kind == 0)
            {
                var n = random.Next(2, 9);
                var pen = Lay((-length / 2) - 6, (-n * 11) - 6, (length / 2) + 6, (n * 11) + 6, scale);
                for (var i = 0; i < n; i++)
                {
                    var t = new Turned(pen, U(-2, 2), (-n * 11) + 11 + (i * 22) + U(-1, 1), U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI));
                    ShotShell(t, -length / 2, 0, length, d, head, shot);
                }

                return pen.Box;
            }

            if (kind == 1)
            {
                const double bx = 51;
                const double pitch = 20;
                var pen = Lay(-bx - 2, -bx - 2, bx + 2, bx + 2, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.5 * 0.7, -bx, -bx, 2 * bx, 2 * bx);
                b.Line(Organic, length * 0.5 * 0.7 / 1.0, 1.0, true, SCorners(-bx + 0.5, -bx + 0.5, (2 * bx) - 1, (2 * bx) - 1));
                for (var i = 1; i < 5; i++)
                {
                    var at = -bx + 1 + (i * pitch);
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (at, -bx + 1), (at, bx - 1));
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (-bx + 1, at), (bx - 1, at));
                }

                var count = random.Next(10, 26);
                foreach (var cell in Enumerable.Range(0, 25).OrderBy(_ => random.Next()).Take(count))
                {
                    V20EndOn(b, -bx + 1 + (((cell % 5) + 0.5) * pitch), -bx + 1 + (((cell / 5) + 0.5) * pitch), length, head, shot);
                }

                return pen.Box;
            }

            var bag = Lay(-124, -94, 124, 94, scale);
            var g = new Turned(bag, 0, 0, 0);
            var outline = RoundedOutline(-120, -90, 240, 180, 12);
            g.Poly(Organic, 2 * 1.0 * 0.6, outline);
            g.Line(Organic, 4 * 1.0 * 0.6, 3, true, RoundedOutline(-118.5, -88.5, 237, 177, 11));
            g.Rect(Organic, 2.5 * 0.9, -120, -90, 240, 70);
            g.Line(Organic, 2 * 1.5 * 0.6, 25, false, (-105, -78), (105, -78));
            g.Rect(Steel, 0.8 * 5, -112, -86, 16, 14);
            g.Rect(Steel, 0.8 * 5, 96, -86, 16, 14);
            bag.Item(() =>
            {
                for (var i = random.Next(15, 41); i > 0; i--)
                {
                    var t = new Turned(bag, U(-78, 78), U(-48, 48), U(0, 2 * Math.PI));
                    ShotShell(t, -length / 2, 0, length, d, head, shot);
                }
            });

            return bag.Box;
        }

        /// <summary>
        /// A nano SIM hidden under the pad of a fabric plaster: a box of twenty plasters (a 0.4 mm card box at about 0.7 g/cm³, 95–105 ×
        /// 72–80 × 25–32 mm, its walls edge-on round it) in two stacks of ten paper wrappers (80 × 32 mm, two 0.08 mm layers of paper
        /// at about 0.8), each wrapper holding a 72 × 25 mm strip of fabric (0.45 mm at about 0.55) with its adhesive, a 24 × 18 mm gauze
        /// pad (1 mm at about 0.25) and two 0.08 mm release liners: the beam down through the whole stack; or three to eight wrapped
        /// plasters loose; under one pad a nano SIM (12.3 × 8.8 × 0.67 mm; see <see cref="SimChip"/>), and on some a micro SIM (15 × 12
        /// mm) under another.
        /// </summary>
        private PixelBox SimInPlasters(double scale)
        {
            var micro = Chance(0.3);
            if (Chance(0.6))
            {
                var bl = U(95, 105);
                var bw = U(72, 80);
                var bd = U(25, 32);
                var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.4 * 0.7, -bl / 2, -bw / 2, bl, bw);
                b.Line(Organic, bd * 0.4 * 0.7 / 0.8, 0.8, true, SCorners((-bl / 2) + 0.4, (-bw / 2) + 0.4, bl - 0.8, bw - 0.8));
                var hide = random.Next(20);
                var other = (hide + random.Next(1, 20)) % 20;
                for (var i = 0; i < 20; i++)
                {
                    var (cx, cy) = (U(-2, 2), ((i % 2 == 0 ? -1 : 1) * ((bw / 4) - 1)) + U(-1.5, 1.5));
                    VPlaster(pen, cx, cy, U(-0.03, 0.03), i == hide ? 1 : (micro && i == other ? 2 : 0), false);
                }

                return pen.Box;
            }

            var n = random.Next(3, 9);
            var loose = Lay(-95, -95, 95, 95, scale);
            var at = random.Next(n);
            for (var i = 0; i < n; i++)
            {
                VPlaster(loose, U(-50, 50), U(-50, 50), U(0, 2 * Math.PI), i == at ? 1 : (micro && i == (at + 1) % n ? 2 : 0), true);
            }

            return loose.Box;
        }

        /// <summary>
        /// One wrapped fabric plaster in <paramref name="pen"/>'s frame at (<paramref name="ox"/>, <paramref name="oy"/>) turned by
        /// <paramref name="oa"/> (see <see cref="SimInPlasters"/>), with nothing, a nano SIM (1) or a micro SIM (2) under its pad; a loose
        /// one (<paramref name="loose"/>) shows its crimped wrapper edges, four layers of paper deep.
        /// </summary>
        private void VPlaster(Pen pen, double ox, double oy, double oa, int sim, bool loose)
        {
            var p = new Turned(pen, ox, oy, oa);
            p.Rect(Organic, 2 * 0.08 * 0.8, -40, -16, 80, 32);
            p.Rect(Organic, (0.45 * 0.55) + 0.03 + (2 * 0.08 * 0.9), -36, -12.5, 72, 25);
            p.Rect(Organic, 0.25, -12, -9, 24, 18);
            if (loose)
            {
                p.Line(Organic, 4 * 0.08 * 0.8 * 2, 1.5, true, SCorners(-39.25, -15.25, 78.5, 30.5));
            }

            if (sim > 0)
            {
                var (l, w) = sim == 1 ? (12.3, 8.8) : (15.0, 12.0);
                pen.Item(() => SimChip(SWithin(pen, ox, oy, oa, U(-4, 4), U(-2, 2), U(-0.2, 0.2)), l, w));
            }
        }

        /// <summary>
        /// Winged infusion sets ("butterflies", which clinics hand out and drug users ask for to find small veins): one to three, each a
        /// 19 mm stainless needle of 21–25 gauge (0.82–0.51 mm) on a polyethylene hub with two soft PVC wings (about 1 mm at 1.25 g/cm³,
        /// 40 × 16 mm across both), its polypropylene needle cover (4 mm, 30 mm long), 180–300 mm of PVC tubing (2 mm outside, 0.9 mm
        /// bore) coiled, and a female Luer connector (polycarbonate, 7 × 20 mm) with its cap; in their peel pouches (0.08 mm medical
        /// paper at about 0.8 g/cm³ and a 0.05 mm film) on most; with a 5 ml Luer syringe (a 12.5 mm polypropylene barrel 58 mm long, its
        /// plunger and rubber stopper) on some.
        /// </summary>
        private PixelBox ButterflyNeedleSet(double scale)
        {
            var n = random.Next(1, 4);
            var syringe = Chance(0.4);
            var rows = n + (syringe ? 1 : 0);
            const double pitch = 62;
            var pen = Lay(-106, (-rows * pitch / 2) - 4, 106, (rows * pitch / 2) + 4, scale);
            var pouched = Chance(0.75);
            var order = Enumerable.Range(0, rows).OrderBy(_ => random.Next()).ToArray();
            for (var i = 0; i < n; i++)
            {
                var y = (-rows * pitch / 2) + (pitch / 2) + (order[i] * pitch);
                var s = new Turned(pen, U(-4, 4), y, U(-0.04, 0.04) + (Chance(0.5) ? 0 : Math.PI));
                if (pouched)
                {
                    VFilmBag(s, -100, -28, 200, 56, 0.065, 0.85);
                }

                pen.Item(() =>
                {
                    var od = random.Next(3) switch
                    {
                        0 => 0.82,
                        1 => 0.64,
                        _ => 0.51,
                    };
                    s.Line(Steel, TMeanWall(od, od * 0.55), od, false, (-92, -8), (-73, -8));
                    s.Tube(Organic, -96, -10, 30, 4, 0.6 * 0.9);
                    s.Rect(Organic, 0.8 * 5 * 0.95, -73, -10.5, 12, 5);
                    s.Poly(Organic, 1.0 * 1.25, (-72, -8), (-64, -24), (-58, -24), (-60, -8), (-58, 8), (-64, 8));
                    var turns = U(1.5, 2.5);
                    var tube = Enumerable.Range(0, 40).Select(k => k / 39.0)
                        .Select(f => ((-15 + (35 * Math.Cos(2 * Math.PI * turns * f))) + (f * 20), -4 + (16 * Math.Sin(2 * Math.PI * turns * f)))).ToList();
                    tube.Insert(0, (-61, -8));
                    tube.Add((58, -4));
                    s.Line(Organic, TMeanWall(2.0, 0.9) * 1.25, 2, false, [.. tube]);
                    s.Tube(Organic, 58, -3.5, 20, 7, 1.0 * 1.2);
                    s.Rect(Organic, 0.8 * 7 * 1.2, 60, -5.5, 4, 11);
                    s.Rect(Organic, 0.8 * 6 * 0.9, 78, -3, 10, 6);
                });
            }

            if (syringe)
            {
                var y = (-rows * pitch / 2) + (pitch / 2) + (order[n] * pitch);
                var s = new Turned(pen, U(-20, 20), y, U(-0.06, 0.06) + (Chance(0.5) ? 0 : Math.PI));
                pen.Item(() =>
                {
                    var at = U(5, 50);
                    s.Rect(Organic, 2 * 1.0 * 0.9, -32, -12, 2, 24);
                    s.Tube(Organic, -30, -6.25, 58, 12.5, 0.9 * 0.9);
                    s.Rect(Organic, 0.8 * 11 * 1.2, -30 + at, -5.5, 5, 11);
                    s.Rect(Organic, 12 * 0.45 * 0.9, -30 - (58 - at) + 2, -4, 58 - 2, 8);
                    s.Rect(Organic, 2 * 1.0 * 0.9, -30 - (58 - at), -7, 2, 14);
                    s.Rect(Organic, 0.8 * 4 * 0.9, 28, -2, 8, 4);
                });
            }

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable fan (the USB hand fans sold everywhere in summer) or a neck fan: the hand fan a 110–125 mm ABS handle 32–36 mm
        /// across (1.8 mm walls at about 1.05 g/cm³) holding one 18650 lithium-ion cell or two 14500 cells, its small charging board and
        /// USB-C socket and a steel-cased push switch, and a head 95–110 mm across seen face-on: an ABS guard (its 25 mm deep rim 2.5 mm
        /// thick, front and back grilles of 1.5 mm rings and ribs), five polypropylene blades (1.5 mm) and a 20–24 mm brushless motor
        /// (a 0.4 mm steel can, its magnet ring and copper windings) at its hub; the neck fan a horseshoe of ABS tube (about 165 mm across
        /// its middle, 35 mm wide and 30 deep, 1.5 mm walls) with a blower and its motor in each end, a lithium-ion pouch cell (50 × 30 ×
        /// 8 mm) in each arm and its board and socket at the back.
        /// </summary>
        private PixelBox HandheldFan(double scale)
        {
            if (Chance(0.7))
            {
                var r = U(47.5, 55);
                var hl = U(110, 125);
                var hd = U(32, 36);
                var pen = Lay(-r - 2, -r - 2, r + hl + 2, r + 2, scale);
                var f = new Turned(pen, 0, 0, 0);
                f.Ring(Organic, 25 * 2.5 * 1.05 / 2.5, 2.5, 0, 0, r - 1.25, r - 1.25);
                foreach (var rr in new[] { 0.3, 0.55, 0.8 })
                {
                    f.Ring(Organic, 2 * 1.5 * 1.05, 1.5, 0, 0, r * rr, r * rr);
                }

                for (var i = 0; i < 8; i++)
                {
                    var (sn, cs) = Math.SinCos(2 * Math.PI * i / 8);
                    f.Line(Organic, 2 * 1.5 * 1.05, 1.5, false, (r * 0.3 * cs, r * 0.3 * sn), ((r - 2) * cs, (r - 2) * sn));
                }

                var spin = U(0, 2 * Math.PI);
                for (var i = 0; i < 5; i++)
                {
                    var a = spin + (2 * Math.PI * i / 5);
                    (double X, double Y) P(double rad, double ang) => (rad * Math.Cos(ang), rad * Math.Sin(ang));
                    f.Poly(Organic, 1.5 * 0.9, P(12, a - 0.25), P(r - 6, a - 0.45), P(r - 6, a + 0.3), P(12, a + 0.25));
                }

                var rm = U(10, 12);
                f.Ellipse(Organic, 12 * 0.9, 0, 0, rm + 3, rm + 3);
                f.Ellipse(Steel, 2 * 0.4, 0, 0, rm, rm);
                f.Ring(Steel, 10 * 0.4 / 0.6, 0.6, 0, 0, rm - 0.3, rm - 0.3);
                f.Ring(Steel, 8 * 0.9, 1.8, 0, 0, rm - 1.5, rm - 1.5);
                f.Ellipse(Brass, 8 * 0.25, 0, 0, rm * 0.6, rm * 0.6);
                f.Tube(Organic, r - 4, -hd / 2, hl, hd, 1.8 * 1.05);
                f.Rect(Organic, 0.8 * hd * 1.8 * 1.05 / 2, r - 4 + hl - 2, -hd / 2, 2, hd);
                pen.Item(() =>
                {
                    if (Chance(0.65))
                    {
                        SCylCell(f, r + 8, 0, 65, 18.4);
                    }
                    else
                    {
                        SCylCell(f, r + 6, -7.5, 50, 14.2);
                        SCylCell(f, r + 6, 7.5, 50, 14.2);
                    }
                });

                var xe = r - 4 + hl;
                f.Rect(Mixed, 0.8, xe - 32, -hd * 0.35, 26, hd * 0.7);
                f.Rect(Brass, 0.06, xe - 32, -hd * 0.35, 26, hd * 0.7);
                f.Rect(Steel, 0.9, xe - 9, -4.5, 7, 9);
                f.Line(Steel, 2.6 * 0.2 / 0.5, 0.5, true, SCorners(xe - 9, -4.5, 7, 9));
                f.Rect(Steel, 1.5, r + 1, (-hd / 2) + 2, 6, 8);
                return pen.Box;
            }

            const double rm2 = 82;
            var neck = Lay(-rm2 - 22, -rm2 - 22, rm2 + 22, rm2 + 22, scale);
            var n = new Turned(neck, 0, 0, 0);
            var (a0, a1) = (0.3 * Math.PI, 1.7 * Math.PI);
            (double X, double Y)[] Arc(double rad) => UArc(0, 0, rad, rad, a0, a1, 24);
            n.Line(Organic, 2 * 1.5 * 1.05, 35, false, Arc(rm2));
            n.Line(Organic, 30 * 1.5 * 1.05 / 1.5, 1.5, false, Arc(rm2 - 16.75));
            n.Line(Organic, 30 * 1.5 * 1.05 / 1.5, 1.5, false, Arc(rm2 + 16.75));
            foreach (var a in new[] { a0 + 0.12, a1 - 0.12 })
            {
                var (cx, cy) = (rm2 * Math.Cos(a), rm2 * Math.Sin(a));
                n.Ellipse(Organic, 10 * 0.9, cx, cy, 13, 13);
                n.Ellipse(Steel, 2 * 0.3, cx, cy, 7, 7);
                n.Ring(Steel, 8 * 0.9, 1.5, cx, cy, 6, 6);
                n.Ellipse(Brass, 6 * 0.25, cx, cy, 4, 4);
            }

            neck.Item(() =>
            {
                foreach (var a in new[] { 0.62 * Math.PI, 1.38 * Math.PI })
                {
                    SPouchCell(new Turned(neck, rm2 * Math.Cos(a), rm2 * Math.Sin(a), a + (Math.PI / 2)), -25, -15, 50, 30, 8);
                }
            });

            var (bx, by) = (-rm2, 0.0);
            n.Rect(Mixed, 0.8, bx - 10, by - 15, 20, 30);
            n.Rect(Brass, 0.06, bx - 10, by - 15, 20, 30);
            n.Rect(Steel, 0.9, bx - 4.5, by - 17, 9, 7);
            return neck.Box;
        }

        /// <summary>
        /// A caulking gun from a builders' merchant, for the standard 310 ml cartridge, lying on its side: a skeleton cradle of two 6 mm
        /// steel rods (230 mm, one behind the other along the beam) or a half-barrel of 1 mm pressed steel, between a 2 mm steel front
        /// plate and the handle; the handle and trigger two 1.5 mm pressed-steel plates each, or die-cast aluminium (two 3 mm walls); the
        /// plunger rod (6.5 mm steel, 290–320 mm, its end bent up as a hook) through the handle with its 42 mm thrust disc (2 mm steel,
        /// seen edge-on) and the gripping plate and its spring; loaded on most with a part-used cartridge of silicone or decorator's
        /// acrylic (an HDPE tube 48 mm across with a 1.2 mm wall and 215 mm long, its follower, the threaded neck and a polypropylene
        /// nozzle cut to length): silicone sealant at about 1.05 g/cm³ (counted as silicone rubber), or acrylic caulk at about 1.6 (water
        /// and polymer, and 0.6 g/cm³ of chalk counted as glass).
        /// </summary>
        private PixelBox CaulkingGun(double scale)
        {
            var loaded = Chance(0.75);
            var rodL = U(290, 320);
            var xd = loaded ? 5 + (U(0.35, 0.95) * 200) : U(150, 215);
            var nl = loaded && Chance(0.7) ? U(60, 100) : 0;
            var alloy = Chance(0.35);
            var skeleton = Chance(0.6);
            var pen = Lay(Math.Min(xd - rodL - 4, -40), -32, 234 + nl, 133, scale);
            var g = new Turned(pen, 0, 0, 0);
            if (skeleton)
            {
                g.Cylinder(Steel, 0, 13, 230, 6, 2);
            }
            else
            {
                g.Rect(Steel, 2 * 1.0, 0, 0, 230, 26);
                g.Rect(Steel, 2.5 * 1.0 * 2, 0, 23, 230, 3);
            }

            g.Rect(Steel, 50 * 0.6, 228, -28, 2, 56);
            (double X, double Y)[] handle = [(-35, -28), (0, -28), (0, 25), (-10, 130), (-38, 130), (-35, 25)];
            g.Poly(alloy ? Aluminium : Steel, alloy ? 2 * 3 : 2 * 1.5, handle);
            g.Line(alloy ? Aluminium : Steel, 0.8 * 30 * (alloy ? 3 : 1.5) / 2, 2, true, handle);
            g.Poly(Steel, 2 * 1.5, (2, 20), (14, 20), (26, 120), (13, 123));
            g.Rect(Steel, 0.8 * 25 * 2 / 2, -20, -9, 2, 18);
            g.Line(Steel, 0.8 * 1.4 * 2, 1.4, false, Zigzag(-62, -37, -6.5, 3, 13));
            var xr = xd - rodL;
            g.Cylinder(Steel, xr, -3.25, rodL, 6.5);
            g.Line(Steel, 0.8 * 6.5, 6.5, false, (xr + 3, 0), (xr + 3, -26));
            g.Rect(Steel, 0.8 * 42, xd - 2, -21, 2, 42);
            if (loaded)
            {
                g.Tube(Organic, 5, -24, 215, 48, 1.2 * 0.95);
                g.Rect(Organic, 0.8 * 45 * 3 * 0.95 / 3, xd, -22.5, 3, 45);
                var x0 = xd + 3;
                var fl = 218 - x0;
                var silicone = Chance(0.55);
                if (silicone)
                {
                    g.Cylinder(Silicone, x0, -22.8, fl, 45.6);
                }
                else
                {
                    g.Cylinder(Organic, x0, -22.8, fl, 45.6, 1.0);
                    g.Cylinder(Glass, x0, -22.8, fl, 45.6, 0.6 / 2.5);
                }

                g.Poly(Organic, 2 * 1.5 * 0.95, (220, -24), (230, -10), (230, 10), (220, 24));
                g.Tube(Organic, 228, -8, 8, 16, 2 * 0.95);
                if (nl > 0)
                {
                    g.Poly(Organic, 2 * 1.5 * 0.9, (234, -7), (234 + nl, -2.5), (234 + nl, 2.5), (234, 7));
                    g.Poly(silicone ? Silicone : Organic, 5, (234, -5), (234 + (nl * 0.4), -3.5), (234 + (nl * 0.4), 3.5), (234, 5));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Ready-to-drink premixed spirits in slim cans (gin and tonic, rum and cola, vodka and soda at 5–7 % alcohol), or wine spritz in
        /// sleek cans: a slim can 53 mm across and 134 mm tall (250 ml) or a sleek one 58 × 146 mm (330 ml), drawn aluminium (a 0.1 mm
        /// body necked in at its top, a 0.22 mm lid and its ring-pull, a 0.28 mm domed base, the rolled chimes three layers deep), about 94
        /// % full of a liquid at about 0.99 g/cm³; one to three loose, lying on their sides or standing (the beam down the can), or four
        /// in a paperboard sleeve (0.45 mm at about 0.75 g/cm³, its ends and folds edge-on) lying side by side.
        /// </summary>
        private PixelBox PremixSlimCans(double scale)
        {
            var slim = Chance(0.65);
            var (d, h) = slim ? (53.0, 134.0) : (58.0, 146.0);
            var kind = random.Next(3);
            if (kind == 2)
            {
                var pack = Lay((-h / 2) - 3, (-2 * d) - 4, (h / 2) + 3, (2 * d) + 4, scale);
                var b = new Turned(pack, 0, 0, 0);
                var sleeve = SCorners((-h / 2) + 8, (-2 * d) - 2, h - 16, (4 * d) + 4);
                b.Poly(Organic, 2 * 0.45 * 0.75, sleeve);
                b.Line(Organic, d * 0.45 * 0.75 / 1.0, 1.0, true, sleeve);
                var flip = Chance(0.5) ? Math.PI : 0;
                for (var i = 0; i < 4; i++)
                {
                    VCanLying(new Turned(pack, 0, (-1.5 * d) + (i * d), flip), d, h);
                }

                return pack.Box;
            }

            var n = random.Next(1, 4);
            var pitch = d + 8;
            var half = ((n - 1) * pitch / 2) + (d / 2) + (0.2 * h / 2) + 4;
            if (kind == 0)
            {
                var pen = Lay((-h / 2) - 14, -half, (h / 2) + 14, half, scale);
                for (var i = 0; i < n; i++)
                {
                    VCanLying(new Turned(pen, U(-8, 8), (-(n - 1) * pitch / 2) + (i * pitch), U(-0.2, 0.2) + (Chance(0.5) ? 0 : Math.PI)), d, h);
                }

                return pen.Box;
            }

            var up = Lay((-d / 2) - 2, (-(n - 1) * pitch / 2) - (d / 2) - 2, (d / 2) + 2, ((n - 1) * pitch / 2) + (d / 2) + 2, scale);
            for (var i = 0; i < n; i++)
            {
                var c = new Turned(up, U(-1, 1), (-(n - 1) * pitch / 2) + (i * pitch), U(0, 2 * Math.PI));
                var r = d / 2;
                c.Ellipse(Aluminium, 0.22 + 0.28, 0, 0, r - 3, r - 3);
                c.Ring(Aluminium, h * 0.1 / 0.6, 0.6, 0, 0, r - 0.3, r - 0.3);
                c.Ring(Aluminium, 2 * 3 * 0.22 * 2, 2.5, 0, 0, r - 3.5, r - 3.5);
                c.Ellipse(Organic, h * 0.94 * 0.99, 0, 0, r - 0.5, r - 0.5);
                c.Rect(Aluminium, 0.5, -4, -6, 22, 9);
            }

            return up.Box;
        }

        /// <summary>One slim or sleek can (<paramref name="d"/> × <paramref name="h"/> mm) lying on its side along its part's x, its lid toward +x (see <see cref="PremixSlimCans"/>).</summary>
        private static void VCanLying(Turned c, double d, double h)
        {
            var r = d / 2;
            var xs = (h / 2) - 12;
            c.Tube(Aluminium, -h / 2, -r, xs + (h / 2), d, 0.1);
            c.Poly(Aluminium, 2 * 0.1, (xs, -r), ((h / 2) - 2, -r + 3), ((h / 2) - 2, r - 3), (xs, r));
            c.Rect(Aluminium, 0.8 * (d - 6) * 0.22 / 0.8, (h / 2) - 3, -r + 3, 0.8, d - 6);
            c.Rect(Aluminium, 0.8 * (d - 6) * 3 * 0.22 / 1.5, (h / 2) - 1.5, -r + 3, 1.5, d - 6);
            c.Poly(Aluminium, 2 * 0.28, (-h / 2, -r + 4), ((-h / 2) + 10, -r + 12), ((-h / 2) + 10, r - 12), (-h / 2, r - 4));
            c.Rect(Aluminium, 0.8 * d * 0.28 / 0.8, -h / 2, -r + 4, 0.8, d - 8);
            LyingFill(c, Organic, (-h / 2) + 1, h - 6, d - 0.4, 0.95, 0.99);
        }

        /// <summary>
        /// Cannabis concentrates as they are sold (high-strength extracts, Class B like the plant): two to six portions of shatter (a
        /// glassy slab 35–55 × 25–45 mm and 1–3 mm thick at about 1.1 g/cm³, folded in parchment, four 0.05 mm layers of paper at about
        /// 0.9), of wax or budder in a silicone jar (26–30 mm across, 2 mm silicone walls and lid, 18–22 mm tall, 0.5–3.5 g in it at about
        /// 1.05 g/cm³) or of rosin in a 5 ml glass jar (30 mm across and 25 mm tall, 2.5 mm walls and a 4 mm base, a polypropylene lid),
        /// the jars standing (the beam down each); together in a grip-seal bag (0.05 mm a side) or a foil-laminated smell-proof bag
        /// (0.012 mm of polyester and 0.009 mm of aluminium a side).
        /// </summary>
        private PixelBox CannabisConcentrates(double scale)
        {
            var (bl, bw) = (U(100, 140), U(90, 120));
            var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            if (Chance(0.5))
            {
                VFilmBag(b, -bl / 2, -bw / 2, bl, bw, 0.05, 0.92);
            }
            else
            {
                VFilmBag(b, -bl / 2, -bw / 2, bl, bw, 0.012, 1.38);
                RoundedRect(b, Aluminium, 2 * 0.009, -bl / 2, -bw / 2, bl, bw, 4);
                b.Line(Aluminium, 8 * 0.009, 2, true, RoundedOutline((-bl / 2) + 1, (-bw / 2) + 1, bl - 2, bw - 2, 3));
            }

            var n = random.Next(2, 7);
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var (cx, cy) = (U((-bl / 2) + 22, (bl / 2) - 22), U((-bw / 2) + 22, (bw / 2) - 22));
                    var p = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                    switch (random.Next(3))
                    {
                        case 0:
                            var (sl, sw) = (U(35, 40), U(25, 32));
                            p.Rect(Organic, 4 * 0.05 * 0.9, -sl / 2, -sw / 2, sl, sw);
                            p.Poly(Organic, U(1, 3) * 1.1, (-sl * 0.4, -sw * 0.35), (sl * 0.35, -sw * 0.4), (sl * 0.42, sw * 0.3), (-sl * 0.3, sw * 0.38));
                            break;
                        case 1:
                            var r = U(13, 15);
                            var jh = U(18, 22);
                            p.Ellipse(Silicone, 2 * 2, 0, 0, r, r);
                            p.Ring(Silicone, jh, 2, 0, 0, r - 1, r - 1);
                            p.Ellipse(Organic, U(0.5, 3.5) / 1.05 * 1000 / (Math.PI * (r - 2) * (r - 2)) * 1.05, U(-2, 2), U(-2, 2), r - 3, r - 4);
                            break;
                        default:
                            p.Ellipse(Glass, 4, 0, 0, 15, 15);
                            p.Ring(Glass, 25, 2.5, 0, 0, 13.75, 13.75);
                            p.Ellipse(Organic, 2 * 0.9, 0, 0, 15.5, 15.5);
                            p.Ring(Organic, 9 * 1.5 * 0.9 / 1.5, 1.5, 0, 0, 15.2, 15.2);
                            p.Ellipse(Organic, U(3, 8) * 1.1, 0, 0, 12, 12);
                            break;
                    }
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in an asthma inhaler (a pressurised metered-dose inhaler, the kind a visitor may carry on them): a polypropylene
        /// actuator, an L of a body 26 × 78 mm and a mouthpiece 27 × 24 mm (1.4 mm walls at about 0.9 g/cm³, 22 mm deep, its walls
        /// edge-on round it) with its cap; its aluminium canister (22 mm across, 48 mm long, 0.45 mm walls, the crimped ferrule and a
        /// steel valve spring) cut open at its base, emptied of propellant, packed with one to three cling-filmed wraps of powder (10–14
        /// mm across at about 1 g/cm³) and pushed back into the actuator; or the canister gone and the actuator's body packed with wraps or
        /// with a roll of paper soaked in synthetic cannabinoid (about 0.8 g/cm³ as rolled), the cut-off base of a canister pressed into
        /// its top as a lid; in its pharmacy box (0.35 mm card at about 0.7 g/cm³, with its folded leaflet) on some.
        /// </summary>
        private PixelBox DrugsInInhaler(double scale)
        {
            var boxed = Chance(0.3);
            var pen = Lay(-22, -92, 52, 22, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] actuator = [(-13, -68), (13, -68), (13, -14), (40, -14), (40, 10), (-13, 10)];
            k.Poly(Organic, 2 * 1.4 * 0.9, actuator);
            k.Line(Organic, 22 * 1.4 * 0.9 / 1.4, 1.4, true, actuator);
            k.Rect(Organic, 0.8 * 6 * 0.9, -4, -12, 8, 10);
            k.Rect(Organic, 2 * 1.2 * 0.9, 36, -16, 10, 28);
            k.Line(Organic, 24 * 1.2 * 0.9 / 1.2, 1.2, false, (36, -16), (46, -16), (46, 12), (36, 12));
            var c = new Turned(pen, 0, -80, Math.PI / 2);
            if (Chance(0.6))
            {
                c.Tube(Aluminium, 0, -11, 48, 22, 0.45);
                c.Rect(Aluminium, 0.8 * 22 * 0.6, 0, -11, 1.0, 22);
                c.Tube(Aluminium, 42, -11.5, 10, 23, 0.4);
                c.Rect(Organic, 0.8 * 8 * 1.3, 50, -4, 8, 8);
                c.Line(Steel, 0.8 * 0.5 * 2, 0.5, false, Zigzag(44, 56, -3, 2, 6));
                c.Rect(Organic, 0.8 * 3 * 1.4, 56, -1.5, 14, 3);
                pen.Item(() =>
                {
                    for (var i = random.Next(1, 4); i > 0; i--)
                    {
                        var rr = U(5, 7);
                        Spheroid(c, Organic, U(4 + rr, 40 - rr), U(-9 + rr, 9 - rr), rr, rr * 0.85, 2 * rr * 0.85, 1.0);
                    }
                });
            }
            else
            {
                c.Rect(Aluminium, 0.8 * 22 * 0.6, 10, -11, 1.0, 22);
                c.Tube(Aluminium, 10, -11, 10, 22, 0.45);
                if (Chance(0.5))
                {
                    pen.Item(() =>
                    {
                        for (var i = random.Next(2, 5); i > 0; i--)
                        {
                            var rr = U(5, 8);
                            Spheroid(c, Organic, U(14 + rr, 72 - rr), U(-10 + rr, 10 - rr), rr, rr * 0.85, 2 * rr * 0.85, 1.0);
                        }
                    });
                }
                else
                {
                    pen.Item(() => c.Cylinder(Organic, 14, -10, 54, 20, 0.8));
                }
            }

            if (boxed)
            {
                var box = SCorners(-18, -88, 66, 106);
                k.Poly(Organic, 2 * 0.35 * 0.7, box);
                k.Line(Organic, 36 * 0.35 * 0.7 / 1.0, 1.0, true, box);
                k.Rect(Organic, 8 * 0.06 * 0.8, -14, -70, 40, 75);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A hand bell (a school or church handbell) lying on its side: a cast brass bell 65–90 mm across its mouth and 55–75 mm tall,
        /// its wall 3–4 mm (the beam crosses two walls over its middle and a long chord of wall along its flanks), a 6 mm sound bow round
        /// its lip and a 4 mm crown, seen edge-on; the clapper (a 12–16 mm steel or brass ball on a 3 mm steel wire) lying against its
        /// wall; a turned beech handle (about 0.7 g/cm³, 90–120 mm long, 25–30 mm thick) on a 6 mm steel bolt through the crown.
        /// </summary>
        private void Handbell()
        {
            var rm = U(32.5, 45);
            var bh = U(55, 75);
            var t = U(3, 4);
            var hl = U(90, 120);
            var hd = U(25, 30);
            var pen = Place(((bh + hl) / 2) + 5);
            var k = new Turned(pen, (hl - bh) / 2, 0, 0);
            var rc = rm * 0.45;
            (double X, double Y)[] top = [(0, -rc), (bh * 0.35, -rc * 1.12), (bh * 0.7, -rm * 0.78), (bh, -rm)];
            (double X, double Y)[] outline = [.. top, .. Enumerable.Reverse(top).Select(p => (p.X, -p.Y))];
            k.Poly(Brass, 2 * t, outline);
            var flank = 2 * Math.Sqrt(2 * rm * 0.7 * t);
            k.Line(Brass, flank * 0.55, t, false, top);
            k.Line(Brass, flank * 0.55, t, false, [.. top.Select(p => (p.X, -p.Y))]);
            k.Rect(Brass, 2 * 6, bh - 6, -rm, 6, 2 * rm);
            k.Rect(Brass, 0.8 * 2 * rc, -1, -rc, 4, 2 * rc);
            k.Cylinder(Steel, -hl * 0.5, -3, (hl * 0.5) + 8, 6);
            (double X, double Y)[] handle =
            [
                (-2, -hd * 0.35), (-hl * 0.3, -hd * 0.32), (-hl * 0.55, -hd / 2), (-hl, -hd * 0.42), (-hl, hd * 0.42), (-hl * 0.55, hd / 2),
                (-hl * 0.3, hd * 0.32), (-2, hd * 0.35),
            ];
            RoundSection(k, Organic, handle, -hl / 2, 0, hd, 0.7);
            var cr = U(6, 8);
            var (cx, cy) = (bh * U(0.55, 0.75), U(-rm * 0.45, rm * 0.45));
            k.Line(Steel, 0.8 * 3, 3, false, (4, 0), (cx, cy));
            Ball(k, Chance(0.6) ? Steel : Brass, cx, cy, cr, 1.0);
        }

        /// <summary>
        /// A wind-up tinplate toy (a robot, a car or a hopping animal, the kind sold in museum and gift shops): a body of 0.25 mm
        /// tinplate (two faces, its sides seen edge-on round it) 60–110 mm long; its clockwork motor: two 0.8 mm steel plates about 30 ×
        /// 25 mm, the mainspring (a coil of steel strip filling about half of a disc 22 mm across and 6 mm deep), brass wheels and steel
        /// arbors, the winding key (1.5 mm steel) standing out of its side; tin or rubber wheels on a car, tin arms and legs on a robot;
        /// or a plastic-bodied one (1.5 mm walls of polystyrene at about 1.05 g/cm³) round the same motor.
        /// </summary>
        private void ClockworkToy()
        {
            var pen = Place(70);
            var k = new Turned(pen, 0, 0, 0);
            var kind = random.Next(3);
            var (l, w, dep) = kind switch
            {
                0 => (U(60, 80), U(38, 48), U(28, 35)),
                1 => (U(90, 110), U(40, 48), U(30, 38)),
                _ => (U(55, 70), U(40, 50), U(35, 45)),
            };
            var tin = kind != 2 || Chance(0.4);
            var body = RoundedOutline(-l / 2, -w / 2, l, w, kind == 1 ? 12 : 6);
            if (tin)
            {
                k.Poly(Steel, 2 * 0.25, body);
                k.Line(Steel, dep * 0.25 / 0.6, 0.6, true, body);
            }
            else
            {
                k.Poly(Organic, 2 * 1.5 * 1.05, body);
                k.Line(Organic, dep * 1.5 * 1.05 / 1.5, 1.5, true, body);
            }

            if (kind == 0)
            {
                k.Rect(Steel, 2 * 0.25, (-l / 2) - 28, -14, 28, 28);
                k.Line(Steel, 26 * 0.25 / 0.6, 0.6, true, SCorners((-l / 2) - 28, -14, 28, 28));
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    k.Rect(Steel, 2 * 0.25 * 2, -l * 0.3, (s * w / 2) + (s > 0 ? 0 : -8), l * 0.55, 8);
                    k.Rect(Steel, 2 * 0.25 * 2, l / 2, (s * w * 0.25) - 6, 22, 12);
                }
            }
            else if (kind == 1)
            {
                var rubber = Chance(0.5);
                foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
                {
                    k.Ellipse(rubber ? Organic : Steel, rubber ? 8 * 1.1 : 2 * 0.25, sx * l * 0.32, sy * ((w / 2) + 3), 9, 5);
                }
            }

            var m = new Turned(pen, U(-l * 0.1, l * 0.1), U(-4, 4), U(-0.3, 0.3));
            m.Rect(Steel, 2 * 0.8, -15, -12.5, 30, 25);
            m.Ellipse(Steel, 3, -4, 0, 11, 11);
            m.Ellipse(Brass, 1.0, 7, -5, 7, 7);
            m.Ellipse(Brass, 1.0, 9, 6, 5, 5);
            m.Line(Steel, 0.8 * 2 * 2, 2, false, (-4, 0), (-4, -w / 2 - 4));
            m.Poly(Steel, 1.5, (-4, (-w / 2) - 4), (-14, (-w / 2) - 14), (-4, (-w / 2) - 20), (6, (-w / 2) - 14));
        }

        /// <summary>
        /// A set of slate coasters: four to six squares 95–105 mm on a side (or discs 100 mm across) of riven slate 5–7 mm thick (about
        /// 2.75 g/cm³, counted as glass), their natural edges rough, each with four felt feet or a 2 mm cork back (about 0.25 g/cm³);
        /// stacked in a card sleeve (0.5 mm board at about 0.7 g/cm³), the beam down through the whole stack, or two to four fanned out.
        /// </summary>
        private void SlateCoasters()
        {
            var pen = Place(85);
            var n = random.Next(4, 7);
            var square = Chance(0.7);
            var s = U(95, 105);
            var stacked = Chance(0.6);
            var shown = stacked ? n : random.Next(2, 5);
            for (var i = 0; i < shown; i++)
            {
                var c = stacked
                    ? new Turned(pen, U(-2, 2), U(-2, 2), U(-0.04, 0.04))
                    : new Turned(pen, (i - ((shown - 1) / 2.0)) * U(25, 35), U(-8, 8), U(-0.5, 0.5));
                var h = s / 2;
                (double X, double Y)[] pts = square
                    ? [(-h, -h), (0, -h), (h, -h), (h, 0), (h, h), (0, h), (-h, h), (-h, 0)]
                    : [.. Enumerable.Range(0, 16).Select(j => 2 * Math.PI * j / 16).Select(a => (h * Math.Cos(a), h * Math.Sin(a)))];
                pts = [.. pts.Select(p => (p.X + U(-1.2, 1.2), p.Y + U(-1.2, 1.2)))];
                c.Poly(Glass, U(5, 7) * 2.75 / 2.5, pts);
                if (Chance(0.5))
                {
                    c.Poly(Organic, 2 * 0.25, Shrunk(pts, 0, 0, 0.95, 0.95));
                }
                else
                {
                    foreach (var (fx, fy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
                    {
                        c.Ellipse(Organic, 3 * 0.3, fx * s * 0.36, fy * s * 0.36, 6, 6);
                    }
                }
            }

            if (stacked && Chance(0.6))
            {
                var sleeve = SCorners((-s / 2) - 3, (-s / 2) - 3, s + 6, s + 6);
                new Turned(pen, 0, 0, 0).Poly(Organic, 2 * 0.5 * 0.7, sleeve);
                new Turned(pen, 0, 0, 0).Line(Organic, n * 6 * 0.5 * 0.7 / 1.0, 1.0, true, sleeve);
            }
        }

        /// <summary>
        /// Juggling balls: three (sometimes four or five) 62–68 mm beanbag balls, each a shell of PVC or synthetic leather panels
        /// (about 1 mm of water's worth) stitched round a filling of polyethylene pellets (about 0.55 g/cm³ as poured), a little
        /// flattened where they lie; loose or in a drawstring cotton pouch (two 0.5 mm layers at about 0.6 g/cm³).
        /// </summary>
        private void JugglingBalls()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, 0);
            var n = Chance(0.7) ? 3 : random.Next(4, 6);
            var r = U(31, 34);
            var placed = new List<(double X, double Y)>();
            for (var i = 0; i < n; i++)
            {
                var a = U(0, 2 * Math.PI);
                var (cx, cy) = i == 0 ? (0.0, 0.0) : (placed[^1].X + (2 * r * Math.Cos(a)), placed[^1].Y + (2 * r * Math.Sin(a)));
                (cx, cy) = (Math.Clamp(cx, -70, 70), Math.Clamp(cy, -70, 70));
                placed.Add((cx, cy));
                Ball(k, Organic, cx, cy, r, 0.55, 0.9);
                HollowBall(k, Organic, cx, cy, r, 1.0);
            }

            if (Chance(0.35))
            {
                var pouch = RoundedOutline(-105, -105, 210, 210, 40);
                k.Poly(Organic, 2 * 0.5 * 0.6, pouch);
                k.Line(Organic, 6 * 0.5 * 0.6, 4, false, (-95, -100), (95, -100));
            }
        }

        /// <summary>
        /// A reusable ice pack for a cool bag or a sprain: a flexible gel pack (150–250 × 100–180 mm, nylon and polyethylene film 0.1 mm a
        /// side, heat-sealed round an 8 mm border, holding a water gel at about 1.03 g/cm³ that lies 15–25 mm deep at its middle and
        /// thins toward its edges), or a hard ice block (an HDPE shell 1.5 mm at about 0.95 g/cm³, 170–190 × 100–120 × 22–28 mm, its
        /// walls edge-on, full of liquid).
        /// </summary>
        private void IcePack()
        {
            if (Chance(0.65))
            {
                var l = U(150, 250);
                var w = U(100, 180);
                var dep = U(15, 25);
                var pen = Place(Math.Max(l, w) * 0.55);
                var k = new Turned(pen, 0, 0, 0);
                RoundedRect(k, Organic, 2 * 0.1 * 0.95, -l / 2, -w / 2, l, w, 8);
                k.Line(Organic, 4 * 0.1 * 0.95, 8, true, RoundedOutline((-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 6));
                ReadOnlySpan<(double F, double Share)> layers = [(0.97, 0.3), (0.85, 0.3), (0.68, 0.25), (0.45, 0.15)];
                foreach (var (f, share) in layers)
                {
                    RoundedRect(k, Organic, dep * share * 1.03, -(l - 16) * f / 2, -(w - 16) * f / 2, (l - 16) * f, (w - 16) * f, 20 * f);
                }

                return;
            }

            var (bl, bw, bd) = (U(170, 190), U(100, 120), U(22, 28));
            var block = Place(bl * 0.55);
            var b = new Turned(block, 0, 0, 0);
            SheetBox(b, Organic, -bl / 2, -bw / 2, bl, bw, bd, 1.5, 0.95, 8);
            RoundedRect(b, Organic, (bd - 3) * 1.0, (-bl / 2) + 1.5, (-bw / 2) + 1.5, bl - 3, bw - 3, 6);
            b.Ellipse(Organic, 10 * 0.95, (bl / 2) - 15, 0, 8, 8);
        }

        /// <summary>
        /// A manual breast pump (the hand-lever kind a nursing mother carries in a changing bag), taken apart or together: a 150 ml
        /// polypropylene bottle (55 mm across and 120 mm long, 1.5 mm walls at about 0.9 g/cm³) and its screw ring, the pump body (a
        /// polypropylene cylinder 40 mm across and 55 mm long, 1.8 mm walls), its silicone breast shield (a trumpet 100 mm across its mouth,
        /// 2 mm walls, about 1.15 g/cm³), the polypropylene lever handle (110 × 22 mm, two 2 mm walls), the silicone diaphragm and valve.
        /// </summary>
        private void BreastPump()
        {
            var pen = Place(120);
            var assembled = Chance(0.55);
            var b = new Turned(pen, assembled ? -30 : U(-30, 30), assembled ? 0 : -60, assembled ? 0 : U(-0.3, 0.3));
            b.Tube(Organic, -60, -27.5, 120, 55, 1.5 * 0.9);
            b.Rect(Organic, 0.8 * 55 * 1.5 * 0.9 / 1.5, -60, -27.5, 1.5, 55);
            b.Tube(Organic, 55, -30, 12, 60, 2 * 0.9);
            var pump = new Turned(pen, assembled ? 50 : U(-40, 0), assembled ? 0 : 40, assembled ? 0 : U(-0.4, 0.4));
            pump.Tube(Organic, -20, -20, 55, 40, 1.8 * 0.9);
            (double X, double Y)[] shield = [(30, -14), (45, -22), (60, -50), (66, -50), (50, -18), (50, 18), (66, 50), (60, 50), (45, 22), (30, 14)];
            pump.Poly(Silicone, 2 * 2, shield);
            pump.Line(Silicone, 30 * 2 / 2, 2, false, (30, -14), (45, -22), (62, -50));
            pump.Line(Silicone, 30 * 2 / 2, 2, false, (30, 14), (45, 22), (62, 50));
            pump.Ellipse(Silicone, 2 * 2, 0, -24, 20, 6);
            pump.Rect(Organic, 2 * 2 * 0.9, -40, -50, 110 * 0.85, 22);
            pump.Line(Organic, 16 * 2 * 0.9 / 2, 2, true, SCorners(-39, -49, (110 * 0.85) - 2, 20));
            pump.Rect(Silicone, 0.8 * 10 * 1.15, -24, -5, 6, 10);
        }

        /// <summary>
        /// Earmuffs: winter ones (two faux-fur muffs 80–90 mm across and 40 mm deep, the pile at about 0.08 g/cm³, round a 1.5 mm ABS cup
        /// 60 mm across, on a band of 1.2 × 8 mm spring steel in a plastic sleeve) or passive ear defenders (two ABS cups 70 × 95 mm and
        /// 45 mm deep with 2.5 mm walls seen edge-on round them, polyurethane foam inside at about 0.05, vinyl and foam cushions, on a
        /// padded band over two 2.2 mm steel wires or a 1.2 × 15 mm spring-steel band); folded or open.
        /// </summary>
        private void Earmuffs()
        {
            var defenders = Chance(0.55);
            var gap = Chance(0.4) ? U(40, 60) : U(90, 120);
            var (rx, ry) = defenders ? (35.0, 47.5) : (U(40, 45), U(40, 45));
            var pen = Place((gap / 2) + (2 * rx) + 2);
            var k = new Turned(pen, 0, 0, 0);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var cx = s * ((gap / 2) + rx);
                if (defenders)
                {
                    k.Ellipse(Organic, 2 * 2.5 * 1.05, cx, 0, rx, ry);
                    k.Ring(Organic, 45 * 2.5 * 1.05 / 2.5, 2.5, cx, 0, rx - 1.25, ry - 1.25);
                    k.Ellipse(Organic, 40 * 0.05, cx, 0, rx - 3, ry - 3);
                    k.Ring(Organic, 2 * 12 * 0.3, 12, cx, 0, rx - 6, ry - 6);
                }
                else
                {
                    Spheroid(k, Organic, cx, 0, rx, ry, 40, 0.08);
                    k.Ellipse(Organic, 2 * 1.5 * 1.05, cx, 0, 30, 30);
                    k.Ring(Organic, 15 * 1.5 * 1.05 / 1.5, 1.5, cx, 0, 29, 29);
                }
            }

            var span = gap + (2 * rx);
            var band = UArc(0, -ry * 0.3, span / 2, Math.Max(50, span * 0.45), Math.PI, 2 * Math.PI, 18);
            if (defenders && Chance(0.5))
            {
                k.Line(Steel, 0.8 * 2.2 * 2, 2.2, false, band);
                k.Line(Organic, 14 * 0.3, 30, false, band);
            }
            else
            {
                k.Line(Steel, 8 * 1.2 / 2, 2, false, band);
                k.Line(Organic, 2 * 1.5 * 1.05, defenders ? 18 : 10, false, band);
            }
        }

        /// <summary>
        /// Spinning tops: two to four battle tops of the Beyblade kind (a zinc-alloy fusion wheel 40–44 mm across and 6–8 mm thick round
        /// a 16 mm hole, a polycarbonate energy ring and face bolt, a polyacetal spin track and tip) lying flat or on their sides, with
        /// a launcher (an ABS case 110 × 45 mm with 1.8 mm walls, a steel spring inside, a toothed nylon rip cord 300 × 12 × 2 mm) on
        /// some; or a tinplate humming top (0.25 mm tinplate, 90–110 mm across and 70 mm tall) with its pump handle (a twisted 5 mm steel
        /// rod and a wooden knob).
        /// </summary>
        private void SpinningTops()
        {
            var pen = Place(100);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.3))
            {
                var r = U(45, 55);
                k.Ellipse(Steel, 2 * 0.25, 0, 0, r, r);
                k.Ring(Steel, 30 * 0.25 / 0.6, 0.6, 0, 0, r * 0.8, r * 0.8);
                k.Ring(Steel, 40 * 0.25 / 0.6, 0.6, 0, 0, r - 0.3, r - 0.3);
                k.Ellipse(Steel, 0.8 * 60, 0, 0, 2.5, 2.5);
                k.Ellipse(Organic, 25 * 0.7, 0, 0, 12, 12);
                return;
            }

            var n = random.Next(2, 5);
            for (var i = 0; i < n; i++)
            {
                var t = new Turned(pen, U(-60, 60), U(-60, 60), U(0, 2 * Math.PI));
                var rw = U(20, 22);
                var th = U(6, 8);
                if (Chance(0.65))
                {
                    t.Ring(ZincAlloy, th, (rw * 0.92) - 8, 0, 0, ((rw * 0.92) + 8) / 2, ((rw * 0.92) + 8) / 2);
                    for (var j = 0; j < 4; j++)
                    {
                        var (sn, cs) = Math.SinCos((Math.PI * j / 2) + 0.4);
                        t.Ellipse(ZincAlloy, th * 0.8, rw * 0.9 * cs, rw * 0.9 * sn, 3.5, 3.5);
                    }
                    t.Ring(Organic, 3 * 1.2, 3, 0, 0, 16, 16);
                    t.Ellipse(Organic, 20 * 1.2, 0, 0, 7, 7);
                }
                else
                {
                    t.Rect(ZincAlloy, 0.8 * 2 * rw, -th / 2, -rw, th, 2 * rw);
                    t.Rect(Organic, 0.8 * 32 * 1.2, -th / 2 - 3, -16, 3, 32);
                    t.Rect(Organic, 0.8 * 14 * 1.3, th / 2, -7, 20, 14);
                }
            }

            if (Chance(0.5))
            {
                var l = new Turned(pen, U(-20, 20), U(-20, 20), U(0, 2 * Math.PI));
                var box = RoundedOutline(-55, -22.5, 110, 45, 8);
                l.Poly(Organic, 2 * 1.8 * 1.05, box);
                l.Line(Organic, 25 * 1.8 * 1.05 / 1.8, 1.8, true, box);
                l.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(-40, 10, -6, 2.5, 12));
                l.Rect(Organic, 3 * 2 * 1.14, -50, 24, 100, 12);
            }
        }
    }
}
