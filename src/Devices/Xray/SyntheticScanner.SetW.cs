namespace Screening.Devices.Xray;

// Variant set W (held out after V): threat shapes and clutter kinds that none of A to V and R draws.
// About two thirds are the ordinary forms a prison gate meets (knives from kitchens, desks and outdoor
// shops, handguns as they were made and sold, the phones people buy now); the rest are hidden inside
// something innocent or made at home. Each is written from what the real thing measures and is made of,
// by someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest of the
// scene: roughly the millimetres of that material the beam crosses where the part lies flat (a round bar
// of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen edge-on as the
// depth the beam runs along it, shared out over the width of the line it is drawn as); a material lighter
// or heavier than water counts its thickness times its density; cast iron counts as steel at 0.92, zinc
// alloy and silver are drawn as themselves, salt, alumina and bonded abrasive as glass by their density
// over glass's 2.5 g/cm³, ferrite as steel at 0.65.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set W's threat shapes; null for a shape that is not set W's.</summary>
        private PixelBox? DrawSetWThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.ChineseCleaver => ChineseCleaver(scale),
            ThreatShape.LetterOpener => LetterOpener(scale),
            ThreatShape.GutHookSkinner => GutHookSkinner(scale),
            ThreatShape.KnifeInHollowBook => KnifeInHollowBook(scale),
            ThreatShape.HacksawShiv => HacksawShiv(scale),
            ThreatShape.BulldogRevolver => BulldogRevolver(scale),
            ThreatShape.Tec9Pistol => Tec9Pistol(scale),
            ThreatShape.NineShot22Revolver => NineShot22Revolver(scale),
            ThreatShape.PistolInRiceBag => PistolInRiceBag(scale),
            ThreatShape.LighterGun => LighterGun(scale),
            ThreatShape.TriFoldPhone => TriFoldPhone(scale),
            ThreatShape.EndurancePhone => EndurancePhone(scale),
            ThreatShape.GlyphBackPhone => GlyphBackPhone(scale),
            ThreatShape.PhoneInFormulaTin => PhoneInFormulaTin(scale),
            ThreatShape.PhoneInFoilSandwich => PhoneInFoilSandwich(scale),
            ThreatShape.BlankCartridges => BlankCartridges(scale),
            ThreatShape.SimInLocket => SimInLocket(scale),
            ThreatShape.SteroidInjectionKit => SteroidInjectionKit(scale),
            ThreatShape.ArcLighter => ArcLighter(scale),
            ThreatShape.AngleGrinder => AngleGrinder(scale),
            ThreatShape.JellyShots => JellyShots(scale),
            ThreatShape.CannabinoidELiquid => CannabinoidELiquid(scale),
            ThreatShape.DrugsInModellingDough => DrugsInModellingDough(scale),
            _ => null,
        };

        /// <summary>Draws one of set W's clutter kinds; false for a kind that is not set W's.</summary>
        private bool DrawSetWClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.TravelIron:
                    TravelIron();
                    return true;
                case ClutterKind.TiffinCarrier:
                    TiffinCarrier();
                    return true;
                case ClutterKind.HandWeights:
                    HandWeights();
                    return true;
                case ClutterKind.CurlingTongs:
                    CurlingTongs();
                    return true;
                case ClutterKind.SteelStraws:
                    SteelStraws();
                    return true;
                case ClutterKind.MagneticTiles:
                    MagneticTiles();
                    return true;
                case ClutterKind.BloodPressureMonitor:
                    BloodPressureMonitor();
                    return true;
                case ClutterKind.BabyCarrier:
                    BabyCarrier();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// The outline of a disc (radius <paramref name="r"/> about (<paramref name="cx"/>, <paramref name="cy"/>)) with a round hole
        /// (radius <paramref name="hr"/> about (<paramref name="hx"/>, <paramref name="hy"/>)) cut from it, joined to the rim by a slit of
        /// no width: a layer of fill that lies round something set into it, so the fill is not counted where the thing is.
        /// </summary>
        private static (double X, double Y)[] WHoled(double cx, double cy, double r, double hx, double hy, double hr)
        {
            const int n = 28;
            var a0 = Math.Atan2(hy - cy, hx - cx);
            var points = new List<(double X, double Y)>();
            for (var i = 0; i <= n; i++)
            {
                var a = a0 + (2 * Math.PI * i / n);
                points.Add((cx + (r * Math.Cos(a)), cy + (r * Math.Sin(a))));
            }

            for (var i = 0; i <= n; i++)
            {
                var a = a0 - (2 * Math.PI * i / n);
                points.Add((hx + (hr * Math.Cos(a)), hy + (hr * Math.Sin(a))));
            }

            return [.. points];
        }

        /// <summary>
        /// A round container standing with the beam down its axis, centred on its part's origin: its base and lid face-on
        /// (<paramref name="ends"/> mm of <paramref name="m"/> together), its wall (<paramref name="wall"/> mm) crossed along all its
        /// height <paramref name="h"/> round the rim, and a rolled or moulded rim at each end.
        /// </summary>
        private static void WStanding(Turned c, Material m, double r, double h, double wall, double ends)
        {
            c.Ellipse(m, ends, 0, 0, r, r);
            c.Ring(m, h * wall / 0.8, 0.8, 0, 0, r - 0.4, r - 0.4);
            c.Ring(m, 2 * 3 * wall, 1.5, 0, 0, r - 1.5, r - 1.5);
        }

        /// <summary>
        /// A revolver lying on its side in its part's frame, the cylinder's axis along y = 0 from x = −<paramref name="cl"/> to 0, the
        /// muzzle toward +x: a barrel of <paramref name="bl"/> mm (<paramref name="od"/> over <paramref name="bore"/>) on the top chamber's
        /// line, its front sight and the ejector rod under it; the frame (<paramref name="frame"/>, two walls of <paramref name="wall"/>
        /// mm round the cylinder window, a top strap, the recoil shield behind the cylinder); the cylinder <paramref name="cd"/> mm across,
        /// <paramref name="metal"/> of it metal once its chambers are bored; the hammer, the trigger and its guard; a grip
        /// <paramref name="gl"/> mm long, a steel grip frame inside panels <paramref name="gripDepth"/> mm thick at
        /// <paramref name="gripDensity"/> (a bird's-head grip curled back, or a straight one raked back). Returns the chambers' pitch
        /// radius, for the caller's rounds.
        /// </summary>
        private static double WSideRevolver(Turned g, double bl, double od, double bore, double cl, double cd, double metal, Material frame,
            double wall, double gl, double gripDepth, double gripDensity, bool birdsHead)
        {
            var pr = cd * 0.3;
            var by = -pr;
            g.Tube(Steel, 0, by - (od / 2), bl, od, (od - bore) / 2 * 0.9);
            g.Rect(Steel, 4, bl - 7, by - (od / 2) - 3.5, 5, 3.5);
            g.Cylinder(Steel, 3, by + (od / 2), bl * 0.6, 4.5);
            g.Rect(frame, 2 * wall, -3, by - (od / 2) + 1, 12, (cd / 2) - by + (od / 2) + 4);
            g.Rect(frame, 0.8 * 11, -cl - 6, (-cd / 2) - 5, cl + 16, 5);
            g.Rect(frame, 2 * wall, -cl - 8, (cd / 2) - 1, cl + 14, 9);
            g.Rect(frame, 15, -cl - 9, (-cd / 2) - 1, 9, cd + 2);
            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, metal * 0.9);
            g.Cylinder(Steel, -cl - 3, -2.5, cl + 8, 5);
            g.Poly(Steel, 0.8 * 7, (-cl - 9, (-cd / 2) - 1), (-cl - 3, (-cd / 2) - 1), (-cl - 10, (-cd / 2) - 15), (-cl - 17, (-cd / 2) - 13));
            var fy = (cd / 2) + 8;
            g.Line(Steel, 0.8 * 9 * 0.5, 3.5, false, UArc(-cl + 8, fy, 16, 14, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-cl + 2, fy - 1), (-cl + 8, fy - 1), (-cl + 3, fy + 11), (-cl - 1, fy + 10));
            (double X, double Y)[] grip = birdsHead
                ?
                [
                    (-cl - 12, fy - 2), (-cl - 2, fy - 2), (-cl - 8, fy + (gl * 0.55)), (-cl - 14, fy + gl - 6), (-cl - 24, fy + gl),
                    (-cl - 36, fy + gl - 10), (-cl - 34, fy + (gl * 0.45)), (-cl - 26, fy + 6),
                ]
                :
                [
                    (-cl - 12, fy - 2), (-cl - 1, fy - 2), (-cl - 12, fy + gl), (-cl - 34, fy + gl + 2), (-cl - 30, fy + (gl * 0.4)), (-cl - 22, fy + 2),
                ];
            var (gx, gy) = (-cl - 18, fy + (gl / 2));
            g.Poly(frame, 2 * 2, Shrunk(grip, gx, gy, 0.45, 0.95));
            RoundSection(g, Organic, grip, gx, gy, gripDepth, gripDensity);
            return pr;
        }

        /// <summary>
        /// A slab phone's panel of a folding phone, face-on and centred on its part's origin: the plastic-faced flexible display (0.5 mm
        /// at about 1.2 g/cm³ over a 0.15 mm steel support plate), the 0.35 mm aluminium mid-plate, its frame seen edge-on round its rim
        /// (<paramref name="depth"/> mm of aluminium, about half of it wall), a flat pouch cell <paramref name="cellT"/> mm thick over
        /// most of it, and on the main panel the logic board with its shield cans and dense parts.
        /// </summary>
        private void WPanel(Turned p, double l, double w, double depth, double cellT, bool board)
        {
            RoundedRect(p, Organic, 0.5 * 1.2, -l / 2, -w / 2, l, w, 6);
            RoundedRect(p, Steel, 0.15, (-l / 2) + 1.5, (-w / 2) + 1, l - 3, w - 2, 5);
            RoundedRect(p, Aluminium, 0.35, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, 5);
            p.Line(Aluminium, depth * 0.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 6));
            var cl = board ? l * 0.5 : l * 0.78;
            SPouchCell(p, (l / 2) - 8 - cl, (-w / 2) + 5, cl, w - 10, cellT);
            if (!board)
            {
                return;
            }

            var bx0 = (-l / 2) + 3;
            var blen = (l / 2) - 12 - cl - bx0;
            p.Rect(Mixed, 0.6, bx0, (-w / 2) + 4, blen, w - 8);
            p.Rect(Brass, 0.08, bx0, (-w / 2) + 4, blen, w - 8);
            for (var i = random.Next(2, 4); i > 0; i--)
            {
                p.Rect(Steel, 0.15, U(bx0, bx0 + blen - 14), U((-w / 2) + 5, 0), 14, U(10, 18));
            }

            for (var i = random.Next(5, 10); i > 0; i--)
            {
                p.Rect(Steel, U(0.3, 0.9), U(bx0 + 1, bx0 + blen - 5), U((-w / 2) + 5, (w / 2) - 8), U(1.5, 5), U(1.5, 4));
            }

            p.Rect(Steel, 0.9, (l / 2) - 7.5, -4.5, 7, 9);
            p.Rect(Steel, 2.2, (l / 2) - 10, (w / 2) - 16, 8, 11);
        }

        /// <summary>
        /// A plastic syringe with no needle along its part's x, its finger flange at x = 0 and its Luer-slip tip toward +x: a
        /// polypropylene barrel <paramref name="bd"/> × <paramref name="bl"/> mm (0.8 mm walls at about 0.9 g/cm³), the rubber stopper
        /// (about 1.1) at <paramref name="at"/> mm and the cross-ribbed plunger behind it, its thumb press <paramref name="bl"/> + 6 mm
        /// behind the stopper.
        /// </summary>
        private static void WSyringe(Turned s, double bd, double bl, double at)
        {
            s.Rect(Organic, 2 * 1.2 * 0.9, -2, (-bd / 2) - 5, 2, bd + 10);
            s.Tube(Organic, 0, -bd / 2, bl, bd, 0.8 * 0.9);
            s.Rect(Organic, 0.8 * (bd - 1.6) * 1.1, at, (-bd / 2) + 0.8, 6, bd - 1.6);
            s.Rect(Organic, (bd - 2) * 0.45 * 0.9, at - bl - 4, -bd * 0.35, bl + 4, bd * 0.7);
            s.Rect(Organic, 2 * 1.2 * 0.9, at - bl - 6, (-bd / 2) - 1, 2, bd + 2);
            s.Poly(Organic, 0.8 * 4 * 0.9, (bl, -2), (bl + 9, -1.2), (bl + 9, 1.2), (bl, 2));
        }

        /// <summary>
        /// A hypodermic needle in its sheath along its part's x from the origin: a polypropylene hub (coloured by gauge, 7 mm across
        /// and 15 mm long) and sheath (6 mm, 1 mm walls) over a stainless cannula of <paramref name="od"/> mm (its bore about 0.6 of that)
        /// and <paramref name="length"/> mm.
        /// </summary>
        private static void WNeedle(Turned s, double od, double length)
        {
            s.Tube(Organic, 0, -3.5, 15, 7, 1.0 * 0.9);
            s.Rect(Organic, 0.8 * 4 * 0.9, 0, -2, 3, 4);
            s.Line(Steel, TMeanWall(od, od * 0.6), od, false, (10, 0), (15 + length, 0));
            s.Tube(Organic, 14, -3, length + 6, 6, 1.0 * 0.9);
            s.Rect(Organic, 0.8 * 6 * 0.9, 18 + length, -3, 2, 6);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A Chinese vegetable cleaver (the caidao of every Chinese kitchen and supermarket): a rectangular blade 200–225 mm long and
        /// 95–110 mm deep, 2–2.6 mm of stainless at the spine and flat ground to its edge, its front corners a little rounded; either a
        /// round wooden handle (110–125 mm, 28–32 mm thick, about 0.7 g/cm³) on a 4 × 10 mm stick tang with a 1 mm steel ferrule, or a
        /// hollow stainless handle (a 1 mm tube 26 mm across) welded to the blade; in a card blade guard (0.5 mm at about 0.7 g/cm³)
        /// on some.
        /// </summary>
        private PixelBox ChineseCleaver(double scale)
        {
            var bl = U(200, 225);
            var bw = U(95, 110);
            var t = U(2, 2.6);
            var hl = U(110, 125);
            var hd = U(28, 32);
            var steelHandle = Chance(0.35);
            var guard = Chance(0.25);
            var top = -bw / 2;
            var hy = top + 17;
            var pen = Lay(-hl - 24, top - 3, bl + 3, (bw / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, top), (bl - 8, top), (bl - 2, top + 3), (bl, top + 10), (bl, (bw / 2) - 6), (bl - 3, (bw / 2) - 1), (bl - 10, bw / 2), (0, bw / 2),
            ];
            VFlatGround(k, Steel, blade, top, t);
            k.Poly(Steel, t, (0, top), (0, top + 32), (-8, hy + 6), (-8, hy - 6));
            if (steelHandle)
            {
                k.Tube(Steel, -hl - 8, hy - 13, hl, 26, 1.0);
                k.Rect(Steel, 0.8 * 26 * 1.0, -hl - 8, hy - 13, 1.2, 26);
                k.Rect(Steel, 6, -10, hy - 12, 8, 24);
            }
            else
            {
                k.Rect(Steel, 4, -hl * 0.75, hy - 5, (hl * 0.75) - 6, 10);
                k.Tube(Steel, -24, hy - (hd / 2) - 1, 18, hd + 2, 1.0);
                (double X, double Y)[] handle = [(-6, hy - (hd / 2) + 1), (-hl - 6, hy - (hd / 2)), (-hl - 6, hy + (hd / 2)), (-6, hy + (hd / 2) - 1)];
                RoundSection(k, Organic, handle, -(hl / 2) - 6, hy, hd, 0.7);
            }

            if (guard)
            {
                var sleeve = SCorners(-2, top - 2, bl + 4, bw + 4);
                k.Poly(Organic, 2 * 0.5 * 0.7, sleeve);
                k.Line(Organic, 6 * 0.5 * 0.7, 1.0, true, sleeve);
            }

            return pen.Box;
        }

        /// <summary>
        /// A letter opener from a desk or a gift shop: a dagger-shaped stainless blade 135–160 mm long, 16–22 mm wide and 2–3 mm
        /// thick with a raised middle, pointed but blunt along its edges; either all steel (the handle 70–85 × 14–18 mm of the same
        /// stock, with scales of walnut or resin, two 3 mm at about 0.9 g/cm³, on two brass pins) or with a cast handle of zinc alloy
        /// or brass (70–90 mm, oval in section and 9–13 mm thick, about a third of it hollow) and a crossguard 32–40 mm across.
        /// </summary>
        private PixelBox LetterOpener(double scale)
        {
            var bl = U(135, 160);
            var bw = U(16, 22);
            var t = U(2, 3);
            var hl = U(70, 90);
            var cast = Chance(0.5);
            var gw = U(32, 40);
            var half = Math.Max(bw, cast ? gw : 18) / 2;
            var pen = Lay(-hl - 4, -half - 2, bl + 2, half + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.7, -bw * 0.4), (bl, 0), (bl * 0.7, bw * 0.4), (0, bw / 2)];
            k.Poly(Steel, t * 0.55, blade);
            k.Poly(Steel, t * 0.45, Shrunk(blade, 0, 0, 1, 0.45));
            if (cast)
            {
                var metal = Chance(0.6) ? ZincAlloy : Brass;
                var ht = U(9, 13);
                k.Rect(metal, 0.8 * 6, -4, -gw / 2, 4, gw);
                k.Rect(Steel, t, -hl * 0.6, -3, hl * 0.6, 6);
                (double X, double Y)[] handle = [(-4, -6), (-hl * 0.5, -5), (-hl + 8, -8), (-hl, 0), (-hl + 8, 8), (-hl * 0.5, 5), (-4, 6)];
                RoundSection(k, metal, handle, -hl / 2, 0, ht, 0.65);
            }
            else
            {
                var hw = U(14, 18);
                (double X, double Y)[] handle = [(0, -hw / 2), (-hl + 6, -hw / 2), (-hl, -hw / 2 + 5), (-hl, (hw / 2) - 5), (-hl + 6, hw / 2), (0, hw / 2)];
                k.Poly(Steel, 3, handle);
                k.Poly(Organic, 2 * 3 * 0.9, Shrunk(handle, -hl / 2, 0, 0.85, 1));
                k.Ellipse(Brass, 6 + 3, -hl * 0.3, 0, 1.6, 1.6);
                k.Ellipse(Brass, 6 + 3, -hl * 0.7, 0, 1.6, 1.6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A skinning knife with a gut hook, sold for deer stalking and game shooting: a deep-bellied drop-point blade 85–100 mm long
        /// and 30–36 mm deep of 3.5–4 mm stainless, flat ground to its edge, a sharpened hook cut into its spine near the point; a full
        /// tang the shape of the handle (110–120 mm) between two scales of rubber (about 1.1 g/cm³) or wood (about 0.75), 22–26 mm
        /// thick together, a lanyard hole lined with a brass tube; in a leather sheath (two 3 mm layers at about 0.9 g/cm³, its welt, a
        /// belt loop and a retaining strap with a brass snap) on most.
        /// </summary>
        private PixelBox GutHookSkinner(double scale)
        {
            var bl = U(85, 100);
            var bw = U(30, 36);
            var t = U(3.5, 4);
            var hl = U(110, 120);
            var hw = U(24, 28);
            var sheath = Chance(0.7);
            var top = -bw / 2;
            var m = sheath ? 9 : 2;
            var pen = Lay(-hl - m, top - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, top), (bl * 0.5, top), (bl * 0.54, top + 4), (bl * 0.6, top + 7), (bl * 0.66, top + 5.5), (bl * 0.65, top + 1.5),
                (bl * 0.6, top + 0.8), (bl * 0.72, top + 1), (bl, top + (bw * 0.3)), (bl * 0.9, top + (bw * 0.62)), (bl * 0.7, top + (bw * 0.92)),
                (bl * 0.4, bw / 2), (0, bw / 2),
            ];
            VFlatGround(k, Steel, blade, top, t);
            var hy = top + (hw / 2) + 2;
            (double X, double Y)[] handle =
            [
                (0, hy - (hw / 2)), (-hl * 0.4, hy - (hw / 2) + 2), (-hl + 8, hy - (hw / 2)), (-hl, hy - 3), (-hl + 4, hy + (hw / 2)),
                (-hl * 0.55, hy + (hw / 2) - 3), (-hl * 0.25, hy + (hw / 2)), (0, hy + (hw / 2) + 3),
            ];
            k.Poly(Steel, t, handle);
            var rubber = Chance(0.6);
            RoundSection(k, Organic, Shrunk(handle, -hl / 2, hy, 0.98, 1), -hl / 2, hy, U(22, 26) - t, rubber ? 1.1 : 0.75);
            k.Ring(Brass, 0.8 * 5 * 0.5 * 2, 1.0, -hl + 10, hy, 3, 3);
            k.Ellipse(Steel, 2 * 3, -hl * 0.35, hy, 2.5, 2.5);
            k.Ellipse(Steel, 2 * 3, -hl * 0.7, hy, 2.5, 2.5);
            if (sheath)
            {
                (double X, double Y)[] sleeve =
                [
                    (-hl * 0.3, top - 7), (bl * 0.6, top - 7), (bl + 8, top + (bw * 0.3)), (bl * 0.75, (bw / 2) + 7), (-hl * 0.3, (bw / 2) + 7),
                ];
                k.Poly(Organic, 2 * 3 * 0.9, sleeve);
                k.Line(Organic, 3 * 3 * 0.9, 4, true, Shrunk(sleeve, bl * 0.3, 0, 0.97, 0.9));
                k.Rect(Organic, 2 * 3 * 0.9, -hl * 0.3, top - 7, 45, bw + 14);
                k.Rect(Organic, 2 * 3 * 0.9, -hl * 0.5, hy - 8, 22, 16);
                k.Ellipse(Brass, 2 * 0.4 + 1, -hl * 0.4, hy + 5, 6, 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife hidden in a hollowed-out hardback book: a book 225–245 × 150–160 mm and 30–45 mm thick (two 2.5 mm greyboard covers
        /// at about 0.7 g/cm³ under cloth, a rounded spine, a text block of uncoated paper at about 0.75), a hole cut through all but
        /// the last 3–5 mm of its pages and its edges glued; in it a kitchen utility knife (a 85–105 mm blade, a plastic-scaled handle) or
        /// a lock knife folded shut (90–115 mm: two 1 mm steel liners, the 3 mm blade folded between them, a backspring, wood or G10
        /// scales 3 mm each at about 0.8 or 1.85 g/cm³), lying in the hole.
        /// </summary>
        private PixelBox KnifeInHollowBook(double scale)
        {
            var l = U(225, 245);
            var w = U(150, 160);
            var th = U(30, 45);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var b = new Turned(pen, 0, 0, 0);
            b.Rect(Organic, (2 * 2.5 * 0.7) + (2 * 0.4 * 0.8), -l / 2, -w / 2, l, w);
            b.Rect(Organic, th * 0.5, -l / 2, -w / 2, l, 6);
            var block = th - 6;
            var (cx0, cy0, cx1, cy1) = ((-l / 2) + 22, (-w / 2) + 24, (l / 2) - 20, (w / 2) - 18);
            var keep = U(3, 5);
            var (px0, py0, px1, py1) = ((-l / 2) + 3, (-w / 2) + 6, (l / 2) - 3, (w / 2) - 3);
            b.Rect(Organic, block * 0.75, px0, py0, px1 - px0, cy0 - py0);
            b.Rect(Organic, block * 0.75, px0, cy1, px1 - px0, py1 - cy1);
            b.Rect(Organic, block * 0.75, px0, cy0, cx0 - px0, cy1 - cy0);
            b.Rect(Organic, block * 0.75, cx1, cy0, px1 - cx1, cy1 - cy0);
            b.Rect(Organic, keep * 0.75, cx0, cy0, cx1 - cx0, cy1 - cy0);
            b.Line(Organic, block * 0.2, 1.5, true, SCorners(cx0, cy0, cx1 - cx0, cy1 - cy0));
            var (ccx, ccy) = ((cx0 + cx1) / 2, (cy0 + cy1) / 2);
            var room = cx1 - cx0 - 8;
            pen.Item(() =>
            {
                if (Chance(0.5))
                {
                    var bl = U(85, 105);
                    var hl = Math.Min(U(90, 105), room - bl);
                    var k = new Turned(pen, ccx - ((bl - hl) / 2), ccy, Chance(0.5) ? 0 : Math.PI);
                    KitchenBlade(k, bl, U(18, 22), U(1.5, 2), hl, Chance(0.4), false);
                }
                else
                {
                    var fl = U(90, 115);
                    var fw = U(24, 28);
                    var f = new Turned(pen, ccx + U(-10, 10), ccy + U(-10, 10), U(-0.3, 0.3));
                    var outline = RoundedOutline(-fl / 2, -fw / 2, fl, fw, 8);
                    f.Poly(Steel, 2 * 1.0, outline);
                    f.Poly(Steel, 3, (-fl * 0.4, -fw * 0.35), (fl * 0.42, -fw * 0.3), (fl * 0.45, fw * 0.05), (-fl * 0.3, fw * 0.2));
                    f.Rect(Steel, 3, -fl / 2, (fw / 2) - 6, fl * 0.6, 4);
                    f.Poly(Organic, 2 * 3 * (Chance(0.5) ? 0.8 : 1.85), outline);
                    f.Ellipse(Steel, 12, (fl / 2) - 10, 0, 2.5, 2.5);
                    f.Ellipse(Steel, 12, (-fl / 2) + 10, 0, 2, 2);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A shiv made from a hacksaw blade (the bi-metal blades sold in every hardware shop: 12.7 mm × 0.65 mm, 300 mm between its pin
        /// holes, 18 or 24 teeth to the inch): a length of 150–190 mm snapped off, one or two pieces bound together, its far end ground
        /// to a point over 25–35 mm; its grip 70–90 mm of strips of cloth (2.5 mm a side at about 0.5 g/cm³) or of PVC tape wound over
        /// them (1–1.5 mm a side at about 1.4).
        /// </summary>
        private PixelBox HacksawShiv(double scale)
        {
            var len = U(150, 190);
            var layers = Chance(0.35) ? 2 : 1;
            var point = U(25, 35);
            var gl = U(70, 90);
            var tape = Chance(0.55);
            var wrap = tape ? U(1, 1.5) : 2.5;
            var gd = 12.7 + 1.5 + (2 * wrap);
            var pen = Lay((-len / 2) - 2, (-gd / 2) - 1, (len / 2) + 1, (gd / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            var (x0, x1) = (-len / 2, len / 2);
            k.Poly(Steel, 0.65 * layers, (x0, -6.35), (x1 - (point * 0.4), -6.35), (x1, -2), (x1 - point, 6.35), (x0, 6.35));
            var pitch = Chance(0.5) ? 25.4 / 24 : 25.4 / 18;
            k.Line(Steel, 0.65 * layers * 0.5, 0.8, false, Zigzag(x0 + 2, x1 - point, 6.35, pitch, 0.6));
            var gx = x0 - 1;
            k.Tube(Organic, gx, -gd / 2, gl, gd, wrap * (tape ? 1.4 : 0.5));
            k.Rect(Organic, 2 * wrap * (tape ? 1.4 : 0.5), gx + gl - 3, -gd / 2, 4, gd);
            if (tape)
            {
                k.Tube(Organic, gx + 2, (-gd / 2) + 1, gl - 6, gd - 2, 1.5 * 0.5);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A British Bull Dog revolver (Webley's of 1872 and the many Belgian and American copies, sold in their thousands until 1914 and
        /// among the antique guns that turn up in crime because their rounds can still be made): a 64 mm round barrel 15–16 mm over an
        /// 11.2 mm bore, a solid iron and steel frame (two 4 mm walls round the cylinder window), a five-shot cylinder 36–38 mm across and
        /// 30 mm long (about half steel once bored), its loading gate and the ejector rod under the barrel; a bird's-head grip of
        /// walnut (about 0.65 g/cm³) or chequered hard rubber (about 1.2), a lanyard ring; empty or loaded with .442 or .450 rounds (a
        /// 17.5 mm copper-alloy case 11.6 mm across, a lead bullet of 11.2 mm).
        /// </summary>
        private PixelBox BulldogRevolver(double scale)
        {
            var bl = U(60, 66);
            var od = U(15, 16);
            var cd = U(36, 38);
            const double cl = 30;
            var gl = U(62, 70);
            var loaded = random.Next(0, 6);
            var pen = Lay(-cl - 40, (-cd / 2) - 16, bl + 2, (cd / 2) + 8 + gl + 6, scale);
            var g = new Turned(pen, 0, 0, 0);
            var pr = WSideRevolver(g, bl, od, 11.2, cl, cd, 0.5, Steel, 4, gl, 28, Chance(0.6) ? 0.65 : 1.2, birdsHead: true);
            g.Rect(Steel, 0.8 * 10, -cl - 8, (cd / 2) - 10, 6, 10);
            g.Ring(Steel, 0.8 * 2.5, 2.5, -cl - 26, (cd / 2) + 8 + gl + 1, 4, 3);
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i < loaded; i++)
            {
                var y = pr * Math.Sin(phase + (2 * Math.PI * i / 5));
                CartridgeSide(new Turned(pen, -cl + 12.5, y, 0), 17.5, 11.6, 13, 7.5, 11.2, false, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A TEC-9 pattern pistol (the Intratec TEC-9, DC-9 and AB-10, cheap 9 × 19 mm open-bolt pistols of the 1980s and 90s): 300–320
        /// mm long; a stamped-steel upper receiver (two 1.5 mm walls, 40 mm tall) round a steel bolt (24 mm through the beam, 95 mm long,
        /// forward or cocked) and its recoil spring; a 127 mm barrel (15 mm over 9 mm) in a perforated steel shroud 32 mm across (1 mm,
        /// about a third of it holes), or a short threaded barrel with no shroud on the AB-10; a lower of glass-filled nylon (two 3 mm
        /// walls at about 1.4 g/cm³) with its pistol grip, trigger guard and the magazine well ahead of the guard; a double-stack steel
        /// magazine of 10, 20, 32 or 36 rounds standing down from the well, loaded or not; the cocking knob and a sling loop.
        /// </summary>
        private PixelBox Tec9Pistol(double scale)
        {
            var cap = random.Next(4) switch
            {
                0 => 10,
                1 => 20,
                2 => 32,
                _ => 36,
            };
            var magL = cap switch
            {
                10 => 118.0,
                20 => 168.0,
                32 => 232.0,
                _ => 252.0,
            };
            var shroud = cap != 10 || Chance(0.3);
            var bl = shroud ? 127.0 : 76.0;
            var rounds = random.Next(0, cap + 1);
            var pen = Lay(-182, -26, bl + 2, Math.Max(112, 14 + magL) + 2, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 1.5, -160, -22, 150, 40);
            g.Line(Steel, 30 * 1.5 / 1.5, 1.5, true, SCorners(-159.25, -21.25, 148.5, 38.5));
            var bx = Chance(0.5) ? -108 : -150;
            g.Rect(Steel, 0.8 * 24, bx, -13, 95, 26);
            g.Line(Steel, 0.8 * 1.6 * 2, 1.6, false, Zigzag(bx - 40 < -158 ? -158 : bx - 40, bx, -4, 4, 8));
            g.Tube(Steel, -12, -7.5, bl, 15, 3);
            if (shroud)
            {
                g.Tube(Steel, 8, -16, bl - 20, 32, 1.0 * 0.67);
                g.Rect(Steel, 0.8 * 32, bl - 14, -16, 2, 32);
            }

            g.Rect(Steel, 3, bl - 6, -11, 4, 4);
            g.Rect(Steel, 3, -150, -26, 8, 4);
            g.Ellipse(Steel, 8, bx + 70, -18, 5, 5);
            (double X, double Y)[] lower = [(-160, 18), (-8, 18), (-8, 34), (-160, 36)];
            g.Poly(Organic, 2 * 3 * 1.4, lower);
            g.Line(Organic, 30 * 3 * 1.4 / 2, 2, true, lower);
            var rk = Math.Tan(14 * Math.PI / 180);
            (double X, double Y)[] grip = [(-158, 34), (-124, 34), (-124 - (76 * rk), 110), (-160 - (76 * rk), 110)];
            g.Poly(Organic, 2 * 3 * 1.4, grip);
            g.Line(Organic, 30 * 3 * 1.4 / 2, 2, true, grip);
            g.Line(Organic, 8 * 1.4, 4, false, UArc(-100, 34, 22, 18, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-106, 34), (-101, 34), (-104, 48), (-108, 47));
            (double X, double Y)[] well = [(-56, 34), (-14, 34), (-14, 70), (-56, 70)];
            g.Poly(Organic, 2 * 3 * 1.4, well);
            g.Line(Organic, 30 * 3 * 1.4 / 2, 2, true, well);
            g.Ring(Steel, 0.8 * 3, 3, -166, 0, 5, 5);
            BoxMagazine(pen, -35, 14 + (magL / 2), Math.PI / 2, magL, 34, Math.Min(rounds, cap), true, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            return pen.Box;
        }

        /// <summary>
        /// A nine-shot .22 revolver (the Harrington &amp; Richardson 922, 929 and 999 and the Röhm RG pattern, cheap double-action
        /// revolvers sold for plinking): a 64, 102 or 152 mm barrel 14 mm over a 5.6 mm bore, a solid frame of steel or of die-cast zinc
        /// alloy (two 4 mm walls round the cylinder window), a nine-shot cylinder 37 mm across and 38 mm long (about four fifths metal
        /// once its 5.7 mm chambers are bored), the hammer, trigger and guard; a straight grip of hard plastic (about 1.2 g/cm³) or walnut;
        /// empty or loaded with .22 Long Rifle rounds.
        /// </summary>
        private PixelBox NineShot22Revolver(double scale)
        {
            double[] barrels = [64, 102, 152];
            var bl = barrels[random.Next(3)];
            const double cd = 37;
            const double cl = 38;
            var gl = U(78, 88);
            var zinc = Chance(0.4);
            var loaded = random.Next(0, 10);
            var pen = Lay(-cl - 38, (-cd / 2) - 16, bl + 2, (cd / 2) + 8 + gl + 6, scale);
            var g = new Turned(pen, 0, 0, 0);
            var pr = WSideRevolver(g, bl, 14, 5.6, cl, cd, 0.79, zinc ? ZincAlloy : Steel, 4, gl, 30, Chance(0.6) ? 1.2 : 0.65, birdsHead: false);
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i < loaded; i++)
            {
                var y = pr * Math.Sin(phase + (2 * Math.PI * i / 9));
                BrassRound(new Turned(pen, -cl + 13, y, 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun buried in a bag of rice: a 2 kg bag (about 270 × 180 mm) or a 5 kg one (about 360 × 240 mm) of long-grain rice at
        /// about 0.85 g/cm³ as poured, a polyethylene bag (0.07 mm a side) heat-sealed at its ends, lying flat so the rice is deepest in
        /// the middle and thins toward the edges; in it, wrapped tight in cling film, a striker-fired polymer pistol (compact or full
        /// size, loaded or not) or a small-frame revolver.
        /// </summary>
        private PixelBox PistolInRiceBag(double scale)
        {
            var big = Chance(0.4);
            var (l, w) = big ? (U(350, 370), U(230, 250)) : (U(260, 280), U(175, 190));
            var dep = big ? U(100, 112) : U(70, 80);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            RoundedRect(b, Organic, 2 * 0.07 * 0.92, -l / 2, -w / 2, l, w, 10);
            b.Line(Organic, 8 * 0.07 * 0.92 * 3, 6, false, (-l / 2, -w / 2), (-l / 2, w / 2));
            b.Line(Organic, 8 * 0.07 * 0.92 * 3, 6, false, (l / 2, -w / 2), (l / 2, w / 2));
            ReadOnlySpan<(double F, double Share)> layers = [(0.96, 0.3), (0.84, 0.3), (0.66, 0.25), (0.42, 0.15)];
            foreach (var (f, share) in layers)
            {
                RoundedRect(b, Organic, dep * share * 0.85, -(l - 14) * f / 2, -(w - 8) * f / 2, (l - 14) * f, (w - 8) * f, 30 * f);
            }

            var oa = (Chance(0.5) ? 0 : Math.PI) + U(-0.15, 0.15);
            var revolver = Chance(0.35);
            var slideL = U(165, 187);
            var gripL = U(78, 92);
            var rk = Math.Tan(20 * Math.PI / 180);
            var (ex0, ex1, ey0, ey1) = revolver ? (-78.0, 65.0, -31.0, 95.0) : ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -34.0, gripL + 2);
            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (gx, gy) = (U(-l * 0.08, l * 0.08), U(-w * 0.06, w * 0.06));
            var (ox, oy) = (gx - mx, gy - my);
            pen.Item(() =>
            {
                var film = new Turned(pen, ox, oy, oa);
                film.Poly(Organic, 2 * 6 * 0.012 * 0.92, SCorners(ex0 - 2, ey0 - 2, ex1 - ex0 + 4, ey1 - ey0 + 4));
                if (revolver)
                {
                    TSnubRevolver(pen, ox, oy, oa, Chance(0.4), random.Next(0, 6), U(0, 2 * Math.PI));
                }
                else
                {
                    SStrikerPistol(pen, ox, oy, oa, slideL, 29, gripL, 30, 20, 0, random.Next(0, 16));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A single-shot gun made inside a petrol lighter's case (the "lighter gun" made by hand from a .22 barrel liner): a brass case
        /// 38 × 57 × 13 mm (0.7 mm walls, chromed), its hinged lid; in place of the wick insert a steel block: a barrel (9 mm over a 5.6
        /// mm bore, 34 mm) with its muzzle under the lid, a breech plug, a striker (5 mm) on a 0.8 mm coil spring held by a steel sear
        /// that the lid's cam trips; a .22 Long Rifle round in the chamber on most.
        /// </summary>
        private PixelBox LighterGun(double scale)
        {
            const double h = 57;
            const double w = 38;
            var pen = Lay((-h / 2) - 2, (-w / 2) - 2, (h / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-h / 2, -w / 2, h, w, 4);
            k.Poly(Brass, 2 * 0.7, body);
            k.Line(Brass, 13 * 0.7 / 0.8, 0.8, true, RoundedOutline((-h / 2) + 0.4, (-w / 2) + 0.4, h - 0.8, w - 0.8, 3.6));
            k.Line(Brass, 13 * 0.7 / 0.8, 0.8, false, ((h / 2) - 16, -w / 2), ((h / 2) - 16, w / 2));
            k.Cylinder(Steel, (h / 2) - 19, (w / 2) - 3, 6, 2.5);
            k.Rect(Steel, 0.8 * 11, (h / 2) - 20, (-w / 2) + 4, 3, 8);
            var by = U(-4, 4);
            k.Tube(Steel, (h / 2) - 16 - 34, by - 4.5, 34, 9, 1.7);
            k.Rect(Steel, 0.8 * 12, (-h / 2) + 2, by - 6, 5, 12);
            k.Cylinder(Steel, (-h / 2) + 7, by - 2.5, 10, 5);
            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag((-h / 2) + 7, (-h / 2) + 13, by - 3.5, 1.4, 7));
            k.Rect(Steel, 0.8 * 6, (-h / 2) + 8, by + 5, 14, 3);
            k.Rect(Steel, 0.8 * 10, (-h / 2) + 3, (-w / 2) + 3, 24, 8);
            if (Chance(0.75))
            {
                BrassRound(new Turned(pen, (h / 2) - 16 - 34 + 12.7, by, 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A tri-fold phone (the Huawei Mate XT class, on sale since 2024): three panels 156–158 mm long and 73 mm wide on two hinges
        /// of titanium alloy and steel (each a 6 mm barrel along the panel's length), 3.6–4.8 mm thick each; the main panel holds the
        /// logic board, the cameras (a 50 MP main camera, a periscope and an ultra-wide) and a share of the 5600 mAh split between three
        /// flat cells, one in each panel (see <see cref="WPanel"/>); a back of fibre-reinforced plastic (0.8 mm at about 1.3 g/cm³).
        /// Folded (156 × 73 × 12.8 mm, the three panels one over another, a hinge along each long side) or opened flat (156 × 219 mm).
        /// </summary>
        private PixelBox TriFoldPhone(double scale)
        {
            var l = U(156, 158);
            const double w = 73;
            var open = Chance(0.3);
            var span = open ? (3 * w) + 2 : w + 8;
            var pen = Lay((-l / 2) - 2, (-span / 2) - 2, (l / 2) + 2, (span / 2) + 2, scale);
            var main = open ? -w - 1 : 0.0;
            var cell = 2.6;
            for (var i = 0; i < 3; i++)
            {
                var y = open ? (i - 1) * (w + 1) : 0;
                var p = new Turned(pen, 0, y, 0);
                WPanel(p, l, w, i == 0 ? 4.8 : 3.6, cell, i == 0);
            }

            var m = new Turned(pen, 0, main, 0);
            RoundedRect(m, Organic, 0.8 * 1.3, -l / 2, -w / 2, l, w, 6);
            SCamera(m, (-l / 2) + 16, (-w / 2) + 16, 12, true);
            SCamera(m, (-l / 2) + 16, (-w / 2) + 32, 10, false);
            m.Rect(Steel, 0.25, (-l / 2) + 26, (-w / 2) + 8, 30, 11);
            m.Rect(Glass, 1.6, (-l / 2) + 28, (-w / 2) + 9, 8, 9);
            SCamera(m, (-l / 2) + 16, (-w / 2) + 48, 9, false);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var hy = open ? s * ((w / 2) + 0.5) : s * ((w / 2) + 1);
                var h = new Turned(pen, 0, hy, 0);
                if (open)
                {
                    h.Rect(Titanium, 2.5, (-l / 2) + 4, -4, l - 8, 8);
                    h.Rect(Steel, 1.2, (-l / 2) + 10, -2.5, 22, 5);
                    h.Rect(Steel, 1.2, (l / 2) - 32, -2.5, 22, 5);
                }
                else
                {
                    h.Cylinder(Titanium, (-l / 2) + 4, -3, l - 8, 6, 0.7);
                    h.Cylinder(Steel, (-l / 2) + 10, -2.5, 22, 5, 0.6);
                    h.Cylinder(Steel, (l / 2) - 32, -2.5, 22, 5, 0.6);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A rugged phone built round a very large battery (the Oukitel, Ulefone and Blackview "power" phones: 13000–22000 mAh,
        /// 450–580 g): 172–180 × 81–86 × 18–22 mm; 1 mm toughened glass over the display, an aluminium-alloy frame (1.5 mm, about half of
        /// its depth wall) under a polycarbonate and rubber shell (two 1.5 mm walls at about 1.2 g/cm³, its corners 20 mm bumpers of
        /// rubber), a pouch cell as much as 13 mm thick over most of its length (about 0.72 Wh per cm³), the logic board and its shield
        /// cans, a 2 W speaker with a large magnet, steel screws round its back, a camera island of three or four cameras and a lanyard
        /// loop with a steel carabiner on some.
        /// </summary>
        private PixelBox EndurancePhone(double scale)
        {
            var l = U(172, 180);
            var w = U(81, 86);
            var depth = U(18, 22);
            var mah = U(13000, 22000);
            var clip = Chance(0.3);
            var pen = Lay((-l / 2) - (clip ? 30 : 2), (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            RoundedRect(p, Glass, 1.0, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, 6);
            RoundedRect(p, Organic, 2 * 1.5 * 1.2, -l / 2, -w / 2, l, w, 10);
            p.Line(Organic, depth * 1.2 * 0.8, 2.5, true, RoundedOutline((-l / 2) + 1.25, (-w / 2) + 1.25, l - 2.5, w - 2.5, 9));
            p.Line(Aluminium, depth * 0.5, 2, true, RoundedOutline((-l / 2) + 3.5, (-w / 2) + 3.5, l - 7, w - 7, 7));
            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                p.Rect(Organic, depth * 0.6 * 1.2, (sx * (l / 2)) - (sx > 0 ? 18 : 0), (sy * (w / 2)) - (sy > 0 ? 18 : 0), 18, 18);
            }

            RoundedRect(p, Aluminium, 0.5, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 5);
            var bw = w - 16;
            var t = Math.Min(13, 5 + (mah / 2500));
            var bl = Math.Min(mah * 3.87 / 0.72 / t / bw, l - 74);
            var bx = (l / 2) - 26 - bl;
            SPouchCell(p, bx, -bw / 2, bl, bw, t);
            var board = bx - (-l / 2) - 8;
            p.Rect(Mixed, 0.7, (-l / 2) + 4, (-w / 2) + 5, board, w - 10);
            p.Rect(Brass, 0.08, (-l / 2) + 4, (-w / 2) + 5, board, w - 10);
            for (var i = random.Next(2, 4); i > 0; i--)
            {
                p.Rect(Steel, 0.2, U((-l / 2) + 5, (-l / 2) + board - 14), U(-w / 4, (w / 2) - 22), 14, U(10, 18));
            }

            for (var i = random.Next(6, 12); i > 0; i--)
            {
                p.Rect(Steel, U(0.3, 0.9), U((-l / 2) + 5, (-l / 2) + board), U((-w / 2) + 6, (w / 2) - 9), U(1.5, 5), U(1.5, 4));
            }

            var cams = random.Next(3, 5);
            RoundedRect(p, Steel, 0.3, (-l / 2) + 8, (-w / 2) + 8, 22, (cams * 13) + 4, 4);
            for (var i = 0; i < cams; i++)
            {
                SCamera(p, (-l / 2) + 19, (-w / 2) + 16 + (i * 13), i == 0 ? 11 : 9, i == 0);
            }

            p.Rect(Steel, 3.5, (l / 2) - 22, (w / 2) - 26, 14, 18);
            p.Rect(Steel, 1.0, (l / 2) - 9, -5, 8, 10);
            p.Rect(Steel, 0.6, (l / 2) - 50, (-w / 2) + 6, 22, 12);
            for (var i = 0; i < 8; i++)
            {
                var (sx, sy) = (i % 4 * (l - 24) / 3, i < 4 ? 6.0 : w - 6);
                p.Ellipse(Steel, 2.5, (-l / 2) + 12 + sx, (-w / 2) + sy, 1.3, 1.3);
            }

            if (clip)
            {
                p.Ring(Steel, 0.8 * 4, 4, (-l / 2) - 16, 0, 12, 7);
                p.Rect(Steel, 0.8 * 4, (-l / 2) - 8, -6, 4, 4);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone with a transparent back (the Nothing Phone class, 2022–24): 159–162 × 75.5–76.5 × 8.3–8.6 mm, glass front and
        /// back, an aluminium frame, a 4500–4700 mAh cell, a wireless-charging coil and the rest of a slab phone (see <see cref="SPhone"/>);
        /// under the clear back a 0.5 mm polycarbonate inner cover held by fifteen or more exposed steel screws, and on it the light
        /// strips: flexible circuits (0.1 mm polyimide and 35 µm copper) round the coil, across the back and at its foot, carrying rows
        /// of small LEDs; two cameras side by side; in a clear case on some.
        /// </summary>
        private PixelBox GlyphBackPhone(double scale)
        {
            var l = U(159, 162);
            var w = U(75.5, 76.5);
            var depth = U(8.3, 8.6);
            var cased = Chance(0.35);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 9, Aluminium, depth, true, U(4500, 4700), true);
            RoundedRect(p, Organic, 0.5 * 1.2, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, 7);
            SCamera(p, (-l / 2) + 14, (-w / 2) + 14, 12, true);
            SCamera(p, (-l / 2) + 14, (-w / 2) + 30, 10, false);
            void Strip(params (double X, double Y)[] path)
            {
                p.Line(Organic, 0.1 * 1.4, 3, false, path);
                p.Line(Brass, 0.035, 2, false, path);
            }

            Strip(UArc(8, 0, 21, 21, 0, 2 * Math.PI, 24));
            Strip(((-l / 2) + 24, (w / 2) - 22), (-6, (w / 2) - 10));
            Strip(((l / 2) - 14, -3), ((l / 2) - 14, 3));
            Strip(UArc((-l / 2) + 22, (-w / 2) + 22, 17, 17, Math.PI / 2, Math.PI * 1.5, 10));
            for (var i = 0; i < 40; i++)
            {
                var a = 2 * Math.PI * i / 40;
                p.Rect(Brass, 0.25, 8 + (21 * Math.Cos(a)) - 0.6, (21 * Math.Sin(a)) - 0.6, 1.2, 1.2);
            }

            for (var i = 0; i < 16; i++)
            {
                var f = i / 15.0;
                var (x, y) = i < 8 ? ((-l / 2) + 6 + (f * 2 * (l - 12)), (-w / 2) + 6) : ((-l / 2) + 6 + ((f - 0.53) * 2 * (l - 12)), (w / 2) - 6);
                p.Ellipse(Steel, 1.6, x, y, 1.1, 1.1);
            }

            if (cased)
            {
                SPhoneCase(p, l, w, 9, depth);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone buried in the powder of an 800 g tin of baby formula: a tinplate tin 124–128 mm across and 168–178 mm tall (a 0.2 mm
        /// body, a 0.25 mm base, rolled chimes three layers deep), its polypropylene lid (2 mm) and the torn foil seal, 40–75 % full of
        /// milk powder at about 0.55 g/cm³ as it settles, its scoop (1.2 mm polypropylene) on the powder; the tin lying on its side with a
        /// slab smartphone or a thumb-sized phone flat in the powder along it, or standing with a thumb phone flat at its bottom or a
        /// phone standing on its end in the powder.
        /// </summary>
        private PixelBox PhoneInFormulaTin(double scale)
        {
            var d = U(124, 128);
            var h = U(168, 178);
            var r = d / 2;
            var fill = U(0.4, 0.75);
            var slab = Chance(0.5);
            var (pl, pw, pd) = slab ? (Math.Min(U(146, 160), h - 16), U(70, 75), U(7.5, 8.5)) : (U(46, 72), U(20, 24), U(11, 14));
            if (Chance(0.5))
            {
                var pen = Lay((-h / 2) - 3, -r - 3, (h / 2) + 3, r + 3, scale);
                var k = new Turned(pen, 0, 0, 0);
                k.Tube(Steel, -h / 2, -r, h, d, 0.2);
                k.Rect(Steel, 0.8 * d * 0.25 / 1.0, -h / 2, -r, 1.0, d);
                k.Rect(Organic, 0.8 * d * 2 * 0.9 / 2, (h / 2) - 1, -r, 2, d);
                k.Tube(Steel, (-h / 2) - 0.5, -r - 1, 3, d + 2, 0.6);
                k.Tube(Steel, (h / 2) - 4, -r - 1, 3, d + 2, 0.6);
                k.Tube(Organic, (h / 2) - 12, -r - 1.5, 12, d + 3, 2 * 0.9);
                LyingFill(k, Organic, (-h / 2) + 1, h - 8, d - 1, fill, 0.55);
                k.Rect(Organic, 2 * 1.2 * 0.9, U(-h / 4, h / 8), -r + 8, 60, 40);
                var a = (Chance(0.5) ? 0 : Math.PI) + U(-0.1, 0.1);
                pen.Item(() =>
                {
                    var q = new Turned(pen, U(-6, 6), U(-r * 0.15, r * 0.15), a);
                    if (slab)
                    {
                        SPhone(q, pl, pw, 9, Aluminium, pd, Chance(0.6), U(3000, 4500), Chance(0.4));
                        SCamera(q, (-pl / 2) + 12, (-pw / 2) + 12, 10, true);
                    }
                    else
                    {
                        ThumbHandset(q, pl, pw, pd);
                    }
                });
                return pen.Box;
            }

            var up = Lay(-r - 3, -r - 3, r + 3, r + 3, scale);
            var u = new Turned(up, 0, 0, 0);
            WStanding(u, Steel, r, h, 0.2, 0.25);
            u.Ellipse(Organic, 2 * 0.9, 0, 0, r + 1, r + 1);
            u.Ring(Organic, 12 * 2 * 0.9 / 2, 2, 0, 0, r, r);
            u.Ellipse(Aluminium, 0.04, 0, 0, r - 3, r - 3);
            u.Ellipse(Organic, (h - 6) * fill * 0.55, 0, 0, r - 0.5, r - 0.5);
            var sa = U(0, 2 * Math.PI);
            var s = new Turned(up, (r - 22) * Math.Cos(sa), (r - 22) * Math.Sin(sa), sa + Math.PI);
            s.Ellipse(Organic, (2 * 1.2 * 0.9) + (38 * 1.2 * 0.9 / 4), 0, 0, 19, 19);
            s.Rect(Organic, 2 * 1.2 * 0.9, 19, -5, 45, 10);
            var turn = U(0, 2 * Math.PI);
            up.Item(() =>
            {
                if (!slab && Chance(0.5))
                {
                    ThumbHandset(new Turned(up, U(-8, 8), U(-8, 8), turn), pl, pw, pd);
                }
                else
                {
                    PhoneEndOn(new Turned(up, U(-10, 10), U(-10, 10), turn), pl, pw, pd);
                }
            });

            return up.Box;
        }

        /// <summary>
        /// A phone packed inside a sandwich wrapped in kitchen foil, as a visitor's packed lunch: either a square sandwich (two slices of
        /// bread 110–120 × 105–115 mm and 12–15 mm thick at about 0.28 g/cm³, 6–10 mm of filling at about 0.95) with a thumb-sized phone
        /// in the filling, or a filled sub roll (200–240 × 70–80 mm, 55–65 mm deep) with a compact smartphone in it; the foil (16 µm
        /// aluminium) two layers over each face and crumpled six to ten layers deep along its folds.
        /// </summary>
        private PixelBox PhoneInFoilSandwich(double scale)
        {
            var roll = Chance(0.4);
            var (l, w) = roll ? (U(200, 240), U(70, 80)) : (U(110, 120), U(105, 115));
            var pen = Lay((-l / 2) - 4, (-w / 2) - 4, (l / 2) + 4, (w / 2) + 4, scale);
            var s = new Turned(pen, 0, 0, 0);
            var filling = U(6, 10);
            if (roll)
            {
                var dep = U(55, 65);
                var outline = RoundedOutline(-l / 2, -w / 2, l, w, w * 0.45);
                RoundSection(s, Organic, outline, 0, 0, dep, 0.28);
                RoundedRect(s, Organic, filling * 0.95, (-l / 2) + 12, (-w / 2) + 10, l - 24, w - 20, 8);
            }
            else
            {
                RoundedRect(s, Organic, 2 * U(12, 15) * 0.28, -l / 2, -w / 2, l, w, 8);
                s.Line(Organic, 2 * 12 * 0.5, 4, true, RoundedOutline((-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, 7));
                RoundedRect(s, Organic, filling * 0.95, (-l / 2) + 6, (-w / 2) + 6, l - 12, w - 12, 6);
            }

            var foil = RoundedOutline((-l / 2) - 3, (-w / 2) - 3, l + 6, w + 6, 6);
            s.Poly(Aluminium, 4 * 0.016, foil);
            s.Line(Aluminium, 8 * 0.016 * 3, 3, true, RoundedOutline((-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, 5));
            s.Line(Aluminium, 10 * 0.016, 5, false, (U(-l / 3, 0), (-w / 2) - 1), (U(0, l / 3), w / 2));
            var a = (Chance(0.5) ? 0 : Math.PI) + U(-0.05, 0.05);
            pen.Item(() =>
            {
                var q = new Turned(pen, U(-4, 4), U(-3, 3), roll ? a : U(0, 2 * Math.PI));
                if (roll)
                {
                    var pl = U(130, 140);
                    var pw = U(62, 65);
                    SPhone(q, pl, pw, 8, Aluminium, U(7.3, 8), true, U(2000, 3000), false);
                    SCamera(q, (-pl / 2) + 10, (-pw / 2) + 10, 9, true);
                }
                else
                {
                    ThumbHandset(q, U(46, 72), U(20, 24), U(11, 14));
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// One 9 mm P.A.K. blank seen end-on, centred at (<paramref name="cx"/>, <paramref name="cy"/>) with the beam down its length: the
        /// solid head and primer, the 0.35 mm brass wall crossed along its 14.5 mm of straight body, the star crimp's six petals crossed
        /// at a slant and overlapping at its middle, and its 0.2 g of powder.
        /// </summary>
        private static void WBlankEndOn(Turned part, double cx, double cy)
        {
            part.Ellipse(Brass, 2.5 + 0.35, cx, cy, 4.95, 4.95);
            part.Ring(Brass, 14.5 * 0.35 / 0.8, 0.8, cx, cy, 4.55, 4.55);
            part.Ellipse(Brass, 0.5, cx, cy, 4.6, 4.6);
            part.Ellipse(Brass, 0.7, cx, cy, 1.5, 1.5);
            part.Ellipse(Organic, 3.5, cx, cy, 4.2, 4.2);
        }

        /// <summary>One 9 mm P.A.K. blank lying on its side along its part's x, centred on the origin, its crimp toward +x (see <see cref="WBlankEndOn"/>).</summary>
        private static void WBlankSide(Turned c)
        {
            c.Rect(Brass, 0.8 * 9.9, -11, -4.95, 1.2, 9.9);
            c.Rect(Brass, 0.8 * 8, -9.8, -4, 1.2, 8);
            c.Rect(Brass, 0.6 * 9.9, -8.6, -4.95, 1.3, 9.9);
            c.Tube(Brass, -7.3, -4.95, 13.3, 9.9, 0.35);
            c.Poly(Brass, 2 * 0.35 * 1.4, (6, -4.95), (11, -0.8), (11, 0.8), (6, 4.95));
            c.Cylinder(Organic, -7, -3.5, 6, 7, 0.9);
        }

        /// <summary>
        /// 9 mm P.A.K. blank cartridges (for blank-firing pistols, sold to adults across much of Europe and found in Britain with
        /// blank-firers converted and not): a drawn brass or nickel-plated case 9.9 mm across and 22 mm long (0.35 mm walls, a solid
        /// head with its extraction groove), its mouth closed by a six-petal star crimp over about 5 mm, about 0.2 g of powder and no
        /// bullet; 20–50 standing in their polypropylene box of fifty (1.2 mm walls at about 0.9 g/cm³, 26 mm deep, a moulded 10 × 5
        /// tray, the beam down each case), or 5–15 loose, lying on their sides.
        /// </summary>
        private PixelBox BlankCartridges(double scale)
        {
            if (Chance(0.55))
            {
                const double pitch = 11.5;
                const double bx = (5 * pitch) + 2;
                const double by = (2.5 * pitch) + 2;
                var pen = Lay(-bx - 1, -by - 1, bx + 1, by + 1, scale);
                var b = new Turned(pen, 0, 0, 0);
                SheetBox(b, Organic, -bx, -by, 2 * bx, 2 * by, 26, 1.2, 0.9, 3);
                for (var i = 1; i < 10; i++)
                {
                    b.Line(Organic, 22 * 0.6 * 0.9 / 0.8, 0.8, false, (-bx + 2 + (i * pitch), -by + 2), (-bx + 2 + (i * pitch), by - 2));
                }

                for (var j = 1; j < 5; j++)
                {
                    b.Line(Organic, 22 * 0.6 * 0.9 / 0.8, 0.8, false, (-bx + 2, -by + 2 + (j * pitch)), (bx - 2, -by + 2 + (j * pitch)));
                }

                var count = random.Next(20, 51);
                foreach (var cell in Enumerable.Range(0, 50).OrderBy(_ => random.Next()).Take(count))
                {
                    WBlankEndOn(b, -bx + 2 + (((cell % 10) + 0.5) * pitch), -by + 2 + (((cell / 10) + 0.5) * pitch));
                }

                return pen.Box;
            }

            var loose = Lay(-46, -46, 46, 46, scale);
            for (var i = random.Next(5, 16); i > 0; i--)
            {
                WBlankSide(new Turned(loose, U(-32, 32), U(-32, 32), U(0, 2 * Math.PI)));
            }

            return loose.Box;
        }

        /// <summary>
        /// A nano SIM hidden in a locket: a locket 24–32 × 20–27 mm (oval, round or heart-shaped) of sterling silver or gold-plated
        /// brass, two hinged halves of 0.4 mm sheet 6–8 mm deep together, each with a glazed photo frame (a 0.3 mm bezel, 0.2 mm of
        /// acetate and a photograph), its hinge and bail; its chain (460–510 mm of 1.2–1.6 mm links, about 60 % metal across the line)
        /// coiled beside it; under the photograph in one half a nano SIM (12.3 × 8.8 mm; see <see cref="SimChip"/>); in a jeweller's
        /// gift box (1 mm card at about 0.7 g/cm³, 28–35 mm deep, a flocked foam insert at about 0.1) on some.
        /// </summary>
        private PixelBox SimInLocket(double scale)
        {
            var boxed = Chance(0.4);
            var lw = U(24, 32);
            var lh = U(20, 27);
            var dep = U(6, 8);
            var metal = Chance(0.55) ? Silver : Brass;
            var half = boxed ? 40.0 : 56.0;
            var pen = Lay(-half, -half, half, half, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (boxed)
            {
                SheetBox(k, Organic, -38, -38, 76, 76, U(28, 35), 1.0, 0.7, 4);
                RoundedRect(k, Organic, 25 * 0.1, -36, -36, 72, 72, 3);
            }

            var (lx, ly) = boxed ? (0.0, 6.0) : (U(-12, 12), U(-12, 12));
            var la = U(0, 2 * Math.PI);
            var loc = new Turned(pen, lx, ly, la);
            (double X, double Y)[] outline = random.Next(3) switch
            {
                0 => [.. Enumerable.Range(0, 24).Select(i => 2 * Math.PI * i / 24).Select(a => (lw / 2 * Math.Cos(a), lh / 2 * Math.Sin(a)))],
                1 => [.. Enumerable.Range(0, 24).Select(i => 2 * Math.PI * i / 24).Select(a => (lh / 2 * Math.Cos(a), lh / 2 * Math.Sin(a)))],
                _ =>
                [
                    .. Enumerable.Range(0, 24).Select(i => 2 * Math.PI * i / 24)
                        .Select(t => (lw / 34 * 16 * Math.Pow(Math.Sin(t), 3),
                            lh / 30 * -((13 * Math.Cos(t)) - (5 * Math.Cos(2 * t)) - (2 * Math.Cos(3 * t)) - Math.Cos(4 * t)))),
                ],
            };
            loc.Poly(metal, (4 * 0.4) + (2 * 0.3), outline);
            loc.Line(metal, dep * 0.4 / 0.6, 0.6, true, Shrunk(outline, 0, 0, 0.98, 0.98));
            loc.Poly(Organic, (2 * 0.2 * 1.3) + (2 * 0.2 * 0.9), Shrunk(outline, 0, 0, 0.8, 0.8));
            var top = outline.Min(p => p.Y);
            loc.Ring(metal, 0.8 * 1.2, 1.2, 0, top - 3, 2.5, 2.5);
            loc.Rect(metal, 0.8 * 1.6 * 2, outline.Min(p => p.X) - 1, -4, 2, 8);
            var link = U(1.2, 1.6);
            var (cx, cy, rc) = boxed ? (0.0, -2.0, U(22, 28)) : (U(-8, 8), U(-8, 8), U(30, 40));
            var phase = U(0, 2 * Math.PI);
            var turns = 480 / (2 * Math.PI * rc);
            var chain = Enumerable.Range(0, 60).Select(i => i / 59.0)
                .Select(f => phase + (2 * Math.PI * turns * f))
                .Select(a => (cx + ((rc + (5 * Math.Sin(3 * a))) * Math.Cos(a)), cy + ((rc * 0.85) + (4 * Math.Cos(2 * a))) * Math.Sin(a))).ToArray();
            k.Line(metal, 0.8 * link * 0.6, link, false, chain);
            pen.Item(() => SimChip(SWithin(pen, lx, ly, la, U(-2, 2), U(-1.5, 1.5), U(-0.2, 0.2)), 12.3, 8.8));
            return pen.Box;
        }

        /// <summary>
        /// An injecting kit for anabolic steroids as gym users carry one: a zipped pencil case (two 0.6 mm layers of nylon at about 0.6
        /// g/cm³, a zip of steel teeth) or a clear grip-seal bag (0.05 mm a side), about 200 × 90 mm; in it two to five 2 or 3 ml syringes
        /// with no needle fitted (see <see cref="WSyringe"/>), three to eight needles in their sheaths (green 21 gauge 38 mm to draw up,
        /// blue 23 gauge 25–32 mm or orange 25 gauge 16 mm to inject; see <see cref="WNeedle"/>), one to three 10 ml amber glass vials
        /// (24 mm across and 50 mm tall, 1 mm walls, a 2 mm base, a grey rubber stopper and its 0.2 mm aluminium crimp) of oil at about
        /// 0.92 g/cm³, and alcohol swabs in foil sachets. The syringes and needles are the item; the vials, swabs and case are packed with
        /// them.
        /// </summary>
        private PixelBox SteroidInjectionKit(double scale)
        {
            const double l = 200;
            const double w = 90;
            var pen = Lay((-l / 2) - 4, (-w / 2) - 4, (l / 2) + 4, (w / 2) + 4, scale);
            var c = new Turned(pen, 0, 0, 0);
            if (Chance(0.55))
            {
                RoundedRect(c, Organic, 2 * 2 * 0.6 * 0.6, -l / 2, -w / 2, l, w, 10);
                c.Line(Organic, 2 * 0.6 * 0.6 * 3, 3, true, RoundedOutline((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3, 9));
                SteelZip(c, (l / 2) - 12, (-w / 2) - 8, ((-l / 2) + 8, -w / 2), ((l / 2) - 8, -w / 2));
            }
            else
            {
                VFilmBag(c, -l / 2, -w / 2, l, w, 0.05, 0.92);
            }

            var vials = random.Next(1, 4);
            for (var i = 0; i < vials; i++)
            {
                var v = new Turned(pen, (l / 2) - 36 + U(-2, 2), (-w / 2) + 16 + (i * 28), U(-0.1, 0.1) + (Chance(0.5) ? 0 : Math.PI));
                v.Tube(Glass, -25, -12, 50, 24, 1.0);
                v.Rect(Glass, 0.8 * 24 * 2 / 2, -25, -12, 2, 24);
                v.Tube(Glass, 17, -7, 8, 14, 1.5);
                LyingFill(v, Organic, -23, 38, 22, U(0.3, 0.9), 0.92);
                v.Cylinder(Organic, 17, -7, 7, 14, 1.3);
                v.Tube(Aluminium, 18, -7.5, 7, 15, 0.2);
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var s = new Turned(pen, U(-60, 20), U(-25, 25), U(0, 2 * Math.PI));
                s.Rect(Aluminium, 2 * 0.009, -15, -15, 30, 30);
                s.Rect(Organic, 2 * 0.06 * 0.9, -15, -15, 30, 30);
                s.Line(Organic, 2, 3, true, SCorners(-13.5, -13.5, 27, 27));
            }

            var syringes = random.Next(2, 6);
            var needles = random.Next(3, 9);
            pen.Item(() =>
            {
                for (var i = 0; i < syringes; i++)
                {
                    var three = Chance(0.5);
                    var (bd, bl) = three ? (10.2, 55.0) : (9.8, 50.0);
                    var at = U(bl * 0.4, bl - 8);
                    var s = new Turned(pen, (-l / 2) + 14 + (0.6 * bl), (-w / 2) + 12 + (i * (w - 24) / Math.Max(1, syringes - 1)) + U(-2, 2), U(-0.05, 0.05));
                    WSyringe(s, bd, bl, at);
                }

                for (var i = 0; i < needles; i++)
                {
                    var (od, len) = random.Next(3) switch
                    {
                        0 => (0.8, 38.0),
                        1 => (0.6, U(25, 32)),
                        _ => (0.5, 16.0),
                    };
                    var s = new Turned(pen, U(-4, 6), (-w / 2) + 10 + (i * (w - 20) / Math.Max(1, needles - 1)), U(-0.3, 0.3));
                    WNeedle(s, od, len);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A rechargeable arc lighter (the USB "plasma" lighters sold everywhere as windproof): either a pocket one, 70–80 × 35–40 × 12–14
        /// mm in a case of zinc alloy or aluminium (two 1.2 mm walls, its sides seen edge-on) with a flip lid, two pairs of electrodes
        /// (1.2 mm tungsten-steel wire) on an alumina block, a high-voltage transformer (a ferrite core with its copper windings), the
        /// charging board and USB-C socket and a 220–400 mAh lithium-polymer pouch cell about 40 × 25 × 5 mm; or a candle lighter
        /// 190–230 mm long (an ABS body with 2 mm walls, a 400–500 mAh cell in its handle, a flexible neck of steel spring and the
        /// electrodes in a steel tip). The cell is the item; the lighter round it holds it.
        /// </summary>
        private PixelBox ArcLighter(double scale)
        {
            if (Chance(0.65))
            {
                var l = U(70, 80);
                var w = U(35, 40);
                var d = U(12, 14);
                var metal = Chance(0.55) ? ZincAlloy : Aluminium;
                var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
                var k = new Turned(pen, 0, 0, 0);
                var body = RoundedOutline(-l / 2, -w / 2, l, w, 5);
                k.Poly(metal, 2 * 1.2, body);
                k.Line(metal, d * 1.2 / 1.2, 1.2, true, RoundedOutline((-l / 2) + 0.6, (-w / 2) + 0.6, l - 1.2, w - 1.2, 4.4));
                k.Line(metal, d * 1.2 / 1.2, 1.2, false, ((l / 2) - 18, -w / 2), ((l / 2) - 18, w / 2));
                k.Cylinder(Steel, (l / 2) - 21, (w / 2) - 3, 6, 2.5);
                k.Rect(Glass, 8 * 3.9 / 2.5, (l / 2) - 16, -8, 8, 16);
                foreach (var y in new[] { -5.0, -2.0, 2.0, 5.0 })
                {
                    k.Line(Steel, 0.8 * 1.2, 1.2, false, ((l / 2) - 16, y), ((l / 2) - 4, y * 0.4));
                }

                k.Rect(Steel, 0.65 * 10, (l / 2) - 32, -6, 12, 12);
                k.Rect(Brass, 0.8 * 4, (l / 2) - 30, -7, 8, 14);
                k.Rect(Mixed, 0.6, (-l / 2) + 3, (-w / 2) + 3, 18, w - 6);
                k.Rect(Brass, 0.08, (-l / 2) + 3, (-w / 2) + 3, 18, w - 6);
                k.Rect(Steel, 0.9, (-l / 2) + 0.5, -4.5, 7, 9);
                pen.Item(() => SPouchCell(k, (-l / 2) + 23, -12.5, 38, 25, U(4.5, 5.5)));
                return pen.Box;
            }

            var len = U(190, 230);
            var lamp = Lay((-len / 2) - 2, -16, (len / 2) + 2, 16, scale);
            var c = new Turned(lamp, 0, 0, 0);
            var hl = 120.0;
            var x0 = -len / 2;
            c.Tube(Organic, x0, -14, hl, 28, 2 * 1.05);
            c.Rect(Organic, 0.8 * 28 * 2 * 1.05 / 2, x0, -14, 2, 28);
            c.Rect(Mixed, 0.6, x0 + 70, -9, 40, 18);
            c.Rect(Brass, 0.08, x0 + 70, -9, 40, 18);
            c.Rect(Steel, 0.65 * 9, x0 + 95, -5, 10, 10);
            c.Rect(Brass, 0.8 * 4, x0 + 96, -6, 8, 12);
            c.Rect(Steel, 0.9, x0 + 2, -4.5, 7, 9);
            c.Rect(Steel, 1.5, x0 + 50, 10, 12, 4);
            var neck = len - hl - 22;
            c.Tube(Steel, x0 + hl, -4.5, neck, 9, 0.5);
            c.Line(Steel, 0.8 * 1.0 * 2, 1.0, false, Zigzag(x0 + hl, x0 + hl + neck, -4.5, 1.6, 9));
            c.Tube(Steel, x0 + hl + neck, -4, 22, 8, 0.4);
            c.Rect(Glass, 6 * 3.9 / 2.5, (len / 2) - 12, -3, 8, 6);
            lamp.Item(() => SPouchCell(c, x0 + 14, -10, 52, 20, U(5.5, 6.5)));
            return lamp.Box;
        }

        /// <summary>
        /// A 115 mm angle grinder (the Bosch GWS 7-115 and Makita GA4530 class, 700–900 W), a tool for cutting steel bar: 270–300 mm long;
        /// a motor housing of glass-filled nylon (62 mm across, 2.5 mm walls at about 1.4 g/cm³) round the motor (a laminated-iron
        /// armature 35 mm across and 45 mm long with its copper windings, the stator's laminations and field coils, the commutator, a
        /// steel shaft, two ball bearings, the cooling fan), its slide switch and the lead's strain relief; a die-cast aluminium gear
        /// head (3.5 mm walls) with a steel bevel pinion, crown wheel and an M14 spindle; a pressed-steel guard (1.2 mm) over half the
        /// disc; a 115 mm cutting disc (1–1.6 mm of resin-bonded abrasive at about 2.6 g/cm³, counted as glass) or grinding disc (6 mm)
        /// between its steel flanges; the side handle (an M8 steel stud, a polypropylene grip) on some, and 1–1.5 m of the lead coiled
        /// by it. Lying on its guard with the disc face-on, or on its side with the disc edge-on.
        /// </summary>
        private PixelBox AngleGrinder(double scale)
        {
            var hl = U(170, 190);
            var discT = Chance(0.6) ? U(1.0, 1.6) : 6;
            var handle = Chance(0.5);
            var faceOn = Chance(0.55);
            var pen = Lay(-hl - 12, -62 - (handle ? 95 : 0), 92, 64, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Tube(Organic, -hl, -31, hl, 62, 2.5 * 1.4);
            g.Rect(Organic, 0.8 * 40 * 2.5 * 1.4 / 3, -hl - 10, -10, 12, 20);
            g.Cylinder(Steel, -hl + 55, -17.5, 45, 35, 0.95);
            g.Cylinder(Brass, -hl + 55, -17.5, 45, 35, 0.3);
            g.Tube(Steel, -hl + 52, -27, 52, 54, 3.5);
            g.Rect(Brass, 0.8 * 18, -hl + 55, -24, 45, 8);
            g.Rect(Brass, 0.8 * 18, -hl + 55, 16, 45, 8);
            g.Cylinder(Brass, -hl + 35, -10, 16, 20, 0.6);
            g.Rect(Steel, 3, -hl + 38, -16, 8, 6);
            g.Rect(Steel, 3, -hl + 38, 10, 8, 6);
            g.Cylinder(Steel, -hl + 20, -4, hl - 10, 8);
            g.Cylinder(Steel, -hl + 22, -11, 9, 22, 0.6);
            g.Cylinder(Steel, -12, -13, 10, 26, 0.6);
            g.Cylinder(Organic, -hl + 105, -28, 12, 56, 0.5 * 1.4);
            g.Rect(Steel, 0.8 * 6, -hl + 60, -34, 50, 3);
            g.Rect(Mixed, 2 * 3.5, -2, -32, 58, 58);
            g.Line(Aluminium, 45 * 3.5 / 3, 3, true, SCorners(-0.5, -30.5, 55, 55));
            g.Cylinder(Steel, -2, -8, 22, 16, 0.8);
            const double sx = 30;
            if (faceOn)
            {
                g.Ellipse(Steel, 12, sx, 0, 21, 21);
                g.Ellipse(Steel, 0.8 * 40, sx, 0, 7, 7);
                (double X, double Y)[] guard = [.. Enumerable.Range(0, 15).Select(i => (Math.PI / 2) + (Math.PI * i / 14.0)).Select(a => (sx + (62 * Math.Cos(a)), 62 * Math.Sin(a)))];
                g.Poly(Steel, 1.2, guard);
                g.Line(Steel, 25 * 1.2 / 1.5, 1.5, false, guard);
                g.Ellipse(Glass, discT * 2.6 / 2.5, sx, 0, 57.5, 57.5);
                g.Ellipse(Steel, 2 * 3, sx, 0, 17, 17);
            }
            else
            {
                g.Rect(Steel, 0.8 * 40, sx - 7, 27, 14, 14);
                var d = new Turned(pen, sx, 41, 0);
                d.Rect(Steel, 0.8 * 34 * 0.9, -17, 0, 34, 4);
                var disc = new Turned(pen, sx - 57.5, 45 + discT, -Math.PI / 2);
                disc.Cylinder(Glass, 0, 0, discT, 115, 2.6 / 2.5);
                g.Rect(Steel, 0.8 * 34 * 0.9, sx - 17, 45 + discT, 34, 4);
                g.Rect(Steel, 62 * 0.75, sx - 62, 25, 62, 1.2);
                g.Rect(Steel, 2 * 1.2 * 3, sx - 62, 25, 3, 20);
            }

            if (handle)
            {
                var h = new Turned(pen, 10, -32, -Math.PI / 2);
                h.Cylinder(Steel, 0, -4, 20, 8);
                h.Tube(Organic, 14, -14, 85, 28, 2 * 0.9);
                h.Cylinder(Steel, 16, -3.5, 20, 7);
            }

            var cable = Enumerable.Range(0, 40).Select(i => i / 39.0)
                .Select(f => (-hl + 12 + (f * 50) + (16 * Math.Cos(f * 5 * Math.PI)), 45 + (12 * Math.Sin(f * 5 * Math.PI)))).ToArray();
            g.Line(Organic, 7 * 1.3 * 0.6, 7, false, cable);
            g.Line(Brass, 0.8 * 1.0 * 2 / 3, 3, false, cable);
            return pen.Box;
        }

        /// <summary>
        /// Vodka jelly shots, made for a party or bought ready-made: 8–20 polypropylene portion pots (45–50 mm across the top, 34–36 mm
        /// at the base, 32–38 mm tall, 0.3 mm walls at about 0.9 g/cm³) with push-on lids (0.4 mm), each 75–90 % full of a set jelly of
        /// gelatine, sugar, water and vodka at about 1.02 g/cm³; standing in rows with the beam down each, a few tipped on their sides, in
        /// a polypropylene food box (1 mm walls, 60 mm deep) or a thin carrier bag (20 µm of polyethylene, crumpled along its folds); the
        /// box or bag is packing round the item.
        /// </summary>
        private PixelBox JellyShots(double scale)
        {
            var n = random.Next(8, 21);
            var cols = n <= 10 ? 3 : 4;
            var rows = (n + cols - 1) / cols;
            const double pitch = 51;
            var (bl, bw) = ((rows * pitch) + 8, (cols * pitch) + 8);
            var pen = Lay((-bl / 2) - 3, (-bw / 2) - 3, (bl / 2) + 3, (bw / 2) + 3, scale);
            var b = new Turned(pen, 0, 0, 0);
            if (Chance(0.5))
            {
                SheetBox(b, Organic, -bl / 2, -bw / 2, bl, bw, 60, 1.0, 0.9, 6);
            }
            else
            {
                VFilmBag(b, -bl / 2, -bw / 2, bl, bw, 0.02, 0.95);
                b.Line(Organic, 8 * 0.02 * 0.95 * 4, 2, false, (-bl / 2, U(-bw / 3, bw / 3)), (bl / 2, U(-bw / 3, bw / 3)));
            }

            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var (cx, cy) = ((-bl / 2) + 4 + (((i / cols) + 0.5) * pitch) + U(-2, 2), (-bw / 2) + 4 + (((i % cols) + 0.5) * pitch) + U(-2, 2));
                    var rt = U(22.5, 25);
                    var rb = U(17, 18);
                    var h = U(32, 38);
                    var fill = U(0.75, 0.9) * h;
                    var c = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                    if (Chance(0.15))
                    {
                        (double X, double Y)[] side = [(-h / 2, -rb), (h / 2, -rt), (h / 2, rt), (-h / 2, rb)];
                        c.Poly(Organic, 2 * 0.3 * 0.9, side);
                        c.Line(Organic, 2 * rb * 0.3 * 0.9 / 0.8, 0.8, true, side);
                        c.Rect(Organic, 0.8 * 2 * rt * 0.4 * 0.9 / 1.0, (h / 2) - 1, -rt, 1, 2 * rt);
                        c.Poly(Organic, (rb + rt) * 0.8 * 1.02, (-h / 2 + 0.5, -rb + 1), ((-h / 2) + fill, -rt + 2), ((-h / 2) + fill, rt - 2), (-h / 2 + 0.5, rb - 1));
                        continue;
                    }

                    c.Ellipse(Organic, (0.3 + 0.4) * 0.9, 0, 0, rt, rt);
                    c.Ring(Organic, h * 0.3 * 0.9 / 0.6, 0.6, 0, 0, rt - 0.3, rt - 0.3);
                    c.Ring(Organic, 2 * 0.4 * 0.9 * 3, 1.5, 0, 0, rt, rt);
                    c.Ellipse(Organic, fill * 1.02 * 0.55, 0, 0, rt - 1, rt - 1);
                    c.Ellipse(Organic, fill * 1.02 * 0.45, 0, 0, rb, rb);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Synthetic cannabinoid ("spice") e-liquid as it comes into prisons to be vaped: one to four 10 ml bottles, either dropper
        /// bottles of low-density polyethylene (22 mm across, 70–82 mm long with the nozzle and its child-resistant cap, 0.9 mm walls at
        /// about 0.92 g/cm³) or amber glass with a dropper (24 mm across and 55 mm tall, 1.5 mm walls and a 3 mm base, a rubber bulb and a
        /// glass pipette in a polypropylene collar), 30–100 % full of liquid (propylene glycol and glycerine at about 1.1 g/cm³), lying
        /// on their sides; loose or in a grip-seal bag (0.05 mm a side), which is packing round them.
        /// </summary>
        private PixelBox CannabinoidELiquid(double scale)
        {
            var n = random.Next(1, 5);
            var bagged = Chance(0.55);
            const double pitch = 30;
            var (bl, bw) = (120.0, (n * pitch) + 16);
            var pen = Lay((-bl / 2) - 2, (-bw / 2) - 2, (bl / 2) + 2, (bw / 2) + 2, scale);
            if (bagged)
            {
                VFilmBag(new Turned(pen, 0, 0, 0), -bl / 2, -bw / 2, bl, bw, 0.05, 0.92);
            }

            void Bottles()
            {
                for (var i = 0; i < n; i++)
                {
                    var b = new Turned(pen, U(-8, 8), (-bw / 2) + 8 + ((i + 0.5) * pitch), U(-0.1, 0.1) + (Chance(0.5) ? 0 : Math.PI));
                    var level = U(0.3, 1.0);
                    if (Chance(0.6))
                    {
                        var len = U(48, 55);
                        b.Tube(Organic, -40, -11, len, 22, 0.9 * 0.92);
                        b.Rect(Organic, 0.8 * 22 * 0.9 * 0.92 / 1.0, -40, -11, 1.0, 22);
                        LyingFill(b, Organic, -39, len - 2, 20, level, 1.1);
                        b.Poly(Organic, 2 * 0.9 * 0.92, (len - 40, -11), (len - 30, -5), (len - 30, 5), (len - 40, 11));
                        b.Cylinder(Organic, len - 32, -8, 22, 16, 0.55);
                        b.Rect(Organic, 0.8 * 16 * 1.2 * 0.92, len - 12, -8, 2, 16);
                    }
                    else
                    {
                        b.Tube(Glass, -35, -12, 55, 24, 1.5);
                        b.Rect(Glass, 0.8 * 24 * 3 / 3, -35, -12, 3, 24);
                        LyingFill(b, Organic, -32, 50, 21, level, 1.1);
                        b.Tube(Glass, -30, -3.5, 58, 7, 0.8);
                        b.Cylinder(Organic, 20, -9, 12, 18, 0.9);
                        b.Cylinder(Organic, 32, -7, 16, 14, 0.6 * 1.2);
                    }
                }
            }

            if (bagged)
            {
                pen.Item(Bottles);
            }
            else
            {
                Bottles();
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs pushed into tubs of modelling dough (the Play-Doh kind, bought in packs of four for children at visits): polypropylene
        /// tubs 52–55 mm across and 62–66 mm tall (1.2 mm walls at about 0.9 g/cm³, a lid of 1.5 mm) standing in a card sleeve (0.5 mm
        /// at about 0.7 g/cm³) or loose, each with 35–45 mm of dough in it (flour, water and salt at about 1.45 g/cm³, of which about
        /// 0.36 g/cm³ is salt, counted as glass); pressed into the dough of one to three of them a cling-filmed wrap of heroin or crack
        /// (10–16 mm across at about 1.1 g/cm³) where the dough was dug out and smoothed back, the beam down each tub.
        /// </summary>
        private PixelBox DrugsInModellingDough(double scale)
        {
            var n = Chance(0.7) ? 4 : random.Next(2, 5);
            var r = U(26, 27.5);
            var h = U(62, 66);
            var sleeve = n == 4 && Chance(0.7);
            var pitch = (2 * r) + 1;
            var pen = Lay(-(n * pitch / 2) - 3, -r - 3, (n * pitch / 2) + 3, r + 3, scale);
            if (sleeve)
            {
                var s = new Turned(pen, 0, 0, 0);
                var box = SCorners(-(n * pitch / 2) - 1, -r - 1, (n * pitch) + 2, (2 * r) + 2);
                s.Poly(Organic, 2 * 0.5 * 0.7, box);
                s.Line(Organic, h * 0.5 * 0.7 / 1.0, 1.0, true, box);
            }

            var hidden = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(3, n) + 1)).ToHashSet();
            for (var i = 0; i < n; i++)
            {
                var (tx, ty) = (-(n * pitch / 2) + ((i + 0.5) * pitch), U(-1, 1));
                var c = new Turned(pen, tx, ty, 0);
                WStanding(c, Organic, r, h, 1.2 * 0.9, (1.2 + 1.5) * 0.9);
                var dough = U(35, 45);
                var ri = r - 1.2;
                if (!hidden.Contains(i))
                {
                    c.Ellipse(Organic, dough * 1.09, 0, 0, ri, ri);
                    c.Ellipse(Glass, dough * 0.36 / 2.5, 0, 0, ri, ri);
                    continue;
                }

                var wr = U(5, 8);
                var dw = 2 * wr * 0.85;
                var (wx, wy) = (U(-ri + wr + 3, ri - wr - 3) * 0.6, U(-ri + wr + 3, ri - wr - 3) * 0.6);
                c.Ellipse(Organic, (dough - dw) * 1.09, 0, 0, ri, ri);
                c.Ellipse(Glass, (dough - dw) * 0.36 / 2.5, 0, 0, ri, ri);
                var ring = WHoled(0, 0, ri, wx, wy, wr);
                c.Poly(Organic, dw * 1.09, ring);
                c.Poly(Glass, dw * 0.36 / 2.5, ring);
                pen.Item(() =>
                {
                    var wrap = new Turned(pen, tx, ty, 0);
                    Spheroid(wrap, Organic, wx, wy, wr, wr * U(0.8, 1), dw, 1.1);
                    wrap.Ring(Organic, 4 * 0.012 * 0.92 * 3, 1.0, wx, wy, wr, wr);
                });
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A travel steam iron lying on its soleplate: a die-cast aluminium soleplate 150–170 × 75–85 mm and 3–4 mm thick, pointed at its
        /// front, with its heating element cast in (a U of 6 mm steel sheath, 0.5 mm wall, round a magnesium-oxide core counted as glass
        /// at 3.6 g/cm³), a steel thermostat and its bracket; above it a hollow polypropylene body and handle (two 2 mm walls at about
        /// 0.95 g/cm³, 60–80 mm deep, its sides seen edge-on) round an empty 40–60 ml water tank, the steam button's spring; its lead
        /// coiled beside it with its plug.
        /// </summary>
        private void TravelIron()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(150, 170);
            var w = U(75, 85);
            var dep = U(60, 80);
            (double X, double Y)[] sole = [(-l / 2, -w / 2), (l * 0.12, -w / 2), (l * 0.4, -w * 0.3), (l / 2, 0), (l * 0.4, w * 0.3), (l * 0.12, w / 2), (-l / 2, w / 2)];
            k.Poly(Aluminium, U(3, 4), sole);
            var u = Shrunk(sole, 0, 0, 0.8, 0.72);
            k.Line(Steel, TMeanWall(6, 5), 6, false, u[1..^1]);
            k.Line(Glass, 0.8 * 5 * 3.6 / 2.5, 4.5, false, u[1..^1]);
            k.Rect(Steel, 2.5, -l * 0.2, -8, 22, 16);
            k.Rect(Steel, 1.2, -l * 0.25, -14, 40, 4);
            var body = Shrunk(sole, 0, 0, 0.96, 0.94);
            k.Poly(Organic, 2 * 2 * 0.95, body);
            k.Line(Organic, dep * 2 * 0.95 / 2, 2, true, body);
            k.Rect(Organic, 2 * 2 * 0.95 * 2, -l / 2, -14, l * 0.75, 28);
            k.Line(Steel, 0.8 * 0.6 * 2, 0.6, false, Zigzag(l * 0.1, l * 0.2, -3, 1.5, 6));
            Cable(pen, 6);
        }

        /// <summary>
        /// A stainless-steel tiffin carrier (the stacked lunch tins of Indian and Nepali households, carried empty to be filled): two to
        /// four round tiers 120–150 mm across and 55–70 mm deep of 0.5–0.6 mm stainless steel with rolled rims, stacked under a lid and
        /// held by a steel frame (two flat side bars 12 × 2 mm up its sides and a carrying handle of 5 mm rod); standing (the beam down
        /// through every base and the lid, and along every wall) or lying on its side.
        /// </summary>
        private void TiffinCarrier()
        {
            var n = random.Next(2, 5);
            var d = U(120, 150);
            var r = d / 2;
            var th = U(55, 70);
            var t = U(0.5, 0.6);
            if (Chance(0.5))
            {
                var pen = Place(r + 12);
                var c = new Turned(pen, 0, 0, 0);
                WStanding(c, Steel, r, n * th, t, (n + 1) * t);
                c.Ring(Steel, 2 * 3 * t * n, 1.5, 0, 0, r - 1, r - 1);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    c.Rect(Steel, 0.9 * n * th, (s * (r + 1)) - 1, -6, 2, 12);
                }

                c.Line(Steel, 0.8 * 5, 5, false, (-r - 2, 0), (-r * 0.6, -8), (r * 0.6, -8), (r + 2, 0));
                return;
            }

            var len = n * th;
            var side = Place((len / 2) + 15);
            var k = new Turned(side, 0, 0, 0);
            for (var i = 0; i < n; i++)
            {
                var x = (-len / 2) + (i * th);
                k.Tube(Steel, x, -r, th, d, t);
                k.Rect(Steel, 0.8 * d * t / 1.0, x, -r, 1.0, d);
                k.Rect(Steel, 0.8 * 3 * t * 2, x + th - 2, -r - 1, 3, d + 2);
            }

            k.Rect(Steel, 0.8 * d * t / 1.0, (len / 2) - 1, -r, 1.0, d);
            k.Rect(Steel, 2 * 2, (-len / 2) - 4, -6, len + 8, 12);
            k.Line(Steel, 0.8 * 5, 5, false, ((len / 2) + 2, -6), ((len / 2) + 12, -4), ((len / 2) + 12, 4), ((len / 2) + 2, 6));
        }

        /// <summary>
        /// A pair of neoprene-coated hand weights (0.5–2 kg dumbbells for exercise classes and physiotherapy): cast iron (counted as steel
        /// at 0.92) in a round or hexagonal head at each end (44–62 mm across and 22–32 mm long, heavier weights larger) and a 24–30 mm
        /// grip 85–95 mm long between them, under 1.5 mm of neoprene at about 1.25 g/cm³; one or both lying on their sides.
        /// </summary>
        private void HandWeights()
        {
            var pen = Place(110);
            var kg = 0.5 * random.Next(1, 5);
            var dh = 44 + ((kg - 0.5) * 12);
            var hl = 22 + ((kg - 0.5) * 6.7);
            var gd = 24 + ((kg - 0.5) * 4);
            var gl = U(85, 95);
            var count = Chance(0.7) ? 2 : 1;
            for (var i = 0; i < count; i++)
            {
                var k = new Turned(pen, U(-15, 15), (i - ((count - 1) / 2.0)) * (dh + U(2, 20)), U(-0.3, 0.3));
                var x0 = -(gl / 2) - hl;
                foreach (var x in new[] { x0, gl / 2 })
                {
                    k.Cylinder(Steel, x, -dh / 2, hl, dh, 0.92);
                    k.Tube(Organic, x - 1.5, (-dh / 2) - 1.5, hl + 3, dh + 3, 1.5 * 1.25);
                }

                k.Cylinder(Steel, -gl / 2, -gd / 2, gl, gd, 0.92);
                k.Tube(Organic, -gl / 2, (-gd / 2) - 1.5, gl, gd + 3, 1.5 * 1.25);
            }
        }

        /// <summary>
        /// Curling tongs: an aluminium barrel 19–38 mm across (1 mm wall) and 100–130 mm long round a ceramic heater (1 mm of alumina,
        /// counted as glass at 3.9 g/cm³, its nichrome track), a spring clamp (0.8 mm aluminium curved over the barrel, a torsion spring
        /// of 1.5 mm steel wire at its hinge, its thumb lever), a cool tip, the handle (an ABS tube 28–32 mm across with 2 mm walls) with
        /// its board, thermostat and switch, a swivel, and its lead coiled by it; or a clampless wand tapering from 32 to 19 mm, with a
        /// heat-proof glove (two 1.5 mm layers of knitted fabric at about 0.5 g/cm³).
        /// </summary>
        private void CurlingTongs()
        {
            var pen = Place(150);
            var k = new Turned(pen, 0, 0, 0);
            var bl = U(100, 130);
            var hl = U(120, 140);
            var hd = U(28, 32);
            var wand = Chance(0.3);
            var bd = wand ? 32 : random.Next(4) switch
            {
                0 => 19.0,
                1 => 25.0,
                2 => 32.0,
                _ => 38.0,
            };
            if (wand)
            {
                (double X, double Y)[] cone = [(0, -16), (bl, -9.5), (bl, 9.5), (0, 16)];
                k.Poly(Aluminium, 2 * 1.0, cone);
                k.Line(Aluminium, 26 * 1.0 / 1.2, 1.2, true, cone);
                k.Poly(Glass, 2 * 1.0 * 3.9 / 2.5, Shrunk(cone, bl / 2, 0, 0.95, 0.75));
                k.Rect(Organic, 2 * 1.5 * 0.5, 20, -60, 90, 50);
            }
            else
            {
                k.Tube(Aluminium, 0, -bd / 2, bl, bd, 1.0);
                k.Tube(Glass, 2, (-bd / 2) + 3, bl - 4, bd - 6, 1.0 * 3.9 / 2.5);
                k.Rect(Aluminium, 2 * 0.8, 4, (-bd / 2) - 2, bl - 12, bd * 0.75);
                k.Line(Aluminium, bd * 0.8 / 1.2, 1.2, false, (4, (-bd / 2) - 2), (bl - 8, (-bd / 2) - 2));
                k.Rect(Aluminium, 2 * 0.8, -22, (-bd / 2) - 14, 26, 10);
                k.Ring(Steel, 0.8 * 1.5 * 2, 1.5, -4, (-bd / 2) - 4, 4, 4);
            }

            k.Cylinder(Organic, bl, -6, 18, 12, 1.05);
            k.Tube(Organic, -hl, -hd / 2, hl, hd, 2 * 1.05);
            k.Rect(Mixed, 0.6, -hl + 20, -hd * 0.3, 60, hd * 0.6);
            k.Rect(Brass, 0.08, -hl + 20, -hd * 0.3, 60, hd * 0.6);
            k.Rect(Steel, 1.0, -hl + 84, -5, 8, 10);
            k.Cylinder(Organic, -hl - 14, -7, 14, 14, 1.05);
            k.Rect(Brass, 0.8 * 2, -hl - 14, -2, 14, 4);
            Cable(pen, 6);
        }

        /// <summary>
        /// Reusable stainless-steel drinking straws: four to eight 215–267 mm long, 6 mm across with 0.5 mm walls (or smoothie straws
        /// 10–12 mm across with 0.6 mm walls), straight or bent 30–45 mm from one end, one or two cleaning brushes (a twisted pair of
        /// 0.6 mm steel wires 200–240 mm long with nylon bristles over 40 mm, about 30 % solid at 1.1 g/cm³) and silicone tips on some;
        /// loose or in a cotton pouch (two 0.5 mm layers at about 0.6 g/cm³).
        /// </summary>
        private void SteelStraws()
        {
            var pen = Place(140);
            var n = random.Next(4, 9);
            var smoothie = Chance(0.3);
            var (od, wall) = smoothie ? (U(10, 12), 0.6) : (6.0, 0.5);
            var len = Chance(0.5) ? 215.0 : 267.0;
            var pouch = Chance(0.5);
            for (var i = 0; i < n; i++)
            {
                var s = new Turned(pen, U(-4, 4), (i - ((n - 1) / 2.0)) * (od + (pouch ? 0.5 : U(1, 6))), pouch ? U(-0.02, 0.02) : U(-0.12, 0.12));
                var bent = Chance(0.5);
                var bend = U(30, 45);
                (double X, double Y)[] path = bent
                    ? [(-len / 2, 0), ((len / 2) - bend, 0), ((len / 2) - bend + (bend * 0.6), -bend * 0.3), ((len / 2) - (bend * 0.2), -bend * 0.75)]
                    : [(-len / 2, 0), (len / 2, 0)];
                s.Line(Steel, TMeanWall(od, od - (2 * wall)), od, false, path);
                if (Chance(0.2))
                {
                    s.Rect(Silicone, 2 * 1.0, (-len / 2) - 2, (-od / 2) - 1, 20, od + 2);
                }
            }

            for (var i = random.Next(1, 3); i > 0; i--)
            {
                var b = new Turned(pen, U(-10, 10), ((n / 2.0) * (od + 2)) + 8 + (i * 10), U(-0.1, 0.1));
                var bl = U(200, 240);
                b.Line(Steel, 0.8 * 0.6 * 2, 1.2, false, (-bl / 2, 0), (bl / 2, 0));
                b.Rect(Organic, 8 * 1.1 * 0.3, (bl / 2) - 40, -4, 40, 8);
            }

            if (pouch)
            {
                var bag = RoundedOutline((-len / 2) - 10, (-n * (od + 1) / 2) - 12, len + 20, (n * (od + 1)) + 50, 8);
                new Turned(pen, 0, 0, 0).Poly(Organic, 2 * 0.5 * 0.6, bag);
                new Turned(pen, 0, 0, 0).Line(Organic, 4 * 0.5 * 0.6, 3, true, bag);
            }
        }

        /// <summary>
        /// Magnetic building tiles (the Magna-Tiles kind children play with): 6–16 squares 75 mm on a side and some right triangles, each
        /// an ABS frame 6 mm deep and 4 mm wide round a clear 1.2 mm window (at about 1.05 g/cm³), a steel rivet at each corner and in each
        /// edge two neodymium magnets (5 mm across and 6 mm long, counted as steel at 0.95) in their pockets; stacked (the beam down
        /// through the stack) or spread in two or three overlapping heaps.
        /// </summary>
        private void MagneticTiles()
        {
            var pen = Place(130);
            var n = random.Next(6, 17);
            var stacked = Chance(0.5);
            var heaps = Enumerable.Range(0, 3).Select(_ => (U(-60, 60), U(-50, 50))).ToArray();
            for (var i = 0; i < n; i++)
            {
                var (hx, hy) = stacked ? (0.0, 0.0) : heaps[i % 3];
                var tx = hx + U(-3, 3) + (stacked ? 0 : U(-20, 20));
                var ty = hy + U(-3, 3) + (stacked ? 0 : U(-20, 20));
                var ta = stacked ? random.Next(4) * Math.PI / 2 : U(0, 2 * Math.PI);
                var t = new Turned(pen, tx, ty, ta);
                const double h = 37.5;
                (double X, double Y)[] shape = Chance(0.75) ? SCorners(-h, -h, 2 * h, 2 * h) : [(-h, -h), (h, -h), (-h, h)];
                t.Poly(Organic, 1.2 * 1.05, shape);
                t.Line(Organic, 6 * 1.05, 4, true, Shrunk(shape, 0, 0, 0.95, 0.95));
                var (cx, cy) = (shape.Average(p => p.X), shape.Average(p => p.Y));
                foreach (var (x, y) in shape)
                {
                    t.Ellipse(Steel, 3, cx + ((x - cx) * 0.88), cy + ((y - cy) * 0.88), 1.5, 1.5);
                }

                for (var e = 0; e < shape.Length; e++)
                {
                    var (ax, ay) = shape[e];
                    var (bx, by) = shape[(e + 1) % shape.Length];
                    var a = Math.Atan2(by - ay, bx - ax);
                    foreach (var f in new[] { 0.28, 0.72 })
                    {
                        var (mx, my) = (ax + ((bx - ax) * f), ay + ((by - ay) * f));
                        var (nx, ny) = (cx - mx, cy - my);
                        var nl = Math.Sqrt((nx * nx) + (ny * ny));
                        var m = SWithin(pen, tx, ty, ta, mx + (3.5 * nx / nl), my + (3.5 * ny / nl), a);
                        m.Rect(Steel, 0.8 * 5 * 0.95, -3, -2.5, 6, 5);
                    }
                }
            }
        }

        /// <summary>
        /// An automatic upper-arm blood-pressure monitor (the Omron M2 and M3 class): the unit 100–110 × 80–90 mm and 45–55 mm deep (an
        /// ABS shell, two 2 mm walls at about 1.05 g/cm³, its sides edge-on), its display (two 0.7 mm glass sheets), the board, a DC air
        /// pump (a 20 mm steel-cased motor, its magnets and diaphragm head), a steel solenoid valve and four AA alkaline cells in their
        /// compartment (see <see cref="AlkalineCell"/>); its cuff folded beside it (about 145 × 220 mm: four layers of 0.5 mm nylon at
        /// about 0.6 g/cm³ and a 0.3 mm PVC bladder, a 50 mm D-ring of 3 mm steel wire) and the PVC air tube (4 mm across, 1 mm wall)
        /// coiled to its connector.
        /// </summary>
        private void BloodPressureMonitor()
        {
            var pen = Place(140);
            var (ux, uy, ua) = (U(-75, -60), U(-10, 10), U(-0.3, 0.3));
            var u = new Turned(pen, ux, uy, ua);
            var l = U(100, 110);
            var w = U(80, 90);
            var d = U(45, 55);
            RoundedRect(u, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 10);
            u.Line(Organic, d * 2 * 1.05 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 9));
            u.Rect(Glass, 1.4, (-l / 2) + 10, (-w / 2) + 8, l * 0.55, w * 0.5);
            u.Rect(Mixed, 0.6, (-l / 2) + 6, (-w / 2) + 6, l - 12, w * 0.6);
            u.Rect(Brass, 0.08, (-l / 2) + 6, (-w / 2) + 6, l - 12, w * 0.6);
            u.Cylinder(Steel, (l / 2) - 32, -10, 25, 20, 0.35);
            u.Rect(Steel, 1.5, (l / 2) - 30, -8, 20, 16);
            u.Rect(Organic, 8 * 1.1, (l / 2) - 40, -9, 8, 18);
            u.Rect(Steel, 4, (l / 2) - 20, 14, 10, 10);
            for (var i = 0; i < 4; i++)
            {
                AlkalineCell(SWithin(pen, ux, uy, ua, -8, (-w / 2) + 12 + (i * 14.8), i % 2 == 0 ? 0 : Math.PI), 50.5, 14.5);
            }

            var (cx, cy, ca) = (U(50, 70), U(-10, 10), U(-0.3, 0.3) + (Math.PI / 2));
            var c = new Turned(pen, cx, cy, ca);
            RoundedRect(c, Organic, (4 * 0.5 * 0.6) + (2 * 0.3 * 1.3), -110, -72, 220, 145, 12);
            c.Line(Organic, 4 * 0.5 * 0.6 * 2, 3, true, RoundedOutline(-108.5, -70.5, 217, 142, 11));
            c.Line(Steel, 0.8 * 3, 3, true, (-100, -25), (-88, -25), (-82, 0), (-88, 25), (-100, 25));
            (double X, double Y)[] tube =
            [
                .. Enumerable.Range(0, 30).Select(k => k / 29.0)
                    .Select(f => (U(-2, 2) + (40 * Math.Cos(f * 4 * Math.PI)), 30 + (30 * Math.Sin(f * 4 * Math.PI)))),
            ];
            c.Line(Organic, TMeanWall(4, 2) * 1.3, 4, false, tube);
            c.Rect(Organic, 0.8 * 8 * 1.2, tube[^1].X - 8, tube[^1].Y - 4, 16, 8);
        }

        /// <summary>
        /// A soft structured baby carrier folded into a bag: its body panel (two layers of 1 mm cotton canvas at about 0.6 g/cm³ over 8 mm
        /// of foam at about 0.05, about 380 × 320 mm, folded in two or three), the padded waist belt (150 mm wide, 20 mm of foam at about
        /// 0.05 in a 1 mm canvas sleeve) folded over it, the shoulder straps (60 mm wide, 12 mm of foam), six side-release buckles of acetal
        /// (50 × 35 mm and 12 mm deep with 2 mm walls, about 1.4 g/cm³) and their polypropylene webbing (25 mm wide, 1.2 mm at about 0.9).
        /// </summary>
        private void BabyCarrier()
        {
            var pen = Place(150);
            var folds = random.Next(2, 4);
            var (l, w) = folds == 2 ? (U(300, 330), U(180, 200)) : (U(200, 230), U(180, 200));
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, folds * ((2 * 1 * 0.6) + (8 * 0.05)), -l / 2, -w / 2, l, w, 25);
            k.Line(Organic, folds * 2 * 1 * 0.6 * 2, 4, true, RoundedOutline((-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4, 23));
            var belt = new Turned(pen, U(-20, 20), U(-20, 20), U(-0.2, 0.2));
            belt.Rect(Organic, 2 * ((2 * 1 * 0.6) + (20 * 0.05)), -l / 2 - 10, -75, l + 20, 150);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var strap = new Turned(pen, s * U(40, 70), U(-10, 10), (Math.PI / 2) + U(-0.3, 0.3));
                strap.Rect(Organic, (2 * 1 * 0.6) + (12 * 0.05), -w / 2, -30, w, 60);
            }

            for (var i = 0; i < 6; i++)
            {
                var (bx, by) = (U((-l / 2) + 30, (l / 2) - 30), U((-w / 2) + 25, (w / 2) - 25));
                var b = new Turned(pen, bx, by, U(0, 2 * Math.PI));
                var shell = RoundedOutline(-25, -17.5, 50, 35, 5);
                b.Poly(Organic, 2 * 2 * 1.4, shell);
                b.Line(Organic, 12 * 2 * 1.4 / 2, 2, true, shell);
                b.Rect(Organic, 2 * 1.2 * 0.9, 25, -12.5, 40, 25);
                b.Rect(Organic, 2 * 1.2 * 0.9, -65, -12.5, 40, 25);
            }
        }
    }
}
