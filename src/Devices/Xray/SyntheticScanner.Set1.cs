namespace Screening.Devices.Xray;

// Variant set 1 (held out after Z; the letters are used up): threat shapes and clutter kinds that none of A to Z and R draws.
// About two thirds are the ordinary forms a prison gate meets, in kinds, models, sizes and materials no set drew (what the kitchen,
// the bathroom and the angler's tackle hold, weapons bought at fairs, from collectors and online, phones with the kit people carry
// them in, what is sold over the counter and in gift shops); the rest are hidden in or packed with something innocent, built into
// something, or made at home, as things are smuggled into prisons. Each is written from what the real thing measures and is made of,
// by someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres
// of that material the beam crosses where the part lies flat (a round bar of diameter d counts as about 0.8 d, a hollow part as its
// two walls, a sheet or wall seen edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn as);
// a material lighter or heavier than water counts its thickness times its density; foams, fibres and wadding count at their packed
// density; bell bronze counts as brass, ferrite as steel at 4.8 / 7.85, and sapphire, mica, G10 laminate and antler as glass by their
// density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set 1's threat shapes; null for a shape that is not set 1's.</summary>
        private PixelBox? DrawSet1Threat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.KitchenShears => KitchenShears(scale),
            ThreatShape.SafetyRazor => SafetyRazor(scale),
            ThreatShape.Puukko => Puukko(scale),
            ThreatShape.KnifeInBrushRoll => KnifeInBrushRoll(scale),
            ThreatShape.SpokeShank => SpokeShank(scale),
            ThreatShape.PumpAirPistol => PumpAirPistol(scale),
            ThreatShape.VeloDogRevolver => VeloDogRevolver(scale),
            ThreatShape.SteelCompetitionPistol => SteelCompetitionPistol(scale),
            ThreatShape.TaserPistol => TaserPistol(scale),
            ThreatShape.PistolInUkulele => PistolInUkulele(scale),
            ThreatShape.PhoneInCameraCage => PhoneInCameraCage(scale),
            ThreatShape.MetalFlipPhone => MetalFlipPhone(scale),
            ThreatShape.SteelCandybarPhone => SteelCandybarPhone(scale),
            ThreatShape.PhoneInCalculator => PhoneInCalculator(scale),
            ThreatShape.PhoneInWristSplint => PhoneInWristSplint(scale),
            ThreatShape.ShotgunCartridgeBox => ShotgunCartridgeBox(scale),
            ThreatShape.SimInDummy => SimInDummy(scale),
            ThreatShape.TwoPartSyringe => TwoPartSyringe(scale),
            ThreatShape.MassageGun => MassageGun(scale),
            ThreatShape.HeatGun => HeatGun(scale),
            ThreatShape.WhiskyGiftSet => WhiskyGiftSet(scale),
            ThreatShape.SnuffBullets => SnuffBullets(scale),
            ThreatShape.DrugsInRollOnDeodorant => DrugsInRollOnDeodorant(scale),
            _ => null,
        };

        /// <summary>Draws one of set 1's clutter kinds; false for a kind that is not set 1's.</summary>
        private bool DrawSet1Clutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.SingingBowl:
                    SingingBowl();
                    return true;
                case ClutterKind.NewtonsCradle:
                    NewtonsCradle();
                    return true;
                case ClutterKind.LuggageScale:
                    LuggageScale();
                    return true;
                case ClutterKind.HeatPad:
                    HeatPad();
                    return true;
                case ClutterKind.GarmentSteamer:
                    GarmentSteamer();
                    return true;
                case ClutterKind.MilkFrother:
                    MilkFrother();
                    return true;
                case ClutterKind.RainPoncho:
                    RainPoncho();
                    return true;
                case ClutterKind.WellingtonBoots:
                    WellingtonBoots();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// An outline with a round hole of radius <paramref name="hr"/> about (<paramref name="hx"/>, <paramref name="hy"/>) cut from it,
        /// joined to the rim by a slit of no width, the hole run the other way round from the rim: a sheet with a hole in it (the top
        /// of a sound box round its soundhole), so nothing is counted where the hole is.
        /// </summary>
        private static (double X, double Y)[] OneHoled((double X, double Y)[] outline, double hx, double hy, double hr)
        {
            const int n = 28;
            var area = 0.0;
            for (var i = 0; i < outline.Length; i++)
            {
                var (a, b) = (outline[i], outline[(i + 1) % outline.Length]);
                area += (a.X * b.Y) - (b.X * a.Y);
            }

            var at = Enumerable.Range(0, outline.Length).MinBy(i => Math.Pow(outline[i].X - hx, 2) + Math.Pow(outline[i].Y - hy, 2));
            var a0 = Math.Atan2(outline[at].Y - hy, outline[at].X - hx);
            var turn = area > 0 ? -1 : 1;
            var hole = Enumerable.Range(0, n + 1).Select(i => a0 + (turn * 2 * Math.PI * i / n)).Select(a => (hx + (hr * Math.Cos(a)), hy + (hr * Math.Sin(a))));
            return [.. outline.Take(at + 1), .. hole, .. outline.Skip(at)];
        }

        /// <summary>
        /// One 12-bore cartridge seen end-on, centred at (<paramref name="cx"/>, <paramref name="cy"/>) with the beam down its
        /// <paramref name="length"/>: its hull's wall (0.55 mm polyethylene, or 0.8 mm of paper at about 0.8 g/cm³ on a paper hull) and the
        /// brass or brass-plated head's 0.3 mm wall, each crossed along their whole height, the 22.4 mm rim, the primer and base wad, the
        /// wads (plastic, or fibre felt at about 0.5 on a fibre-wadded load) and <paramref name="shotGrams"/> of shot, lead or, on a
        /// steel-shot load, soft iron, its whole column crossed.
        /// </summary>
        private static void OneTwelveBoreEndOn(Turned part, double cx, double cy, double length, double head, double shotGrams, bool paper, bool steelShot)
        {
            var hull = length - head;
            part.Ring(Organic, hull * (paper ? 0.8 * 0.8 : 0.55 * 0.95) / 0.8, 0.8, cx, cy, 10.0, 10.0);
            part.Ring(Brass, head * 0.3 / 0.8, 0.8, cx, cy, 10.1, 10.1);
            part.Ellipse(Brass, 1.2 + 0.3, cx, cy, 11.2, 11.2);
            part.Ellipse(Brass, 2.5, cx, cy, 3.0, 3.0);
            part.Ellipse(Organic, (9 * 0.9) + (paper ? 14 * 0.5 : 16 * 0.5), cx, cy, 9.3, 9.3);
            var (shot, density) = steelShot ? (Steel, 7.85) : (Lead, 11.34);
            part.Ellipse(shot, shotGrams / density * 1000 / (Math.PI * 9.3 * 9.3), cx, cy, 9.3, 9.3);
        }

        /// <summary>
        /// One 12-bore cartridge lying on its side along x from its head at <paramref name="x"/>, centred on <paramref name="y"/>, repeated
        /// <paramref name="layers"/> deep along the beam (cartridges stacked in a box on its side): the hull (20.4 mm across) and head as
        /// <see cref="OneTwelveBoreEndOn"/>, the base wad and powder, the wads and the shot column (packed at about 62 % for lead, 60 % for
        /// steel), the folded crimp.
        /// </summary>
        private static void OneTwelveBoreSide(Turned part, double x, double y, double length, double head, double shotGrams, bool paper, bool steelShot, int layers)
        {
            const double d = 20.4;
            const double bore = 18.6;
            part.Tube(Organic, x, y - (d / 2), length, d, layers * (paper ? 0.8 * 0.8 : 0.55 * 0.95));
            part.Tube(Brass, x, y - (d / 2) - 0.2, head, d + 0.4, layers * 0.3);
            part.Rect(Brass, layers * 0.8 * 22.4 * 0.4 / 1.2, x, y - 11.2, 1.2, 22.4);
            part.Cylinder(Organic, x + 1.2, y - (bore / 2), 10, bore, layers * 0.9);
            part.Cylinder(Organic, x + 11, y - (bore / 2), 16, bore, layers * (paper ? 0.5 : 0.45));
            var (shot, density, packing) = steelShot ? (Steel, 7.85, 0.6) : (Lead, 11.34, 0.62);
            var column = Math.Min(length - 32, shotGrams / (density * packing) / (Math.PI * bore * bore / 400) * 10);
            part.Cylinder(shot, x + 27, y - (bore / 2) + 0.4, column, bore - 0.8, layers * packing);
            part.Rect(Organic, layers * 0.8 * bore * 0.6 * 0.95 * 3 / 4, x + length - 4, y - (bore / 2), 4, bore);
        }

        /// <summary>
        /// A ring of wall standing up round the beam with its foot at radius <paramref name="r0"/> and its top at <paramref name="r1"/>,
        /// <paramref name="height"/> tall and <paramref name="wall"/> thick (the side of a bowl seen from above): four bands out from the foot,
        /// each crossed once at the slant of its part of the wall, more steeply and so through more of it toward the rim.
        /// </summary>
        private static void OneSlopedWall(Turned part, Material m, double cx, double cy, double r0, double r1, double height, double wall)
        {
            ReadOnlySpan<(double From, double To, double Rise)> bands = [(0.0, 0.35, 0.2), (0.35, 0.65, 0.25), (0.65, 0.88, 0.3), (0.88, 1.0, 0.25)];
            foreach (var (from, to, rise) in bands)
            {
                var a = r0 + ((r1 - r0) * from);
                var b = r0 + ((r1 - r0) * to);
                var run = Math.Max(0.5, b - a);
                var path = Math.Min(rise * height, wall * Math.Sqrt(1 + Math.Pow(rise * height / run, 2)));
                part.Ring(m, path, b - a, cx, cy, (a + b) / 2, (a + b) / 2);
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// Kitchen shears, the take-apart kind with a bottle opener and a nutcracker between the handles (sold in every kitchen shop): two
        /// stainless blades 2.5–3 mm thick, 85–100 mm from the pivot to the tip and 18–22 mm wide by it, on a steel pivot stud with a 10 mm
        /// head; each blade's steel running on 55–70 mm as a 7 mm tang into its handle, with the toothed jaws of the nutcracker between the
        /// handles; each handle a loop 95–110 mm long and 34–44 mm across of polypropylene or glass-filled nylon (a ring 7–9 mm wide and
        /// 10–13 mm deep at about 0.9 or 1.35 g/cm³); shut, or open by up to 35°.
        /// </summary>
        private PixelBox KitchenShears(double scale)
        {
            var bl = U(85, 100);
            var bw = U(18, 22);
            var t = U(2.5, 3.0);
            var hl = U(95, 110);
            var hw = U(34, 44);
            var ring = U(7, 9);
            var depth = U(10, 13);
            var tang = U(55, 70);
            var density = Chance(0.5) ? 0.9 : 1.35;
            var half = Chance(0.55) ? 0 : U(0.05, 0.3);
            var (ax0, ay0, ax1, ay1) = TurnedExtent(0, 0, half, -hl - 3, -hw - 4, bl + 1, (bw / 2) + 1);
            var (bx0, by0, bx1, by1) = TurnedExtent(0, 0, -half, -hl - 3, (-bw / 2) - 1, bl + 1, hw + 4);
            var pen = Lay(Math.Min(ax0, bx0), Math.Min(ay0, by0), Math.Max(ax1, bx1), Math.Max(ay1, by1), scale);
            foreach (var s in new[] { 1.0, -1.0 })
            {
                var k = new Turned(pen, 0, 0, s * half);
                (double X, double Y)[] blade =
                [
                    (-14, -s * bw / 2), (bl * 0.55, -s * bw * 0.4), (bl, -s * bw * 0.04), (bl * 0.92, s * bw * 0.1), (bl * 0.35, s * bw * 0.28),
                    (-14, s * bw * 0.45),
                ];
                k.Poly(Steel, t, blade);
                var hy = -s * ((hw / 2) + 1);
                k.Poly(Steel, t, (-14, -s * 5), (-14, s * 3), (-tang, hy + 3.5), (-tang, hy - 3.5));
                k.Line(Steel, t, 2.5, false, Zigzag(-40, -17, -s * 2, 3, -s * 2.5));
                var (ny0, ny1) = s > 0 ? (-hw * 0.55, -1.5) : (1.5, hw * 0.55);
                k.Rect(Organic, depth * density * 0.8, -36, ny0, 16, ny1 - ny0);
                var loop = RoundedOutline(-hl + (ring / 2), hy - (hw / 2) + (ring / 2), hl - 30 - ring, hw - ring, (hw - ring) * 0.45);
                k.Line(Organic, depth * density * 0.85, ring, true, loop);
            }

            new Turned(pen, 0, 0, 0).Ellipse(Steel, 3, 0, 0, 5, 5);
            return pen.Box;
        }

        /// <summary>
        /// A double-edged safety razor and its blades (from a man's washbag): a three-piece razor of chromed zinc alloy, solid brass or
        /// stainless steel, or a twist-to-open zinc one whose head's two doors open on a steel rod and spring down inside its handle; a
        /// knurled handle 75–95 mm long and 10–13 mm across (solid, or on the zinc ones cored to about half), its threaded steel stud; a
        /// head 42–44 mm wide and 20–24 mm deep, 6.5–11 mm thick along the handle, of a curved cap over a base plate (together about 45 %
        /// of the head's volume) clamping a blade (43 × 22 × 0.1 mm stainless, see <see cref="DoubleEdgeBlade"/>); lying on the head's long
        /// edge (the beam through its depth) or its short one (the beam along the blade); a tuck box of five or ten spare blades (each in
        /// waxed paper) beside it on most.
        /// </summary>
        private PixelBox SafetyRazor(double scale)
        {
            var kind = random.Next(3);
            var (m, fill) = kind switch { 0 => (ZincAlloy, 0.55), 1 => (Brass, 1.0), _ => (Steel, 1.0) };
            var hl = U(75, 95);
            var hd = U(10, 13);
            var butterfly = kind == 0 && Chance(0.35);
            var hw = U(42, 44);
            var hdp = U(20, 24);
            var thick = butterfly ? U(9, 11) : U(6.5, 8);
            var across = Chance(0.6);
            var (span, path) = across ? (hw, hdp) : (hdp, hw);
            var spares = Chance(0.7);
            var n = Chance(0.5) ? 5 : 10;
            var pen = Lay(-hl - 2, (-span / 2) - 1, thick + 2, (span / 2) + (spares ? 34 : 1), scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Cylinder(m, -hl, -hd / 2, hl, hd, fill);
            k.Cylinder(Steel, -14, -2.5, 16, 5);
            if (butterfly)
            {
                k.Cylinder(Steel, -hl + 12, -2, hl - 12, 4, 0.9);
                k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(-hl + 14, -hl + 40, -3, 2, 6));
            }

            k.Rect(m, path * 0.45, 0, -span / 2, thick, span);
            k.Rect(Steel, path * 0.1 / 0.6, thick * 0.45, (-span / 2) - 0.25, 0.6, span + 0.5);
            if (butterfly)
            {
                k.Rect(Steel, path * 0.3, 1, -6, thick - 2, 12);
            }

            if (spares)
            {
                var (bx, by) = (-hl + 8 + 22.5, (span / 2) + 8 + 12.5);
                SheetBox(k, Organic, bx - 22.5, by - 12.5, 45, 25, (n * 0.25) + 3, 0.4, 0.7, 1);
                k.Rect(Organic, n * 2 * 0.05 * 0.8, bx - 22, by - 11.5, 44, 23);
                for (var i = 0; i < n; i++)
                {
                    DoubleEdgeBlade(new Turned(pen, bx, by, 0));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A puukko, the Finnish belt knife (sold by outdoor shops, carried by anglers and campers): a straight-backed blade 85–100 mm long,
        /// 18–22 mm deep and 3–4 mm thick of carbon or stainless steel, with a Scandinavian grind (full thickness over its upper two thirds, a
        /// flat bevel to the edge below) and its point near the line of the back; a stick tang through the whole handle, peened over the
        /// butt; a barrel-shaped handle 105–120 mm long, 26–30 mm high and 20–24 mm through of curly birch (about 0.7 g/cm³) or of stacked
        /// birch-bark rings (about 0.6), between a brass or steel bolster (5–8 mm) and a butt cap of brass or of reindeer antler (counted
        /// as glass at 0.76); in its deep leather sheath (two 3 mm layers at about 0.9 over the blade and half the handle, a birch liner at
        /// its mouth, a sewn belt loop) on most.
        /// </summary>
        private PixelBox Puukko(double scale)
        {
            var bl = U(85, 100);
            var bw = U(18, 22);
            var t = U(3, 4);
            var hl = U(105, 120);
            var hh = U(26, 30);
            var hd = U(20, 24);
            var bolster = U(5, 8);
            var bark = Chance(0.35);
            var brass = Chance(0.6);
            var antler = Chance(0.35);
            var sheath = Chance(0.7);
            var pen = Lay(-hl - 4, (-hh / 2) - (sheath ? 31 : 1), bl + (sheath ? 11 : 2), (hh / 2) + (sheath ? 4 : 1), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (bl * 0.96, -bw / 2), (bl, -bw * 0.42), (bl * 0.93, -bw * 0.2), (bl * 0.8, bw * 0.15), (bl * 0.55, bw * 0.42), (0, bw / 2),
            ];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, -bw / 2, 1, 0.67));
            k.Poly(Steel, t * 0.9, (0, -6), (0, 6), (-hl, 3), (-hl, -3));
            k.Rect(brass ? Brass : Steel, 0.8 * hd * 0.85, -bolster, -hh * 0.38, bolster, hh * 0.76);
            var butt = antler ? 10.0 : 4.0;
            (double X, double Y)[] grip =
            [
                (-bolster, -hh * 0.38), (-hl * 0.55, -hh / 2), (-hl + butt, -hh * 0.42), (-hl + butt, hh * 0.42), (-hl * 0.55, hh / 2), (-bolster, hh * 0.38),
            ];
            RoundSection(k, Organic, grip, -hl / 2, 0, hd, bark ? 0.6 : 0.7);
            if (antler)
            {
                k.Rect(Glass, 0.8 * hd * 0.76, -hl, -hh * 0.4, butt, hh * 0.8);
            }
            else
            {
                k.Rect(Brass, 0.8 * hd * 0.85, -hl, -hh * 0.4, butt, hh * 0.8);
            }

            k.Ellipse(Steel, 2, -hl - 0.5, 0, 2.5, 2.5);
            if (sheath)
            {
                (double X, double Y)[] cover =
                [
                    (-hl * 0.55, (-hh / 2) - 3), (0, (-hh / 2) - 2), (bl + 4, (-bw / 2) - 2), (bl + 10, 0), (bl * 0.6, (bw / 2) + 3), (0, (hh / 2) + 2),
                    (-hl * 0.55, (hh / 2) + 3),
                ];
                XSheath(k, cover, bl / 3, 0, 3, 0.9);
                k.Rect(Organic, 2 * 2 * 0.7, -hl * 0.55, (-hh / 2) - 1, 30, hh + 2);
                k.Rect(Organic, 2 * 3 * 0.9, -hl * 0.5, (-hh / 2) - 30, 30, 28);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife among the brushes of a make-up brush roll: a roll of canvas or PU-coated fabric 190–235 mm long rolled to 55–75 mm across
        /// (three to five turns of about 1 mm at about 0.6 g/cm³) under a tied ribbon, holding 8–14 brushes side by side at different depths:
        /// handles of birch (about 0.65) or acrylic (about 1.18), 6–11 mm across and 100–150 mm long, tapering to their ends; crimped
        /// aluminium ferrules 25–40 mm long with 0.35 mm walls; heads of synthetic fibre (about 0.5 g/cm³ as packed), round or flat. Among
        /// them a slim knife made to pass for one of them: a brush whose head was pulled and a stainless blade (60–85 mm, 12–16 mm deep,
        /// 1.5–2 mm) epoxied into its ferrule, with a tuft of fibre round the blade's root; or a slim fixed blade (a neck or utility knife,
        /// 70–95 mm, 15–20 mm deep, 2–2.5 mm, on a 10–12 mm POM handle at about 1.41) slid into a pocket with its blade in a card sleeve.
        /// The roll and its brushes are the host; the knife is the item.
        /// </summary>
        private PixelBox KnifeInBrushRoll(double scale)
        {
            var brushLike = Chance(0.55);
            var kb = brushLike ? U(60, 85) : U(70, 95);
            var kw = brushLike ? U(12, 16) : U(15, 20);
            var kt = brushLike ? U(1.5, 2) : U(2, 2.5);
            var kh = brushLike ? U(80, 110) : U(85, 100);
            var kf = brushLike ? U(25, 30) : 0;
            var total = kh + kf + kb;
            var len = Math.Max(U(190, 230), total + 10);
            var d = U(55, 75);
            var turns = random.Next(3, 6);
            var pen = Lay((-len / 2) - 2, (-d / 2) - 10, (len / 2) + 2, (d / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, -len / 2, -d / 2, len, d, turns * 1.0 * 0.6);
            var tie = U(-len * 0.2, len * 0.2);
            k.Rect(Organic, 2 * 2 * 0.4 * 1.1, tie - 6, (-d / 2) - 1, 12, d + 2);
            k.Ellipse(Organic, 4 * 0.4 * 1.1, tie, (-d / 2) - 5, 10, 4);
            var n = random.Next(8, 15);
            var flip = Chance(0.5);
            var lanes = Enumerable.Range(0, n + 1).Select(i => (-d * 0.38) + (d * 0.76 * i / n)).OrderBy(_ => random.Next()).ToArray();
            for (var i = 0; i < n; i++)
            {
                var acrylic = Chance(0.3);
                var hd = U(6, 11);
                var fl = U(25, 40);
                var head = U(14, 30);
                var handle = Math.Min(U(100, 150), len - fl - head - 8);
                var x0 = (-len / 2) + 3 + U(0, Math.Max(0, len - 6 - handle - fl - head));
                var b = new Turned(pen, flip ? -x0 : x0, lanes[i], flip ? Math.PI : 0);
                RoundSection(b, Organic, [(0, -hd * 0.3), (handle, -hd / 2), (handle, hd / 2), (0, hd * 0.3)], handle / 2, 0, hd, acrylic ? 1.18 : 0.65);
                b.Tube(Aluminium, handle - 10, -hd / 2, fl, hd, 0.35);
                if (Chance(0.6))
                {
                    b.Cylinder(Organic, handle - 10 + fl, (-hd / 2) - 1, head, hd + 2, 0.5);
                }
                else
                {
                    var root = handle - 10 + fl;
                    b.Poly(Organic, hd * 0.35 * 0.5, (root, -hd / 2), (root + head, -hd * 0.9), (root + head, hd * 0.9), (root, hd / 2));
                }
            }

            var kx = (-len / 2) + 3 + U(0, Math.Max(0, len - 6 - total));
            var ky = lanes[n];
            pen.Item(() =>
            {
                var q = new Turned(pen, flip ? -kx : kx, ky, flip ? Math.PI : 0);
                var bx = kh + kf;
                (double X, double Y)[] blade = [(bx, -kw / 2), (bx + (kb * 0.7), -kw / 2), (bx + kb, -kw * 0.1), (bx + (kb * 0.75), kw * 0.4), (bx, kw / 2)];
                q.Poly(Steel, kt * 0.5, blade);
                q.Poly(Steel, kt * 0.5, Shrunk(blade, bx, -kw / 2, 1, 0.5));
                if (brushLike)
                {
                    var hd = U(9, 11);
                    RoundSection(q, Organic, [(0, -hd * 0.3), (kh, -hd / 2), (kh, hd / 2), (0, hd * 0.3)], kh / 2, 0, hd, 0.65);
                    q.Tube(Aluminium, kh - 10, -hd / 2, kf + 10, hd, 0.35);
                    q.Rect(Steel, kt, kh - 8, -kw * 0.3, kf + 8, kw * 0.6);
                    q.Cylinder(Organic, bx, (-hd / 2) - 1, 10, hd + 2, 0.5);
                }
                else
                {
                    var hh = U(18, 22);
                    var th = U(10, 12);
                    RoundedRect(q, Organic, th * 1.41 * 0.85, 0, -hh / 2, kh, hh, 6);
                    q.Rect(Steel, kt, 4, -hh * 0.3, kh - 4, hh * 0.6);
                    q.Ellipse(Steel, th, kh * 0.3, 0, 2, 2);
                    q.Ellipse(Steel, th, kh * 0.7, 0, 2, 2);
                    q.Rect(Organic, 2 * 0.5 * 0.7, bx - 2, (-kw / 2) - 2, kb + 4, kw + 4);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A shank made in a cell from bicycle spokes: one to three stainless spokes (2 or 1.8 mm, the common 14 and 15 gauge) cut to
        /// 140–200 mm, twisted together where there are more than one, ground to a point over its last 12 mm; the other end bent back into a
        /// finger loop, or bound into a grip 70–100 mm long: strips of torn sheet wound and knotted (cotton, about 0.5 g/cm³ as wound), a wrap
        /// of PVC tape (about 1.3 as wound), or the barrel of a ballpoint pen melted round it (polystyrene, about 1.05); on some the spoke's
        /// bent head is left at the grip's end.
        /// </summary>
        private PixelBox SpokeShank(double scale)
        {
            var l = U(140, 200);
            var n = random.Next(1, 4);
            var g = Chance(0.7) ? 2.0 : 1.8;
            var grip = random.Next(4);
            var gl = grip == 0 ? 26 : U(70, 100);
            var gd = grip switch { 1 => U(18, 26), 2 => U(12, 16), 3 => U(12, 15), _ => 0 };
            var reach = Math.Max(grip == 0 ? 14 : gd / 2, 6) + 2;
            var headLeft = grip != 0 && Chance(0.4);
            var pen = Lay(-gl - 10, -reach, l - gl + 1, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            var tip = l - gl;
            var bundle = n * g;
            for (var i = 0; i < n; i++)
            {
                var phase = 2 * Math.PI * i / n;
                var amp = n > 1 ? g * 0.5 : 0;
                var points = Enumerable.Range(0, 41).Select(j => -gl + ((tip - 12 + gl) * j / 40.0))
                    .Select(x => (x, amp * Math.Sin((2 * Math.PI * x / 14) + phase))).ToArray();
                k.Line(Steel, 0.8 * g, g, false, points);
            }

            k.Poly(Steel, 0.8 * g * Math.Max(1, n * 0.6), (tip - 12, -bundle / 2), (tip - 12, bundle / 2), (tip, 0));
            switch (grip)
            {
                case 0:
                    k.Line(Steel, 0.8 * g * n, g, false, UArc(-13, 0, 13, 11, 0, 1.85 * Math.PI, 20));
                    break;
                case 1:
                    RoundSection(k, Organic, RoundedOutline(-gl, -gd / 2, gl, gd, gd * 0.3), -gl / 2, 0, gd, 0.5);
                    k.Ellipse(Organic, 12 * 0.5, -gl - 3, U(-4, 4), 6, 5);
                    break;
                case 2:
                    RoundSection(k, Organic, SCorners(-gl, -gd / 2, gl, gd), -gl / 2, 0, gd, 1.3);
                    break;
                default:
                    var lumps = Enumerable.Range(0, 9).Select(j => (-gl + (gl * j / 8.0), (-gd / 2) - U(0, 2))).ToArray();
                    var back = Enumerable.Range(0, 9).Select(j => (-(gl * j / 8.0), (gd / 2) + U(0, 2))).ToArray();
                    RoundSection(k, Organic, [.. lumps, .. back], -gl / 2, 0, gd, 1.05);
                    break;
            }

            if (headLeft)
            {
                k.Line(Steel, 0.8 * g, g, false, (-gl - 1, 0), (-gl - 1, -4));
                k.Ellipse(Steel, 3.5, -gl - 1, -5.5, 2, 2);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A multi-pump pneumatic air pistol (the Crosman 1377 and 1322 class; an air weapon, and over 6 ft·lb a prohibited one): 310–320
        /// mm long; a rifled brass barrel (10.5 mm across, a 4.5 or 5.5 mm bore, 250–260 mm) over a steel pump tube and air reservoir (19
        /// mm, 1 mm walls) with its brass valve body and the pump's piston and rod; a breech of steel or of glass-filled nylon (75 × 23 mm,
        /// 19 mm through) with its steel bolt and bolt handle; a pump lever of 1.5 mm stamped steel (a channel 18 mm deep and 200 mm long)
        /// with an ABS forend over it, hinged under the muzzle and lying shut or swung open; an ABS grip frame (two 3 mm walls, about 1.05
        /// g/cm³) with its steel trigger and sear, a moulded guard; steel sights and barrel band; on some a tin of lead pellets (0.25 mm
        /// tinplate, 45–55 mm across, 200–500 pellets) beside it.
        /// </summary>
        private PixelBox PumpAirPistol(double scale)
        {
            var bl = U(250, 260);
            var bore = Chance(0.5) ? 4.5 : 5.5;
            const double bd = 10.5;
            const double lever = 200;
            var steel = Chance(0.6);
            var pump = Chance(0.3) ? U(0.5, 1.2) : 0;
            var tin = Chance(0.35);
            var muzzle = -95 + bl;
            var (hx, hy) = (muzzle - 12, 18.0);
            var (lx0, _, lx1, ly1) = TurnedExtent(hx, hy, -pump, -lever, -3, 2, 14);
            var pen = Lay(Math.Min(-153, lx0), -43, Math.Max(muzzle + 3, lx1), Math.Max(tin ? 151 : 106, ly1), scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Steel, -150, -3, muzzle - 5 + 150, 19, 1.0);
            k.Rect(Organic, 19 * 1.05 * 0.8, muzzle - 10, -3, 12, 19);
            k.Rect(Organic, 19 * 1.05 * 0.8, -152, -3, 8, 19);
            k.Cylinder(Brass, -95, -1, 35, 15, 0.7);
            k.Cylinder(Steel, 30, 2, 100, 9, 0.5);
            k.Rect(steel ? Steel : Organic, steel ? 19 * 0.55 : 19 * 0.7 * 1.35, -100, -26, 75, 23);
            k.Tube(Brass, -95, -13 - (bd / 2), bl, bd, (bd - bore) / 2 * 0.9);
            k.Cylinder(Steel, -98, -16.5, 40, 6);
            k.Rect(Steel, 0.8 * 6, -70, -38, 6, 14);
            k.Ellipse(Steel, 8, -67, -37, 4.5, 4.5);
            k.Rect(Steel, 0.8 * 8, -99, -33, 10, 7);
            k.Rect(Steel, 2 * 1.0, muzzle - 20, -19, 10, 35);
            k.Rect(Steel, 0.8 * 4, muzzle - 18, -25, 5, 6);
            (double X, double Y)[] grip = [(-140, 14), (-100, 14), (-112, 100), (-148, 102), (-146, 60)];
            k.Poly(Organic, 2 * 3 * 1.05, grip);
            k.Line(Organic, 28 * 3 * 1.05 / 3, 3, true, Shrunk(grip, -126, 58, 0.95, 0.96));
            k.Line(Organic, 0.8 * 6 * 1.05, 5, false, (-104, 16), (-98, 42), (-62, 42), (-56, 16));
            k.Poly(Steel, 5, (-84, 16), (-79, 16), (-82, 33), (-87, 32));
            k.Rect(Steel, 3, -110, 12, 30, 4);
            var lv = new Turned(pen, hx, hy, -pump);
            lv.Rect(Steel, 2 * 1.5, -lever, -2, lever, 12);
            lv.Rect(Steel, 18 * 1.5 / 1.5, -lever, 9, lever, 1.5);
            lv.Rect(Organic, 2 * 2.5 * 1.05, -lever + 40, -3, 140, 16);
            lv.Line(Organic, 24 * 2.5 * 1.05 / 2.5, 2.5, true, SCorners(-lever + 41, -2, 138, 14));
            lv.Rect(Steel, 0.8 * 4, -lever * 0.5, -3, 40, 4);
            if (tin)
            {
                var r = U(22.5, 27.5);
                var c = new Turned(pen, U(-60, 40), 121, 0);
                c.Ellipse(Steel, 2 * 0.25, 0, 0, r, r);
                c.Ring(Steel, 22 * 0.25 / 0.8, 0.8, 0, 0, r - 0.4, r - 0.4);
                var grams = random.Next(200, 501) * (bore < 5 ? 0.53 : 0.94);
                c.Ellipse(Lead, grams / 11.34 * 1000 / (Math.PI * (r - 1) * (r - 1)), 0, 0, r - 1, r - 1);
            }

            return pen.Box;
        }

        /// <summary>
        /// A Velo-Dog pocket revolver (made in Belgium, France and Spain from 1894 to 1914 for cyclists beset by dogs; sold now as an antique
        /// of an obsolete calibre and still fired, its 5.5 mm ammunition still made): all steel, 100–135 mm long and about 100 mm high, about
        /// 27 mm through at the cylinder; a hammerless frame (the hammer inside it) or a shrouded hammer with its spur, a round barrel 30–60
        /// mm long (11 mm over a 5.7 mm bore) with its ejector rod, a five- or six-shot cylinder 35–38 mm long and 27–30 mm across; a trigger
        /// that folds up under the frame, with no guard; a bird's-head grip of hard rubber (about 1.2 g/cm³) or walnut panels (about 0.7) 26
        /// mm through on a steel grip frame, its lanyard ring; empty, or with one to six 5.5 mm Velo-Dog rounds (a 28.5 mm brass case 6.3
        /// mm across, its 5.7 mm bullet of lead or jacketed) in the cylinder.
        /// </summary>
        private PixelBox VeloDogRevolver(double scale)
        {
            var bl = U(30, 60);
            var cl = U(35, 38);
            var cd = U(27, 30);
            var chambers = Chance(0.6) ? 6 : 5;
            var hammerless = Chance(0.65);
            var folded = Chance(0.6);
            var rubber = Chance(0.6);
            var rounds = Chance(0.5) ? random.Next(1, chambers + 1) : 0;
            const double bore = 5.7;
            const double od = 11;
            const double gl = 52;
            var pr = cd * 0.3;
            var metal = 1 - (chambers * 6.3 * 6.3 / (cd * cd));
            var ty = (cd / 2) + 7;
            var pen = Lay(-cl - 40, (-cd / 2) - 16, bl + 2, ty + gl + 12, scale);
            var g = new Turned(pen, 0, 0, 0);
            var by = -pr;
            g.Tube(Steel, 0, by - (od / 2), bl, od, (od - bore) / 2 * 0.9);
            g.Rect(Steel, 3, bl - 6, by - (od / 2) - 3, 4, 3);
            g.Cylinder(Steel, 2, by + (od / 2), bl * 0.75, 4);
            g.Rect(Steel, 2 * 4, -4, by - (od / 2), 8, (cd / 2) - by + (od / 2) + 2);
            g.Rect(Steel, 0.8 * 9, -cl - 6, (-cd / 2) - 5, cl + 8, 5);
            g.Rect(Steel, 2 * 4, -cl - 6, (cd / 2) - 1, cl + 6, 8);
            g.Rect(Steel, 14, -cl - 8, (-cd / 2) - 1, 8, cd + 2);
            g.Cylinder(Steel, -cl, -cd / 2, cl, cd, metal * 0.9);
            g.Cylinder(Steel, -cl - 3, -2.5, cl + 6, 5);
            (double X, double Y)[] back = [(-cl - 8, (-cd / 2) - 5), (-cl - 20, (-cd / 2) - 7), (-cl - 30, (-cd / 2) + 3), (-cl - 28, ty - 2), (-cl - 8, ty - 2)];
            g.Poly(Steel, (2 * 3.5) + 6, back);
            if (!hammerless)
            {
                g.Poly(Steel, 0.8 * 6, (-cl - 14, (-cd / 2) - 6), (-cl - 20, (-cd / 2) - 6), (-cl - 27, (-cd / 2) - 14), (-cl - 21, (-cd / 2) - 15));
            }

            if (folded)
            {
                g.Poly(Steel, 0.8 * 4, (-cl + 2, ty - 1), (-cl + 22, ty - 1), (-cl + 22, ty + 2), (-cl + 2, ty + 3));
            }
            else
            {
                g.Poly(Steel, 0.8 * 4, (-cl + 4, ty - 1), (-cl + 10, ty - 1), (-cl + 6, ty + 16), (-cl + 1, ty + 14));
            }

            (double X, double Y)[] grip =
            [
                (-cl - 8, ty - 4), (-cl + 2, ty - 2), (-cl - 2, ty + (gl * 0.55)), (-cl - 10, ty + gl - 4), (-cl - 22, ty + gl),
                (-cl - 34, ty + gl - 10), (-cl - 32, ty + (gl * 0.4)), (-cl - 26, ty + 2),
            ];
            var (gx, gy) = (-cl - 16, ty + (gl / 2));
            g.Poly(Steel, 2 * 2, Shrunk(grip, gx, gy, 0.45, 0.95));
            RoundSection(g, Organic, grip, gx, gy, 26, rubber ? 1.2 : 0.7);
            g.Ring(Steel, 0.8 * 2 * 2, 2, -cl - 22, ty + gl + 5, 4, 4);
            var phase = U(0, 2 * Math.PI);
            var jacketed = Chance(0.6);
            foreach (var c in Enumerable.Range(0, chambers).OrderBy(_ => random.Next()).Take(rounds))
            {
                var y = pr * Math.Sin(phase + (c * 2 * Math.PI / chambers));
                CartridgeSide(new Turned(pen, -cl + 17.8, y, 0), 28.5, 6.3, 7.2, 6.5, 5.7, jacketed, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// An all-steel 9 mm competition pistol (the CZ Shadow 2 and Tanfoglio Stock class, shot in practical-pistol matches): 215–230 mm long
        /// and about 150 mm high, 1.3 kg; a slide of two 4.5 mm steel walls with its solid top and breech block, a barrel of the slide's length
        /// less 40 mm (14 mm, 2.5 mm walls) and its full-length steel guide rod and spring; a steel frame with a full-length dust cover (about
        /// 24 mm of steel through the beam under the barrel), two 4 mm walls at the grip, the exposed hammer, an ambidextrous safety, a squared
        /// steel trigger guard; grip panels of aluminium (two 4 mm) or of G10 (glass-fibre laminate at about 1.8 g/cm³); an aluminium magazine
        /// well flared round the grip's foot; a 17-round steel magazine (128–135 mm) with an aluminium extension base pad, empty or loaded with
        /// up to 21 9 × 19 mm rounds, in the grip or beside it; a red-dot sight (an aluminium body with its glass lenses and a CR2032 cell) on
        /// the slide on some.
        /// </summary>
        private PixelBox SteelCompetitionPistol(double scale)
        {
            var l = U(215, 230);
            const double sh = 33;
            const double fy = 14;
            var gl = U(95, 105);
            var rake = 12 * Math.PI / 180;
            var alu = Chance(0.6);
            var dot = Chance(0.4);
            var rounds = Chance(0.65) ? random.Next(5, 22) : 0;
            var inGrip = Chance(0.75);
            var ml = U(128, 135);
            var x0 = -l / 2;
            var gb = fy + gl;
            var drop = gl * Math.Tan(rake);
            var bottom = inGrip ? Math.Max(gb, -2 + ((ml + 20) * Math.Cos(rake))) + 8 : gb + 50;
            var pen = Lay(x0 - drop - 8, -sh - (dot ? 29 : 17), (l / 2) + 2, bottom, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 4.5, x0, -sh, l, sh);
            g.Rect(Steel, 30 - 9, x0, -sh, l, 5);
            g.Rect(Steel, 30 - 9, x0, -sh + 5, 45, sh - 9);
            g.Tube(Steel, x0 + 40, -sh + 9, l - 41, 14, 2.5);
            g.Cylinder(Steel, x0 + 70, -5, l - 72, 7, 0.6);
            g.Rect(Steel, 0.8 * 24, x0 + 60, 0, l - 62, fy);
            g.Rect(Steel, (2 * 4) + 6, x0 + 4, 0, 60, fy);
            g.Poly(Steel, 0.8 * 7, (x0 + 2, -sh + 8), (x0 + 8, -sh + 10), (x0 - 6, -sh - 4), (x0 - 10, -sh));
            g.Rect(Steel, 2 * 2, x0 + 8, -6, 22, 6);
            g.Line(Steel, 0.8 * 5, 5, false, (x0 + 62, fy), (x0 + 62, fy + 26), (x0 + 100, fy + 28), (x0 + 106, fy));
            g.Poly(Steel, 6, (x0 + 74, fy), (x0 + 80, fy), (x0 + 78, fy + 18), (x0 + 73, fy + 17));
            (double X, double Y)[] grip = [(x0 + 8, fy), (x0 + 58, fy), (x0 + 58 - drop, gb), (x0 + 6 - drop, gb)];
            g.Poly(Steel, 2 * 4, grip);
            var panels = Shrunk(grip, x0 + 32 - (drop / 2), (fy + gb) / 2, 0.92, 0.85);
            if (alu)
            {
                g.Poly(Aluminium, 2 * 4, panels);
            }
            else
            {
                g.Poly(Glass, 2 * 4 * 1.8 / 2.5, panels);
            }

            g.Poly(Aluminium, (2 * 2.5) + 6, (x0 + 4 - drop, gb - 14), (x0 + 60 - drop, gb - 14), (x0 + 64 - drop, gb), (x0 - drop, gb));
            var axis = (Math.PI / 2) + rake;
            var (mx, my) = inGrip ? Moved(x0 + 33, -2, axis, ml / 2, 0) : (x0 + (ml / 2) + 10, gb + 30);
            var ma = inGrip ? axis : 0;
            BoxMagazine(pen, mx, my, ma, ml, 33, rounds, true, 19.15, 9.93, 9.96, 10.5, 9.03, true);
            new Turned(pen, mx, my, ma).Rect(Aluminium, 0.8 * 30, ml / 2, -17, 20, 34);
            if (dot)
            {
                var d = new Turned(pen, x0 + 22, -sh, 0);
                d.Rect(Aluminium, 0.8 * 26, 0, -3, 48, 3);
                RoundedRect(d, Aluminium, 2 * 1.5, 4, -26, 40, 23, 5);
                d.Line(Aluminium, 26 * 1.5 / 1.5, 1.5, true, RoundedOutline(4.75, -25.25, 38.5, 21.5, 4.5));
                d.Rect(Glass, 0.8 * 20, 36, -22, 3, 16);
                d.Ellipse(Steel, 2 * 0.25, 18, -13, 10, 10);
                d.Ellipse(Mixed, 2.7, 18, -13, 9, 9);
            }

            return pen.Box;
        }

        /// <summary>
        /// A conducted-energy pistol that fires two barbed probes on wires (the TASER X2, X26P and Pulse class; a prohibited weapon, and so a
        /// firearm, under the Firearms Act 1968, s. 5(1)(b), bought abroad and online): a body of glass-filled polycarbonate (2.5 mm walls at
        /// about 1.3 g/cm³) 150–185 mm long and 33–42 mm through, its pistol grip 50–62 mm raked back under it and a guard moulded on; inside,
        /// the high-voltage transformer (a ferrite core in copper windings, potted), the energy-storage capacitors, the board, the laser and
        /// LED in a brass housing, the trigger and its spring, and in the grip a battery pack of two or three lithium manganese-dioxide cells
        /// (CR123A size, see <see cref="TCr123"/>) in their own shell with steel contacts; at the front one or two cartridges (each 45–55 mm
        /// long and 26–30 mm high, 1.5 mm polycarbonate walls) holding two steel probes (a 9–13 mm barbed dart on its body), a small steel
        /// capsule of compressed nitrogen and two spools of fine insulated copper-clad steel wire.
        /// </summary>
        private PixelBox TaserPistol(double scale)
        {
            var l = U(150, 185);
            var w = U(33, 42);
            var two = Chance(0.45);
            var ch = U(26, 30);
            var cartL = U(45, 55);
            var bh = two ? (2 * ch) + 6 : ch + 12;
            var gh = U(50, 62);
            var rake = U(10, 18) * Math.PI / 180;
            var drop = gh * Math.Tan(rake);
            var pen = Lay((-l / 2) - drop - 3, -bh - 2, (l / 2) + 3, gh + 3, scale);
            var k = new Turned(pen, 0, 0, 0);
            var body = RoundedOutline(-l / 2, -bh, l, bh + 2, 8);
            k.Poly(Organic, 2 * 2.5 * 1.3, body);
            k.Line(Organic, w * 2.5 * 1.3 / 2.5, 2.5, true, Shrunk(body, 0, -bh / 2, 0.985, 0.95));
            (double X, double Y)[] grip = [((-l / 2) + 4, 0), ((-l / 2) + 48, 0), ((-l / 2) + 48 - drop, gh), ((-l / 2) + 2 - drop, gh)];
            k.Poly(Organic, 2 * 2.5 * 1.3, grip);
            k.Line(Organic, w * 2.5 * 1.3 / 2.5, 2.5, true, Shrunk(grip, (-l / 2) + 25 - (drop / 2), gh / 2, 0.95, 0.96));
            k.Line(Organic, 0.8 * 6 * 1.3, 5, false, ((-l / 2) + 50, 1), ((-l / 2) + 54, 26), ((-l / 2) + 90, 26), ((-l / 2) + 96, 1));
            k.Poly(Organic, 0.8 * 10 * 1.3, ((-l / 2) + 58, 1), ((-l / 2) + 65, 1), ((-l / 2) + 62, 18), ((-l / 2) + 57, 17));
            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag((-l / 2) + 66, (-l / 2) + 80, -4, 2, 3));
            var tx = (-l / 2) + 55;
            k.Rect(Steel, 20 * 0.6 * 4.8 / 7.85, tx, -bh + 6, 26, 18);
            k.Rect(Brass, 3, tx + 3, -bh + 8, 20, 14);
            k.Cylinder(Aluminium, tx - 30, -bh + 5, 26, 12, 0.3);
            k.Cylinder(Organic, tx - 30, -bh + 5, 26, 12, 0.8);
            k.Rect(Mixed, 0.6, (-l / 2) + 6, -bh + 4, l - cartL - 12, bh - 8);
            k.Rect(Brass, 0.06, (-l / 2) + 6, -bh + 4, l - cartL - 12, bh - 8);
            k.Cylinder(Brass, (l / 2) - cartL - 22, -9, 18, 8, 0.5);
            var cells = Chance(0.5) ? 3 : 2;
            var pack = new Turned(pen, (-l / 2) + 26, 3, (Math.PI / 2) + rake);
            pack.Rect(Organic, 2 * 1.5 * 1.3, -1, -18, gh - 4, 36);
            for (var i = 0; i < cells; i++)
            {
                TCr123(pack, 2, i % 2 == 0 ? -8.7 : 8.7);
            }

            pack.Rect(Steel, 0.8 * 0.5 * 4, gh - 8, -10, 1.5, 20);
            for (var c = 0; c < (two ? 2 : 1); c++)
            {
                var cy = -bh + 3 + (c * (ch + 1));
                var q = new Turned(pen, (l / 2) - cartL, cy, 0);
                RoundedRect(q, Organic, 2 * 1.5 * 1.3, 0, 0, cartL, ch, 3);
                q.Line(Organic, 20 * 1.5 * 1.3 / 1.5, 1.5, true, RoundedOutline(0.75, 0.75, cartL - 1.5, ch - 1.5, 2.5));
                q.Tube(Steel, 6, (ch / 2) - 4.5, 28, 9, 0.8);
                foreach (var py in new[] { ch * 0.22, ch * 0.78 })
                {
                    var dart = U(9, 13);
                    q.Rect(Steel, 0.8 * 3, cartL - 24, py - 1.5, 10, 3);
                    q.Poly(Steel, 0.8 * 1.5, (cartL - 14, py - 0.75), (cartL - 14 + dart, py), (cartL - 14, py + 0.75));
                    q.Rect(Steel, 1.4, 10, py - 4, 14, 8);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol inside a ukulele (a gift for a prisoner's music class): a soprano ukulele (a body 235–250 mm long, 160–170 mm across its
        /// lower bout and 60–65 mm deep, a 345 mm scale) or a concert one (285–300 mm, 200–210 mm, 70–78 mm deep, a 380 mm scale), of
        /// laminated basswood or mahogany: the top and back 2–2.5 mm at about 0.55 g/cm³, the top cut for its 50–55 mm soundhole, the sides
        /// seen edge-on round the rim, the kerfed linings, two braces each side and the end blocks; a wooden bridge; a neck of mahogany
        /// (about 0.55, 22 mm thick) joined at the twelfth fret, a fretboard (5 mm at about 0.85) with its nickel-silver frets (counted as
        /// brass), a headstock with four geared tuners (a steel housing, its gears and a plastic button each) or friction pegs on steel
        /// screws; four nylon strings; in a padded nylon gig bag (10 mm of foam at about 0.03 g/cm³ between two nylon layers) on some. Its
        /// back lifted and glued down again over a compact or subcompact pistol lying under the top. The ukulele and its bag are the host;
        /// the pistol is the item.
        /// </summary>
        private PixelBox PistolInUkulele(double scale)
        {
            var concert = Chance(0.55);
            var bodyL = concert ? U(285, 300) : U(235, 250);
            var wl = concert ? U(200, 210) : U(160, 170);
            var depth = concert ? U(70, 78) : U(60, 65);
            var scaleL = concert ? 380.0 : 345.0;
            var neckL = scaleL / 2;
            var headL = U(85, 100);
            var plate = U(2, 2.5);
            var geared = Chance(0.6);
            var bag = Chance(0.4);
            var pad = bag ? 16.0 : 2.0;
            var reach = Math.Max(wl / 2 * (bag ? 1.12 : 1.0), 48) + 2;
            var pen = Lay(-bodyL - pad, -reach, neckL + headL + pad, reach, scale);
            var k = new Turned(pen, 0, 0, 0);
            ReadOnlySpan<(double U, double H)> profile =
            [
                (0, 0.0), (0.03, 0.52), (0.1, 0.84), (0.28, 1.0), (0.45, 0.9), (0.58, 0.72), (0.7, 0.77), (0.82, 0.79), (0.93, 0.64), (0.985, 0.3),
                (1.0, 0.17),
            ];
            const int steps = 40;
            var half = new double[steps + 1];
            for (var i = 0; i <= steps; i++)
            {
                var u = (double)i / steps;
                var j = 1;
                while (j < profile.Length - 1 && profile[j].U < u)
                {
                    j++;
                }

                var (u0, h0) = profile[j - 1];
                var (u1, h1) = profile[j];
                var f = (1 - Math.Cos(Math.PI * Math.Clamp((u - u0) / (u1 - u0), 0, 1))) / 2;
                half[i] = wl / 2 * (h0 + ((h1 - h0) * f));
            }

            (double X, double Y)[] outline =
            [
                .. Enumerable.Range(0, steps + 1).Select(i => (-bodyL + (bodyL * i / steps), -half[i])),
                .. Enumerable.Range(0, steps + 1).Select(i => (-(bodyL * i / steps), half[steps - i])),
            ];
            var hx = -bodyL * 0.27;
            var hr = U(25, 27.5);
            var bridge = -scaleL / 2;
            if (bag)
            {
                var sleeve = Shrunk(outline, -bodyL / 2, 0, 1 + (14 / bodyL), 1.12);
                k.Poly(Organic, 2 * ((2 * 0.4 * 1.14) + (10 * 0.03)), sleeve);
                k.Line(Organic, 6 * 0.4 * 1.14, 3, true, sleeve);
                k.Rect(Organic, 2 * ((2 * 0.4 * 1.14) + (10 * 0.03)), 0, -30, neckL + headL + 14, 60);
            }

            k.Poly(Organic, plate * 0.55, outline);
            k.Poly(Organic, plate * 0.55, OneHoled(outline, hx, 0, hr));
            k.Line(Organic, depth * 0.55, 2, true, Shrunk(outline, -bodyL / 2, 0, 0.99, 0.98));
            k.Line(Organic, 2 * 6 * 0.5, 6, true, Shrunk(outline, -bodyL / 2, 0, 0.955, 0.93));
            foreach (var x in new[] { hx - hr - 14, hx + hr + 10 })
            {
                var w = wl * 0.7 * (x > -bodyL * 0.4 ? 0.75 : 1);
                k.Rect(Organic, 2 * 7 * 0.5, x, -w / 2, 6, w);
            }

            k.Rect(Organic, depth * 0.5, -24, -20, 22, 40);
            k.Rect(Organic, depth * 0.5, -bodyL + 3, -15, 12, 30);
            k.Rect(Organic, 9 * 0.75, bridge - 6, -28, 12, 56);
            k.Rect(Organic, 0.8 * 3 * 1.2, bridge + 2, -22, 2.5, 44);
            RoundSection(k, Organic, SCorners(0, -18, neckL, 36), neckL / 2, 0, 22, 0.55);
            var fb0 = -neckL * 0.22;
            k.Rect(Organic, 5 * 0.85, fb0, -17, neckL - fb0, 34);
            for (var i = 1; i <= 20; i++)
            {
                var fx = neckL - (scaleL * (1 - Math.Pow(2, -i / 12.0)));
                if (fx < fb0 + 2)
                {
                    break;
                }

                k.Rect(Brass, 1.3, fx - 1.15, -17, 2.3, 34);
            }

            RoundedRect(k, Organic, 14 * 0.55, neckL, -26, headL, 52, 10);
            for (var i = 0; i < 2; i++)
            {
                var tx = neckL + 28 + (i * 34);
                foreach (var s in new[] { -1.0, 1.0 })
                {
                    if (geared)
                    {
                        k.Rect(Steel, 3.5, tx - 7, (s * 19) - 7, 14, 14);
                        k.Ellipse(Steel, 14 * 0.8, tx, s * 19, 3, 3);
                        k.Rect(Steel, 0.8 * 4, tx - 2, s > 0 ? 26 : -32, 4, 6);
                    }
                    else
                    {
                        k.Ellipse(Organic, 12 * 1.1, tx, s * 19, 7, 7);
                        k.Ellipse(Steel, 12, tx, s * 19, 1.5, 1.5);
                    }

                    k.Ellipse(Organic, 8 * 1.1, tx, s * 40, 8, 6);
                }
            }

            for (var i = 0; i < 4; i++)
            {
                var sy = (i - 1.5) * 6;
                k.Line(Organic, 0.8 * 0.75 * 1.14, 0.75, false, (bridge, sy), (neckL, sy * 0.85), (neckL + 28 + ((i % 2) * 34), sy * 2.5));
            }

            var compact = Chance(0.4);
            var gunL = compact ? U(170, 180) : U(150, 165);
            var gunH = compact ? gunL * 0.7 : U(100, 112);
            var (gx0, gy0, gx1, gy1) = compact
                ? ((-gunL / 2) - 34, (-gunH / 2) - 2, (gunL / 2) + 2, (gunH / 2) + 10)
                : ((-gunL / 2) - 30, (-gunH / 2) - 2, (gunL / 2) + 2, (gunH / 2) + 8);
            var oa = U(-0.25, 0.25) + (Chance(0.5) ? 0 : Math.PI);
            var (ox, oy) = ZInside(oa, gx0, gy0, gx1, gy1, -bodyL + 14, -wl * 0.36, -bodyL * 0.2, wl * 0.36);
            var polymer = Chance(0.7);
            var magazine = Chance(0.85);
            var rounds = Chance(0.6) ? random.Next(5, 16) : 0;
            var alloy = Chance(0.3);
            pen.Item(() =>
            {
                if (compact)
                {
                    CompactNine(pen, ox, oy, oa, gunL, polymer, magazine, rounds);
                }
                else
                {
                    SubcompactPistol(pen, ox, oy, oa, gunL, gunH, alloy, Chance(0.7), rounds);
                }
            });

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A smartphone in a video rig (the SmallRig and Ulanzi kind sold to people who film on their phones): a slab phone (see
        /// <see cref="XPhone"/>) held landscape in a cage of machined 6061 aluminium bars (7–9 mm wide, 8–10 mm through the beam) with a
        /// spring-loaded clamp along its top, steel 1/4-inch screws in its corners and two cold-shoe mounts on the clamp; on most one or two
        /// side handles 100–120 mm long, of wood (about 0.65 g/cm³, 28 mm across on an aluminium core) or rubber-sleeved aluminium tube (26 mm,
        /// 2 mm walls); on some a mini shotgun microphone (an aluminium tube 20 mm across and 85 mm long, 1 mm walls, its capsule and foam
        /// windshield) in one shoe with its coiled cable (copper in PVC) to the phone. The rig is carried on the phone, so all of it is the item.
        /// </summary>
        private PixelBox PhoneInCameraCage(double scale)
        {
            var pl = U(140, 165);
            var pw = U(68, 77);
            var bar = U(7, 9);
            var bd = U(8, 10);
            var handles = Chance(0.75) ? (Chance(0.5) ? 2 : 1) : 0;
            var hl = U(100, 120);
            var wooden = Chance(0.5);
            var mic = Chance(0.45);
            var (cx1, cy1) = ((pl / 2) + 2 + bar, (pw / 2) + 2 + bar);
            var top = -cy1 - 8;
            var pen = Lay(-cx1 - (handles == 2 ? 34 : 1), top - (mic ? 34 : 8), cx1 + (handles > 0 ? 34 : 1), Math.Max(cy1, handles > 0 ? top + 10 + hl : 0) + 6, scale);
            XPhone(new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI), pl, pw);
            var k = new Turned(pen, 0, 0, 0);
            k.Line(Aluminium, bd, bar, true, RoundedOutline(-cx1 + (bar / 2), -cy1 + (bar / 2), (2 * cx1) - bar, (2 * cy1) - bar, 6));
            k.Rect(Aluminium, bd * 0.6, -28, top, 56, 8);
            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(-22, 22, top + 2, 3, 3));
            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                k.Ellipse(Steel, bd * 0.8, sx * (cx1 - (bar / 2)), sy * (cy1 - (bar / 2)), 3.2, 3.2);
            }

            foreach (var x in new[] { -24.0, 4.0 })
            {
                k.Rect(Aluminium, 0.8 * 18, x, top - 7, 20, 7);
            }

            for (var i = 0; i < handles; i++)
            {
                var side = i == 0 ? 1.0 : -1.0;
                var hx = side * (cx1 + 17);
                k.Rect(Aluminium, bd, side > 0 ? cx1 : -cx1 - 6, top + 12, 6, 14);
                var h = new Turned(pen, hx, top + 10, Math.PI / 2);
                if (wooden)
                {
                    h.Cylinder(Organic, 0, -14, hl, 28, 0.65);
                    h.Cylinder(Aluminium, 0, -4, hl, 8);
                }
                else
                {
                    h.Tube(Aluminium, 0, -13, hl, 26, 2);
                    h.Tube(Organic, 6, -14, hl - 12, 28, 1.5 * 1.2);
                }

                h.Ellipse(Steel, 10, 4, 0, 3.2, 3.2);
            }

            if (mic)
            {
                var m = new Turned(pen, U(-20, 10), top - 22, 0);
                m.Rect(Aluminium, 0.8 * 16, -8, 8, 16, 7);
                m.Tube(Aluminium, -42, -10, 85, 20, 1.0);
                m.Cylinder(Aluminium, 26, -6, 14, 12, 0.4);
                m.Cylinder(Organic, -46, -11, 30, 22, 0.05);
                var coil = Enumerable.Range(0, 15).Select(i => (44 + (3 * Math.Sin(i * 1.7)), 10 + (2.2 * i))).ToArray();
                m.Line(Organic, 0.8 * 3 * 1.4 * 0.6, 3, false, coil);
                m.Line(Brass, 4 * 0.8 * 0.12, 1, false, coil);
            }

            return pen.Box;
        }

        /// <summary>
        /// A thin metal flip phone (the Motorola RAZR V3 class, kept and reissued): shut, 96–100 × 52–54 × 14 mm; two halves of anodised
        /// aluminium and magnesium alloy (0.8 mm shells and their walls round the rim, counted as aluminium), the upper holding the main
        /// display (its glass and steel backing) and a small outer display under glass, the lower the keypad (one etched sheet of
        /// nickel-silver, 0.3 mm, counted as brass), the board and its shields and a 680–750 mAh lithium-ion cell (about 3.5 mm) under a
        /// metal battery door; a steel hinge barrel 12 mm across at the joint and the antenna's plastic moulding at the lower end. Shut (the
        /// halves one over the other), open (end to end, about 195 mm) or shut on its edge.
        /// </summary>
        private PixelBox MetalFlipPhone(double scale)
        {
            var l = U(96, 100);
            var w = U(52, 54);
            var view = random.Next(3);
            var pen = view == 1 ? Lay(-l - 1, (-w / 2) - 1, l + 1, (w / 2) + 1, scale) : Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            if (view == 2)
            {
                var e = new Turned(pen, 0, 0, 0);
                foreach (var y in new[] { -7.0, -0.8, 0.0, 6.2 })
                {
                    e.Rect(Aluminium, w * 0.8 / 0.8, -l / 2, y, l, 0.8);
                }

                e.Rect(Aluminium, 2 * 0.8, -l / 2, -7, l, 14);
                e.Rect(Glass, 45 * 1.2 / 1.2, (-l / 2) + 12, -5.8, l * 0.55, 1.2);
                e.Rect(Brass, 48 * 0.3 / 0.3, (-l / 2) + 6, 1.0, l - 22, 0.3);
                SElectrodes(e, (-l / 2) + 14, 2.0, 50, 3.5, 33);
                e.Rect(Mixed, 45 * 0.6 / 1.0, (-l / 2) + 8, 5.6, l - 24, 0.6);
                e.Ellipse(Steel, (w - 8) * 0.35, (l / 2) - 6, 0, 6, 6);
                e.Rect(Organic, w * 1.1 * 0.6, -l / 2, 0.5, 10, 6);
                return pen.Box;
            }

            void Half(Turned p, bool display)
            {
                RoundedRect(p, Aluminium, 2 * 0.8, -l / 2, -w / 2, l, w, 6);
                p.Line(Aluminium, 7 * 0.8 / 1.0, 1.0, true, RoundedOutline((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1, 5.5));
                if (display)
                {
                    p.Rect(Glass, 1.2, (-l / 2) + 10, (-w / 2) + 4, l * 0.6, w - 8);
                    p.Rect(Steel, 0.15, (-l / 2) + 10, (-w / 2) + 4, l * 0.6, w - 8);
                    p.Rect(Glass, 0.8, (l / 2) - 38, -12, 26, 24);
                    p.Rect(Steel, 1.6, (-l / 2) + 3, -4, 5, 8);
                    return;
                }

                p.Rect(Brass, 0.3, (-l / 2) + 14, (-w / 2) + 4, l - 24, w - 8);
                p.Rect(Mixed, 0.6, (-l / 2) + 10, (-w / 2) + 3, l - 20, w - 6);
                p.Rect(Brass, 0.06, (-l / 2) + 10, (-w / 2) + 3, l - 20, w - 6);
                for (var i = random.Next(2, 4); i > 0; i--)
                {
                    p.Rect(Steel, 0.15, U((-l / 2) + 12, (l / 2) - 30), U((-w / 2) + 4, 0), 16, 14);
                }

                SPouchCell(p, (-l / 2) + 20, (-w / 2) + 9, 50, 33, 3.5);
                p.Rect(Aluminium, 0.6, (-l / 2) + 16, (-w / 2) + 5, 60, w - 10);
                p.Rect(Organic, 6 * 1.1 * 0.6, -l / 2, (-w / 2) + 2, 10, w - 4);
                p.Rect(Steel, 2.2, (-l / 2) + 12, (w / 2) - 14, 9, 10);
            }

            if (view == 0)
            {
                var flip = Chance(0.5) ? 0 : Math.PI;
                Half(new Turned(pen, 0, 0, flip), false);
                Half(new Turned(pen, 0, 0, flip), true);
                var (hx, hy) = Moved(0, 0, flip, (l / 2) - 6, 0);
                new Turned(pen, hx, hy, flip + (Math.PI / 2)).Cylinder(Steel, (-w / 2) + 4, -6, w - 8, 12, 0.35);
            }
            else
            {
                Half(new Turned(pen, -l / 2, 0, 0), false);
                Half(new Turned(pen, l / 2, 0, Math.PI), true);
                new Turned(pen, 0, 0, Math.PI / 2).Cylinder(Steel, (-w / 2) + 4, -6, w - 8, 12, 0.35);
            }

            return pen.Box;
        }

        /// <summary>
        /// A luxury candy-bar phone in stainless steel (the Vertu Signature and Ascent class, handmade and sold on second-hand): 115–132 × 44–52
        /// mm and 15–20 mm deep, about 180 g; a body of 316L stainless (1–1.2 mm front and back, its sides seen edge-on round the rim and solid
        /// end caps), a display window of sapphire (1.5 mm, counted as glass at 3.98 / 2.5) over the screen's glass and steel backing, a
        /// keypad of sapphire or steel keys, a zirconia pillow at the earpiece, a leather inlay on the back; inside, the board with its shields,
        /// a 1050–1400 mAh lithium-ion cell, the speaker and earpiece magnets and the steel SIM tray. Face up or face down.
        /// </summary>
        private PixelBox SteelCandybarPhone(double scale)
        {
            var l = U(115, 132);
            var w = U(44, 52);
            var t = U(15, 20);
            var sapphireKeys = Chance(0.6);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var p = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            RoundedRect(p, Steel, 2 * 1.1, -l / 2, -w / 2, l, w, 9);
            p.Line(Steel, t * 1.2 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 8));
            p.Rect(Steel, t * 0.8 * 0.5, -l / 2, (-w / 2) + 3, 4, w - 6);
            p.Rect(Steel, t * 0.8 * 0.5, (l / 2) - 4, (-w / 2) + 3, 4, w - 6);
            var wx = (l / 2) - 8 - (l * 0.38);
            p.Rect(Glass, 1.5 * 3.98 / 2.5, wx, (-w / 2) + 5, l * 0.38, w - 10);
            p.Rect(Glass, 1.0, wx + 2, (-w / 2) + 7, (l * 0.38) - 4, w - 14);
            p.Rect(Steel, 0.15, wx + 2, (-w / 2) + 7, (l * 0.38) - 4, w - 14);
            p.Rect(Zirconia, 2, (l / 2) - 7, -6, 4, 12);
            for (var r = 0; r < 5; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    var kx = (-l / 2) + 8 + (r * ((wx - (-l / 2) - 12) / 5));
                    var ky = (-w / 2) + 6 + (c * (w - 12) / 3);
                    if (sapphireKeys)
                    {
                        p.Rect(Glass, 2 * 3.98 / 2.5, kx, ky, 8, ((w - 12) / 3) - 2);
                    }
                    else
                    {
                        p.Rect(Steel, 1.5, kx, ky, 8, ((w - 12) / 3) - 2);
                    }
                }
            }

            RoundedRect(p, Organic, 1.2 * 0.9, (-l / 2) + 6, (-w / 2) + 4, l - 12, w - 8, 6);
            p.Rect(Mixed, 0.6, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            p.Rect(Brass, 0.08, (-l / 2) + 4, (-w / 2) + 3, l - 8, w - 6);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                p.Rect(Steel, 0.2, U((-l / 2) + 6, (l / 2) - 20), U((-w / 2) + 4, (w / 2) - 16), U(10, 16), U(10, 14));
            }

            SPouchCell(p, (-l / 2) + 12, (-w / 2) + 7, l * 0.42, w - 14, U(4.5, 5.5));
            p.Rect(Steel, 2.2, (l / 2) - 14, -6, 8, 12);
            p.Rect(Steel, 2.2, (-l / 2) + 5, (w / 2) - 14, 8, 9);
            p.Rect(Steel, 0.4, -12, (-w / 2) + 8, 16, 13);
            return pen.Box;
        }

        /// <summary>
        /// A thumb phone inside a desk calculator (the Casio MS and Sharp EL class a contractor or official visitor carries): an ABS case
        /// 145–175 × 100–120 mm and 25–35 mm deep at its raised display end (2 mm walls at about 1.05 g/cm³, its rim seen edge-on), six or
        /// seven rows of five hollow keycaps over a silicone key mat, the display's glass and the solar cell on glass, an LR44 button cell
        /// or an AA alkaline cell in its bay, four steel screws; the circuit board taken out and a thumb phone (see <see cref="ThumbHandset"/>)
        /// in a wrap of PVC tape glued in its place. The calculator is the host; the phone and its tape are the item.
        /// </summary>
        private PixelBox PhoneInCalculator(double scale)
        {
            var l = U(145, 175);
            var w = U(100, 120);
            var depth = U(25, 35);
            var pen = Lay((-l / 2) - 1, (-w / 2) - 1, (l / 2) + 1, (w / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            var shell = RoundedOutline(-l / 2, -w / 2, l, w, 8);
            k.Poly(Organic, 2 * 2 * 1.05, shell);
            k.Line(Organic, depth * 0.75 * 1.05, 2, true, Shrunk(shell, 0, 0, 0.99, 0.985));
            k.Rect(Glass, 2 * 0.7, (l / 2) - 42, (-w / 2) + 12, 28, w - 24);
            k.Rect(Glass, 1.1, (l / 2) - 12, -w * 0.3, 8, w * 0.6);
            var rows = random.Next(6, 8);
            var keysL = l - 58;
            k.Rect(Silicone, 1.2, (-l / 2) + 6, (-w / 2) + 6, keysL, w - 12);
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < 5; c++)
                {
                    var kx = (-l / 2) + 8 + (r * keysL / rows);
                    var ky = (-w / 2) + 8 + (c * (w - 16) / 5);
                    k.Rect(Organic, (2 * 1.2 * 1.05) + 1.5, kx, ky, (keysL / rows) - 4, ((w - 16) / 5) - 4);
                }
            }

            if (Chance(0.6))
            {
                k.Ellipse(Steel, 2 * 0.25, (l / 2) - 54, (w / 2) - 16, 5.8, 5.8);
                k.Ellipse(Mixed, 3.5, (l / 2) - 54, (w / 2) - 16, 5.3, 5.3);
            }
            else
            {
                AlkalineCell(new Turned(pen, U(-l * 0.2, 0), (w / 2) - 13, 0), 50.5, 14.5);
            }

            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                k.Ellipse(Steel, 4, sx * ((l / 2) - 6), sy * ((w / 2) - 6), 1.2, 1.2);
            }

            var pl = U(46, 72);
            var pw = U(20, 24);
            var pd = U(11, 14);
            var along = Chance(0.6);
            var pa = (along ? 0 : Math.PI / 2) + (Chance(0.5) ? 0 : Math.PI) + U(-0.1, 0.1);
            var (px, py) = ZInside(pa, (-pl / 2) - 2, (-pw / 2) - 2, (pl / 2) + 2, (pw / 2) + 2, (-l / 2) + 8, (-w / 2) + 8, (l / 2) - 64, (w / 2) - 24);
            pen.Item(() =>
            {
                var q = new Turned(pen, px, py, pa);
                VFilmBag(q, (-pl / 2) - 1.5, (-pw / 2) - 1.5, pl + 3, pw + 3, 0.3, 1.4);
                ThumbHandset(q, pl, pw, pd);
            });

            return pen.Box;
        }

        /// <summary>
        /// Thumb phones in a wrist splint (carried in, or worn by a visitor who cites a sprain): a brace of neoprene and fabric 190–230 × 80–100
        /// mm (about 1.35 mm water-equivalent lying flat, its bound edge thicker), its palmar stay of 1.5–2 mm aluminium 17–20 mm wide and
        /// 140–160 mm long bent to the wrist in a fabric sleeve, a foam pad over the palm, two or three hook-and-loop straps with plastic
        /// D-rings; one thumb phone (see <see cref="ThumbHandset"/>), or two, in cling film pushed into the stay's sleeve beside the stay or
        /// under the palm's foam. The splint is the host; the phones are the item.
        /// </summary>
        private PixelBox PhoneInWristSplint(double scale)
        {
            var l = U(190, 230);
            var w = U(80, 100);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 8, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] brace =
            [
                (-l / 2, -w * 0.45), (l * 0.2, -w / 2), (l / 2, -w * 0.42), (l / 2, w * 0.35), (l * 0.3, w / 2), (l * 0.1, w * 0.3), (-l / 2, w * 0.45),
            ];
            k.Poly(Organic, (3 * 0.25) + (2 * 0.5 * 0.6), brace);
            k.Line(Organic, 3 * 0.6, 4, true, brace);
            var sl = U(140, 160);
            var sw = U(17, 20);
            var bend = U(3, 8);
            k.Poly(Aluminium, U(1.5, 2), (-sl / 2, -sw / 2), (0, (-sw / 2) - bend), (sl / 2, -sw / 2), (sl / 2, sw / 2), (0, (sw / 2) - bend), (-sl / 2, sw / 2));
            k.Rect(Organic, 2 * 0.5 * 0.8, (-sl / 2) - 4, (-sw / 2) - 12, sl + 8, sw + 24);
            k.Ellipse(Organic, 6 * 0.05 * 2, l * 0.25, 0, l * 0.18, w * 0.32);
            var straps = random.Next(2, 4);
            for (var i = 0; i < straps; i++)
            {
                var x = (-l / 2) + 20 + (i * (l - 40) / Math.Max(1, straps - 1));
                k.Rect(Organic, 2.5 * 1.15, x - 14, -w * 0.48, 28, w * 0.96);
                k.Line(Organic, 4 * 1.1, 3, true, (x - 14, (w * 0.48) - 2), (x + 14, (w * 0.48) - 2), (x + 14, (w * 0.48) + 6), (x - 14, (w * 0.48) + 6));
            }

            var n = Chance(0.3) ? 2 : 1;
            var phones = Enumerable.Range(0, n).Select(i =>
            {
                var pl = U(46, 72);
                var (pw, pd) = (U(20, 24), U(11, 14));
                var side = n == 2 ? (i == 0 ? -1.0 : 1.0) : (Chance(0.5) ? -1.0 : 1.0);
                var x = U((-l * 0.3) + (pl / 2), (l * 0.3) - (pl / 2));
                var y = side * ((sw / 2) + (pw / 2) + U(1, 5));
                return (X: x, Y: y, A: U(-0.12, 0.12) + (Chance(0.5) ? 0 : Math.PI), L: pl, W: pw, D: pd);
            }).ToArray();
            pen.Item(() =>
            {
                foreach (var ph in phones)
                {
                    var q = new Turned(pen, ph.X, ph.Y, ph.A);
                    VFilmBag(q, (-ph.L / 2) - 2, (-ph.W / 2) - 2, ph.L + 4, ph.W + 4, 0.04, 0.92);
                    ThumbHandset(q, ph.L, ph.W, ph.D);
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// 12-bore shotgun cartridges in their card box of 25 (the commonest ammunition in Britain, bought by the box for clay and game
        /// shooting): hulls 20.4 mm across and 65, 67 or 70 mm long of polyethylene (0.55 mm walls) or, on some, of paper, on brass or
        /// brass-plated heads 8, 12 or 16 mm high (their rims 22.4 mm), 21–34 g of lead shot or 24–32 g of steel shot behind plastic or fibre
        /// wads (see <see cref="OneTwelveBoreEndOn"/>); 10–25 of them in the box (0.55 mm board at about 0.7 g/cm³, five by five in a card
        /// grid at 21.5 mm, as tall as the cartridges), the box lying on its base (the beam down each cartridge through its whole column of
        /// shot) or on its side (the cartridges side on, up to five deep).
        /// </summary>
        private PixelBox ShotgunCartridgeBox(double scale)
        {
            double[] lengths = [65, 67, 70];
            double[] heads = [8, 12, 16];
            var length = lengths[random.Next(3)];
            var head = heads[random.Next(3)];
            var paper = Chance(0.2);
            var steelShot = !paper && Chance(0.3);
            var shot = steelShot ? U(24, 32) : U(21, 34);
            var count = random.Next(10, 26);
            const double pitch = 21.5;
            const double bx = (5 * pitch / 2) + 1;
            if (Chance(0.6))
            {
                var pen = Lay(-bx - 2, -bx - 2, bx + 2, bx + 2, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.55 * 0.7, -bx, -bx, 2 * bx, 2 * bx);
                b.Line(Organic, (length + 3) * 0.55 * 0.7 / 1.0, 1.0, true, SCorners(-bx + 0.5, -bx + 0.5, (2 * bx) - 1, (2 * bx) - 1));
                for (var i = 1; i < 5; i++)
                {
                    var at = -bx + 1 + (i * pitch);
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (at, -bx + 1), (at, bx - 1));
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (-bx + 1, at), (bx - 1, at));
                }

                foreach (var cell in Enumerable.Range(0, 25).OrderBy(_ => random.Next()).Take(count))
                {
                    OneTwelveBoreEndOn(b, -bx + 1 + (((cell % 5) + 0.5) * pitch), -bx + 1 + (((cell / 5) + 0.5) * pitch), length, head, shot, paper, steelShot);
                }

                return pen.Box;
            }

            var half = (length + 3) / 2;
            var side = Lay(-half - 2, -bx - 2, half + 2, bx + 2, scale);
            var s = new Turned(side, 0, 0, Chance(0.5) ? 0 : Math.PI);
            s.Rect(Organic, (2 * 0.55 * 0.7) + (4 * 0.4 * 0.7), -half, -bx, 2 * half, 2 * bx);
            s.Line(Organic, 5 * pitch * 0.55 * 0.7 / 1.0, 1.0, true, SCorners(-half + 0.5, -bx + 0.5, (2 * half) - 1, (2 * bx) - 1));
            for (var i = 1; i < 5; i++)
            {
                s.Line(Organic, 5 * pitch * 0.4 * 0.7 / 0.8, 0.8, false, (-half + 1, -bx + 1 + (i * pitch)), (half - 1, -bx + 1 + (i * pitch)));
            }

            var columns = new int[5];
            foreach (var cell in Enumerable.Range(0, 25).OrderBy(_ => random.Next()).Take(count))
            {
                columns[cell % 5]++;
            }

            for (var c = 0; c < 5; c++)
            {
                if (columns[c] > 0)
                {
                    OneTwelveBoreSide(s, -length / 2, -bx + 1 + ((c + 0.5) * pitch), length, head, shot, paper, steelShot, columns[c]);
                }
            }

            return side.Box;
        }

        /// <summary>
        /// A SIM hidden in a baby's dummy (in a visitor's changing bag): a polypropylene shield 45–55 × 35–40 mm and 2 mm thick (about 0.9
        /// g/cm³), a hollow silicone teat (28–32 mm long, a 14–16 mm bulb, 1–1.2 mm walls) on one side and the hub and ring handle (3 mm
        /// polypropylene, 24–28 mm across) on the other; lying on its shield (the teat along the beam) or on its edge (the teat side on); a
        /// nano SIM (see <see cref="SimChip"/>) pushed into the teat's bulb or glued inside the hub; a dummy clip on some (a
        /// 200–250 mm woven ribbon, its plastic or stainless spring clip), a ventilated polypropylene travel case (1.2 mm walls) round it on
        /// others. The dummy, clip and case are the host; the SIM is the item.
        /// </summary>
        private PixelBox SimInDummy(double scale)
        {
            var sw = U(45, 55);
            var sh = U(35, 40);
            var tl = U(28, 32);
            var tr = U(7, 8);
            var tw = U(1.0, 1.2);
            var flat = Chance(0.55);
            var inHub = Chance(0.35);
            var clip = Chance(0.35);
            var cased = !clip && Chance(0.35);
            var cl = U(200, 250);
            var reach = Math.Max(sw / 2, 30) + (cased ? 12 : 3);
            var pen = Lay(-reach - (clip ? cl + 10 : 0), -reach - (clip ? 25 : 0), reach + (flat ? 0 : tl), reach + (clip ? 25 : 0), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y) sim;
            if (flat)
            {
                k.Ellipse(Organic, 2 * 0.9, 0, 0, sh / 2, sw / 2);
                k.Ellipse(Silicone, 2 * tw, 0, 0, tr, tr);
                k.Ring(Silicone, tl, tw, 0, 0, tr - (tw / 2), tr - (tw / 2));
                k.Ellipse(Organic, 8 * 0.9, 0, 0, 6, 6);
                k.Ring(Organic, 0.8 * 3 * 0.9, 3, -6, 0, 13, 12);
                sim = (U(-1, 1), U(-1, 1));
            }
            else
            {
                k.Rect(Organic, sh * 0.9 * 0.8, -1, -sw / 2, 2, sw);
                k.Tube(Silicone, 1, -3.5, tl - (2 * tr), 7, tw);
                HollowBall(k, Silicone, tl - tr + 1, 0, tr, tw);
                k.Rect(Organic, 10 * 0.9, -8, -6, 7, 12);
                k.Ring(Organic, 0.8 * 3 * 0.9, 3, -18, 0, 10, 13);
                sim = inHub ? (-4.5, 0) : (tl - tr + 1, 0);
            }

            if (clip)
            {
                var path = Enumerable.Range(0, 9).Select(i => (-14 - (cl * i / 8.0), 12 * Math.Sin(i * 0.9))).ToArray();
                k.Line(Organic, 2 * 0.6 * 1.1, 16, false, path);
                var (ex, ey) = path[^1];
                if (Chance(0.5))
                {
                    k.Rect(Steel, 2 * 0.5, ex - 10, ey - 7, 30, 14);
                    k.Line(Steel, 0.8 * 1.2 * 2, 1.2, false, Zigzag(ex - 6, ex + 6, ey - 3, 3, 6));
                }
                else
                {
                    k.Rect(Organic, 2 * 2 * 1.05, ex - 10, ey - 8, 32, 16);
                }
            }

            if (cased)
            {
                var box = RoundedOutline(-reach + 2, -reach + 2, (2 * reach) - 4 + (flat ? 0 : tl), (2 * reach) - 4, 10);
                k.Poly(Organic, 2 * 1.2 * 0.9, box);
                k.Line(Organic, 40 * 1.2 * 0.9 / 1.2, 1.2, true, Shrunk(box, flat ? 0 : tl / 2, 0, 0.98, 0.98));
            }

            var sa = U(0, 2 * Math.PI);
            pen.Item(() => SimChip(new Turned(pen, sim.X, sim.Y, sa), 12.3, 8.8));
            return pen.Box;
        }

        /// <summary>
        /// Two-part 2 ml syringes (the BD Discardit and Terumo kind, with no rubber on the plunger: its polypropylene head seals on a moulded
        /// ring): a polypropylene barrel 10.2 mm across with 0.75 mm walls, 57–60 mm long, its finger flange and Luer-slip tip, the ribbed
        /// plunger and thumb press; a 21 G green (0.8 × 38 mm) or 23 G blue (0.6 × 30 mm) needle on its hub under its cap (see
        /// <see cref="WNeedle"/>), fitted or alongside; one to five of them, each in its peel pack of paper (0.1 mm at about 0.8 g/cm³)
        /// and film on most; empty, or part-filled with liquid.
        /// </summary>
        private PixelBox TwoPartSyringe(double scale)
        {
            var n = Chance(0.6) ? 1 : random.Next(2, 6);
            var packed = Chance(0.65);
            var fitted = Chance(0.5);
            var (od, nl) = Chance(0.5) ? (0.8, 38.0) : (0.6, 30.0);
            const double bd = 10.2;
            var bl = U(57, 60);
            var front = fitted ? bl + 6 + 20 + nl : bl + 9;
            var rowH = bd + (fitted ? 16 : 26);
            var pen = Lay(-bl - 7, (-bd / 2) - 8, front + 4, ((n - 1) * rowH) + (bd / 2) + (fitted ? 8 : 18), scale);
            for (var i = 0; i < n; i++)
            {
                var s = new Turned(pen, 0, i * rowH, 0);
                var filled = Chance(0.25);
                var at = filled ? U(bl * 0.4, bl * 0.85) : U(3, bl * 0.5);
                s.Rect(Organic, 2 * 1.2 * 0.9, -2, (-bd / 2) - 4.5, 2, bd + 9);
                s.Tube(Organic, 0, -bd / 2, bl, bd, 0.75 * 0.9);
                if (filled)
                {
                    s.Cylinder(Organic, at + 3, (-bd / 2) + 0.75, bl - at - 3, bd - 1.5, 1.0);
                }

                s.Rect(Organic, 0.8 * (bd - 1.5) * 0.9, at, (-bd / 2) + 0.75, 3, bd - 1.5);
                s.Rect(Organic, (bd - 2) * 0.45 * 0.9, at - bl - 2, -bd * 0.35, bl + 2, bd * 0.7);
                s.Rect(Organic, 2 * 1.2 * 0.9, at - bl - 4, (-bd / 2) - 1, 2, bd + 2);
                s.Poly(Organic, 0.8 * 4 * 0.9, (bl, -2), (bl + 9, -1.2), (bl + 9, 1.2), (bl, 2));
                if (fitted)
                {
                    WNeedle(new Turned(pen, bl + 6, i * rowH, 0), od, nl);
                }
                else
                {
                    WNeedle(new Turned(pen, 0, (i * rowH) + (bd / 2) + 9, 0), od, nl);
                }

                if (packed)
                {
                    var (y0, y1) = (-bd / 2 - 6, (bd / 2) + (fitted ? 6 : 15));
                    s.Rect(Organic, 0.1 * 0.8, -bl - 5, y0, bl + 5 + front, y1 - y0);
                    VFilmBag(s, -bl - 5, y0, bl + 5 + front, y1 - y0, 0.06, 0.92);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A percussion massage gun (the Theragun and its many copies) with its lithium-ion pack in the handle: a body 160–200 mm long and
        /// 55–65 mm across (a mini one 110–130 × 45–52) of ABS (2.5 mm walls at about 1.05 g/cm³) or aluminium (1.5 mm); its brushless motor
        /// (a stator of steel laminations in copper windings, the rotor's magnets), the steel crank and connecting rod, the piston shaft and
        /// the aluminium socket for the heads, a foam ball head (about 0.15 g/cm³) or a polypropylene one fitted; a handle 75–132 mm long and
        /// 38–46 mm across under it, rubber-sleeved, holding two or four 18650 cells (2S or 2S2P; see <see cref="SCylCell"/>) joined by
        /// nickel strips with their protection board, the power switch and the charging socket at its foot; in an EVA case (3 mm at about 0.25)
        /// with three to five spare heads on some. The cells are the item; the gun and its case hold them.
        /// </summary>
        private PixelBox MassageGun(double scale)
        {
            var mini = Chance(0.4);
            var bodyL = mini ? U(110, 130) : U(160, 200);
            var bodyD = mini ? U(45, 52) : U(55, 65);
            var handleL = mini ? U(75, 90) : U(110, 132);
            var handleD = mini ? U(38, 42) : U(40, 46);
            var alu = !mini && Chance(0.5);
            var cased = Chance(0.35);
            var four = !mini && handleL >= 128;
            var headR = mini ? 20.0 : 27.0;
            var reachX = (bodyL / 2) + 32 + (2 * headR);
            var (x0, y0, x1, y1) = (-(bodyL / 2) - 6, (-bodyD / 2) - 4, reachX + 2, (bodyD / 2) + handleL + 4);
            var pen = cased ? Lay(x0 - 12, y0 - 12, x1 + 12, y1 + 70, scale) : Lay(x0, y0, x1, y1, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (cased)
            {
                var box = RoundedOutline(x0 - 10, y0 - 10, x1 - x0 + 20, y1 - y0 + 78, 20);
                k.Poly(Organic, 2 * 3 * 0.25, box);
                k.Line(Organic, 90 * 3 * 0.25 / 3, 3, true, Shrunk(box, (x0 + x1) / 2, (y0 + y1 + 68) / 2, 0.985, 0.985));
                k.Line(Organic, 1.2, 4, false, (x0 - 10, (y0 + y1 + 68) / 2), (x1 + 10, (y0 + y1 + 68) / 2));
                var heads = random.Next(3, 6);
                for (var i = 0; i < heads; i++)
                {
                    var hx = x0 + 25 + (i * (x1 - x0 - 50) / (heads - 1));
                    var hy = y1 + 40;
                    if (i % 2 == 0)
                    {
                        Ball(k, Organic, hx, hy, 22, 0.15);
                        k.Cylinder(Organic, hx - 8, hy - 6, 16, 12, 0.9);
                    }
                    else
                    {
                        k.Cylinder(Organic, hx - 20, hy - 9, 40, 18, 0.9);
                    }
                }
            }

            if (alu)
            {
                k.Tube(Aluminium, -bodyL / 2, -bodyD / 2, bodyL, bodyD, 1.5);
            }
            else
            {
                k.Tube(Organic, -bodyL / 2, -bodyD / 2, bodyL, bodyD, 2.5 * 1.05);
            }

            ZDiscEdgeOn(k, alu ? Aluminium : Organic, (-bodyL / 2) + 1, 0, (bodyD / 2) - 1, 2, alu ? 0.75 : 1.05);
            var md = bodyD * 0.7;
            var mx = (-bodyL / 2) + 8;
            k.Rect(Steel, 0.8 * md * 0.45, mx, -md * 0.35, 25, md * 0.7);
            k.Rect(Brass, 0.8 * md * 0.2, mx + 3, -md * 0.3, 19, md * 0.6);
            k.Tube(Steel, mx - 2, -md / 2, 30, md, 0.8);
            k.Rect(Steel, 0.8 * 12, mx + 32, -10, 12, 20);
            k.Rect(Steel, 0.8 * 8, mx + 40, -4, 40, 8);
            k.Cylinder(Steel, mx + 78, -5, (bodyL / 2) - mx - 70, 10, 0.8);
            k.Tube(Aluminium, (bodyL / 2) - 4, -9, 22, 18, 1.5);
            var hc = (bodyL / 2) + 18 + headR;
            if (Chance(0.6))
            {
                Ball(k, Organic, hc, 0, headR, 0.15);
                k.Cylinder(Organic, (bodyL / 2) + 12, -7, 14, 14, 0.9);
            }
            else
            {
                k.Cylinder(Organic, (bodyL / 2) + 12, -8, 2 * headR, 16, 0.9);
            }

            var hx0 = -bodyL * 0.12;
            var h = new Turned(pen, hx0, (bodyD / 2) - 6, Math.PI / 2);
            h.Tube(Organic, 0, -handleD / 2, handleL + 6, handleD, 2.5 * 1.05);
            h.Tube(Organic, 20, (-handleD / 2) - 1.5, handleL - 30, handleD + 3, 1.5 * 1.2);
            h.Rect(Mixed, 0.6, 8, -handleD * 0.35, 30, handleD * 0.7);
            h.Rect(Brass, 0.06, 8, -handleD * 0.35, 30, handleD * 0.7);
            h.Rect(Steel, 1.2, handleL, -5, 5, 10);
            h.Rect(Steel, 0.9, handleL - 6, 6, 7, 9);
            var cellX = four ? handleL - 132 + 2 : handleL - 70;
            pen.Item(() =>
            {
                foreach (var cy in new[] { -9.5, 9.5 })
                {
                    SCylCell(h, cellX, cy, 65, 18.4);
                    if (four)
                    {
                        SCylCell(h, cellX + 66, cy, 65, 18.4);
                    }
                }

                h.Rect(Steel, 0.15, cellX - 1, -19, 1.2, 38);
                h.Rect(Steel, 0.15, cellX + (four ? 131 : 65), -19, 1.2, 38);
            });

            return pen.Box;
        }

        /// <summary>
        /// A hot-air gun (the Bosch PHG and Black+Decker class, for stripping paint and shrinking tubing; a contractor's tool): a body 230–260
        /// mm long and 55–65 mm across of glass-filled nylon (2.5 mm walls at about 1.4 g/cm³) with a pistol grip 110–130 mm long raked under
        /// it and a flat back it stands on; the fan (a polypropylene impeller 50 mm across) on a small DC motor (a 0.6 mm steel can 30 mm
        /// across, its ferrite magnets counted as steel at 4.8 / 7.85, the copper armature); the heater, a coil of resistance wire (0.4 mm,
        /// counted as steel) wound on a cross of mica sheets inside a 0.3 mm steel heat shield; a stainless nozzle 32–38 mm across and 60–80
        /// mm long (0.5 mm walls); the switch's brass contacts and the rectifier board; a flat or reflector nozzle of stainless sheet beside it
        /// on some; its two-core mains lead coiled with its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private PixelBox HeatGun(double scale)
        {
            var l = U(230, 260);
            var bd = U(55, 65);
            var nl = U(60, 80);
            var nd = U(32, 38);
            var gh = U(110, 130);
            var rake = U(8, 15) * Math.PI / 180;
            var drop = gh * Math.Tan(rake);
            var extra = Chance(0.3);
            var pen = Lay((-l / 2) - drop - 4, (-bd / 2) - 2, (l / 2) + nl - 10, (bd / 2) + gh + 120, scale);
            var k = new Turned(pen, 0, 0, 0);
            k.Tube(Organic, -l / 2, -bd / 2, l, bd, 2.5 * 1.4);
            ZDiscEdgeOn(k, Organic, (-l / 2) + 1.5, 0, (bd / 2) - 1, 3, 1.4);
            (double X, double Y)[] grip =
            [
                ((-l / 2) + 10, (bd / 2) - 4), ((-l / 2) + 55, (bd / 2) - 4), ((-l / 2) + 55 - drop, (bd / 2) + gh), ((-l / 2) + 8 - drop, (bd / 2) + gh),
            ];
            k.Poly(Organic, 2 * 2.5 * 1.4, grip);
            k.Line(Organic, 36 * 2.5 * 1.4 / 2.5, 2.5, true, Shrunk(grip, (-l / 2) + 32 - (drop / 2), (bd / 2) + (gh / 2), 0.95, 0.97));
            var mx = (-l / 2) + 14;
            k.Tube(Steel, mx, -15, 35, 30, 0.6);
            k.Rect(Steel, 2 * 3 * 4.8 / 7.85, mx + 2, -14, 31, 28);
            k.Cylinder(Brass, mx + 6, -9, 24, 18, 0.2);
            k.Cylinder(Steel, mx + 6, -9, 24, 18, 0.25);
            k.Cylinder(Organic, mx + 38, -25, 12, 50, 0.5);
            var hx = mx + 60;
            var hl = (l / 2) - hx - 6;
            k.Tube(Steel, hx, -bd * 0.36, hl, bd * 0.72, 0.3);
            k.Rect(Glass, 0.4 * 2.8 / 2.5, hx + 4, -12, hl - 8, 24);
            k.Rect(Glass, 24 * 0.4 * 2.8 / 2.5 / 0.8, hx + 4, -0.4, hl - 8, 0.8);
            foreach (var y in new[] { -12.0, 0.0, 12.0 })
            {
                k.Line(Steel, 0.8 * 0.4 * 2 * (y == 0 ? 2 : 1), 0.4, false, Zigzag(hx + 6, hx + hl - 6, y - 3, 1.6, 6));
            }

            k.Tube(Steel, (l / 2) - 15, -nd / 2, nl, nd, 0.5);
            k.Rect(Mixed, 0.6, (-l / 2) + 14, (bd / 2) + 6, 30, 22);
            k.Rect(Brass, 0.8, (-l / 2) + 18, (bd / 2) + 10, 14, 6);
            k.Rect(Steel, 0.8 * 3, (-l / 2) + 30, (bd / 2) + 30, 10, 6);
            if (extra)
            {
                var f = new Turned(pen, U(-20, 40), (bd / 2) + 70, U(-0.3, 0.3));
                f.Rect(Steel, 2 * 0.5, -30, -18, 60, 36);
                f.Rect(Steel, 30 * 0.5 / 1.2, -30, -18.6, 60, 1.2);
                f.Rect(Steel, 30 * 0.5 / 1.2, -30, 17.4, 60, 1.2);
            }

            UMainsCable(pen, (-l / 2) + 10 - drop, (bd / 2) + gh + 40, 28, random.Next(2, 4), false);
            return pen.Box;
        }

        /// <summary>
        /// A whisky gift set (sold at Christmas and for birthdays): a 70 cl bottle (round, 80–88 mm across, or square, 75–80 mm, with a
        /// 200–225 mm body, 4–6 mm walls and a 10–14 mm base, its shoulder, neck and a cork stopper with a wooden or plastic top or an
        /// aluminium screw cap) or a 35 cl flat flask (140–150 × 95–100 × 42–48 mm, 3–4 mm walls) of spirit (about 0.95 g/cm³), with two heavy
        /// tumblers (75–85 mm across and 85–95 mm tall, 2.5 mm walls and a 12–20 mm solid base) in a box of 1.5–2 mm greyboard (about 0.75
        /// g/cm³) or of 0.25 mm tinplate and its card insert, lying on its face (the bottle and tumblers on their sides). The bottle is the
        /// item; the box, insert and tumblers are packed with it.
        /// </summary>
        private PixelBox WhiskyGiftSet(double scale)
        {
            var kind = random.Next(3);
            var tin = Chance(0.3);
            var td = U(75, 85);
            var th = U(85, 95);
            var tb = U(12, 20);
            var (bl, bw) = kind == 2 ? (U(140, 150), U(95, 100)) : (U(285, 300), kind == 0 ? U(80, 88) : U(75, 80));
            var boxL = Math.Max(bl, (2 * th) + 15) + 20;
            var boxW = bw + td + 25;
            var depth = kind == 2 ? 70.0 : Math.Max(bw, td) + 10;
            var pen = Lay((-boxL / 2) - 1, (-boxW / 2) - 1, (boxL / 2) + 1, (boxW / 2) + 1, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (tin)
            {
                k.Rect(Steel, 2 * 0.25, -boxL / 2, -boxW / 2, boxL, boxW);
                k.Line(Steel, depth * 0.25 / 0.8, 0.8, true, SCorners((-boxL / 2) + 0.4, (-boxW / 2) + 0.4, boxL - 0.8, boxW - 0.8));
            }
            else
            {
                SheetBox(k, Organic, -boxL / 2, -boxW / 2, boxL, boxW, depth, U(1.5, 2), 0.75, 3);
            }

            k.Rect(Organic, 2 * 0.5 * 0.7, (-boxL / 2) + 3, (-boxW / 2) + 3, boxL - 6, boxW - 6);
            k.Line(Organic, depth * 0.5 * 0.7 / 1.0, 1.0, false, ((-boxL / 2) + 3, (-boxW / 2) + bw + 12), ((boxL / 2) - 3, (-boxW / 2) + bw + 12));
            var tyc = (boxW / 2) - 8 - (td / 2);
            for (var i = 0; i < 2; i++)
            {
                var tx = (-boxL / 2) + 10 + (i * (th + 8));
                var flip = i == 1;
                var t = new Turned(pen, flip ? tx + th : tx, tyc, flip ? Math.PI : 0);
                t.Cylinder(Glass, 0, -td / 2, tb, td);
                t.Tube(Glass, tb, -td / 2, th - tb, td, 2.5);
            }

            var by = (-boxW / 2) + 6 + (bw / 2);
            var fill = U(0.9, 0.96);
            pen.Item(() =>
            {
                var b = new Turned(pen, 0, by, Chance(0.5) ? 0 : Math.PI);
                if (kind == 2)
                {
                    var flask = RoundedOutline(-bl / 2, -bw / 2, bl - 28, bw, 18);
                    b.Poly(Glass, 2 * 3.5, flask);
                    b.Line(Glass, 45 * 3.5 / 2, 2, true, Shrunk(flask, -14, 0, 0.985, 0.975));
                    b.Poly(Organic, (45 - 7) * fill * 0.95, Shrunk(flask, -14, 0, 0.96, 0.93));
                    b.Tube(Glass, (bl / 2) - 30, -11, 20, 22, 3.5);
                    b.Tube(Aluminium, (bl / 2) - 14, -12, 14, 24, 0.25);
                    return;
                }

                var x0 = -bl / 2;
                const double wall = 5;
                var body = U(200, 225);
                var bt = U(10, 14);
                if (kind == 0)
                {
                    b.Cylinder(Glass, x0, -bw / 2, bt, bw);
                    b.Tube(Glass, x0 + bt, -bw / 2, body - bt, bw, wall);
                    LyingFill(b, Organic, x0 + bt, body - bt, bw - (2 * wall), fill, 0.95);
                }
                else
                {
                    b.Rect(Glass, bw, x0, -bw / 2, bt, bw);
                    b.Rect(Glass, 2 * wall, x0 + bt, -bw / 2, body - bt, bw);
                    b.Rect(Glass, bw, x0 + bt, -bw / 2, body - bt, wall);
                    b.Rect(Glass, bw, x0 + bt, (bw / 2) - wall, body - bt, wall);
                    b.Rect(Organic, fill * (bw - (2 * wall)) * 0.95, x0 + bt, (-bw / 2) + wall, body - bt, bw - (2 * wall));
                }

                var neckX = x0 + body;
                b.Poly(Glass, 2 * wall * 1.3, (neckX, -bw / 2), (neckX + 30, -14), (neckX + 30, 14), (neckX, bw / 2));
                b.Tube(Glass, neckX + 28, -14, bl - body - 40, 28, 5);
                if (Chance(0.6))
                {
                    b.Cylinder(Organic, (bl / 2) - 40, -9, 28, 18, 0.25);
                    b.Cylinder(Organic, (bl / 2) - 12, -16, 12, 32, Chance(0.5) ? 0.7 : 1.05);
                }
                else
                {
                    b.Tube(Aluminium, (bl / 2) - 22, -15, 22, 30, 0.25);
                    b.Rect(Organic, 0.8 * 26 * 0.9, (bl / 2) - 2, -13, 2, 26);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// Cocaine or ketamine carried the way it is used on a night out: one to three snuff bullets (a 55–70 mm aluminium dispenser 14–16 mm
        /// across with 1 mm walls, its steel-sprung rotating valve, a 1–2 g charge of powder at about 0.6 g/cm³ as it settles) and two to six
        /// grip-seal deal bags (0.05 mm polyethylene, 40 × 60 or 50 × 70 mm, each with 0.5–3.5 g of powder spread in a corner); a snorting
        /// straw (a 70–120 mm tube 6–8 mm across of stainless steel, 0.3 mm walls, or of glass, 1 mm) on some; loose or in a small zipped
        /// pouch (two layers of 1 mm fabric at about 0.6, a zip of moulded plastic teeth with a zinc-alloy slider).
        /// </summary>
        private PixelBox SnuffBullets(double scale)
        {
            var bullets = random.Next(1, 4);
            var bags = random.Next(2, 7);
            var straw = Chance(0.4);
            var pouch = Chance(0.4);
            const double pw = 150;
            const double ph = 100;
            var pen = Lay((-pw / 2) - 2, (-ph / 2) - 2, (pw / 2) + 2, (ph / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            if (pouch)
            {
                var outline = RoundedOutline(-pw / 2, -ph / 2, pw, ph, 14);
                k.Poly(Organic, 2 * 1 * 0.6, outline);
                k.Line(Organic, 4 * 1 * 0.6, 3, true, outline);
                k.Line(Organic, 0.8 * 2 * 1.41, 5, false, ((-pw / 2) + 10, (-ph / 2) + 4), ((pw / 2) - 10, (-ph / 2) + 4));
                k.Rect(ZincAlloy, 0.8 * 5, U(-pw * 0.3, pw * 0.3), (-ph / 2) - 1, 10, 9);
            }

            for (var i = 0; i < bullets; i++)
            {
                var len = U(55, 70);
                var d = U(14, 16);
                var b = new Turned(pen, (-pw / 2) + 12 + (len / 2) + U(0, 6), (-ph / 2) + 14 + (i * (d + 5)), U(-0.08, 0.08) + (Chance(0.5) ? 0 : Math.PI));
                b.Tube(Aluminium, -len / 2, -d / 2, len, d, 1.0);
                b.Rect(Aluminium, 0.8 * d, (len / 2) - 14, (-d / 2) + 1, 4, d - 2);
                b.Line(Steel, 0.8 * 0.5 * 2, 0.5, false, Zigzag((len / 2) - 22, (len / 2) - 15, -2, 1.2, 4));
                b.Cylinder(Steel, (len / 2) - 12, -2, 8, 4, 0.6);
                var charge = U(1, 2) / 0.6 * 1000 / (Math.PI * Math.Pow((d / 2) - 1, 2));
                b.Cylinder(Organic, (-len / 2) + 3, (-d / 2) + 1, Math.Min(charge, len - 28), d - 2, 0.6);
            }

            for (var i = 0; i < bags; i++)
            {
                var big = Chance(0.4);
                var (bl, bw) = big ? (70.0, 50.0) : (60.0, 40.0);
                var q = new Turned(pen, (pw / 2) - 8 - (bw / 2) - ((i % 3) * 14) - U(0, 4), (-ph / 2) + 8 + (bl / 2) + ((i / 3) * 12) - U(0, 4), (Math.PI / 2) + U(-0.2, 0.2));
                VFilmBag(q, -bl / 2, -bw / 2, bl, bw, 0.05, 0.92);
                q.Rect(Organic, 0.8 * 1.5 * 0.92, (bl / 2) - 8, -bw / 2, 2.5, bw);
                var grams = U(0.5, 3.5);
                var (sx, sy) = (U(14, 22), U(12, 18));
                q.Ellipse(Organic, grams * 1000 / (Math.PI * sx * sy), (-bl / 2) + sx + 1, U(-(bw / 2) + sy + 1, (bw / 2) - sy - 1), sx, sy);
            }

            if (straw)
            {
                var sl = U(70, 120);
                var sd = U(6, 8);
                var s = new Turned(pen, U(-10, 10), (ph / 2) - 10, U(-0.1, 0.1));
                if (Chance(0.6))
                {
                    s.Tube(Steel, -sl / 2, -sd / 2, sl, sd, 0.3);
                }
                else
                {
                    s.Tube(Glass, -sl / 2, -sd / 2, sl, sd, 1.0);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a roll-on deodorant: a 50 ml bottle 36–42 mm across and 75–85 mm long of polypropylene (1.2–1.6 mm walls at about
        /// 0.9 g/cm³) or of glass (2.5–3.5 mm), its fitment and ball (30–34 mm, solid polypropylene, or glass in a glass bottle), its cap (1.5
        /// mm walls, 30–35 mm long); the ball prised out, a cling-filmed wrap of compressed powder or resin (35–50 × 14–20 mm, 1.1–1.35 g/cm³)
        /// pushed into the liquid (about 1.0 g/cm³, 45–90 % full, lying along its low side) and the ball pressed back; where the wrap lies
        /// the beam crosses it in place of the liquid it pushed aside. The bottle, its liquid, ball and cap are the host; the wrap is the
        /// item.
        /// </summary>
        private PixelBox DrugsInRollOnDeodorant(double scale)
        {
            var glass = Chance(0.3);
            var d = U(36, 42);
            var bodyL = U(75, 85);
            var wall = glass ? U(2.5, 3.5) : U(1.2, 1.6);
            var br = U(15, 17);
            var capL = U(30, 35);
            var fill = U(0.45, 0.9);
            var total = bodyL + capL;
            var pen = Lay((-total / 2) - 1, (-d / 2) - 2, (total / 2) + 1, (d / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, Chance(0.5) ? 0 : Math.PI);
            var x0 = -total / 2;
            var inner = d - (2 * wall);
            if (glass)
            {
                k.Tube(Glass, x0 + wall, -d / 2, bodyL - wall, d, wall);
                k.Cylinder(Glass, x0, -d / 2, wall + 1, d);
            }
            else
            {
                k.Tube(Organic, x0 + wall, -d / 2, bodyL - wall, d, wall * 0.9);
                ZDiscEdgeOn(k, Organic, x0 + (wall / 2), 0, d / 2, wall, 0.9);
            }

            LyingFill(k, Organic, x0 + wall, bodyL - wall - (br * 0.6), inner, fill, 1.0);
            var bx = x0 + bodyL - (br * 0.3);
            k.Tube(Organic, bx - br - 2, -br - 2, 2 * br, (2 * br) + 4, 1.2 * 0.9);
            if (glass)
            {
                Ball(k, Glass, bx, 0, br, 1.0);
            }
            else
            {
                Ball(k, Organic, bx, 0, br, 0.9);
            }

            k.Tube(Organic, x0 + bodyL - 6, (-d / 2) - 1, capL + 6, d + 2, 1.5 * 0.9);
            ZDiscEdgeOn(k, Organic, (total / 2) - 1, 0, (d / 2) + 1, 2, 0.9);
            var wl = Math.Min(U(35, 50), bodyL - wall - (br * 0.6) - 6);
            var ww = Math.Min(U(14, 20), (inner * fill) - 1);
            var rho = U(1.1, 1.35);
            var wx = x0 + wall + 3 + U(0, Math.Max(0, bodyL - wall - (br * 0.6) - 6 - wl));
            var wy = U(-2, 2);
            pen.Item(() =>
            {
                Spheroid(k, Organic, wx + (wl / 2), wy, wl / 2, ww / 2, ww, rho - 1.0);
                k.Ring(Organic, 0.6, 1, wx + (wl / 2), wy, wl / 2, ww / 2);
                Spheroid(k, Organic, wx + wl + 2, wy, 3, 2.5, 4, 0.9);
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A singing bowl (sold in gift and wellbeing shops and used in chaplaincy and meditation groups): hammered bell bronze 100–200 mm
        /// across and 0.4–0.48 of that high, its flat foot half to three fifths of the rim's width, 2–3.5 mm walls rising ever more steeply
        /// to a thicker rim (see <see cref="OneSlopedWall"/>), standing or upside down (the same to the beam); its striker (a beech stick 140
        /// mm long and 20 mm across, about 0.7 g/cm³, half wrapped in suede) beside it; a ring cushion (cotton over kapok) under it on some,
        /// in a padded pouch on others.
        /// </summary>
        private void SingingBowl()
        {
            var d = U(100, 200);
            var h = d * U(0.4, 0.48);
            var wall = U(2, 3.5);
            var r1 = d / 2;
            var r0 = r1 * U(0.5, 0.62);
            var pen = Place(r1 + 30);
            var k = new Turned(pen, 0, 0, 0);
            k.Ellipse(Brass, wall, 0, 0, r0, r0);
            OneSlopedWall(k, Brass, 0, 0, r0, r1 - 1.5, h, wall);
            k.Ring(Brass, 10 * (wall + U(1, 2.5)) / 3, 3, 0, 0, r1 - 1.5, r1 - 1.5);
            var s = new Turned(pen, U(-20, 20), r1 + 18, U(-0.3, 0.3));
            s.Cylinder(Organic, -70, -10, 140, 20, 0.7);
            s.Tube(Organic, 0, -11, 70, 22, 1.2 * 0.9);
            if (Chance(0.5))
            {
                k.Ring(Organic, (25 * 0.12) + (2 * 0.5 * 0.6), 22, 0, 0, r1 * 0.6, r1 * 0.6);
            }
            else if (Chance(0.4))
            {
                k.Ellipse(Organic, 2 * ((2 * 0.4 * 0.6) + (5 * 0.03)), 0, 0, r1 + 12, r1 + 12);
            }
        }

        /// <summary>
        /// A Newton's cradle (an executive desk toy and a common present): a base of MDF (about 0.75 g/cm³) or black ABS box (2.5 mm walls)
        /// 150–200 × 105–130 mm and 15–20 mm thick; two rails of chromed steel rod (4–6 mm) 140–180 mm up on four posts; five chromed steel
        /// balls 19–25 mm across hanging in a row on vee'd nylon lines (0.3 mm) from the rails; standing (the posts end-on to the beam, the
        /// balls in a row under the rails) or fallen on its side (the frame side-on); in a card gift box (1.5 mm greyboard, an expanded
        /// polystyrene insert) on some.
        /// </summary>
        private void NewtonsCradle()
        {
            var bl = U(150, 200);
            var bw = U(105, 130);
            var bt = U(15, 20);
            var fh = U(140, 180);
            var rod = U(4, 6);
            var ball = U(19, 25) / 2;
            var mdf = Chance(0.6);
            var standing = Chance(0.55);
            var boxed = Chance(0.35);
            var pen = Place((Math.Max(bl, fh) / 2) + 20);
            var k = new Turned(pen, 0, 0, 0);
            var fx = (bl / 2) - 12;
            var ry = (bw / 2) - 12;
            if (standing)
            {
                if (mdf)
                {
                    k.Rect(Organic, bt * 0.75, -bl / 2, -bw / 2, bl, bw);
                }
                else
                {
                    k.Rect(Organic, 2 * 2.5 * 1.05, -bl / 2, -bw / 2, bl, bw);
                    k.Line(Organic, bt * 2.5 * 1.05 / 2.5, 2.5, true, SCorners((-bl / 2) + 1.25, (-bw / 2) + 1.25, bl - 2.5, bw - 2.5));
                }

                foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
                {
                    k.Ellipse(Steel, fh, sx * fx, sy * ry, rod / 2, rod / 2);
                }

                k.Rect(Steel, 0.8 * rod, -fx, -ry - (rod / 2), 2 * fx, rod);
                k.Rect(Steel, 0.8 * rod, -fx, ry - (rod / 2), 2 * fx, rod);
                for (var i = 0; i < 5; i++)
                {
                    var x = (i - 2) * 2 * ball;
                    Ball(k, Steel, x, 0, ball, 1);
                    k.Line(Organic, 0.8 * 0.3 * 1.14, 0.3, false, (x - 8, -ry), (x, 0), (x + 8, -ry));
                    k.Line(Organic, 0.8 * 0.3 * 1.14, 0.3, false, (x - 8, ry), (x, 0), (x + 8, ry));
                }
            }
            else
            {
                k.Rect(Organic, bw * (mdf ? 0.75 : 0.15), -bl / 2, 0, bl, bt);
                k.Rect(Steel, 2 * 0.8 * rod, -fx - (rod / 2), -fh, rod, fh);
                k.Rect(Steel, 2 * 0.8 * rod, fx - (rod / 2), -fh, rod, fh);
                k.Rect(Steel, 2 * 0.8 * rod, -fx, -fh - (rod / 2), 2 * fx, rod);
                var hang = fh * U(0.55, 0.7);
                for (var i = 0; i < 5; i++)
                {
                    var x = (i - 2) * 2 * ball;
                    Ball(k, Steel, x, -fh + hang, ball, 1);
                    k.Line(Organic, 2 * 0.8 * 0.3 * 1.14, 0.3, false, (x, -fh + hang - ball), (x, -fh));
                }
            }

            if (boxed)
            {
                var (y0, y1) = standing ? (-bw / 2, bw / 2) : (-fh, bt);
                k.Rect(Organic, (2 * 1.5 * 0.75) + ((standing ? fh : bw) * 0.02), (-bl / 2) - 8, y0 - 8, bl + 16, y1 - y0 + 16);
            }
        }

        /// <summary>
        /// A mechanical luggage scale (for weighing a case before a flight, and found in the bags of those coming back): either a dial scale
        /// (a round ABS case 70–84 mm across and 35 mm deep, 2.5 mm walls at about 1.05 g/cm³, a T-handle above it, an acrylic window over
        /// a printed aluminium dial, inside it a steel coil spring of 2 mm wire, a zinc-alloy rack, a brass pinion and the needle; under it a
        /// 5.5 mm steel hook on a 25 mm nylon strap 180–220 mm long ending in a steel snap hook), or a tubular spring balance (a tube of
        /// aluminium, 1 mm walls, or steel, 0.6 mm, 20–25 mm across and 180–260 mm long, its steel spring of 1.5–2.5 mm wire, the pull rod
        /// and a 5 mm steel hook at one end, a 4 mm steel ring at the other).
        /// </summary>
        private void LuggageScale()
        {
            if (Chance(0.55))
            {
                var r = U(35, 42);
                var k = new Turned(Place(180), 0, -100, 0);
                k.Ellipse(Organic, 2 * 2.5 * 1.05, 0, 0, r, r);
                k.Ring(Organic, 35 * 2.5 * 1.05 / 2.5, 2.5, 0, 0, r - 1.25, r - 1.25);
                var bar = RoundedOutline(-55, -r - 36, 110, 30, 12);
                k.Poly(Organic, 2 * 2.5 * 1.05, bar);
                k.Line(Organic, 28 * 2.5 * 1.05 / 2.5, 2.5, true, Shrunk(bar, 0, -r - 21, 0.97, 0.9));
                k.Rect(Organic, 2 * 2.5 * 1.05, -12, -r - 8, 24, 10);
                k.Ellipse(Organic, 1.5 * 1.18, 0, 0, r - 5, r - 5);
                k.Ellipse(Aluminium, 0.5, 0, 0, r - 6, r - 6);
                k.Line(Steel, 0.8 * 2 * 2, 2, false, Zigzag(-r + 10, r - 20, -7, 4, 14));
                k.Rect(ZincAlloy, 0.8 * 5, -4, -r + 6, 8, 30);
                k.Ellipse(Brass, 5, 0, 0, 5, 5);
                k.Line(Steel, 0.5, 1, false, (0, 0), (U(-0.6, 0.6) * r, -r * 0.7));
                (double X, double Y)[] hook = [(0, r - 4), (0, r + 22), (8, r + 32), (2, r + 42), (-8, r + 36)];
                k.Line(Steel, 0.8 * 5.5, 5.5, false, hook);
                var end = (X: U(-50, 50), Y: r + 200);
                k.Line(Organic, 2 * 1.5 * 1.14 * 0.8, 25, false, (0, r + 30), (end.X * 0.4, r + 110), end);
                k.Line(Steel, 0.8 * 5, 5, true, (end.X - 10, end.Y), (end.X + 10, end.Y), (end.X + 6, end.Y + 40), (end.X - 6, end.Y + 40));
                return;
            }

            var l = U(180, 260);
            var d = U(20, 25);
            var alu = Chance(0.6);
            var wire = U(1.5, 2.5);
            var t = new Turned(Place(130), 0, 0, 0);
            t.Tube(alu ? Aluminium : Steel, -l / 2, -d / 2, l, d, alu ? 1.0 : 0.6);
            t.Line(Steel, 0.8 * wire * 2, wire, false, Zigzag((-l / 2) + 12, (-l / 2) + 12 + (l * 0.55), -(d / 2) + 3, wire + 2, d - 6));
            t.Cylinder(Steel, (-l / 2) + 10, -2, l * 0.9, 4);
            t.Rect(Brass, 1.2, -10, (-d / 2) + 1, 8, 4);
            t.Ring(Steel, 0.8 * 4, 4, (-l / 2) - 16, 0, 14, 14);
            t.Line(Steel, 0.8 * 5, 5, false, ((l / 2) - 4, 0), ((l / 2) + 22, 0), ((l / 2) + 34, 8), ((l / 2) + 40, 0), ((l / 2) + 34, -8));
        }

        /// <summary>
        /// An electric heat pad (the Beurer and Dreamland kind, for a bad back): a pad 300–420 × 250–320 mm folded once or twice or laid flat,
        /// each layer of it two fleece faces (2.5 mm at about 0.12 g/cm³) over a non-woven inner (0.5 mm at about 0.3), the heating lead (a
        /// 2 mm PVC-insulated cord with its copper-nickel spiral and sensing wire, counted as 0.1 mm of brass across it) run in a serpentine
        /// 16–24 mm apart through it; its detachable connector (PVC, brass pins); a lead to the controller (an ABS box 95–115 × 45–55 × 25–32
        /// mm, its board, triac on a small aluminium heatsink and slide switch with brass contacts); the two-core mains lead coiled with its
        /// plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void HeatPad()
        {
            var pl = U(300, 420);
            var pw = U(250, 320);
            var folds = random.Next(1, 4);
            var fl = pl / folds;
            var pen = Place((Math.Max(fl, pw) / 2) + 30);
            var k = new Turned(pen, 0, 0, 0);
            var layer = (2 * 2.5 * 0.12) + (0.5 * 0.3);
            var outline = RoundedOutline(-fl / 2, -pw / 2, fl, pw, 15);
            k.Poly(Organic, folds * layer, outline);
            k.Line(Organic, folds * 4 * 0.5, 4, true, outline);
            var pitch = U(16, 24);
            for (var f = 0; f < folds; f++)
            {
                var shift = f * pitch * 0.37;
                var runs = (int)((pw - 30) / pitch);
                var path = new List<(double X, double Y)>();
                for (var i = 0; i <= runs; i++)
                {
                    var y = (-pw / 2) + 15 + (i * pitch) + shift;
                    if (y > (pw / 2) - 12)
                    {
                        break;
                    }

                    var (a, b) = i % 2 == 0 ? ((-fl / 2) + 12, (fl / 2) - 12) : ((fl / 2) - 12, (-fl / 2) + 12);
                    path.Add((a, y));
                    path.Add((b, y));
                }

                if (path.Count > 1)
                {
                    k.Line(Organic, 0.8 * 2 * 1.4, 2, false, [.. path]);
                    k.Line(Brass, 0.1, 2, false, [.. path]);
                }
            }

            k.Rect(Organic, 12 * 1.4 * 0.6, (fl / 2) - 20, (pw / 2) - 40, 26, 18);
            k.Rect(Brass, 0.8 * 2, (fl / 2) - 14, (pw / 2) - 36, 12, 2);
            k.Rect(Brass, 0.8 * 2, (fl / 2) - 14, (pw / 2) - 28, 12, 2);
            var cl = U(95, 115);
            var cw = U(45, 55);
            var cd = U(25, 32);
            var c = new Turned(pen, U(-fl * 0.3, fl * 0.3), (pw / 2) + 35, U(-0.4, 0.4));
            var box = RoundedOutline(-cl / 2, -cw / 2, cl, cw, 10);
            c.Poly(Organic, 2 * 2 * 1.05, box);
            c.Line(Organic, cd * 2 * 1.05 / 2, 2, true, Shrunk(box, 0, 0, 0.98, 0.96));
            c.Rect(Mixed, 0.6, (-cl / 2) + 8, (-cw / 2) + 6, cl - 16, cw - 12);
            c.Rect(Brass, 0.06, (-cl / 2) + 8, (-cw / 2) + 6, cl - 16, cw - 12);
            c.Rect(Aluminium, 0.8 * 15 * 1.5 / 1.5, -10, -12, 20, 1.5);
            c.Rect(Steel, 1.2, -6, -9, 10, 7);
            c.Rect(Brass, 0.8, 14, 4, 16, 5);
            k.Line(Organic, 0.8 * 4 * 1.4 * 0.6, 4, false, ((fl / 2) - 8, (pw / 2) - 30), ((fl / 2) + 10, (pw / 2) + 10), (0, (pw / 2) + 20));
            UMainsCable(pen, U(-fl * 0.3, 0), (pw / 2) + 75, 28, random.Next(2, 4), false);
        }

        /// <summary>
        /// A handheld garment steamer (the Tefal and Philips travel kind): a body 250–300 mm long and 100–125 mm high lying on its side,
        /// of polypropylene (2.5 mm walls at about 0.9 g/cm³, 70–90 mm deep); at its front the steam plate (a 1.5 mm aluminium plate 75–90 ×
        /// 50 mm, seen edge-on) over the boiler, a die-cast aluminium block (about 55 % solid) with its sheathed element (a 6 mm steel tube
        /// round magnesia, bent in a U) and two bimetal thermostats with brass contacts; a water tank of 90–190 ml (polypropylene, 1.5 mm
        /// walls) 20–90 % full; on some a small solenoid pump (a copper coil on a steel core); the trigger's switch, the handle, the steel
        /// screws; a fabric brush head beside it on some; its two-core mains lead coiled with its plug (see <see cref="UMainsCable"/>).
        /// </summary>
        private void GarmentSteamer()
        {
            var l = U(250, 300);
            var h = U(100, 125);
            var dep = U(70, 90);
            var pen = Place((l / 2) + 30);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] body =
            [
                (-l / 2, -h * 0.15), ((-l / 2) + 30, -h / 2), ((l / 2) - 10, -h / 2), (l / 2, (-h / 2) + 20), (l / 2, h * 0.1), ((l / 2) - 50, h / 2),
                ((-l / 2) + 20, h / 2),
            ];
            k.Poly(Organic, 2 * 2.5 * 0.9, body);
            k.Line(Organic, dep * 2.5 * 0.9 / 2.5, 2.5, true, Shrunk(body, 0, 0, 0.985, 0.97));
            k.Rect(Aluminium, 50 * 1.5 / 1.5, (l / 2) - 2, (-h / 2) + 8, 1.5, U(75, 90) * 0.6);
            var bx = (l / 2) - 65;
            k.Rect(Aluminium, 50 * 0.55, bx, (-h / 2) + 10, 58, 48);
            k.Line(Steel, 0.8 * 6 * 0.35, 6, false, (bx + 4, (-h / 2) + 16), (bx + 52, (-h / 2) + 16), (bx + 52, (-h / 2) + 50), (bx + 4, (-h / 2) + 50));
            k.Line(Glass, 0.8 * 6 * 0.6 * 2.2 / 2.5, 4, false, (bx + 4, (-h / 2) + 16), (bx + 52, (-h / 2) + 16), (bx + 52, (-h / 2) + 50), (bx + 4, (-h / 2) + 50));
            k.Rect(Brass, 2, bx - 10, (-h / 2) + 14, 8, 10);
            k.Rect(Brass, 2, bx - 10, (-h / 2) + 34, 8, 10);
            var tl = U(60, 80);
            var td = dep - 30;
            var tx = (-l / 2) + 25;
            var ty = (h / 2) - 44;
            k.Rect(Organic, 2 * 1.5 * 0.9, tx, ty, tl, 40);
            k.Line(Organic, td * 1.5 * 0.9 / 1.5, 1.5, true, SCorners(tx + 0.75, ty + 0.75, tl - 1.5, 38.5));
            k.Rect(Organic, (td - 3) * U(0.2, 0.9), tx + 1.5, ty + 1.5, tl - 3, 37);
            if (Chance(0.5))
            {
                k.Cylinder(Brass, tx + tl + 6, ty + 10, 28, 22, 0.3);
                k.Cylinder(Steel, tx + tl + 6, ty + 17, 28, 8);
            }

            k.Rect(Mixed, 0.6, (-l / 2) + 30, (-h / 2) + 8, 40, 22);
            k.Rect(Brass, 0.8, (-l / 2) + 40, (-h / 2) + 12, 14, 6);
            foreach (var (sx, sy) in new[] { ((-l / 2) + 20, -h * 0.1), (l * 0.1, (-h / 2) + 6), ((l / 2) - 20, h * 0.05) })
            {
                k.Ellipse(Steel, 8, sx, sy, 1.5, 1.5);
            }

            if (Chance(0.35))
            {
                var b = new Turned(pen, U(-l * 0.3, l * 0.3), h + 10, U(-0.3, 0.3));
                RoundedRect(b, Organic, 2 * 2 * 0.9, -35, -22, 70, 44, 8);
                b.Rect(Organic, 12 * 0.4, -30, -18, 60, 36);
            }

            UMainsCable(pen, -l / 2, (h / 2) + 30, 30, random.Next(2, 4), false);
        }

        /// <summary>
        /// A handheld milk frother (the IKEA Produkt kind): a handle 115–135 mm long and 26–32 mm across of ABS (1.5 mm walls) or stainless
        /// steel (0.4 mm) holding two AA or two AAA alkaline cells end to end (see <see cref="AlkalineCell"/>), their steel spring and
        /// contacts, and a small DC motor (a 0.5 mm steel can 20 mm across and 25 mm long, its ferrite magnets counted as steel at 4.8 / 7.85,
        /// the copper armature); a stainless shaft 2–3 mm across and 60–80 mm long ending in a whisk of coiled 0.6 mm wire bent into a ring
        /// 22–28 mm across (about 3.5 mm of steel across its edge-on width); a polypropylene stand beside it on some.
        /// </summary>
        private void MilkFrother()
        {
            var aa = Chance(0.6);
            var (cl, cd) = aa ? (50.5, 14.5) : (44.5, 10.5);
            var hl = (2 * cl) + U(28, 32);
            var hd = U(26, 32);
            var sl = U(60, 80);
            var sd = U(2, 3);
            var wr = U(11, 14);
            var pen = Place((hl + sl) / 2);
            var ox = -(sl - hl) / 2;
            var k = new Turned(pen, ox, 0, 0);
            if (Chance(0.35))
            {
                k.Tube(Steel, -hl, -hd / 2, hl, hd, 0.4);
            }
            else
            {
                k.Tube(Organic, -hl, -hd / 2, hl, hd, 1.5 * 1.05);
            }

            ZDiscEdgeOn(k, Organic, -hl + 2, 0, (hd / 2) - 1, 4, 1.05);
            for (var i = 0; i < 2; i++)
            {
                AlkalineCell(new Turned(pen, ox - 28 - (cl / 2) - (i * cl), 0, 0), cl, cd);
            }

            k.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(-hl + 4, -hl + 12, -3, 1.5, 6));
            k.Tube(Steel, -26, -10, 25, 20, 0.5);
            k.Rect(Steel, 2 * 2 * 4.8 / 7.85, -24, -9, 21, 18);
            k.Cylinder(Brass, -22, -5, 16, 10, 0.25);
            k.Rect(Steel, 0.9, -30, (hd / 2) - 4, 10, 4);
            k.Cylinder(Steel, 0, -sd / 2, sl, sd);
            k.Rect(Steel, 3.5, sl, -wr, 4, 2 * wr);
            if (Chance(0.3))
            {
                var st = new Turned(pen, U(-40, 40), hd + 30, U(-0.3, 0.3));
                RoundedRect(st, Organic, 2 * 2 * 0.9, -30, -15, 60, 30, 8);
                st.Line(Organic, 40 * 2 * 0.9 / 2, 2, true, RoundedOutline(-29, -14, 58, 28, 7));
            }
        }

        /// <summary>
        /// A pack-away waterproof: either an emergency rain poncho (0.06 mm PEVA, about 1.3 m² with its hood, at about 0.93 g/cm³) folded to
        /// 140–160 × 95–110 mm in a polyethylene sleeve, or a nylon cagoule (150–250 g of nylon at about 1.14 with its polyurethane coating)
        /// stuffed into its own chest pocket to 160–190 × 120–140 mm, lumpier at its middle, its moulded plastic zip with a zinc-alloy
        /// slider, a drawcord with plastic toggles, two brass press studs on some.
        /// </summary>
        private void RainPoncho()
        {
            var pen = Place(100);
            var k = new Turned(pen, 0, 0, U(0, 2 * Math.PI));
            if (Chance(0.45))
            {
                var l = U(140, 160);
                var w = U(95, 110);
                var t = 1.3e6 * 0.06 / (l * w) * 0.93;
                RoundedRect(k, Organic, t, -l / 2, -w / 2, l, w, 4);
                for (var i = random.Next(2, 5); i > 0; i--)
                {
                    k.Rect(Organic, t * 0.15, U(-l / 2, (l / 2) - 10), -w / 2, 6, w);
                }

                VFilmBag(k, (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, 0.04, 0.92);
                return;
            }

            var pl = U(160, 190);
            var pw = U(120, 140);
            var grams = U(150, 250);
            var mean = grams / 1.14 * 1000 / (pl * pw) * 1.14;
            var outline = RoundedOutline(-pl / 2, -pw / 2, pl, pw, 25);
            k.Poly(Organic, mean * 0.6, outline);
            k.Poly(Organic, mean * 0.7, Shrunk(outline, 0, 0, 0.65, 0.6));
            k.Line(Organic, 0.8 * 3 * 1.41, 5, false, ((-pl / 2) + 12, (-pw / 2) + 5), ((pl / 2) - 12, (-pw / 2) + 5));
            k.Rect(ZincAlloy, 0.8 * 4, U(-pl * 0.3, pl * 0.3), (-pw / 2) - 2, 9, 14);
            var cord = Enumerable.Range(0, 8).Select(i => (U(-pl * 0.4, pl * 0.4), U(-pw * 0.4, pw * 0.4))).ToArray();
            k.Line(Organic, 0.8 * 3 * 1.14, 3, false, cord);
            k.Ellipse(Organic, 8 * 1.05, cord[0].Item1, cord[0].Item2, 6, 5);
            k.Ellipse(Organic, 8 * 1.05, cord[^1].Item1, cord[^1].Item2, 6, 5);
            if (Chance(0.4))
            {
                k.Ellipse(Brass, 1.2, U(-pl * 0.4, pl * 0.4), U(-pw * 0.4, pw * 0.4), 6, 6);
                k.Ellipse(Brass, 1.2, U(-pl * 0.4, pl * 0.4), U(-pw * 0.4, pw * 0.4), 6, 6);
            }
        }

        /// <summary>
        /// A pair of wellington boots (for a farm or a muddy walk, carried in a bag to change into), a child's (a foot 170–230 mm long, a
        /// shaft 160–220 mm tall) or an adult's (280–320 and 330–380 mm): natural or PVC rubber (about 1.2 g/cm³) 2.5–4.5 mm thick, lying on
        /// their sides: the two side walls face-on, and round the front, back and top the walls crossed at a slant as a tube's are (see
        /// <see cref="Pen.Tube"/>); the sole (12–20 mm of solid rubber under its tread, seen across its width) and the heel block; a
        /// neoprene lining (3 mm at about 0.3) on some; one beside or over the other, or heel to toe.
        /// </summary>
        private void WellingtonBoots()
        {
            var adult = Chance(0.4);
            var foot = adult ? U(280, 320) : U(170, 230);
            var shaft = adult ? U(330, 380) : U(160, 220);
            var wall = adult ? U(3, 4.5) : U(2.5, 3.5);
            var sole = adult ? U(15, 20) : U(12, 16);
            var fh = foot * 0.28;
            var width = foot * 0.34;
            var lined = Chance(0.3);
            var pen = Place((Math.Max(foot, shaft) / 2) + 20);
            (double X, double Y)[] outline =
            [
                (0, 0), (foot * 0.85, 0), (foot, -fh * 0.35), (foot * 0.92, -fh * 0.75), (foot * 0.55, -fh), (foot * 0.42, -shaft), (-8, -shaft),
                (-10, -fh * 0.6),
            ];
            var cx = foot * 0.4;
            var cy = -shaft / 2;
            foreach (var (bx, by, ba) in new[] { (0.0, 0.0, 0.0), (U(-30, 30), U(-40, 40), Chance(0.5) ? 0 : Math.PI) })
            {
                var (ox, oy) = Moved(bx, by, ba, -cx, -cy);
                var k = new Turned(pen, ox, oy, ba);
                k.Poly(Organic, 2 * wall * 1.2, outline);
                k.Line(Organic, 2.5 * wall * 1.2, Math.Max(1.2, width * 0.12), true, Shrunk(outline, cx, cy, 0.97, 0.98));
                k.Rect(Organic, width * 1.2 * 0.85, 0, -sole, foot * 0.85, sole);
                k.Rect(Organic, width * 1.2 * 0.8, 0, -sole - 15, foot * 0.28, 15);
                if (lined)
                {
                    k.Poly(Organic, 2 * 3 * 0.3, Shrunk(outline, cx, cy, 0.95, 0.96));
                }
            }
        }
    }
}
