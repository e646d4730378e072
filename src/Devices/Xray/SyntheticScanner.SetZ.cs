namespace Screening.Devices.Xray;

// Variant set Z (held out after Y): threat shapes and clutter kinds that none of A to Y and R draws.
// About two thirds are the ordinary forms a prison gate meets, in kinds, models and materials no set drew (bladed tools
// of the kitchen, the garden and the collector, weapons sold at fairs and online, phones with the accessories people
// carry them with, what is sold over the counter); the rest are hidden inside or packed with something innocent, built
// into something, or made at home, as things are smuggled into prisons. Each is written from what the real thing
// measures and is made of, by someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest
// of the scene: roughly the millimetres of that material the beam crosses where the part lies flat (a round bar of
// diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen edge-on as the depth the beam
// runs along it, shared out over the width of the line it is drawn as); a material lighter or heavier than water counts
// its thickness times its density; foams and wadding count at their packed density; lead crystal counts as glass and
// lead by its make-up, marble and ceramic as glass by their density over glass's 2.5 g/cm³, ferrite as steel at
// 4.8 / 7.85.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set Z's threat shapes; null for a shape that is not set Z's.</summary>
        private PixelBox? DrawSetZThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.GravityKnife => GravityKnife(scale),
            ThreatShape.UluKnife => UluKnife(scale),
            ThreatShape.Billhook => Billhook(scale),
            ThreatShape.FileKnife => FileKnife(scale),
            ThreatShape.CeramicBladeInBra => CeramicBladeInBra(scale),
            ThreatShape.PepperSpray => PepperSpray(scale),
            ThreatShape.PepperboxPistol => PepperboxPistol(scale),
            ThreatShape.Mac10Pistol => Mac10Pistol(scale),
            ThreatShape.RhinoRevolver => RhinoRevolver(scale),
            ThreatShape.PistolInFoldedJacket => PistolInFoldedJacket(scale),
            ThreatShape.PhoneWithMountPlate => PhoneWithMountPlate(scale),
            ThreatShape.PhoneInLockingPouch => PhoneInLockingPouch(scale),
            ThreatShape.PhoneInSpaghettiPack => PhoneInSpaghettiPack(scale),
            ThreatShape.PhoneInShaver => PhoneInShaver(scale),
            ThreatShape.PhoneInBookSpine => PhoneInBookSpine(scale),
            ThreatShape.EnBlocClip => EnBlocClip(scale),
            ThreatShape.SimInCoatButton => SimInCoatButton(scale),
            ThreatShape.DermalFillerSyringe => DermalFillerSyringe(scale),
            ThreatShape.BluetoothSpeaker => BluetoothSpeaker(scale),
            ThreatShape.CopingSaw => CopingSaw(scale),
            ThreatShape.CrystalDecanter => CrystalDecanter(scale),
            ThreatShape.GblBottle => GblBottle(scale),
            ThreatShape.DrugsInOranges => DrugsInOranges(scale),
            _ => null,
        };

        /// <summary>Draws one of set Z's clutter kinds; false for a kind that is not set Z's.</summary>
        private bool DrawSetZClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.MokaPot:
                    MokaPot();
                    return true;
                case ClutterKind.Kalimba:
                    Kalimba();
                    return true;
                case ClutterKind.TuningFork:
                    TuningFork();
                    return true;
                case ClutterKind.UsbDeskFan:
                    UsbDeskFan();
                    return true;
                case ClutterKind.TravelKettle:
                    TravelKettle();
                    return true;
                case ClutterKind.SportsTrophy:
                    SportsTrophy();
                    return true;
                case ClutterKind.GlassPaperweight:
                    GlassPaperweight();
                    return true;
                case ClutterKind.PillarCandles:
                    PillarCandles();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A disc of <paramref name="m"/> seen edge-on (its plane along the beam) centred on (<paramref name="cx"/>, <paramref name="cy"/>),
        /// its diameter 2 <paramref name="r"/> along the part's y and its thickness <paramref name="thick"/> along x: at a distance y from its
        /// centre the beam runs along its chord there (times <paramref name="density"/>), drawn as five nested bands so no row is counted
        /// twice. The base of a can or a bottle, a lid, a passive radiator's mass, a heating plate.
        /// </summary>
        private static void ZDiscEdgeOn(Turned part, Material m, double cx, double cy, double r, double thick, double density)
        {
            const int n = 5;
            static double Chord(double q) => Math.Sqrt(Math.Max(0, 1 - (q * q)));
            for (var k = n; k >= 1; k--)
            {
                var inner = k < n ? Chord((k + 0.5) / n) : 0;
                part.Rect(m, 2 * r * density * (Chord((k - 0.5) / n) - inner), cx - (thick / 2), cy - (r * k / n), thick, 2 * r * k / n);
            }
        }

        /// <summary>
        /// <paramref name="t"/> mm of lead crystal (24 % lead oxide, about 3.0 g/cm³) over an outline: per millimetre about 0.93 mm of
        /// glass (the silica, potash and the rest at 2.33 g/cm³) and 0.059 mm of lead (the 0.67 g/cm³ of lead in it).
        /// </summary>
        private static void ZCrystal(Turned part, double t, params (double X, double Y)[] outline)
        {
            part.Poly(Glass, 0.93 * t, outline);
            part.Poly(Lead, 0.059 * t, outline);
        }

        /// <summary>Lead crystal along a line <paramref name="width"/> mm wide, as <see cref="ZCrystal"/>: a wall seen edge-on.</summary>
        private static void ZCrystalLine(Turned part, double t, double width, bool closed, params (double X, double Y)[] points)
        {
            part.Line(Glass, 0.93 * t, width, closed, points);
            part.Line(Lead, 0.059 * t, width, closed, points);
        }

        /// <summary>The corners of a regular polygon of <paramref name="n"/> sides round (<paramref name="cx"/>, <paramref name="cy"/>), <paramref name="r"/> to its corners.</summary>
        private static (double X, double Y)[] ZPolygon(double cx, double cy, double r, int n, double turn) =>
            [.. Enumerable.Range(0, n).Select(i => turn + (2 * Math.PI * i / n)).Select(a => (cx + (r * Math.Cos(a)), cy + (r * Math.Sin(a))))];

        /// <summary>
        /// Where a part whose own frame spans (<paramref name="x0"/>, <paramref name="y0"/>)–(<paramref name="x1"/>, <paramref name="y1"/>),
        /// turned by <paramref name="angle"/>, can have its origin so all of it lies inside (<paramref name="lx0"/>, <paramref name="ly0"/>)–
        /// (<paramref name="lx1"/>, <paramref name="ly1"/>): a random such place, or the middle where it does not fit.
        /// </summary>
        private (double X, double Y) ZInside(double angle, double x0, double y0, double x1, double y1, double lx0, double ly0, double lx1, double ly1)
        {
            var (ex0, ey0, ex1, ey1) = TurnedExtent(0, 0, angle, x0, y0, x1, y1);
            var ox = lx1 - ex1 > lx0 - ex0 ? U(lx0 - ex0, lx1 - ex1) : ((lx0 + lx1) / 2) - ((ex0 + ex1) / 2);
            var oy = ly1 - ey1 > ly0 - ey0 ? U(ly0 - ey0, ly1 - ey1) : ((ly0 + ly1) / 2) - ((ey0 + ey1) / 2);
            return (ox, oy);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A gravity knife (the Luftwaffe pattern and its copies, sold at militaria fairs and online; a prohibited weapon in the UK): a
        /// handle 125–135 mm long, 26–30 mm wide and 16–18 mm deep of two 1.2 mm steel liners in a steel frame (1 mm walls, edge-on round
        /// its rim), wooden scales (two 4 mm at about 0.7 g/cm³) or phenolic ones (about 1.35), nickel-silver bolsters at both ends; a
        /// spear-point blade 85–92 mm long, 16–18 mm deep and 2.8–3.2 mm thick that slides out of the front of the handle under its own
        /// weight, shut inside it or out and locked with about 32 mm of its tang still in the handle; the steel release lever and its
        /// spring, a bail at the butt, and on most the folding marlinspike along the handle's back.
        /// </summary>
        private PixelBox GravityKnife(double scale)
        {
            var hl = U(125, 135);
            var hw = U(26, 30);
            var depth = U(16, 18);
            var bl = U(85, 92);
            var bw = U(16, 18);
            var t = U(2.8, 3.2);
            const double tang = 32;
            var open = Chance(0.55);
            var spike = Chance(0.6);
            var wood = Chance(0.6);
            var pen = Lay(-hl - 24, (-hw / 2) - 3, open ? bl + 2 : 2, (hw / 2) + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            var handle = RoundedOutline(-hl, -hw / 2, hl, hw, 5);
            k.Poly(Steel, 2 * 1.2, handle);
            k.Line(Steel, depth * 1.0 / 1.2, 1.2, true, Shrunk(handle, -hl / 2, 0, 0.99, 0.95));
            RoundedRect(k, Organic, 2 * 4 * (wood ? 0.7 : 1.35), -hl + 12, (-hw / 2) + 1, hl - 24, hw - 2, 4);
            k.Rect(Brass, 2 * 2.5, -12, -hw / 2, 12, hw);
            k.Rect(Brass, 2 * 2.5, -hl, -hw / 2, 12, hw);
            k.Rect(Steel, 2, -hl * 0.75, (hw / 2) - 7, hl * 0.5, 5);
            k.Line(Steel, 0.8 * 0.8, 0.8, false, Zigzag(-hl * 0.8, -hl * 0.62, (hw / 2) - 9, 3, 2));
            k.Ring(Steel, 0.8 * 2, 2, -hl - 11, 0, 9, 9);
            if (spike)
            {
                k.Poly(Steel, 0.8 * 6, (-hl + 10, (hw / 2) - 7), (-hl + 105, (hw / 2) - 4.5), (-hl + 105, (hw / 2) - 3.5), (-hl + 10, (hw / 2) - 1));
            }

            var bx0 = open ? -tang : Math.Min(-hl + 14, -2 - bl - tang);
            var by = -hw * 0.08;
            (double X, double Y)[] blade =
            [
                (bx0, by - (bw / 2)), (bx0 + tang + (bl * 0.62), by - (bw / 2)), (bx0 + tang + bl, by + (bw * 0.05)), (bx0 + tang + (bl * 0.7), by + (bw / 2)),
                (bx0, by + (bw / 2)),
            ];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, by - (bw / 2), 1, 0.5));
            return pen.Box;
        }

        /// <summary>
        /// An ulu, the Inuit crescent knife (sold in Alaska and online, and used as a kitchen chopper): a half-moon blade of 1.5–2 mm
        /// stainless 140–165 mm across its straight top and 55–70 mm from there to the lowest point of its curved edge, ground thin toward
        /// the edge; a tang rising from the middle of its top into a slot in the handle, a bar of birch or walnut (about 0.65 g/cm³) or
        /// caribou antler (about 1.9, counted as glass at 0.76) 100–120 mm long, 24–28 mm high and 22–26 mm through, held by two steel pins
        /// through handle and tang; a leather or plastic guard over the edge on some.
        /// </summary>
        private PixelBox UluKnife(double scale)
        {
            var w = U(140, 165);
            var h = U(55, 70);
            var t = U(1.5, 2.0);
            var hl = U(100, 120);
            var hh = U(24, 28);
            var hd = U(22, 26);
            var antler = Chance(0.3);
            var guard = Chance(0.4);
            var pen = Lay((-w / 2) - 4, -hh - 8, (w / 2) + 4, h + 6, scale);
            var k = new Turned(pen, 0, 0, 0);
            var edge = TCurve(w / 2, -w / 2, 16, x => 3 + ((h - 3) * (1 - Math.Pow(2 * x / w, 2))));
            (double X, double Y)[] blade =
            [
                ((-hl / 2) + 8, -14), ((hl / 2) - 8, -14), ((hl / 2) - 8, 0), ((w / 2) - 3, -1), .. edge, ((-w / 2) + 3, -1), ((-hl / 2) + 8, 0),
            ];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, -14, 1, 0.55));
            var grip = RoundedOutline(-hl / 2, -hh - 6, hl, hh, 9);
            if (antler)
            {
                RoundSection(k, Glass, grip, 0, (-hh / 2) - 6, hd, 0.76);
            }
            else
            {
                RoundSection(k, Organic, grip, 0, (-hh / 2) - 6, hd, 0.65);
            }

            foreach (var x in new[] { -hl * 0.3, hl * 0.3 })
            {
                k.Ellipse(Steel, hd, x, -11, 2.4, 2.4);
            }

            if (guard)
            {
                k.Line(Organic, 2 * 2 * 1.0, 10, false, [.. edge.Skip(1).Take(edge.Length - 2)]);
            }

            return pen.Box;
        }

        /// <summary>
        /// A billhook (the English and French hedging tool, sold in garden and farm shops): a blade of carbon steel 200–250 mm from the
        /// handle to its beak and 55–70 mm deep, 4–6 mm at its straight spine and ground flat to an edge along its belly and round the
        /// inside of its hooked beak; its tang through a handle of ash (about 0.7 g/cm³) 120–150 mm long and 34–38 mm across, under a
        /// steel ferrule and riveted over a washer at the butt; a leather edge mask with copper rivets and a strap on some.
        /// </summary>
        private PixelBox Billhook(double scale)
        {
            var bl = U(200, 250);
            var bw = U(55, 70);
            var t = U(4, 6);
            var hl = U(120, 150);
            var hd = U(34, 38);
            var mask = Chance(0.35);
            var pen = Lay(-hl - 6, (-bw / 2) - 3, bl + 4, (bw / 2) + 7, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, (-bw / 2) + 8), (bl * 0.82, -bw / 2), (bl * 0.95, -bw * 0.3), (bl, 0), (bl * 0.97, bw * 0.3), (bl * 0.86, bw * 0.5),
                (bl * 0.84, bw * 0.35), (bl * 0.78, bw * 0.25), (bl * 0.5, bw * 0.35), (bl * 0.2, bw * 0.45), (0, (bw / 2) - 8),
            ];
            VFlatGround(k, Steel, blade, -bw / 2, t);
            k.Rect(Steel, t * 0.3, 0, (-bw / 2) + 6, bl * 0.15, bw - 16);
            k.Poly(Steel, 7, (6, -6), (6, 6), (-hl + 4, 3), (-hl + 4, -3));
            RoundSection(k, Organic, RoundedOutline(-hl, -hd / 2, hl - 6, hd, hd * 0.4), (-hl / 2) - 3, 0, hd, 0.7);
            k.Tube(Steel, -30, -hd * 0.46, 28, hd * 0.92, 0.8);
            k.Rect(Steel, 0.8 * 16, -hl - 4, -8, 4, 16);
            if (mask)
            {
                (double X, double Y)[] cover = [(bl * 0.1, bw * 0.1), (bl * 1.01, bw * 0.05), (bl * 0.9, (bw / 2) + 4), (bl * 0.1, (bw / 2) + 4)];
                k.Poly(Organic, 2 * 3 * 0.9, cover);
                foreach (var x in new[] { 0.2, 0.5, 0.8 })
                {
                    k.Ellipse(Brass, 6 + 1.5, bl * x, (bw / 2) + 1, 2, 2);
                }

                k.Rect(Organic, 2 * 3 * 0.9, bl * 0.45, -bw / 2, 18, bw);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife ground by hand from an old flat file (a mill or bastard file of high-carbon steel, 19–25 mm wide and 4.5–6 mm thick):
        /// a 110–150 mm drop or clip point blade left at the file's full thickness along its spine and ground to an edge over the lower
        /// half; its handle the file's own turned beech handle on the tapered tang under a steel ferrule, paracord wound tight over the
        /// tang (nylon at about 1.15 g/cm³, packed at about 85 %), or two wooden scales (5 mm at 0.6–0.75) pinned with brass rod to the
        /// file's body left full width; in a home-made sheath of folded card and tape on some.
        /// </summary>
        private PixelBox FileKnife(double scale)
        {
            var fw = U(19, 25);
            var ft = U(4.5, 6);
            var bl = U(110, 150);
            var kind = random.Next(3);
            var hl = kind == 0 ? U(95, 110) : U(95, 115);
            var hd = kind == 0 ? U(28, 32) : fw + (kind == 1 ? 9 : 4);
            var sheath = Chance(0.4);
            var reach = Math.Max((fw / 2) + 4, hd / 2) + 2;
            var pen = Lay(-hl - 4, -reach, bl + 5, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            var clip = Chance(0.5);
            (double X, double Y)[] blade = clip
                ?
                [
                    (0, -fw / 2), (bl * 0.62, -fw / 2), (bl * 0.8, (-fw / 2) + (fw * 0.25)), (bl, (-fw / 2) + (fw * 0.35)), (bl * 0.85, fw * 0.3),
                    (bl * 0.45, (fw / 2) - U(0, 1)), (0, fw / 2),
                ]
                : [(0, -fw / 2), (bl * 0.7, (-fw / 2) + 0.5), (bl, (-fw / 2) + (fw * 0.3)), (bl * 0.82, fw * 0.32), (bl * 0.4, (fw / 2) - U(0, 1)), (0, fw / 2)];
            k.Poly(Steel, ft * 0.4, blade);
            k.Poly(Steel, ft * 0.6, Shrunk(blade, 0, -fw / 2, 1, 0.5));
            switch (kind)
            {
                case 0:
                    k.Poly(Steel, ft * 0.8, (0, -fw * 0.3), (0, fw * 0.3), (-hl + 15, 3), (-hl + 15, -3));
                    RoundSection(k, Organic, RoundedOutline(-hl, -hd / 2, hl - 2, hd, hd * 0.45), -hl / 2, 0, hd, 0.7);
                    k.Tube(Steel, -16, -hd * 0.42, 14, hd * 0.84, 0.6);
                    break;
                case 1:
                    var tw = fw * 0.5;
                    k.Poly(Steel, ft * 0.8, (0, (-fw / 2) + 2), (0, (fw / 2) - 2), (-12, tw / 2), (-hl, tw * 0.35), (-hl, -tw * 0.35), (-12, -tw / 2));
                    RoundSection(k, Organic, SCorners(-hl, -hd / 2, hl - 4, hd), (-hl / 2) - 2, 0, ft + 8, 1.15 * 0.85);
                    break;
                default:
                    k.Rect(Steel, ft, -hl, -fw / 2, hl, fw);
                    RoundedRect(k, Organic, 2 * 5 * U(0.6, 0.75), -hl, -hd / 2, hl - 2, hd, 5);
                    for (var i = random.Next(2, 4); i > 0; i--)
                    {
                        k.Ellipse(Brass, ft + 10, -hl * (0.15 + (0.3 * (i - 1))), 0, 2.5, 2.5);
                    }

                    break;
            }

            if (sheath)
            {
                k.Poly(Organic, 2 * ((2 * 0.7) + (0.4 * 1.4)), SCorners(-4, (-fw / 2) - 3, bl + 8, fw + 6));
                for (var i = random.Next(2, 4); i > 0; i--)
                {
                    k.Rect(Organic, 2 * 0.15 * 1.4 * 3, U(0, bl - 20), (-fw / 2) - 3.5, 18, fw + 7);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A ceramic blade hidden in the padding of a bra: the bra laid flat or folded cup into cup, its moulded cups (polyurethane foam
        /// 5–9 mm at about 0.05 g/cm³ under two or three layers of fabric, the foam crossed at a slant toward each cup's rim), a gel
        /// push-up pad on some; steel underwires (2.5 × 1.1–1.4 mm flat wire in nylon casings) under each cup; the elastic band and its
        /// wings, a hook-and-eye closure of steel wire, the straps with steel or nylon sliders and rings. In the pocket under one cup's
        /// pad a zirconia blade (6 g/cm³) 60–100 mm long, 14–22 mm deep and 1.6–2.2 mm thick, snapped from a ceramic kitchen knife or
        /// sold bare, its back wrapped in tape on some. The bra is the host; the blade is the item.
        /// </summary>
        private PixelBox CeramicBladeInBra(double scale)
        {
            var cw = U(130, 160);
            var ch = cw * U(0.75, 0.85);
            var wing = U(70, 110);
            var bandH = U(28, 40);
            var folded = Chance(0.4);
            var gap = U(6, 14);
            var metal = Chance(0.55);
            var gel = Chance(0.2);
            var foam = (U(5, 9) * 0.05) + (U(2, 3) * 0.3 * 0.5);
            var half = folded ? (cw / 2) + 34 : cw + (gap / 2) + wing + 3;
            var (top, bottom) = folded ? ((-ch / 2) - 22, (ch / 2) + 22) : ((-ch / 2) - 52, (ch / 2) + 4);
            var pen = Lay(-half, top, half, bottom, scale);
            var k = new Turned(pen, 0, 0, 0);
            double[] cups = folded ? [0, U(-3, 3)] : [-(cw + gap) / 2, (cw + gap) / 2];
            foreach (var cx in cups)
            {
                k.Ellipse(Organic, foam, cx, 0, cw / 2, ch / 2);
                k.Ring(Organic, foam * 2, 6, cx, 0, (cw / 2) - 3, (ch / 2) - 3);
                var wire = UArc(cx, 0, (cw / 2) - 4, (ch / 2) - 2, -0.08 * Math.PI, 1.08 * Math.PI, 16);
                k.Line(Organic, 2 * 0.3 * 1.14 * 2, 5, false, wire);
                k.Line(Steel, U(1.1, 1.4), 2.5, false, wire);
                if (gel)
                {
                    k.Ellipse(Silicone, 8, cx, ch * 0.15, cw * 0.3, ch * 0.25);
                }
            }

            var strap = 2 * 1.2 * 1.1;
            if (folded)
            {
                k.Rect(Organic, 2 * 1.0 * 1.1, (-cw / 2) - 30, (ch / 2) - bandH, cw + 60, bandH);
                k.Rect(Organic, 2 * 1.0 * 1.1, (-cw / 2) - 20, -bandH / 2, cw + 40, bandH);
                k.Line(Organic, strap, 15, false, UArc(0, 0, cw * 0.4, ch * 0.3, 0.2 * Math.PI, 1.6 * Math.PI, 12));
                ZHooks(k, (cw / 2) + 18, (ch / 2) - (bandH / 2), bandH, metal);
            }
            else
            {
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    var x0 = s * (cw + (gap / 2));
                    var x1 = s * (cw + (gap / 2) + wing);
                    k.Rect(Organic, 2 * 1.0 * 1.1, Math.Min(x0, x1), (ch / 2) - bandH - 4, Math.Abs(x1 - x0), bandH);
                    var cx = s * (cw + gap) / 2;
                    (double X, double Y)[] path =
                    [
                        (cx + (s * cw * 0.2), -ch * 0.42), (cx + (s * cw * 0.45), (-ch / 2) - U(20, 45)), (x1 - (s * 20), (ch / 2) - bandH - 10),
                    ];
                    k.Line(Organic, strap, 15, false, path);
                    var (sx, sy) = path[1];
                    if (metal)
                    {
                        k.Line(Steel, 0.8 * 1.0 * 2, 1.0, true, SCorners(sx - 9, sy - 4, 18, 8));
                        k.Ring(Steel, 0.8 * 1.0 * 2, 1.0, sx + (s * 24), sy + 8, 6, 6);
                    }
                    else
                    {
                        k.Rect(Organic, 1.5 * 1.1, sx - 9, sy - 4, 18, 8);
                    }
                }

                ZHooks(k, cw + (gap / 2) + wing - 12, (ch / 2) - (bandH / 2) - 4, bandH, true);
            }

            k.Rect(Organic, 2 * 0.5 * 1.1, -gap - 6, -ch * 0.15, (2 * gap) + 12, ch * 0.55);
            var bl = U(60, 100);
            var bw = U(14, 22);
            var bt = U(1.6, 2.2);
            var tape = Chance(0.4);
            var cup = cups[random.Next(cups.Length)];
            var ba = U(-0.4, 0.4) + (Chance(0.5) ? 0 : Math.PI);
            var room = Math.Max(0, (cw / 2) - (bl / 2) - 6);
            var (bx, by) = (cup + U(-room, room), U(-ch * 0.12, ch * 0.12));
            pen.Item(() =>
            {
                var z = new Turned(pen, bx, by, ba);
                (double X, double Y)[] blade = [(-bl / 2, -bw / 2), (bl * 0.2, -bw / 2), (bl / 2, -bw * 0.1), (bl * 0.25, bw / 2), (-bl / 2, bw / 2)];
                z.Poly(Zirconia, bt * 0.5, blade);
                z.Poly(Zirconia, bt * 0.5, Shrunk(blade, 0, -bw / 2, 1, 0.5));
                if (tape)
                {
                    z.Rect(Organic, 2 * 0.15 * 1.4 * 4, (-bl / 2) - 1, (-bw / 2) - 1, bl * 0.35, bw + 2);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A bra's hook-and-eye closure centred on (<paramref name="x"/>, <paramref name="y"/>): two or three rows of two or three hooks
        /// (0.6 mm steel wire bent double) on a fabric tape, and beside them the eyes (small loops of 0.5 mm wire), or on a nylon-hook
        /// closure the same in nylon.
        /// </summary>
        private void ZHooks(Turned k, double x, double y, double h, bool metal)
        {
            var rows = random.Next(2, 4);
            var cols = random.Next(2, 4);
            k.Rect(Organic, 2 * 0.6 * 1.1, x - 10, y - (h / 2), 20 + (cols * 7), h);
            for (var r = 0; r < rows; r++)
            {
                var ry = y - (h / 2) + ((r + 0.5) * h / rows);
                k.Line(metal ? Steel : Organic, metal ? 0.8 * 0.6 * 2 : 1.5, 0.8, false, (x - 7, ry - 2), (x - 1, ry - 2), (x + 1, ry), (x - 1, ry + 2), (x - 7, ry + 2));
                for (var c = 0; c < cols; c++)
                {
                    k.Ring(metal ? Steel : Organic, metal ? 0.8 * 0.5 : 1.2, 0.6, x + 8 + (c * 7), ry, 2, 1.5);
                }
            }
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A pepper or CS spray (a weapon designed to discharge a noxious liquid, and so a prohibited firearm under the Firearms Act
        /// 1968, s. 5(1)(b); bought abroad and online and often seized at gates): a keyring canister 18–22 mm across and 70–90 mm long in
        /// a plastic sleeve on a steel split ring, or a 40–75 ml canister 35–40 mm across and 110–150 mm long of aluminium (0.4 mm) or
        /// tinplate (0.25 mm) with a belt clip on some; its domed base, the steel valve cup, spring and dip tube, 45–70 % full of
        /// capsaicin or CS in solvent (about 0.85 g/cm³) lying along its low side; a flip-top polypropylene actuator; in a nylon holster
        /// on some. Lying on its side, or standing on its base with the beam down its length.
        /// </summary>
        private PixelBox PepperSpray(double scale)
        {
            var keyring = Chance(0.4);
            var d = keyring ? U(18, 22) : U(35, 40);
            var l = keyring ? U(70, 90) : U(110, 150);
            var steelCan = !keyring && Chance(0.5);
            var can = steelCan ? Steel : Aluminium;
            var wall = steelCan ? 0.25 : 0.4;
            var clip = !keyring && Chance(0.5);
            var holster = Chance(0.25);
            var level = U(0.45, 0.7);
            if (Chance(0.2))
            {
                var reach = (d / 2) + (holster ? 4 : 1) + (keyring ? 26 : 0);
                var sp = Lay(-reach, -reach, reach, reach, scale);
                var s = new Turned(sp, 0, 0, 0);
                WStanding(s, can, d / 2, l, wall, 2 * wall);
                s.Ellipse(Organic, l * 0.9 * level * 0.85, 0, 0, (d / 2) - 0.5, (d / 2) - 0.5);
                s.Ellipse(Steel, 0.3 * 2, 0, 0, 12.5, 12.5);
                s.Ellipse(Organic, 0.8 * 22 * 0.9 * 0.5, 0, 0, (d / 2) - 2, (d / 2) - 2);
                s.Ellipse(Steel, 8, 0, 0, 2, 2);
                if (keyring)
                {
                    s.Ring(Organic, l * 1.5 * 1.1 / 1.5, 1.5, 0, 0, (d / 2) + 1, (d / 2) + 1);
                    s.Ring(Steel, 0.8 * 1.6 * 2, 1.6, (d / 2) + 12, 0, 12, 12);
                }

                if (holster)
                {
                    s.Ring(Organic, l * 1.5 * 1.1 / 1.5, 1.5, 0, 0, (d / 2) + 2.5, (d / 2) + 2.5);
                }

                return sp.Box;
            }

            var back = keyring ? 34 : 3;
            var side = (d / 2) + (clip ? 6 : 1) + (holster ? 4 : 0);
            var pen = Lay((-l / 2) - back, -side, (l / 2) + 26, side, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(can, -l / 2, -d / 2, l - 6, d, wall);
            ZDiscEdgeOn(k, can, (-l / 2) + 2, 0, d / 2, 4, wall / 4 * 2);
            k.Poly(can, 2 * wall * 1.5, ((l / 2) - 6, -d / 2), ((l / 2) - 1, -d * 0.3), ((l / 2) - 1, d * 0.3), ((l / 2) - 6, d / 2));
            ZDiscEdgeOn(k, Steel, (l / 2) - 1, 0, d * 0.32, 2, 0.3);
            k.Line(Steel, 0.8 * 0.6 * 2, 0.6, false, Zigzag((l / 2) - 14, (l / 2) - 4, -2, 1.5, 4));
            k.Line(Organic, 0.8 * 2.5 * 0.6, 2.5, false, ((-l / 2) + 4, (d / 2) - 3), ((l / 2) - 14, 0));
            LyingFill(k, Organic, (-l / 2) + 1, l - 8, d - (2 * wall), level, 0.85);
            k.Rect(Organic, 0.8 * d * 0.8 * 0.9 * 0.5, l / 2, -d * 0.4, 22, d * 0.8);
            k.Rect(Organic, 0.8 * 3 * 0.9, (l / 2) + 20, -d * 0.42, 4, d * 0.84);
            if (keyring)
            {
                k.Tube(Organic, (-l / 2) - 2, (-d / 2) - 1.5, l + 4, d + 3, 1.5 * 1.1);
                k.Rect(Organic, 0.8 * 8 * 1.1, (-l / 2) - 10, -4, 10, 8);
                k.Ring(Steel, 0.8 * 1.6 * 2, 1.6, (-l / 2) - 20, 0, 11, 11);
            }

            if (clip)
            {
                k.Rect(Steel, 0.8 * 2, -l * 0.35, (d / 2) + 1, l * 0.55, 4);
                k.Rect(Steel, 0.8 * 12, (l * 0.2) - 4, (d / 2) - 1, 6, 6);
            }

            if (holster)
            {
                k.Poly(Organic, 2 * 1.5 * 1.1, SCorners((-l / 2) - 3, (-d / 2) - 4, l + 8, d + 8));
                k.Ring(Brass, 2 * 0.6 * 2, 2.5, l * 0.3, (-d / 2) - 1, 5, 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pepperbox pistol (the Allen and Thurber pattern of the 1840s, sold as antiques and reproductions at fairs and online, and able
        /// to fire): a cluster of five or six barrels bored in one steel block 80–110 mm long and 32–38 mm across (bores of 7.8–9.1 mm)
        /// turning on a steel arbor, the nipples round its breech; an iron frame behind it, a flat bar hammer over the top, a ring trigger or
        /// a trigger in a guard; a bag grip of walnut (about 0.7 g/cm³, 28 mm thick) curving down behind, with its backstrap and screws;
        /// unloaded, or every barrel charged with black powder (about 1.0 g/cm³) and a lead ball and capped with copper caps.
        /// </summary>
        private PixelBox PepperboxPistol(double scale)
        {
            var cl = U(80, 110);
            var cd = U(32, 38);
            var bores = Chance(0.75) ? 6 : 5;
            var bore = U(7.8, 9.1);
            var loaded = Chance(0.35);
            var ring = Chance(0.5);
            var metal = 1 - (bores * bore * bore / (cd * cd));
            var pen = Lay(-104, (-cd / 2) - 12, cl + 3, 96, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Cylinder(Steel, 0, -cd / 2, cl, cd, metal * 0.9);
            g.Rect(Steel, 0.8 * 6, cl - 4, (-cd / 2) + 1, 4, cd - 2);
            g.Rect(Steel, 0.8 * cd * 0.5, -7, (-cd / 2) - 1, 8, cd + 2);
            g.Rect(Steel, 0.8 * 14, -44, -cd * 0.35, 40, (cd * 0.7) + 12);
            g.Cylinder(Steel, -40, -3, cl + 42, 6, 0.3);
            g.Poly(Steel, 0.8 * 8, (-62, (-cd / 2) - 2), (-6, (-cd / 2) - 6), (-4, (-cd / 2) + 2), (-48, (-cd / 2) + 6), (-66, (-cd / 2) + 4));
            var fy = (cd * 0.35) + 12;
            if (ring)
            {
                g.Ring(Steel, 0.8 * 4, 3.5, -24, fy + 12, 9, 9);
            }
            else
            {
                g.Line(Brass, 0.8 * 5, 3, false, UArc(-26, fy, 18, 14, 0, Math.PI, 10));
                g.Poly(Steel, 5, (-24, fy - 2), (-19, fy - 2), (-23, fy + 10), (-27, fy + 9));
            }

            (double X, double Y)[] grip = [(-46, fy - 8), (-16, fy - 6), (-36, 58), (-64, 90), (-96, 86), (-88, 58), (-64, fy - 2)];
            RoundSection(g, Organic, grip, -62, 52, 28, 0.7);
            g.Line(Steel, 0.8 * 4, 3, false, (-46, fy - 8), (-72, 40), (-96, 86));
            g.Ellipse(Steel, 28, -52, 40, 2, 2);
            var pr = cd * 0.3;
            if (loaded)
            {
                for (var i = 0; i < bores; i++)
                {
                    var y = pr * Math.Sin(2 * Math.PI * i / bores);
                    g.Cylinder(Organic, 3, y - (bore / 2), 18, bore, 1.0);
                    Ball(g, Lead, 21 + (bore / 2), y, (bore / 2) - 0.2, 1.0);
                    g.Rect(Brass, 0.8 * 5 * 0.3, -12, y - 2.5, 5, 5);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A MAC-10 or MAC-11 pattern machine pistol (seized in the UK as reactivated, converted and workshop-made copies): a receiver of
        /// stamped 1.5 mm steel 220–269 mm long, 40–50 mm high and 33–45 mm through (its top and bottom seen edge-on), a solid rear cap; a
        /// telescoping steel bolt (about 0.35–0.5 kg) closed over the breech, its recoil springs and guides and its cocking knob on top;
        /// the barrel (15–19 mm over a 9–11.5 mm bore) running 20–55 mm out of the front, threaded; the sights; the pistol grip of
        /// stamped steel round the magazine well, the trigger and a steel guard; a double-stack steel magazine of .45 ACP, 9 mm or .380,
        /// short or long, loaded or not, in the grip or out; the steel wire stock collapsed along it on some.
        /// </summary>
        private PixelBox Mac10Pistol(double scale)
        {
            var mac11 = Chance(0.35);
            var nine = !mac11 && Chance(0.5);
            var rl = mac11 ? U(220, 225) : U(265, 269);
            var rh = mac11 ? 40.0 : 50.0;
            var rw = mac11 ? 33.0 : 45.0;
            var barrelOut = mac11 ? U(20, 28) : U(45, 55);
            var bod = mac11 ? 15.0 : 19.0;
            var bore = mac11 ? 9.0 : nine ? 9.0 : 11.5;
            var stock = Chance(0.5);
            var magazine = Chance(0.75);
            var ml = mac11 ? (Chance(0.5) ? 135.0 : 230.0) : (Chance(0.4) ? 150.0 : 250.0);
            var (caseL, d, rim, bo, bd, fore) = mac11
                ? (17.3, 9.5, 9.5, 7.5, 9.0, 28.0)
                : nine ? (19.15, 9.9, 9.96, 10.5, 9.0, 31.0) : (22.8, 12.0, 12.0, 9.6, 11.5, 35.0);
            var gripL = mac11 ? 90.0 : 105.0;
            var gx = -rl * 0.05;
            var xb = gx + 22;
            var bottom = Math.Max((rh / 2) + gripL + 2, magazine ? (rh / 2) - 10 + ml + 2 : 0);
            var pen = Lay((-rl / 2) - (stock ? 14 : 4), (-rh / 2) - 16, (rl / 2) + barrelOut + 2, bottom, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 1.5, -rl / 2, -rh / 2, rl, rh);
            g.Line(Steel, rw, 1.5, true, SCorners((-rl / 2) + 0.75, (-rh / 2) + 0.75, rl - 1.5, rh - 1.5));
            g.Rect(Steel, rw, (-rl / 2) - 2, (-rh / 2) + 2, 5, rh - 4);
            g.Rect(Steel, rw * 0.5, (rl / 2) - 4, (-rh / 2) + 2, 4, rh - 4);
            var by = -rh * 0.1;
            g.Tube(Steel, xb - 5, by - (bod / 2), (rl / 2) + barrelOut - xb + 5, bod, (bod - bore) / 2 * 0.9);
            g.Rect(Steel, 0.8 * bod * 0.3, (rl / 2) + barrelOut - 14, by - (bod / 2) - 0.5, 14, bod + 1);
            var boltBack = mac11 ? 45.0 : 55.0;
            g.Rect(Steel, rw * 0.55, xb - boltBack, (-rh / 2) + 3, boltBack, rh - 8);
            g.Rect(Steel, 2 * 4, xb, (-rh / 2) + 3, mac11 ? 45 : 60, rh - 8);
            g.Cylinder(Steel, xb - boltBack, (-rh / 2) + 4, 100, 5, 0.6);
            g.Line(Steel, 2 * 1.2, 1.2, false, Zigzag(xb - boltBack + 4, xb + 55, (-rh / 2) + 5, 5, 4));
            g.Rect(Steel, 0.8 * 12, xb - 24, (-rh / 2) - 14, 12, 14);
            g.Rect(Steel, 0.8 * 8, (rl / 2) - 14, (-rh / 2) - 8, 6, 8);
            g.Rect(Steel, 0.8 * 10, (-rl / 2) + 6, (-rh / 2) - 10, 8, 10);
            g.Rect(Steel, 2 * 1.5, gx - 20, rh / 2, 40, gripL);
            g.Line(Steel, rw * 0.75, 1.5, true, SCorners(gx - 19.25, (rh / 2) + 0.75, 38.5, gripL - 1.5));
            var gy = (rh / 2) + 2;
            g.Line(Steel, 10 * 2 / 2, 2, false, (gx + 20, gy), (gx + 22, gy + 30), (gx + 60, gy + 30), (gx + 72, gy));
            g.Poly(Steel, 6, (gx + 30, gy), (gx + 35, gy), (gx + 33, gy + 16), (gx + 29, gy + 15));
            g.Rect(Steel, 0.8 * 8, gx - 30, (-rh / 2) + 6, 10, 8);
            if (magazine)
            {
                BoxMagazine(pen, gx, (rh / 2) - 10 + (ml / 2), Math.PI / 2, ml, fore, random.Next(0, 33), true, caseL, d, rim, bo, bd, true);
            }

            if (stock)
            {
                g.Rect(Steel, 0.8 * 6, (-rl / 2) - 8, (rh / 2) - 9, rl * 0.85, 6);
                g.Rect(Steel, 0.8 * 6, (-rl / 2) - 8, (-rh / 2) + 3, rl * 0.85, 6);
                g.Rect(Steel, 45, (-rl / 2) - 12, (-rh / 2) + 2, 2, rh + 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Chiappa Rhino revolver (sold in the UK only as a deactivated or section 5 arm, and copied): the barrel on the line of the
        /// lowest chamber, 51, 102, 127 or 152 mm of steel (15 mm over a 9.1 mm bore) inside a 7075 aluminium shroud (two 3 mm walls) with
        /// its top rib and front sight; a six-shot steel cylinder 40 mm long and 37 mm across its flats, its chambers bored; a frame of
        /// aluminium alloy round the cylinder window (the top strap, the lower strap and the recoil shield, about 33 mm through), the steel
        /// hammer-like cocking lever, the trigger and an alloy guard; a grip of rubber (about 1.1 g/cm³) or walnut (about 0.7), 34 mm
        /// through, over an alloy grip frame; empty or with one to six .357 Magnum rounds in the cylinder.
        /// </summary>
        private PixelBox RhinoRevolver(double scale)
        {
            double[] barrels = [51, 102, 127, 152];
            var bl = barrels[random.Next(barrels.Length)];
            const double cl = 40;
            const double cd = 37;
            const double bod = 15;
            var pr = cd * 0.31;
            var rounds = Chance(0.55) ? random.Next(1, 7) : 0;
            var wood = Chance(0.4);
            var metal = 1 - (6 * 9.1 * 9.1 / (cd * cd));
            var pen = Lay(-cl - 62, (-cd / 2) - 24, bl + 3, (cd / 2) + 88, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, metal * 0.9);
            g.Cylinder(Steel, -cl - 4, -3, cl + 8, 6, 0.5);
            g.Tube(Steel, 0, pr - (bod / 2), bl + 2, bod, (bod - 9.1) / 2 * 0.9);
            g.Rect(Aluminium, 2 * 3, 0, (-cd / 2) + 4, bl, pr + (bod / 2) + 2 - ((-cd / 2) + 4));
            g.Rect(Aluminium, 0.8 * 10, 0, (-cd / 2) + 1, bl, 5);
            g.Rect(Steel, 0.8 * 4, bl - 10, (-cd / 2) - 6, 5, 7);
            g.Rect(Aluminium, 0.8 * 30, -cl - 10, (-cd / 2) - 8, cl + 20, 7);
            g.Rect(Aluminium, 0.8 * 30, -cl - 10, (cd / 2) + 1, cl + 22, 9);
            g.Rect(Aluminium, 28, -cl - 12, (-cd / 2) - 8, 12, cd + 18);
            g.Rect(Aluminium, 28, 0, (-cd / 2) - 1, 10, cd + 2);
            g.Rect(Steel, 6, -cl - 10, pr - 3, 10, 6);
            g.Poly(Steel, 0.8 * 8, (-cl - 12, (-cd / 2) - 6), (-cl - 4, (-cd / 2) - 8), (-cl - 16, (-cd / 2) - 22), (-cl - 24, (-cd / 2) - 18));
            var fy = (cd / 2) + 10;
            g.Line(Aluminium, 0.8 * 9 * 0.6, 4, false, UArc(-cl + 16, fy, 17, 15, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-cl + 10, fy - 1), (-cl + 16, fy - 1), (-cl + 11, fy + 12), (-cl + 7, fy + 11));
            (double X, double Y)[] grip =
            [
                (-cl - 16, fy - 2), (-cl - 2, fy - 2), (-cl - 14, fy + 36), (-cl - 22, fy + 74), (-cl - 48, fy + 76), (-cl - 46, fy + 40),
                (-cl - 34, fy + 6),
            ];
            g.Poly(Aluminium, 2 * 2.5, Shrunk(grip, -cl - 26, fy + 36, 0.45, 0.95));
            RoundSection(g, Organic, grip, -cl - 26, fy + 36, 34, wood ? 0.7 : 1.1);
            g.Ellipse(Steel, 34, -cl - 27, fy + 38, 2, 2);
            var phase = Math.PI / 2;
            var chambers = Enumerable.Range(0, 6).OrderBy(_ => random.Next()).Take(rounds).ToArray();
            foreach (var c in chambers)
            {
                var y = pr * Math.Sin(phase + (c * Math.PI / 3));
                CartridgeSide(new Turned(pen, -cl + 20, y, 0), 33, 9.6, 11.2, 7, 9.1, Chance(0.6), Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun in the inside pocket of a folded padded jacket: the jacket folded to 330–420 × 260–330 mm in four to eight layers,
        /// each of nylon shell, polyester wadding and lining (about 0.35–0.6 mm of water a layer as it lies pressed, in quilted channels),
        /// thicker along its folds; a zip of brass teeth or moulded plastic with a zinc-alloy slider, brass press studs; in the pocket a
        /// compact 9 mm pistol with a polymer or steel frame or a subcompact one, loaded or not, in a nylon holster on some. The jacket is
        /// the host; the gun and its holster are the item.
        /// </summary>
        private PixelBox PistolInFoldedJacket(double scale)
        {
            var fl = U(330, 420);
            var fw = U(260, 330);
            var layers = random.Next(4, 9);
            var fill = U(0.35, 0.6);
            var pen = Lay((-fl / 2) - 2, (-fw / 2) - 2, (fl / 2) + 2, (fw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var channels = random.Next(4, 8);
            var chw = fw / channels;
            for (var i = 0; i < channels; i++)
            {
                k.Rect(Organic, layers * fill * U(0.85, 1.15), -fl / 2, (-fw / 2) + (i * chw) + 1.5, fl, chw - 3);
            }

            k.Rect(Organic, layers * 0.12, -fl / 2, -fw / 2, fl, fw);
            k.Line(Organic, layers * fill * 2, 4, true, SCorners((-fl / 2) + 2, (-fw / 2) + 2, fl - 4, fw - 4));
            var metalZip = Chance(0.55);
            var zy = U(-fw * 0.35, fw * 0.35);
            (double X, double Y)[] zip = [((-fl / 2) + 10, zy), (0, zy + U(-8, 8)), ((fl / 2) - 10, zy + U(-15, 15))];
            k.Line(metalZip ? Brass : Organic, metalZip ? 1.2 : 2 * 1.2 * 1.1, 5, false, zip);
            k.Rect(ZincAlloy, 3, (fl / 2) - 34, zy - 6, 25, 12);
            for (var i = random.Next(4, 8); i > 0; i--)
            {
                var (sx, sy) = (U((-fl / 2) + 15, (fl / 2) - 15), U((-fw / 2) + 15, (fw / 2) - 15));
                k.Ring(Brass, 2 * 0.6 * 2, 2.5, sx, sy, 5, 5);
                k.Ellipse(Brass, 1.0, sx, sy, 3, 3);
            }

            var compact = Chance(0.55);
            var l = compact ? U(170, 187) : U(150, 165);
            var h = compact ? l * 0.7 : U(100, 112);
            var (gx0, gy0, gx1, gy1) = compact ? ((-l / 2) - 34, (-h / 2) - 2, (l / 2) + 2, (h / 2) + 10) : ((-l / 2) - 30, (-h / 2) - 2, (l / 2) + 2, (h / 2) + 8);
            var oa = U(0, 2 * Math.PI);
            var (ox, oy) = ZInside(oa, gx0, gy0, gx1, gy1, (-fl / 2) + 8, (-fw / 2) + 8, (fl / 2) - 8, (fw / 2) - 8);
            var holster = Chance(0.3);
            var polymer = Chance(0.7);
            var rounds = Chance(0.6) ? random.Next(5, 16) : 0;
            var magazine = Chance(0.85);
            var alloy = Chance(0.3);
            pen.Item(() =>
            {
                if (compact)
                {
                    CompactNine(pen, ox, oy, oa, l, polymer, magazine, rounds);
                }
                else
                {
                    SubcompactPistol(pen, ox, oy, oa, l, h, alloy, Chance(0.7), rounds);
                }

                if (holster)
                {
                    var hs = new Turned(pen, ox, oy, oa);
                    hs.Poly(Organic, 2 * 1.5 * 1.1, SCorners((-l / 2) - 3, (-h / 2) - 3, l + 5, h * 0.5));
                    hs.Rect(Steel, 0.8 * 1.5 * 2, -l * 0.1, (-h / 2) - 3, 14, h * 0.5);
                }
            });

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone carried ready for a magnetic car mount: a slab phone (see <see cref="XPhone"/>) bare or in a clear TPU case, a
        /// steel mount plate (a 34–40 mm disc 0.5–0.8 mm thick, or a 65 × 38 × 0.5 mm plate) stuck on its back or inside the case; on some
        /// the magnetic vent mount itself still clinging to it: an ABS head 38–42 mm across over four to six N52 disc magnets (12 × 2 mm,
        /// counted as steel at 7.5 / 7.85) and a 1 mm steel backing plate, its zinc ball joint and its vent clip standing off along the
        /// beam. The plate and mount are carried on the phone, so all of it is the item.
        /// </summary>
        private PixelBox PhoneWithMountPlate(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var cased = Chance(0.65);
            var mount = Chance(0.35);
            var round = Chance(0.6);
            var m = cased ? 3.0 : 1.0;
            var pen = Lay((-pl / 2) - m, (-pw / 2) - m, (pl / 2) + m, (pw / 2) + m, scale);
            var p = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            XPhone(p, pl, pw);
            if (cased)
            {
                SPhoneCase(p, pl, pw, 9, U(7.4, 8.9));
            }

            var (px, py) = (U(-pl * 0.05, pl * 0.15), U(-3, 3));
            if (round)
            {
                var r = U(17, 20);
                p.Ellipse(Steel, U(0.5, 0.8), px, py, r, r);
                p.Ellipse(Organic, 0.2 * 1.0, px, py, r, r);
            }
            else
            {
                p.Rect(Steel, 0.5, px - 32, py - 19, 65, 38);
                p.Rect(Organic, 0.2 * 1.0, px - 32, py - 19, 65, 38);
            }

            if (mount)
            {
                var r = U(19, 21);
                p.Ellipse(Organic, 2 * 2 * 1.05, px, py, r, r);
                p.Ring(Organic, 12 * 2 * 1.05 / 2, 2, px, py, r - 1, r - 1);
                var n = random.Next(4, 7);
                for (var i = 0; i < n; i++)
                {
                    var a = 2 * Math.PI * i / n;
                    p.Ellipse(Steel, 2 * 7.5 / 7.85, px + (r * 0.5 * Math.Cos(a)), py + (r * 0.5 * Math.Sin(a)), 6, 6);
                }

                p.Ellipse(Steel, 1.0, px, py, r - 4, r - 4);
                Ball(p, ZincAlloy, px, py, 7, 0.9);
                p.Rect(Organic, 30 * 1.05 * 0.35, px - 10, py - 12, 20, 24);
                p.Rect(Steel, 0.8 * 0.8 * 3, px - 6, py - 10, 12, 20);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone locked in a phone-locking pouch (the Yondr kind handed out at concerts, schools and courts, and carried away after): a
        /// sleeve of foam-backed fabric (two 3 mm faces at about 0.3 g/cm³) bound round its edge with nylon tape, 30–45 mm longer and
        /// 14–22 mm wider than the phone; at its open end the lock, a polycarbonate housing (two 2 mm walls at about 1.2, 12 mm deep)
        /// with its steel pin through both flaps and its steel locking balls and spring; in it a slab smartphone (see <see cref="XPhone"/>)
        /// or a candy-bar phone (see <see cref="SFeaturePhone"/>). Pouch and phone are carried as one, so all of it is the item.
        /// </summary>
        private PixelBox PhoneInLockingPouch(double scale)
        {
            var basic = Chance(0.25);
            var (pl, pw) = basic ? (U(112, 120), U(48, 52)) : (U(140, 165), U(68, 77));
            var l = pl + U(34, 46);
            var w = pw + U(14, 22);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-l / 2, -w / 2, l, w, 8);
            k.Poly(Organic, 2 * 3 * 0.3, outline);
            k.Line(Organic, 3 * 1 * 1.1 * 2, 3, true, Shrunk(outline, 0, 0, 0.985, 0.96));
            var lx = (l / 2) - 16;
            var lh = Math.Min(46, w * 0.7);
            var housing = RoundedOutline(lx - 14, -lh / 2, 28, lh, 6);
            k.Poly(Organic, 2 * 2 * 1.2, housing);
            k.Line(Organic, 12 * 2 * 1.2 / 2, 2, true, Shrunk(housing, lx, 0, 0.95, 0.96));
            k.Ellipse(Steel, 12 + 6, lx, 0, 2.2, 2.2);
            k.Ellipse(Steel, 0.8 * 3 * 2, lx + 5, -4, 1.5, 1.5);
            k.Ellipse(Steel, 0.8 * 3 * 2, lx + 5, 4, 1.5, 1.5);
            k.Line(Steel, 0.8 * 0.5 * 2, 0.5, false, Zigzag(lx - 10, lx - 3, -1.5, 1.2, 3));
            var ph = new Turned(pen, (-l / 2) + 4 + (pl / 2), U(-2, 2), Chance(0.5) ? 0 : Math.PI);
            if (basic)
            {
                SFeaturePhone(ph, pl, pw, U(13, 15), U(5, 6), false);
            }
            else
            {
                XPhone(ph, pl, pw);
            }

            return pen.Box;
        }

        /// <summary>
        /// A phone pushed into the middle of a packet of dried spaghetti (in a food parcel): a 500 g or 1 kg bundle of 255–265 mm strands
        /// of durum semolina (about 1.45 g/cm³, packed at about 78 %) lying flat in its polypropylene bag, its section a flattened oval so
        /// the path through it is deepest along the middle; the bag's sealed ends; in the bundle's core, strands drawn out to make room,
        /// a thumb phone (see <see cref="ThumbHandset"/>) or a compact smartphone (see <see cref="SmartHandset"/>) in a few turns of cling
        /// film. The packet and pasta are the host; the phone and its film are the item.
        /// </summary>
        private PixelBox PhoneInSpaghettiPack(double scale)
        {
            var kilo = Chance(0.3);
            var mass = kilo ? 1000.0 : 500.0;
            var sl = U(255, 265);
            var sw = kilo ? U(85, 100) : U(70, 85);
            const double rho = 1.45 * 0.78;
            var area = mass / rho * 1000 / sl;
            var dmax = 4 * area / (Math.PI * sw);
            var half = sw / 2;
            var thumb = Chance(0.65) || sw < 80;
            var (pl, pw, pd) = thumb ? (U(46, 72), U(20, 24), U(11, 14)) : (U(128, 138), U(62, 66), U(7.5, 8.5));
            var bagL = sl + 24;
            var pen = Lay((-bagL / 2) - 1, -half - 7, (bagL / 2) + 1, half + 7, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, 2 * 0.04 * 0.9, -bagL / 2, -half - 6, bagL, sw + 12);
            k.Rect(Organic, 0.8 * 4 * 0.9, -bagL / 2, -half - 6, 10, sw + 12);
            k.Rect(Organic, 0.8 * 4 * 0.9, (bagL / 2) - 10, -half - 6, 10, sw + 12);
            k.Line(Organic, 0.8 * 1.2, 1.2, true, SCorners(-bagL / 2, -half - 6, bagL, sw + 12));
            double Full(double y) => dmax * Math.Sqrt(Math.Max(0, 1 - ((y / half) * (y / half)))) * rho;
            var px = U((-sl / 2) + (pl / 2) + 10, (sl / 2) - (pl / 2) - 10);
            var (hx0, hx1) = (px - (pl / 2) - 3, px + (pl / 2) + 3);
            ProfileFill(k, Organic, -sl / 2, hx0 + (sl / 2), half, Full);
            ProfileFill(k, Organic, hx1, (sl / 2) - hx1, half, Full);
            ProfileFill(k, Organic, hx0, hx1 - hx0, half, y => Math.Max(0, Full(y) - (Math.Abs(y) < (pw / 2) + 2 ? (pd + 2) * rho : 0)));
            var pa = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var q = new Turned(pen, px, 0, pa);
                VFilmBag(q, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4, 0.04, 0.92);
                if (thumb)
                {
                    ThumbHandset(q, pl, pw, pd);
                }
                else
                {
                    SmartHandset(q, pl, pw, pd, Aluminium, 2.0);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A thumb phone inside an electric shaver gutted to hold it: a foil shaver's body (150–170 mm long, 52–62 mm wide and 38–48 mm
        /// deep, ABS with 2 mm walls at about 1.05 g/cm³, rubber grip panels) with its foil head (a 0.05 mm steel foil over the cutter
        /// block, aluminium foil frame) or a rotary shaver's body with its three steel cutting heads; its switch and the brass pins of its
        /// mains socket; the battery and, on most, the motor taken out, and in their place a thumb phone (see <see cref="ThumbHandset"/>)
        /// wound in PVC tape; a cap over the head on some. The shaver is the host; the phone and its tape are the item.
        /// </summary>
        private PixelBox PhoneInShaver(double scale)
        {
            var rotary = Chance(0.4);
            var len = U(150, 170);
            var w = rotary ? U(56, 64) : U(52, 62);
            var depth = U(38, 48);
            var hh = rotary ? 50.0 : 30.0;
            var motor = Chance(0.25) && len - hh - 60 >= 52;
            var cap = Chance(0.4);
            var pen = Lay((-len / 2) - 1, (-w / 2) - 2, (len / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-len / 2, -w / 2, len - hh, w, w * 0.35);
            k.Poly(Organic, 2 * 2 * 1.05, body);
            k.Line(Organic, depth * 2 * 1.05 / 2, 2, true, Shrunk(body, -hh / 2, 0, 0.985, 0.96));
            k.Rect(Organic, 2 * 1.5 * 1.1, (-len / 2) + 20, -w / 2, len * 0.45, 6);
            k.Rect(Organic, 2 * 1.5 * 1.1, (-len / 2) + 20, (w / 2) - 6, len * 0.45, 6);
            k.Rect(Organic, 0.8 * 6 * 1.05, 0, -6, 18, 12);
            k.Rect(Brass, 0.8 * 2, (-len / 2) + 2, -5, 10, 2);
            k.Rect(Brass, 0.8 * 2, (-len / 2) + 2, 3, 10, 2);
            var hx0 = (len / 2) - hh;
            if (rotary)
            {
                RoundedRect(k, Organic, 2 * 1.5 * 1.05, hx0 - 4, -w / 2, hh + 4, w, 16);
                foreach (var (cx, cy) in new[] { (hx0 + 13, -w * 0.24), (hx0 + 13, w * 0.24), (hx0 + hh - 15, 0.0) })
                {
                    var r = Math.Min(13, (w * 0.24) - 1);
                    k.Ellipse(Steel, 2 * 0.25, cx, cy, r, r);
                    k.Ring(Steel, 1.5, 2, cx, cy, r - 2, r - 2);
                    k.Ellipse(Steel, 1.2, cx, cy, r * 0.6, r * 0.6);
                    k.Ellipse(Organic, 2 * 1.5 * 1.05, cx, cy, r * 0.35, r * 0.35);
                }
            }
            else
            {
                k.Rect(Organic, 2 * 1.5 * 1.05, hx0, -w * 0.45, hh, w * 0.9);
                k.Rect(Steel, 0.15, hx0 + 4, -w * 0.4, hh - 8, w * 0.8);
                k.Line(Aluminium, 2 * 0.6 * 10 / 1.5, 1.5, true, SCorners(hx0 + 2, -w * 0.42, hh - 4, w * 0.84));
                k.Rect(Steel, 3.5, hx0 + 8, -w * 0.35, 12, w * 0.7);
                k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(hx0 - 12, hx0 - 2, -3, 2, 6));
            }

            if (cap)
            {
                RoundedRect(k, Organic, 2 * 1.5 * 0.9, hx0 - 6, (-w / 2) - 1, hh + 7, w + 2, 10);
            }

            var cavity = len - hh - 20;
            if (motor)
            {
                var mx = hx0 - 38;
                k.Tube(Steel, mx, -12, 32, 24, 0.5);
                k.Tube(Steel, mx + 2, -11, 26, 22, 2.5 * 4.8 / 7.85);
                k.Cylinder(Steel, mx + 3, -8, 24, 16, 0.5);
                cavity -= 40;
            }

            if (Chance(0.5))
            {
                k.Rect(Mixed, 0.6, (-len / 2) + 10, -w * 0.3, 20, w * 0.6);
                k.Rect(Brass, 0.06, (-len / 2) + 10, -w * 0.3, 20, w * 0.6);
            }

            var pl = Math.Min(U(46, 72), cavity - 6);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var px = (-len / 2) + 14 + (cavity / 2) + U(-(cavity - pl) / 2 + 3, ((cavity - pl) / 2) - 3);
            var pa = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var q = new Turned(pen, px, U(-3, 3), pa);
                VFilmBag(q, (-pl / 2) - 1.5, (-pw / 2) - 1.5, pl + 3, pw + 3, 0.3, 1.4);
                ThumbHandset(q, pl, pw, pd);
            });

            return pen.Box;
        }

        /// <summary>
        /// A thumb phone in the spine of a hardback book: a book 220–245 × 150–165 mm and 28–45 mm thick, its covers of 2.5 mm greyboard
        /// (about 0.75 g/cm³) in cloth, the spine board seen edge-on along the spine, the text block of paper (about 0.75), glued at the
        /// back; a pocket cut into the back of the text block along the spine and a thumb phone (see <see cref="ThumbHandset"/>) in cling
        /// film glued into it, the paper left over and under it; a paper dust jacket on some. The book is the host; the phone and its
        /// film are the item.
        /// </summary>
        private PixelBox PhoneInBookSpine(double scale)
        {
            var h = U(220, 245);
            var w = U(150, 165);
            var thick = U(28, 45);
            var (pl, pw, pd) = (U(46, 72), U(20, 24), U(11, 14));
            var jacket = Chance(0.5);
            var pen = Lay((-h / 2) - 4, (-w / 2) - 3, (h / 2) + 4, (w / 2) + 4, scale);
            var b = new Turned(pen, 0, 0, 0);
            b.Rect(Organic, (2 * 2.5 * 0.75) + (2 * 0.3 * 0.9), (-h / 2) - 3, -w / 2, h + 6, w + 3);
            b.Line(Organic, thick * 1.5 * 0.75 / 1.5, 1.5, false, ((-h / 2) - 3, (-w / 2) - 1), ((h / 2) + 3, (-w / 2) - 1));
            var block = thick - 6;
            var px = U((-h / 2) + (pl / 2) + 12, (h / 2) - (pl / 2) - 12);
            var (hx0, hy0, hx1, hy1) = (px - (pl / 2) - 3, (-w / 2) + 4, px + (pl / 2) + 3, (-w / 2) + 10 + pw);
            b.Poly(Organic, block * 0.75, XHoled(-h / 2, (-w / 2) + 3, h / 2, w / 2, hx0, hy0, hx1, hy1));
            b.Rect(Organic, Math.Max(0, block - pd - 2) * 0.75, hx0, hy0, hx1 - hx0, hy1 - hy0);
            b.Line(Organic, block * 1.0 * 1.2 / 1.5, 1.5, false, (-h / 2, (-w / 2) + 3.5), (h / 2, (-w / 2) + 3.5));
            b.Rect(Organic, 0.8 * 3 * 1.0, -h / 2, (-w / 2) + 3, 3, 20);
            b.Rect(Organic, 0.8 * 3 * 1.0, (h / 2) - 3, (-w / 2) + 3, 3, 20);
            if (jacket)
            {
                b.Rect(Organic, 2 * 0.12 * 0.9, (-h / 2) - 3, (-w / 2) - 2, h + 6, w + 5);
                b.Rect(Organic, 2 * 0.12 * 0.9, (-h / 2) - 3, (w / 2) - 80, h + 6, 82);
            }

            var pa = Chance(0.5) ? 0 : Math.PI;
            pen.Item(() =>
            {
                var q = new Turned(pen, px, (hy0 + hy1) / 2, pa);
                VFilmBag(q, (-pl / 2) - 2, (-pw / 2) - 2, pl + 4, pw + 4, 0.04, 0.92);
                ThumbHandset(q, pl, pw, pd);
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// .30-06 rounds in M1 Garand en-bloc clips (sold to collectors and shooters with the rifle, eight rounds to a clip): each round a
        /// brass case 63.3 mm long (11.9 mm body, shoulder at 49.5 mm, 8.6 mm neck) and a 7.82 mm jacketed bullet 21.5 mm out of it; the
        /// clip a band of 0.9 mm spring steel 57 × 23 mm and 18.5 mm deep round the rounds' heads, holding them in two staggered columns;
        /// one or two clips lying with the columns one over the other (each round half over the next as seen) or on their ends (the two
        /// columns side by side, four rounds deep), a few loose rounds beside them on some, in the pockets of a cotton bandoleer on some.
        /// </summary>
        private PixelBox EnBlocClip(double scale)
        {
            const double caseL = 63.3;
            const double body = 11.9;
            const double bo = 21.5;
            const double oal = caseL + bo;
            var clips = Chance(0.7) ? 1 : 2;
            var loose = random.Next(0, 4);
            var bandoleer = Chance(0.3);
            var edge = Chance(0.4);
            var ext = edge ? 13.0 : 30.0;
            var rows = new List<double>();
            var y = 0.0;
            for (var c = 0; c < clips; c++)
            {
                rows.Add(y + ext);
                y += (2 * ext) + 8;
            }

            var total = y + (loose * 13.5);
            var pen = Lay((-oal / 2) - 6, -total / 2, (oal / 2) + 6, total / 2, scale);
            var x0 = -oal / 2;
            foreach (var row in rows)
            {
                var cy = row - (total / 2);
                var k = new Turned(pen, 0, cy, 0);
                if (edge)
                {
                    foreach (var s in new[] { -5.15, 5.15 })
                    {
                        for (var i = 0; i < 4; i++)
                        {
                            BottleneckRound(new Turned(pen, 0, cy + s, 0), caseL, body, 49.5, 53.4, 8.6, bo, 7.82, Brass);
                        }
                    }

                    k.Rect(Steel, 57 * 0.9 / 1.2, x0 - 0.5, -11.65 - 0.6, 18.5, 1.2);
                    k.Rect(Steel, 57 * 0.9 / 1.2, x0 - 0.5, 11.65 - 0.6, 18.5, 1.2);
                    k.Rect(Steel, 2 * 0.9, x0 - 0.5, -11.65, 18.5, 23.3);
                }
                else
                {
                    for (var i = 0; i < 8; i++)
                    {
                        BottleneckRound(new Turned(pen, 0, cy + ((i - 3.5) * 5.95), 0), caseL, body, 49.5, 53.4, 8.6, bo, 7.82, Brass);
                    }

                    k.Rect(Steel, 2 * 0.9, x0 - 0.5, -28.5, 18.5, 57);
                    k.Rect(Steel, 23 * 0.9 / 1.2, x0 - 0.5, -28.5 - 0.6, 18.5, 1.2);
                    k.Rect(Steel, 23 * 0.9 / 1.2, x0 - 0.5, 28.5 - 0.6, 18.5, 1.2);
                    k.Rect(Steel, 2 * 0.9, x0 + 2.5, -28, 2.5, 56);
                }

                if (bandoleer)
                {
                    k.Rect(Organic, 2 * 0.6 * 0.6, x0 - 5, -ext + 1, oal + 10, (2 * ext) - 2);
                    k.Line(Organic, 4 * 0.6 * 0.6, 2, true, SCorners(x0 - 5, -ext + 1, oal + 10, (2 * ext) - 2));
                }
            }

            for (var i = 0; i < loose; i++)
            {
                var flip = Chance(0.5);
                BottleneckRound(new Turned(pen, U(-3, 3), y + ((i + 0.5) * 13.5) - (total / 2), flip ? Math.PI : 0), caseL, body, 49.5, 53.4, 8.6, bo, 7.82, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A SIM hidden in a coat button: a wool coat folded to 360–440 × 280–340 mm in three to six layers (melton wool and lining, about
        /// 0.9–1.2 mm of water a layer), thicker along its folds; four to six buttons down its front, 22–30 mm across and 3.5–5 mm thick,
        /// of polyester resin or horn (about 1.25 g/cm³) or of domed brass shells on zinc backs; one button split, hollowed and glued shut
        /// round a nano or micro SIM (see <see cref="SimChip"/>); a steel or zinc-alloy belt buckle on some. The coat and its buttons are
        /// the host; the SIM is the item.
        /// </summary>
        private PixelBox SimInCoatButton(double scale)
        {
            var cl = U(360, 440);
            var cw = U(280, 340);
            var layers = random.Next(3, 7);
            var wool = U(0.9, 1.2);
            var metal = Chance(0.3);
            var n = random.Next(4, 7);
            var br = U(11, 15);
            var bt = U(3.5, 5);
            var pen = Lay((-cl / 2) - 2, (-cw / 2) - 2, (cl / 2) + 2, (cw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, layers * wool, -cl / 2, -cw / 2, cl, cw, 20);
            k.Line(Organic, layers * wool * 1.5, 5, true, RoundedOutline((-cl / 2) + 3, (-cw / 2) + 3, cl - 6, cw - 6, 18));
            k.Rect(Organic, 2 * wool, U(-cl * 0.4, 0), U(-cw * 0.4, 0), cl * 0.4, cw * 0.3);
            var py = U(-cw * 0.3, cw * 0.3);
            var spacing = Math.Min(U(70, 95), (cl - 70) / (n - 1));
            var x0 = -(n - 1) * spacing / 2;
            var hidden = random.Next(n);
            var micro = br >= 12.5 && Chance(0.3);
            var (sl, sw) = micro ? (15.0, 12.0) : (12.3, 8.8);
            var (hx, hy) = (0.0, 0.0);
            for (var i = 0; i < n; i++)
            {
                var (x, by) = (x0 + (i * spacing), py + U(-3, 3));
                if (metal)
                {
                    k.Ellipse(Brass, 2 * 0.5, x, by, br, br);
                    k.Ring(Brass, bt * 0.5 / 0.8, 0.8, x, by, br - 0.4, br - 0.4);
                    k.Ellipse(ZincAlloy, 1.2, x, by, br - 1, br - 1);
                    k.Rect(Brass, 0.8 * 2 * 2, x - 3, by - 1, 6, 2);
                }
                else if (i == hidden)
                {
                    k.Ellipse(Organic, (bt - 1.2) * 1.25, x, by, br, br);
                    k.Poly(Organic, 1.2 * 1.25, WHoled(x, by, br, x, by, (Math.Sqrt((sl * sl) + (sw * sw)) / 2) + 0.5));
                }
                else
                {
                    k.Ellipse(Organic, bt * 1.25, x, by, br, br);
                }

                if (i == hidden)
                {
                    (hx, hy) = (x, by);
                }
            }

            if (Chance(0.3))
            {
                var (bx, bby) = (U(-cl * 0.3, cl * 0.3), py > 0 ? U(-cw * 0.4, -cw * 0.1) : U(cw * 0.1, cw * 0.4));
                k.Line(ZincAlloy, 0.8 * 4, 4, true, SCorners(bx - 25, bby - 20, 50, 40));
                k.Rect(Steel, 0.8 * 3, bx - 24, bby - 1.5, 30, 3);
            }

            var sa = U(0, 2 * Math.PI);
            pen.Item(() => SimChip(new Turned(pen, hx, hy, sa), sl, sw));
            return pen.Box;
        }

        /// <summary>
        /// A dermal filler syringe kit (hyaluronic acid gel, bought online and used outside clinics): a 1 ml glass syringe (8.15 mm across,
        /// 0.9 mm walls, 55–64 mm long, its glass flange and a polypropylene finger grip), 1.0–1.1 ml of gel (about 1.02 g/cm³), a bromobutyl
        /// stopper (about 1.3) on a polypropylene plunger rod, a Luer-lock adaptor and tip cap; one or two of them in a moulded PETG tray
        /// (0.4 mm at 1.27) with two 27 or 30 G needles, or a 25 G blunt cannula and its entry needle, in their own peel blisters (see
        /// <see cref="WNeedle"/>); in a printed carton with a leaflet on some, loose in a grip-seal bag on others.
        /// </summary>
        private PixelBox DermalFillerSyringe(double scale)
        {
            var boxed = Chance(0.55);
            var two = Chance(0.3);
            var cannula = Chance(0.3);
            var trayL = U(140, 150);
            var trayW = two ? 46.0 : 32.0;
            var (bl, bw) = boxed ? (trayL + U(8, 14), trayW + U(6, 10)) : (trayL + 6, trayW + 6);
            var pen = Lay((-bl / 2) - 1, (-bw / 2) - 1, (bl / 2) + 1, (bw / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (boxed)
            {
                SheetBox(k, Organic, -bl / 2, -bw / 2, bl, bw, U(22, 28), 0.4, 0.7, 2);
                k.Rect(Organic, 8 * 0.06 * 0.8, (-bl / 2) + 4, (-bw / 2) + 3, bl * 0.6, bw - 6);
            }
            else
            {
                VFilmBag(k, -bl / 2, -bw / 2, bl, bw, 0.06, 0.92);
            }

            var tray = RoundedOutline(-trayL / 2, -trayW / 2, trayL, trayW, 4);
            k.Poly(Organic, 0.4 * 1.27, tray);
            k.Line(Organic, 15 * 0.4 * 1.27, 1, true, Shrunk(tray, 0, 0, 0.99, 0.96));
            var barrel = U(55, 64);
            var gel = U(1.0, 1.1) * 1000 / (Math.PI / 4 * 6.35 * 6.35);
            for (var j = 0; j < (two ? 2 : 1); j++)
            {
                var s = new Turned(pen, (-trayL / 2) + 16, (-trayW / 2) + 10 + (j * 15), 0);
                s.Tube(Glass, 0, -4.075, barrel, 8.15, 0.9);
                s.Rect(Glass, 0.8 * 12, -2, -10, 2, 20);
                s.Rect(Organic, 0.8 * 12 * 0.9, -6, -13, 5, 26);
                s.Cylinder(Organic, barrel - gel - 1, -3.175, gel, 6.35, 1.02);
                s.Rect(Organic, 0.8 * 6.35 * 1.3, barrel - gel - 8, -3.175, 7, 6.35);
                s.Rect(Organic, 6 * 0.45 * 0.9, -12, -3, barrel - gel - 8 + 12, 6);
                s.Rect(Organic, 0.8 * 14 * 0.9, -14, -7, 2, 14);
                s.Rect(Organic, 0.8 * 8 * 1.2, barrel, -4, 10, 8);
                s.Rect(Organic, 0.8 * 6 * 1.1, barrel + 10, -3, 9, 6);
            }

            var ny = (trayW / 2) - 7;
            if (cannula)
            {
                var c = new Turned(pen, (-trayL / 2) + 8, ny, 0);
                VFilmBag(c, -2, -5, 78, 10, 0.05, 1.2);
                WNeedle(c, 0.51, U(38, 50));
                var e = new Turned(pen, (trayL / 2) - 48, ny, 0);
                VFilmBag(e, -2, -5, 42, 10, 0.05, 1.2);
                WNeedle(e, 0.64, 16);
            }
            else
            {
                var od = Chance(0.5) ? 0.41 : 0.31;
                foreach (var x in new[] { (-trayL / 2) + 20, (trayL / 2) - 60 })
                {
                    var nd = new Turned(pen, x, ny, 0);
                    VFilmBag(nd, -2, -5, 40, 10, 0.05, 1.2);
                    WNeedle(nd, od, 13);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A Bluetooth speaker with its lithium-ion battery inside: either a cylinder 170–225 mm long and 64–96 mm across (the Flip and
        /// Charge class) lying on its side, its fabric over a perforated polycarbonate grille, its sealed ABS enclosure (2.5 mm), rubber end
        /// caps each with a passive radiator (a silicone membrane and a steel mass plate, seen edge-on), one or two racetrack drivers facing
        /// out (the neodymium magnet and steel pot about 14 mm of steel over 30 mm, an open basket of 0.6 mm steel, a paper cone), the board and USB-C socket, and two 18650 or two 21700
        /// cells side by side behind the driver; or a puck 85–100 mm across and 40–46 mm deep lying on its back, with its aluminium
        /// carabiner loop, one driver and a rear passive radiator, and a pouch cell. The cells are the item; the speaker holds them.
        /// </summary>
        private PixelBox BluetoothSpeaker(double scale)
        {
            if (Chance(0.35))
            {
                var d = U(85, 100);
                var dep = U(40, 46);
                var pp = Lay((-d / 2) - 2, (-d / 2) - 44, (d / 2) + 2, (d / 2) + 2, scale);
                var q = new Turned(pp, 0, 0, 0);
                q.Ellipse(Organic, (2 * 2 * 1.05) + (0.5 * 0.8), 0, 0, d / 2, d / 2);
                q.Ring(Organic, dep * 2 * 1.05 / 2, 2, 0, 0, (d / 2) - 1, (d / 2) - 1);
                q.Ring(Organic, dep * 3 * 1.15 / 4, 4, 0, 0, (d / 2) - 2, (d / 2) - 2);
                q.Ellipse(Steel, 10, 0, 0, 11, 11);
                q.Ring(Steel, 0.6 * 2, 1.5, 0, 0, 20, 20);
                q.Ellipse(Organic, 2 * 0.5 * 0.8, 0, 0, 22, 22);
                q.Ellipse(Steel, 2.5, 0, 0, 14, 14);
                q.Line(Aluminium, 0.8 * 6, 6, true, RoundedOutline(-d * 0.3, (-d / 2) - 40, d * 0.6, 46, 14));
                q.Rect(Mixed, 0.6, -d * 0.3, d * 0.1, d * 0.6, d * 0.22);
                q.Rect(Brass, 0.08, -d * 0.3, d * 0.1, d * 0.6, d * 0.22);
                q.Rect(Steel, 0.9, -4.5, (d / 2) - 9, 9, 7);
                pp.Item(() => SPouchCell(q, -25, -d * 0.36, 50, 34, U(5.5, 7)));
                return pp.Box;
            }

            var len = U(170, 225);
            var large = len > 200;
            var dia = large ? U(88, 96) : U(64, 72);
            var pen = Lay((-len / 2) - 2, (-dia / 2) - 2, (len / 2) + 2, (dia / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, (-len / 2) + 12, -dia / 2, len - 24, dia, (0.5 * 0.8) + (1.5 * 1.2 * 0.6));
            k.Tube(Organic, (-len / 2) + 14, (-dia / 2) + 4, len - 28, dia - 8, 2.5 * 1.05);
            foreach (var s in new[] { -1.0, 1.0 })
            {
                var x = s * ((len / 2) - 6);
                k.Tube(Organic, x - 6, -dia / 2, 12, dia, 3 * 1.15);
                ZDiscEdgeOn(k, Organic, x, 0, dia / 2, 3, 1.15);
                ZDiscEdgeOn(k, Steel, x - (s * 5), 0, U(16, 20), 3, 1.0);
            }

            var drivers = large ? 2 : 1;
            for (var i = 0; i < drivers; i++)
            {
                var dx = drivers == 1 ? 0 : (i == 0 ? -len * 0.2 : len * 0.2);
                k.Ellipse(Steel, 14, dx, 0, 15, 15);
                k.Line(Steel, 0.6, 4, true, RoundedOutline(dx - 38, -20, 76, 40, 20));
                foreach (var sx in new[] { -1.0, 1.0 })
                {
                    k.Line(Steel, 0.6 * 2, 5, false, (dx + (sx * 14), -12), (dx + (sx * 36), -18));
                    k.Line(Steel, 0.6 * 2, 5, false, (dx + (sx * 14), 12), (dx + (sx * 36), 18));
                }

                RoundedRect(k, Organic, 2 * 0.5 * 0.8, dx - 38, -20, 76, 40, 20);
            }

            k.Rect(Mixed, 0.6, (-len / 2) + 20, (dia / 2) - 22, 50, 16);
            k.Rect(Brass, 0.08, (-len / 2) + 20, (dia / 2) - 22, 50, 16);
            k.Rect(Steel, 0.9, (-len / 2) + 14, (dia / 2) - 18, 7, 9);
            var (cellL, cellD) = large ? (70.0, 21.0) : (65.0, 18.4);
            var cx = U(-len * 0.1, len * 0.1) - (cellL / 2);
            pen.Item(() =>
            {
                SCylCell(k, cx, -(cellD / 2) - 0.3, cellL, cellD);
                SCylCell(k, cx, (cellD / 2) + 0.3, cellL, cellD);
                k.Rect(Steel, 0.15, cx + cellL, -cellD, 1.5, 2 * cellD);
            });

            return pen.Box;
        }

        /// <summary>
        /// A coping saw (a woodworking tool, carried by joiners and hobbyists): a frame of bent steel, a flat bar about 11 × 4 mm or a
        /// 6 mm rod, 125–130 mm deep in its throat, holding a 165 mm blade (2.8 × 0.5 mm, pinned at its ends in steel swivels) lying flat
        /// or turned on edge; a beech or plastic handle (about 0.7 or 1.0 g/cm³) 100–115 mm long and 28–32 mm across on the tensioning
        /// rod (M5 steel) behind a steel or brass ferrule; a card sleeve of spare blades beside it on some.
        /// </summary>
        private PixelBox CopingSaw(double scale)
        {
            var td = U(115, 130);
            const double span = 165;
            var hl = U(100, 115);
            var hd = U(28, 32);
            var rod = Chance(0.4);
            var spares = Chance(0.4);
            var pen = Lay(-hl - 8, -td - 8, span + 10, Math.Max(hd / 2, spares ? 30 : 6) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] frame =
            [
                (-4, -4), (-4, -td + 14), (2, -td + 2), (14, -td - 2), (span - 10, -td - 2), (span + 2, -td + 4), (span + 6, -td + 16), (span + 6, -4),
            ];
            k.Line(Steel, rod ? 0.8 * 6 : 4, rod ? 6 : 11, false, frame);
            if (Chance(0.6))
            {
                k.Rect(Steel, 0.5, 0, -1.4, span, 2.8);
            }
            else
            {
                k.Rect(Steel, 2.8 * 0.5 / 0.6, 0, -0.3, span, 0.6);
            }

            foreach (var x in new[] { -6.0, span - 2 })
            {
                k.Rect(Steel, 0.8 * 7, x, -4, 8, 8);
                k.Rect(Steel, 0.8 * 2, x + 3, -6, 2, 12);
            }

            var wood = Chance(0.6);
            k.Cylinder(Steel, -hl + 10, -2.5, hl, 5, 0.9);
            RoundSection(k, Organic, RoundedOutline(-hl - 4, -hd / 2, hl - 4, hd, hd * 0.45), (-hl / 2) - 4, 0, hd, wood ? 0.7 : 1.0);
            k.Tube(Chance(0.5) ? Brass : Steel, -18, -hd * 0.4, 10, hd * 0.8, 0.6);
            if (spares)
            {
                var n = random.Next(4, 11);
                k.Rect(Steel, 0.5 * n * 0.5, 0, 16, span, 2.8 * 2);
                k.Rect(Organic, 2 * 0.4 * 0.7, -4, 12, span + 8, 16);
            }

            return pen.Box;
        }

        /// <summary>
        /// A lead-crystal decanter of whisky or brandy (a usual gift): a square decanter 88–100 mm across and 170–200 mm to its shoulder, or
        /// a round one 95–110 mm across and 150–180 mm tall, of lead crystal (24 % lead oxide; see <see cref="ZCrystal"/>) with 5–8 mm walls,
        /// a solid base 15–25 mm thick, a 40 mm neck and a solid ball stopper 44–60 mm across on its ground peg; a quarter to full of
        /// spirit (about 0.95 g/cm³), lying on its side (the spirit along its low side) or standing with the beam down its axis; in a card
        /// gift box on some.
        /// </summary>
        private PixelBox CrystalDecanter(double scale)
        {
            var square = Chance(0.6);
            var s = square ? U(88, 100) : U(95, 110);
            var bh = square ? U(170, 200) : U(150, 180);
            var wt = U(5, 8);
            var bt = U(15, 25);
            var nl = U(28, 40);
            const double nd = 40;
            var sr = U(22, 30);
            var fill = U(0.25, 1.0);
            var boxed = Chance(0.3);
            if (Chance(0.25))
            {
                var reach = (s / 2) + (boxed ? 6 : 2);
                var sp = Lay(-reach, -reach, reach, reach, scale);
                var c = new Turned(sp, 0, 0, 0);
                var outline = square ? SCorners(-s / 2, -s / 2, s, s) : ZPolygon(0, 0, s / 2, 28, 0);
                var inner = square ? SCorners((-s / 2) + wt, (-s / 2) + wt, s - (2 * wt), s - (2 * wt)) : ZPolygon(0, 0, (s / 2) - wt, 28, 0);
                ZCrystal(c, bt + 12, outline);
                ZCrystalLine(c, bh * wt / 2, 2, true, Shrunk(outline, 0, 0, 1 - (wt / s), 1 - (wt / s)));
                c.Poly(Organic, fill * (bh - bt) * 0.95, inner);
                ZCrystalLine(c, nl * 6 / 2, 2, true, ZPolygon(0, 0, (nd / 2) - 3, 28, 0));
                Ball(c, Glass, 0, 0, sr, 0.93);
                Ball(c, Lead, 0, 0, sr, 0.059);
                ZCrystal(c, 30, ZPolygon(0, 0, 10, 20, 0));
                if (boxed)
                {
                    SheetBox(c, Organic, -reach + 1, -reach + 1, (2 * reach) - 2, (2 * reach) - 2, bh + nl + (2 * sr), 0.6, 0.7, 2);
                }

                return sp.Box;
            }

            var len = bh + nl + (2 * sr) - 6;
            var x0 = -len / 2;
            var pen = Lay(x0 - (boxed ? 4 : 2), (-s / 2) - (boxed ? 6 : 2), (len / 2) + (boxed ? 4 : 2), (s / 2) + (boxed ? 6 : 2), scale);
            var k = new Turned(pen, 0, 0, 0);
            if (square)
            {
                ZCrystal(k, s, SCorners(x0, -s / 2, bt, s));
                ZCrystal(k, 2 * wt, SCorners(x0 + bt, (-s / 2) + wt, bh - bt, s - (2 * wt)));
                ZCrystal(k, s, SCorners(x0 + bt, -s / 2, bh - bt, wt));
                ZCrystal(k, s, SCorners(x0 + bt, (s / 2) - wt, bh - bt, wt));
                k.Rect(Organic, fill * (s - (2 * wt)) * 0.95, x0 + bt, (-s / 2) + wt, bh - bt - 6, s - (2 * wt));
            }
            else
            {
                k.Cylinder(Glass, x0, -s / 2, bt, s, 0.93);
                k.Cylinder(Lead, x0, -s / 2, bt, s, 0.059);
                k.Tube(Glass, x0 + bt, -s / 2, bh - bt, s, wt * 0.93);
                k.Tube(Lead, x0 + bt, -s / 2, bh - bt, s, wt * 0.059);
                LyingFill(k, Organic, x0 + bt, bh - bt - 6, s - (2 * wt), fill, 0.95);
            }

            ZCrystal(k, 2 * wt * 1.4, (x0 + bh, -s / 2), (x0 + bh + 14, -nd / 2), (x0 + bh + 14, nd / 2), (x0 + bh, s / 2));
            k.Tube(Glass, x0 + bh + 12, -nd / 2, nl, nd, 6 * 0.93);
            k.Tube(Lead, x0 + bh + 12, -nd / 2, nl, nd, 6 * 0.059);
            var cx = x0 + bh + nl + sr - 4;
            k.Cylinder(Glass, cx - sr - 24, -11, 30, 22, 0.93);
            k.Cylinder(Lead, cx - sr - 24, -11, 30, 22, 0.059);
            Ball(k, Glass, cx, 0, sr, 0.93);
            Ball(k, Lead, cx, 0, sr, 0.059);
            if (boxed)
            {
                SheetBox(k, Organic, x0 - 3, (-s / 2) - 5, len + 6, s + 10, s + 10, 0.6, 0.7, 2);
            }

            return pen.Box;
        }

        /// <summary>
        /// Gamma-butyrolactone (GBL, a Class B drug, sold as alloy-wheel cleaner or paint stripper and drunk in doses of a millilitre or
        /// two): a clear liquid of about 1.13 g/cm³ either in an HDPE bottle of 100 ml to 1 l (42–82 mm across, 0.8–1 mm walls, a
        /// child-resistant cap) 40–90 % full and lying on its side, or in two to four amber glass dropper bottles of 30 or 50 ml (1.5–2 mm
        /// walls, a 3–4 mm base, the glass pipette and rubber bulb in the cap) in a grip-seal bag on some.
        /// </summary>
        private PixelBox GblBottle(double scale)
        {
            const double gbl = 1.13;
            if (Chance(0.35))
            {
                var n = random.Next(2, 5);
                var small = Chance(0.5);
                var (d, h) = small ? (32.0, 70.0) : (36.0, 82.0);
                var bagged = Chance(0.6);
                var pitch = d + 3;
                var half = (h / 2) + 18;
                var pd = Lay(-half - 4, (-n * pitch / 2) - 4, half + 4, (n * pitch / 2) + 4, scale);
                for (var i = 0; i < n; i++)
                {
                    var b = new Turned(pd, U(-3, 3), (-n * pitch / 2) + ((i + 0.5) * pitch), Chance(0.5) ? 0 : Math.PI);
                    var x0 = -half;
                    b.Tube(Glass, x0, -d / 2, h - 12, d, U(1.5, 2));
                    b.Cylinder(Glass, x0, -d / 2, 3.5, d);
                    b.Poly(Glass, 2 * 2 * 1.4, (x0 + h - 12, -d / 2), (x0 + h - 4, -9), (x0 + h - 4, 9), (x0 + h - 12, d / 2));
                    b.Tube(Organic, x0 + h - 6, -11, 18, 22, 1.5 * 0.9);
                    Ball(b, Organic, x0 + h + 16, 0, 8, 0.4);
                    b.Tube(Glass, x0 + h - 50, -3.5, 62, 7, 0.8);
                    LyingFill(b, Organic, x0 + 3.5, h - 18, d - 4, U(0.3, 0.9), gbl);
                }

                if (bagged)
                {
                    VFilmBag(new Turned(pd, 0, 0, 0), -half - 3, (-n * pitch / 2) - 3, (2 * half) + 6, (n * pitch) + 6, 0.06, 0.92);
                }

                return pd.Box;
            }

            double[] sizes = [100, 250, 500, 1000];
            var vol = sizes[random.Next(sizes.Length)];
            var dia = vol <= 250 ? U(42, 55) : U(62, 82);
            var bodyL = vol * 1000 / (Math.PI / 4 * dia * dia) * 1.1;
            var wall = U(0.8, 1.0);
            var capL = U(20, 26);
            var capD = U(28, 34);
            var len = bodyL + 18 + capL;
            var pen = Lay((-len / 2) - 1, (-dia / 2) - 1, (len / 2) + 1, (dia / 2) + 1, scale);
            var c = new Turned(pen, 0, 0, 0);
            var xs = -len / 2;
            c.Tube(Organic, xs, -dia / 2, bodyL, dia, wall * 0.95);
            ZDiscEdgeOn(c, Organic, xs + 1, 0, dia / 2, 2, wall * 0.95 / 2);
            c.Poly(Organic, 2 * wall * 0.95 * 1.5, (xs + bodyL, -dia / 2), (xs + bodyL + 18, (-capD / 2) + 2), (xs + bodyL + 18, (capD / 2) - 2), (xs + bodyL, dia / 2));
            c.Tube(Organic, xs + bodyL + 18, -capD / 2, capL, capD, 1.5 * 0.9 * 2);
            c.Rect(Organic, 0.8 * capD * 1.5 * 0.9 * 2 / 3, xs + bodyL + 18 + capL - 3, -capD / 2, 3, capD);
            LyingFill(c, Organic, xs + wall, bodyL - 2, dia - (2 * wall), U(0.4, 0.9), gbl);
            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in oranges in a food parcel: four to seven oranges 70–84 mm across (flesh and peel about 0.87 g/cm³ with the air in
        /// them) in an extruded polyethylene net closed with aluminium clip bands; one or two of them cut open round the stalk, part of the
        /// flesh scooped out and a cling-filmed ball of compressed powder or resin (28–44 mm across, 1.1–1.35 g/cm³) pushed in, the peel
        /// glued back; where the ball lies the beam crosses it in place of the flesh it replaced. The oranges and net are the host; the
        /// wraps are the item.
        /// </summary>
        private PixelBox DrugsInOranges(double scale)
        {
            var n = random.Next(4, 8);
            var r = U(35, 42);
            var cols = n <= 4 ? 2 : 3;
            var rows = (n + cols - 1) / cols;
            var pitch = 2 * r * U(0.9, 1.0);
            var w = cols * pitch;
            var h = rows * pitch;
            var pen = Lay((-w / 2) - 10, (-h / 2) - 10, (w / 2) + 22, (h / 2) + 10, scale);
            var k = new Turned(pen, 0, 0, 0);
            const double flesh = 0.87;
            var fruit = new List<(double X, double Y, double R)>();
            for (var i = 0; i < n; i++)
            {
                var (cx, cy) = ((-w / 2) + (pitch * ((i % cols) + 0.5)) + U(-4, 4), (-h / 2) + (pitch * ((i / cols) + 0.5)) + U(-4, 4));
                var ri = Math.Min(r * U(0.92, 1.0), (pitch / 2) + 4);
                Ball(k, Organic, cx, cy, ri, flesh);
                k.Ellipse(Organic, 3 * 0.9, cx + U(-ri * 0.3, ri * 0.3), cy + U(-ri * 0.3, ri * 0.3), 4, 4);
                fruit.Add((cx, cy, ri));
            }

            for (var i = 0; i <= 6; i++)
            {
                var nx = (-w / 2) - 6 + (i * (w + 12) / 6);
                var ny = (-h / 2) - 6 + (i * (h + 12) / 6);
                k.Line(Organic, 2 * 0.8 * 1.2 * 0.95, 1.2, false, (nx, (-h / 2) - 6), (nx, (h / 2) + 6));
                k.Line(Organic, 2 * 0.8 * 1.2 * 0.95, 1.2, false, ((-w / 2) - 6, ny), ((w / 2) + 6, ny));
            }

            k.Rect(Aluminium, 0.8 * 8, (w / 2) + 6, -6, 10, 12);
            k.Rect(Aluminium, 0.8 * 8, (-w / 2) - 9, -6, 8, 12);
            k.Rect(Organic, 2 * 0.3 * 0.8, (w / 2) + 6, 8, 14, 20);
            var doctored = fruit.OrderBy(_ => random.Next()).Take(n > 4 && Chance(0.35) ? 2 : 1).ToArray();
            var wraps = doctored.Select(f =>
            {
                var rw = Math.Min(U(14, 22), f.R - 8);
                var off = Math.Max(0, f.R - rw - 6) * 0.5;
                return (X: f.X + U(-off, off), Y: f.Y + U(-off, off), R: rw, Rho: U(1.1, 1.35));
            }).ToArray();
            pen.Item(() =>
            {
                foreach (var (x, y, rw, rho) in wraps)
                {
                    Ball(k, Organic, x, y, rw, rho - flesh);
                    k.Ring(Organic, 0.6, 1, x, y, rw, rw);
                    Spheroid(k, Organic, x + (rw * 0.8), y - (rw * 0.4), 4, 3, 6, 0.9);
                }
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A stovetop espresso maker (the Bialetti Moka and its copies), for one, three or six cups: 135–220 mm tall and 68–104 mm across
        /// its octagonal base, of cast aluminium (2.5–3.2 mm walls in the boiler, 2 mm in the upper chamber), the funnel basket (0.7 mm) and
        /// its stem in the boiler, the filter plate and silicone gasket, the rising column, the lid and its phenolic knob (about 1.3
        /// g/cm³), the phenolic handle on its aluminium bracket, the brass safety valve; empty, or with a spent puck of coffee in the
        /// basket. Lying on its side, or standing with the beam down its axis.
        /// </summary>
        private void MokaPot()
        {
            var pen = Place(120);
            int[] sizes = [1, 3, 6];
            var cups = sizes[random.Next(sizes.Length)];
            var (h, bw) = cups switch { 1 => (U(135, 145), U(68, 74)), 3 => (U(160, 170), U(82, 88)), _ => (U(205, 220), U(98, 104)) };
            var wall = U(2.5, 3.2);
            var used = Chance(0.3);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            var lb = h * 0.42;
            var lu = h - lb - 8;
            var ub = bw * 1.05;
            if (Chance(0.3))
            {
                var oct = ZPolygon(0, 0, ub / 2, 8, Math.PI / 8);
                k.Poly(Aluminium, wall + 2 + 3 + 0.7, oct);
                k.Line(Aluminium, lu * 2 / 1.5, 1.5, true, Shrunk(oct, 0, 0, 0.98, 0.98));
                k.Line(Aluminium, lb * wall / 1.5, 1.5, true, ZPolygon(0, 0, (bw / 2) - 1, 8, Math.PI / 8));
                k.Ring(Aluminium, lu * 0.7 * 1.5 / 1.5, 1.5, 0, 0, 6, 6);
                k.Ellipse(Organic, 18 * 1.3, 0, 0, 9, 9);
                k.Rect(Organic, 2 * 12 * 1.3, ub / 2, -7, 45, 14);
                k.Rect(Aluminium, 0.8 * 10 * 2, (ub / 2) - 2, -5, 10, 10);
                k.Poly(Aluminium, 0.8 * 6 * 2, (-ub / 2, -8), ((-ub / 2) - 14, 0), (-ub / 2, 8));
                k.Ellipse(Brass, 10, (bw / 2) * 0.7, (bw / 2) * 0.7, 4.5, 4.5);
                if (used)
                {
                    k.Ellipse(Organic, 18 * 0.45, 0, 0, bw * 0.33, bw * 0.33);
                }

                return;
            }

            var x0 = -h / 2;
            k.Tube(Aluminium, x0, -bw / 2, lb, bw, wall);
            ZDiscEdgeOn(k, Aluminium, x0 + (wall / 2), 0, bw / 2, wall, 1);
            k.Tube(Aluminium, x0 + lb - 12, (-bw / 2) - 1, 14, bw + 2, wall);
            k.Tube(Aluminium, x0 + lb - 22, -bw * 0.35, 20, bw * 0.7, 0.7);
            ZDiscEdgeOn(k, Aluminium, x0 + lb - 2, 0, bw * 0.35, 0.7, 1);
            k.Tube(Aluminium, x0 + 10, -5, lb - 30, 10, 0.7);
            if (used)
            {
                k.Cylinder(Organic, x0 + lb - 21, -bw * 0.33, 18, bw * 0.66, 0.45);
            }

            ZDiscEdgeOn(k, Aluminium, x0 + lb + 3, 0, bw * 0.4, 2, 1);
            ZDiscEdgeOn(k, Silicone, x0 + lb + 1, 0, bw * 0.42, 2, 1.2);
            k.Tube(Aluminium, x0 + lb + 2, -ub / 2, lu, ub, 2.0);
            k.Tube(Aluminium, x0 + lb + 2, -6, lu * 0.7, 12, 1.5);
            ZDiscEdgeOn(k, Aluminium, x0 + h - 7, 0, ub / 2, 2, 1);
            k.Rect(Organic, 0.8 * 18 * 1.3, x0 + h - 6, -9, 12, 18);
            k.Poly(Aluminium, 0.8 * 6 * 2, (x0 + h - 26, -ub / 2), (x0 + h - 10, (-ub / 2) - 14), (x0 + h - 8, (-ub / 2) - 10), (x0 + h - 16, (-ub / 2) + 2));
            (double X, double Y)[] handle = [(x0 + lb + 15, ub / 2), (x0 + lb + 22, (ub / 2) + 42), (x0 + h - 18, (ub / 2) + 45), (x0 + h - 12, ub / 2)];
            k.Line(Organic, 0.8 * 14 * 1.3, 12, false, handle);
            k.Rect(Aluminium, 0.8 * 10 * 2, x0 + lb + 10, (ub / 2) - 2, 14, 10);
            k.Rect(Brass, 0.8 * 10 * 0.6, x0 + (lb * 0.55) - 5, (-bw / 2) - 7, 10, 8);
        }

        /// <summary>
        /// A kalimba (a thumb piano): 10, 17 or 21 tines of 1.0–1.3 mm spring steel, 5–6.5 mm wide, the middle one longest (up to 90 mm)
        /// and the rest shorter out to each side, pressed over a 4 mm steel bridge rod on a wooden saddle under a steel hold-down bar
        /// (8 × 3 mm) and its screws; on a hollow box of mahogany, acacia or camphor (5 mm boards at 0.5–0.75 g/cm³, 40–50 mm deep, its
        /// sides edge-on) or a solid board 15–18 mm thick; a brass tuning hammer with it on some.
        /// </summary>
        private void Kalimba()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            var box = Chance(0.6);
            var keys = Chance(0.7) ? 17 : (Chance(0.5) ? 10 : 21);
            var tw = keys > 17 ? U(5, 5.5) : U(5.5, 6.5);
            var pitch = tw + U(1.5, 2.5);
            var span = keys * pitch;
            var l = span + U(25, 40);
            var w = U(120, 145);
            var rho = U(0.5, 0.75);
            var depth = box ? U(40, 50) : U(15, 18);
            var outline = RoundedOutline(-l / 2, -w / 2, l, w, 8);
            if (box)
            {
                k.Poly(Organic, 2 * 5 * rho, outline);
                k.Line(Organic, depth * 5 * rho / 5, 5, true, Shrunk(outline, 0, 0, 0.96, 0.94));
            }
            else
            {
                k.Poly(Organic, depth * rho, outline);
            }

            var by = (-w / 2) + U(28, 36);
            k.Line(Steel, 0.8 * 4, 4, false, ((-span / 2) - 4, by), ((span / 2) + 4, by));
            k.Rect(Organic, 10 * rho, (-span / 2) - 6, by - 5, span + 12, 10);
            k.Rect(Steel, 3, (-span / 2) - 2, by - 14, span + 4, 8);
            foreach (var x in new[] { -span / 3, 0, span / 3 })
            {
                k.Ellipse(Steel, 18, x, by - 10, 2, 2);
            }

            var room = (w / 2) - 6 - (by - 16);
            var longest = Math.Min(room, U(80, 90));
            var shortest = U(42, 48);
            var t = U(1.0, 1.3);
            for (var i = 0; i < keys; i++)
            {
                var off = Math.Abs(i - ((keys - 1) / 2.0)) / ((keys - 1) / 2.0);
                var len = longest - ((longest - shortest) * off);
                var x = (-span / 2) + ((i + 0.5) * pitch);
                RoundedRect(k, Steel, t, x - (tw / 2), by - 16, tw, len, tw / 2);
            }

            if (Chance(0.3))
            {
                var hm = new Turned(pen, U(-l * 0.3, l * 0.3), (w / 2) + 12, U(-0.3, 0.3));
                hm.Rect(Brass, 0.8 * 8, -10, -5, 20, 10);
                hm.Rect(Organic, 0.8 * 8 * 0.7, 10, -4, 50, 8);
            }
        }

        /// <summary>
        /// One or two tuning forks: a musician's A440 fork of steel (118–130 mm, its prongs 5.5 × 4.5 mm in section and about 75 mm long,
        /// a round stem with a ball end), a medical 128 Hz fork of aluminium (215–230 mm, 8 × 5 mm prongs, zinc-alloy damper weights
        /// screwed on their ends) or a 512 Hz steel one (165–175 mm); lying flat or on their edge (the prongs one over the other); in a
        /// vinyl pouch on some.
        /// </summary>
        private void TuningFork()
        {
            var pen = Place(100);
            var n = Chance(0.75) ? 1 : 2;
            for (var f = 0; f < n; f++)
            {
                var k = new Turned(pen, U(-25, 25), U(-25, 25), U(0, 2 * Math.PI));
                var kind = random.Next(3);
                var (total, pl, pw, pt, gap, m) = kind switch
                {
                    0 => (U(118, 130), U(72, 80), 5.5, 4.5, 7.0, Steel),
                    1 => (U(215, 230), U(120, 130), 8.0, 5.0, 10.0, Aluminium),
                    _ => (U(165, 175), U(95, 105), 6.0, 5.0, 8.0, Steel),
                };
                var onEdge = Chance(0.3);
                if (onEdge)
                {
                    k.Rect(m, 2 * pw, 0, -pt / 2, pl, pt);
                    k.Rect(m, (gap + (2 * pw)) * 0.8, -8, -pt / 2, 10, pt);
                }
                else
                {
                    k.Rect(m, pt, 0, (-gap / 2) - pw, pl, pw);
                    k.Rect(m, pt, 0, gap / 2, pl, pw);
                    k.Poly(m, pt, (-8, (-gap / 2) - pw), (2, (-gap / 2) - pw), (2, (gap / 2) + pw), (-8, (gap / 2) + pw), (-14, 3), (-14, -3));
                }

                var stem = total - pl - 14;
                var sd = kind == 1 ? 8.0 : 6.0;
                k.Cylinder(m, -14 - stem, -sd / 2, stem, sd);
                Ball(k, m, -14 - stem, 0, sd * 0.7, 1);
                if (kind == 1)
                {
                    foreach (var s in onEdge ? new[] { 0.0 } : new[] { -1.0, 1.0 })
                    {
                        var yy = onEdge ? 0 : s * ((gap / 2) + (pw / 2));
                        k.Rect(ZincAlloy, 0.8 * 12 * (onEdge ? 2 : 1), pl - 22, yy - 9, 16, 18);
                        k.Ellipse(Steel, 12, pl - 14, yy, 1.5, 1.5);
                    }
                }

                if (Chance(0.25))
                {
                    k.Poly(Organic, 2 * 0.5 * 1.3, SCorners(-18 - stem, -18, total + 12, 36));
                }
            }
        }

        /// <summary>
        /// A USB desk fan (powered by its lead, no battery): a 100–150 mm polypropylene rotor of three to five blades (1.5 mm, crossed at a
        /// slant), front and rear guards of 1.1–1.3 mm chromed steel wire (rings and spokes) with a plastic rim, the hub over a small DC
        /// motor (a 24 mm steel can 30 mm long, its ferrite ring magnet counted as steel at 4.8 / 7.85, the iron-and-copper armature, the
        /// steel shaft along the beam), an ABS stand with its steel pivot screws, and a metre of USB lead with its steel-shelled plug.
        /// Lying on its back.
        /// </summary>
        private void UsbDeskFan()
        {
            var pen = Place(100);
            var d = U(100, 150);
            var r = (d / 2) + 6;
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            var wire = U(1.1, 1.3);
            var rings = random.Next(3, 6);
            for (var j = 1; j <= rings; j++)
            {
                k.Ring(Steel, 2 * 0.8 * wire, wire, 0, 0, r * j / rings, r * j / rings);
            }

            k.Ring(Organic, 0.8 * 4 * 1.05 * 2, 4, 0, 0, r, r);
            var spokes = random.Next(12, 21);
            var turn = U(0, Math.PI);
            for (var j = 0; j < spokes; j++)
            {
                var a = turn + (2 * Math.PI * j / spokes);
                k.Line(Steel, 2 * 0.8 * wire, wire, false, (r * 0.22 * Math.Cos(a), r * 0.22 * Math.Sin(a)), (r * Math.Cos(a), r * Math.Sin(a)));
            }

            var blades = random.Next(3, 6);
            var phase = U(0, 2 * Math.PI);
            for (var b = 0; b < blades; b++)
            {
                var a0 = phase + (2 * Math.PI * b / blades);
                var a1 = a0 + (Math.PI * 0.9 / blades);
                (double X, double Y)[] blade =
                [
                    (12 * Math.Cos(a0), 12 * Math.Sin(a0)), ((d / 2) * Math.Cos(a0 + 0.1), (d / 2) * Math.Sin(a0 + 0.1)),
                    ((d / 2) * Math.Cos(a1), (d / 2) * Math.Sin(a1)), (12 * Math.Cos(a1 - 0.2), 12 * Math.Sin(a1 - 0.2)),
                ];
                k.Poly(Organic, 1.5 * 0.9 * 1.4, blade);
            }

            k.Ellipse(Organic, (2 * 2 * 0.9) + 3, 0, 0, 13, 13);
            k.Ring(Steel, 30 * 0.5 / 1.0, 1.0, 0, 0, 11.8, 11.8);
            k.Ellipse(Steel, 2 * 0.5, 0, 0, 12, 12);
            k.Ring(Steel, 24 * 3 * 4.8 / 7.85 / 3, 3, 0, 0, 9.5, 9.5);
            k.Ellipse(Steel, 24 * 0.5, 0, 0, 7.5, 7.5);
            k.Ellipse(Steel, 40, 0, 0, 1, 1);
            RoundedRect(k, Organic, (2 * 2 * 1.05) + 2, -r * 0.6, r - 8, r * 1.2, 45, 8);
            k.Rect(Steel, 0.8 * 5, r - 2, -2.5, 14, 5);
            k.Rect(Steel, 0.8 * 5, -r - 12, -2.5, 14, 5);
            Cable(pen, U(6, 10));
        }

        /// <summary>
        /// A travel kettle (0.5–0.8 l): a stainless body 95–115 mm across and 130–160 mm tall (0.4–0.5 mm walls), its concealed element
        /// (a 0.8 mm stainless plate over a 6.5 mm sheathed element in a 70 mm ring, steel round magnesia, brazed to a 1.5 mm aluminium
        /// spreader), the bimetal thermostat and brass contacts in a polypropylene skirt; the hollow polypropylene handle standing off one
        /// side, the lid with its steel hinge pin; two polypropylene cups packed inside on some; its separate base with brass contacts
        /// and the mains lead coiled beside it. Lying on its side, or standing with the beam down its axis.
        /// </summary>
        private void TravelKettle()
        {
            var pen = Place(110);
            var d = U(95, 115);
            var h = U(130, 160);
            var wall = U(0.4, 0.5);
            var cups = Chance(0.4);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            if (Chance(0.4))
            {
                WStanding(k, Steel, d / 2, h, wall, 0.8 + 1.5);
                k.Ring(Steel, 2 * 0.6 * 3, 6.5, 0, 0, 35, 35);
                k.Ring(Glass, 5.3 * 2.2 / 2.5, 5, 0, 0, 35, 35);
                k.Ellipse(Aluminium, 1.5, 0, 0, d * 0.4, d * 0.4);
                k.Ellipse(Brass, 3, 0, 0, 8, 8);
                k.Ellipse(Organic, 2 * 2 * 0.9, 0, 0, d / 2, d / 2);
                k.Rect(Organic, 2 * 2.5 * 0.9 * 3, d / 2, -12, 32, 24);
                k.Rect(Steel, 0.8 * 2 * 20 / 2, -d / 2, -10, 2, 20);
                if (cups)
                {
                    k.Ring(Organic, h * 0.6 * 1.2 * 0.9 / 1.2, 1.2, 0, 0, d * 0.4, d * 0.4);
                    k.Ring(Organic, h * 0.6 * 1.2 * 0.9 / 1.2, 1.2, 0, 0, (d * 0.4) - 3, (d * 0.4) - 3);
                }
            }
            else
            {
                var x0 = -h / 2;
                k.Tube(Steel, x0, -d / 2, h, d, wall);
                ZDiscEdgeOn(k, Steel, x0 + 12, 0, (d / 2) - 1, 0.8, 1);
                ZDiscEdgeOn(k, Aluminium, x0 + 9, 0, d * 0.4, 1.5, 1);
                k.Rect(Steel, 2 * 0.8 * 6.5 * 0.3, x0 + 4, -35, 6.5, 70);
                k.Rect(Glass, 2 * 0.8 * 6.5 * 0.6 * 2.2 / 2.5, x0 + 4, -35, 6.5, 70);
                k.Rect(Steel, 0.8 * 6.5 * 0.3 * 3, x0 + 4, -38, 6.5, 6);
                k.Rect(Steel, 0.8 * 6.5 * 0.3 * 3, x0 + 4, 32, 6.5, 6);
                k.Rect(Brass, 1.5, x0 + 1, -12, 4, 24);
                k.Tube(Organic, x0 - 2, (-d / 2) - 1, 16, d + 2, 2 * 1.0 * 0.9);
                (double X, double Y)[] handle = [(x0 + 20, d / 2), (x0 + 30, (d / 2) + 32), (x0 + h - 30, (d / 2) + 32), (x0 + h - 15, d / 2)];
                k.Line(Organic, (2 * 2.5 * 0.9) + (25 * 2.5 * 0.9 / 14), 14, false, handle);
                ZDiscEdgeOn(k, Organic, x0 + h + 1, 0, d / 2, 2, 0.9);
                k.Rect(Steel, 0.8 * 2 * 2, x0 + h - 2, (d / 2) - 12, 4, 10);
                if (cups)
                {
                    k.Tube(Organic, x0 + 20, -d * 0.4, h * 0.6, d * 0.8, 1.2 * 0.9);
                    k.Tube(Organic, x0 + 24, (-d * 0.4) + 3, h * 0.6, (d * 0.8) - 6, 1.2 * 0.9);
                }
            }

            var bs = new Turned(pen, U(-40, 40), (d / 2) + 60, 0);
            bs.Ellipse(Organic, 2 * 2.5 * 0.9, 0, 0, d * 0.5, d * 0.5);
            bs.Ring(Organic, 20 * 2.5 * 0.9 / 2.5, 2.5, 0, 0, (d * 0.5) - 1, (d * 0.5) - 1);
            bs.Ellipse(Brass, 3, 0, 0, 6, 6);
            bs.Ring(Brass, 2, 1.5, 0, 0, 11, 11);
            UMainsCable(pen, U(-40, 0), (d / 2) + 70 + (d / 2), 30, random.Next(2, 4), Chance(0.5));
        }

        /// <summary>
        /// A sports trophy: on a base of marble (about 2.7 g/cm³, counted as glass) or a hollow ABS plinth, a riser column of ABS tube, a
        /// steel M6 rod and nut through it all; topped with a cup (spun aluminium 0.8 mm or brass-plated steel 0.4 mm, its foot and
        /// bowl, two zinc-alloy handles) or a figure of die-cast zinc alloy or filled resin (about 1.6 g/cm³) 80–120 mm tall; a brass
        /// name plate; lying on its side.
        /// </summary>
        private void SportsTrophy()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            var marble = Chance(0.5);
            var bs = U(55, 80);
            var bh = U(20, 35);
            var rl = U(30, 80);
            var rd = U(22, 34);
            var cup = Chance(0.55);
            var top = cup ? U(90, 180) : U(80, 120);
            var x0 = -(bh + rl + top) / 2;
            if (marble)
            {
                k.Rect(Glass, bs * 2.7 / 2.5, x0, -bs / 2, bh, bs);
            }
            else
            {
                k.Rect(Organic, 2 * 2 * 1.05, x0, -bs / 2, bh, bs);
                k.Line(Organic, bs * 2 * 1.05 / 2, 2, true, SCorners(x0 + 1, (-bs / 2) + 1, bh - 2, bs - 2));
            }

            k.Rect(Brass, 0.5, x0 + 3, -bs * 0.35, bh - 6, bs * 0.7);
            k.Cylinder(Steel, x0 - 3, -3, bh + rl + 10, 6);
            k.Rect(Steel, 0.8 * 10, x0 - 4, -5, 5, 10);
            k.Tube(Organic, x0 + bh, -rd / 2, rl, rd, 2 * 1.05);
            var xt = x0 + bh + rl;
            if (cup)
            {
                var rim = U(60, 110);
                var alu = Chance(0.6);
                var m = alu ? Aluminium : Steel;
                var w = alu ? 0.8 : 0.4;
                ZDiscEdgeOn(k, m, xt + w, 0, rim * 0.35, w * 2, 1);
                k.Tube(m, xt, -8, top * 0.3, 16, w);
                (double X, double Y)[] bowl = [(xt + (top * 0.3), -10), (xt + (top * 0.45), -rim * 0.42), (xt + top, -rim / 2), (xt + top, rim / 2), (xt + (top * 0.45), rim * 0.42), (xt + (top * 0.3), 10)];
                k.Poly(m, 2 * w, bowl);
                k.Line(m, 2 * w * 2.5, 1.5, true, Shrunk(bowl, xt + (top * 0.65), 0, 0.99, 0.98));
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    k.Line(ZincAlloy, 0.8 * 5, 5, false, UArc(xt + (top * 0.65), s * rim * 0.45, top * 0.18, 16, s > 0 ? 0 : Math.PI, s > 0 ? Math.PI : 2 * Math.PI, 8));
                }
            }
            else
            {
                var zinc = Chance(0.6);
                var fm = zinc ? ZincAlloy : Organic;
                var ft = zinc ? 0.8 * 12 * 0.6 : 12 * 1.6;
                k.Rect(fm, ft, xt, -14, 4, 28);
                k.Ellipse(fm, ft, xt + top - 8, 0, 8, 7);
                k.Poly(fm, ft, (xt + (top * 0.45), -12), (xt + top - 16, -14), (xt + top - 16, 14), (xt + (top * 0.45), 10));
                k.Poly(fm, ft * 0.8, (xt + 4, -10), (xt + (top * 0.45), -8), (xt + (top * 0.45), 0), (xt + 4, -2));
                k.Poly(fm, ft * 0.8, (xt + 4, 6), (xt + (top * 0.45), 2), (xt + (top * 0.45), 9), (xt + 4, 14));
                k.Line(fm, ft * 0.6, 4, false, (xt + top - 20, -12), (xt + top - 34, -26), (xt + top - 24, -36));
                k.Line(fm, ft * 0.6, 4, false, (xt + top - 20, 12), (xt + top - 40, 24));
                k.Ellipse(fm, ft, xt + 9, 20, 8, 8);
            }
        }

        /// <summary>
        /// A glass paperweight: a dome 70–90 mm across and 50–65 mm high of soda-lime glass or of lead crystal (see <see cref="ZCrystal"/>),
        /// the beam down through it from its crown (the path 50–65 mm at the middle, falling away to its rim), a felt pad under it; in a
        /// card gift box with a foam insert on some.
        /// </summary>
        private void GlassPaperweight()
        {
            var pen = Place(60);
            var r = U(35, 45);
            var hh = U(50, 65);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.35))
            {
                Spheroid(k, Glass, 0, 0, r, r, hh, 0.93);
                Spheroid(k, Lead, 0, 0, r, r, hh, 0.059);
            }
            else
            {
                Spheroid(k, Glass, 0, 0, r, r, hh, 1.0);
            }

            k.Ellipse(Organic, 1.5 * 0.3, 0, 0, r - 2, r - 2);
            if (Chance(0.4))
            {
                SheetBox(k, Organic, -r - 8, -r - 8, (2 * r) + 16, (2 * r) + 16, hh + 12, 0.5, 0.7, 2);
                k.Poly(Organic, (hh + 8) * 0.03, WHoled(0, 0, r + 7, 0, 0, r + 1));
            }
        }

        /// <summary>
        /// Candles: one to three paraffin pillar candles (50–80 mm across, 75–150 mm long, about 0.9 g/cm³, a cotton wick down the middle)
        /// lying on their sides in a film wrap, or a sleeve of six to twelve tea lights on their sides (each a 0.1 mm aluminium cup 38.5 ×
        /// 16 mm of wax with its wick on a small steel sustainer tab).
        /// </summary>
        private void PillarCandles()
        {
            var pen = Place(110);
            if (Chance(0.55))
            {
                var n = random.Next(1, 4);
                for (var i = 0; i < n; i++)
                {
                    var d = U(50, 80);
                    var len = U(75, 150);
                    var c = new Turned(pen, U(-20, 20), (i - ((n - 1) / 2.0)) * 85, U(-0.3, 0.3));
                    c.Cylinder(Organic, -len / 2, -d / 2, len, d, 0.9);
                    c.Rect(Organic, 0.8 * 2.2 * 0.5, -len / 2, -1.1, len + 8, 2.2);
                    c.Tube(Organic, (-len / 2) - 2, (-d / 2) - 0.5, len + 4, d + 1, 0.05 * 0.9 * 2);
                }

                return;
            }

            var count = random.Next(6, 13);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            var x0 = -count * 16.5 / 2;
            for (var i = 0; i < count; i++)
            {
                var x = x0 + (i * 16.5);
                k.Tube(Aluminium, x, -19.25, 16, 38.5, 0.1);
                k.Cylinder(Organic, x + 0.5, -19, 15, 38, 0.9);
                k.Rect(Steel, 0.8 * 10 * 0.3 / 0.6, x + 0.5, -5, 0.6, 10);
            }

            k.Tube(Organic, x0 - 2, -20, (count * 16.5) + 4, 40, 0.05 * 0.92 * 2);
        }
    }
}
