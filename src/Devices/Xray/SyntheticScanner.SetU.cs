namespace Screening.Devices.Xray;

// Variant set U (held out after T): threat shapes and clutter kinds that none of A to T and R draws.
// About two thirds are the ordinary forms a prison gate meets (knives from kitchens, sheds and
// collections, handguns as they are made and sold, the phones people buy and carry); the rest are
// hidden inside something innocent or made at home. Each is written from what the real thing measures
// and is made of, by someone who read neither the analyser nor any x-ray figures. Thicknesses follow
// the rest of the scene: roughly the millimetres of that material the beam crosses where the part lies
// flat (a round bar of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall
// seen edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn
// as); a material lighter or heavier than water counts its thickness times its density, cast and
// malleable iron count as steel at 0.92, zinc alloy is drawn as itself, fired clay and stoneware as
// glass by their density over glass's 2.5 g/cm³, ferrite as steel at 0.65.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set U's threat shapes; null for a shape that is not set U's.</summary>
        private PixelBox? DrawSetUThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.BowieKnife => BowieKnife(scale),
            ThreatShape.DebaKnife => DebaKnife(scale),
            ThreatShape.ElectricCarvingKnife => ElectricCarvingKnife(scale),
            ThreatShape.KnifeInHairStraighteners => KnifeInHairStraighteners(scale),
            ThreatShape.CoatHangerSpike => CoatHangerSpike(scale),
            ThreatShape.SkorpionPistol => SkorpionPistol(scale),
            ThreatShape.AirCartridgeRevolver => AirCartridgeRevolver(scale),
            ThreatShape.FiveSeveNPistol => FiveSeveNPistol(scale),
            ThreatShape.PistolInKettle => PistolInKettle(scale),
            ThreatShape.ZipGun => ZipGun(scale),
            ThreatShape.CeramicBackPhone => CeramicBackPhone(scale),
            ThreatShape.DualScreenPhone => DualScreenPhone(scale),
            ThreatShape.BlisterPackPhone => BlisterPackPhone(scale),
            ThreatShape.PhoneInPhotoFrame => PhoneInPhotoFrame(scale),
            ThreatShape.PhoneInCushion => PhoneInCushion(scale),
            ThreatShape.Rounds410Bore => Rounds410Bore(scale),
            ThreatShape.SimInTeaLight => SimInTeaLight(scale),
            ThreatShape.GlucagonKit => GlucagonKit(scale),
            ThreatShape.Lithium9VBattery => Lithium9VBattery(scale),
            ThreatShape.GClamp => GClamp(scale),
            ThreatShape.WineInWireMesh => WineInWireMesh(scale),
            ThreatShape.KhatBundle => KhatBundle(scale),
            ThreatShape.DrugsInStashCan => DrugsInStashCan(scale),
            _ => null,
        };

        /// <summary>Draws one of set U's clutter kinds; false for a kind that is not set U's.</summary>
        private bool DrawSetUClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.ShoeTrees:
                    ShoeTrees();
                    return true;
                case ClutterKind.Metronome:
                    Metronome();
                    return true;
                case ClutterKind.Abacus:
                    Abacus();
                    return true;
                case ClutterKind.MedalCase:
                    MedalCase();
                    return true;
                case ClutterKind.GlassBaubles:
                    GlassBaubles();
                    return true;
                case ClutterKind.Ocarina:
                    Ocarina();
                    return true;
                case ClutterKind.FlyingDisc:
                    FlyingDisc();
                    return true;
                case ClutterKind.ShapeSorter:
                    ShapeSorter();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>The points of an arc of an ellipse about (<paramref name="cx"/>, <paramref name="cy"/>) from <paramref name="a0"/> to <paramref name="a1"/> radians, <paramref name="n"/> + 1 of them.</summary>
        private static (double X, double Y)[] UArc(double cx, double cy, double rx, double ry, double a0, double a1, int n) =>
            [.. Enumerable.Range(0, n + 1).Select(i => a0 + ((a1 - a0) * i / n)).Select(a => (cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a))))];

        /// <summary>
        /// A mains cable coiled loosely beside a thing, from (<paramref name="x"/>, <paramref name="y"/>) in its pen's frame: <paramref name="turns"/> loops
        /// of a twin or three-core flex (0.75 mm² copper cores, drawn as brass, in a PVC sheath about 6 mm across at 1.4 g/cm³) about
        /// <paramref name="r"/> mm across, ending in a moulded UK plug: two brass pins (4 × 6.35 × 18 mm) and an earth pin (4 × 8 ×
        /// 22 mm, brass or, on plugs of class II things, nylon), the cartridge fuse (a ceramic tube with brass end caps, counted as
        /// glass) and the plug body (PVC, about 51 × 45 × 22 mm).
        /// </summary>
        private void UMainsCable(Pen pen, double x, double y, double r, int turns, bool earthed)
        {
            var part = new Turned(pen, 0, 0, 0);
            var loop = new List<(double X, double Y)>();
            for (var i = 0; i <= turns * 12; i++)
            {
                var a = 2 * Math.PI * i / 12;
                var rr = r * (0.8 + (0.2 * Math.Sin(i * 0.7)));
                loop.Add((x + r + (rr * Math.Cos(a + Math.PI)) + (i * 0.6), y + (rr * 0.7 * Math.Sin(a + Math.PI))));
            }

            var cores = earthed ? 3 : 2;
            part.Line(Organic, 0.8 * 6 * 1.4 * 0.6, 6, false, [.. loop]);
            part.Line(Brass, cores * 0.8 * 0.98 * 0.8 / 2.5, 2.5, false, [.. loop]);
            var (px, py) = loop[^1];
            var plug = new Turned(pen, px, py, U(0, 2 * Math.PI));
            RoundedRect(plug, Organic, 22 * 1.4 * 0.55, 0, -25, 51, 45, 6);
            plug.Rect(Brass, 4 * 0.8, 32, -15, 18, 6.35);
            plug.Rect(Brass, 4 * 0.8, 32, 8.65, 18, 6.35);
            plug.Rect(earthed ? Brass : Organic, earthed ? 4 * 0.8 : 4 * 1.14, 4, -4, 22, 8);
            plug.Rect(Glass, 6.3 * 0.8 * 0.5 * 2.4 / 2.5, 12, -18, 25, 6.3);
            plug.Rect(Brass, 6.3 * 0.8 * 0.3, 12, -18, 4, 6.3);
            plug.Rect(Brass, 6.3 * 0.8 * 0.3, 33, -18, 4, 6.3);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A Bowie knife, the big clip-point fixed blade sold as a hunting and collector's knife: a 200–250 mm blade 38–45 mm deep of
        /// 4.5–6 mm stainless or carbon steel, flat ground from its spine to the edge, the clip falling to a point a little above the
        /// middle; a crossguard 70–90 mm across and 9 mm long (a 10 mm bar of brass or steel); a 120–135 mm handle of stacked leather
        /// washers (about 0.95 g/cm³) on a stick tang with a brass spacer and an aluminium or brass pommel, of wood or canvas-phenolic
        /// scales (about 0.8 or 1.35) pinned with brass to a full tang, or of stag (about 1.9, counted as glass at 0.76) on a stick tang;
        /// in its sheath on most: two layers of 3.5 mm leather and a welt down the edge side, a belt loop, a strap with a press stud.
        /// </summary>
        private PixelBox BowieKnife(double scale)
        {
            var bl = U(200, 250);
            var bw = U(38, 45);
            var t = U(4.5, 6);
            var hl = U(120, 135);
            var hw = U(26, 30);
            var gw = U(70, 90);
            var handle = random.Next(3);
            var sheath = Chance(0.6);
            var half = Math.Max(gw / 2, (bw / 2) + (sheath ? 12 : 0)) + 2;
            var pen = Lay(-hl - 16, -half, bl + (sheath ? 12 : 2), half, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (bl * 0.62, -bw / 2), (bl * 0.8, -bw * 0.36), (bl * 0.92, -bw * 0.22), (bl, -bw * 0.12), (bl * 0.93, bw * 0.12),
                (bl * 0.82, bw * 0.35), (bl * 0.65, bw * 0.48), (bl * 0.05, bw / 2), (0, bw * 0.45),
            ];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, (0, -bw / 2), (bl * 0.62, -bw / 2), (bl * 0.8, -bw * 0.36), (bl * 0.9, -bw * 0.12), (0, 0));
            k.Line(Steel, t * 0.3, 1.5, false, (bl * 0.62, -bw / 2), (bl * 0.8, -bw * 0.36), (bl * 0.92, -bw * 0.22));
            var brassGuard = Chance(0.65);
            k.Rect(brassGuard ? Brass : Steel, 0.8 * 10, -9, -gw / 2, 9, gw);
            (double X, double Y)[] grip =
            [
                (-9, -hw * 0.45), (-hl * 0.4, -hw / 2), (-hl + 6, -hw * 0.45), (-hl, -hw * 0.3), (-hl, hw * 0.3), (-hl + 6, hw * 0.45),
                (-hl * 0.55, hw / 2), (-hl * 0.3, hw * 0.42), (-9, hw * 0.45),
            ];
            switch (handle)
            {
                case 0:
                    k.Rect(Steel, 6, -hl - 4, -4, hl - 5, 8);
                    k.Rect(Brass, 0.8 * 28, -15, -hw * 0.45, 5, hw * 0.9);
                    RoundSection(k, Organic, Shrunk(grip, -hl / 2, 0, 0.97, 1), -hl / 2, 0, 28, 0.95);
                    var alu = Chance(0.5);
                    k.Rect(alu ? Aluminium : Brass, 0.8 * 26, -hl - 12, -13, 12, 26);
                    k.Ellipse(Steel, 8, -hl - 6, 0, 4, 4);
                    break;
                case 1:
                    k.Poly(Steel, t, Shrunk(grip, -hl / 2, 0, 1, 0.8));
                    RoundSection(k, Organic, grip, -hl / 2, 0, 22 - t, Chance(0.5) ? 0.8 : 1.35);
                    foreach (var x in new[] { -25.0, -hl * 0.5, -hl + 18 })
                    {
                        k.Ellipse(Brass, 22, x, 0, 2.5, 2.5);
                    }

                    k.Tube(Brass, -hl + 6, -3, 4, 6, 0.6);
                    break;
                default:
                    k.Rect(Steel, 6, -hl - 4, -4, hl - 5, 8);
                    k.Rect(Brass, 0.8 * 28, -15, -hw * 0.45, 5, hw * 0.9);
                    RoundSection(k, Glass, Shrunk(grip, -hl / 2, 0, 0.97, 1.05), -hl / 2, 0, 30, 0.76);
                    k.Rect(Brass, 0.8 * 26, -hl - 12, -13, 12, 26);
                    break;
            }

            if (sheath)
            {
                (double X, double Y)[] sleeve =
                [
                    (-14, (-bw / 2) - 8), (bl * 0.7, (-bw / 2) - 8), (bl + 10, -bw * 0.1), (bl * 0.7, (bw / 2) + 10), (-14, (bw / 2) + 10),
                ];
                k.Poly(Organic, 2 * 3.5 * 0.9, sleeve);
                k.Line(Organic, 12 * 0.9, 3, true, sleeve);
                k.Line(Organic, 3 * 3.5 * 0.9, 8, false, (-10, (bw / 2) + 6), (bl * 0.7, (bw / 2) + 6), (bl + 6, -bw * 0.1));
                k.Rect(Organic, 2 * 3.5 * 0.9, -80, (-bw / 2) - 8, 70, bw + 18);
                k.Rect(Organic, 2 * 2.5 * 0.9, -hl * 0.4, -hw / 2, 24, hw);
                k.Ellipse(Steel, 2.5, -hl * 0.4 + 12, hw * 0.3, 5, 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A deba, the heavy Japanese knife for cleaving fish heads and bones, sold in every Japanese kitchen shop: a 150–180 mm blade
        /// 46–52 mm deep at the heel, carbon or stainless steel 7–9 mm thick at the spine by the handle and thinning to about 2 mm toward
        /// the point, single-bevelled (the spine's thickness held over about 60 % of the depth, then a bevel to the edge); a hidden tang
        /// in an octagonal magnolia handle (130–145 mm, 24–27 mm thick, about 0.45 g/cm³) with a buffalo-horn or resin ferrule (about 1.3);
        /// in a magnolia saya (two 4 mm walls) with its wooden pin on some.
        /// </summary>
        private PixelBox DebaKnife(double scale)
        {
            var bl = U(150, 180);
            var bw = U(46, 52);
            var t0 = U(7, 9);
            var hl = U(130, 145);
            var hd = U(24, 27);
            var saya = Chance(0.3);
            var m = saya ? 8 : 2;
            var pen = Lay(-hl - 2, (-bw / 2) - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            double Spine(double x) => (-bw / 2) + (x > bl * 0.55 ? 0.42 * bw * Math.Pow((x - (bl * 0.55)) / (bl * 0.45), 2) : 0);
            double Edge(double x) => (bw / 2) - (x > bl * 0.5 ? 0.58 * bw * Math.Pow((x - (bl * 0.5)) / (bl * 0.5), 2.2) : 0);
            double Thick(double x) => t0 * (1 - (0.72 * x / bl));
            const int n = 8;
            for (var i = 0; i < n; i++)
            {
                var (xa, xb) = (bl * i / n, bl * (i + 1) / n);
                var tm = Thick((xa + xb) / 2);
                double Shoulder(double x) => Spine(x) + (0.6 * (Edge(x) - Spine(x)));
                k.Poly(Steel, tm, (xa, Spine(xa)), (xb, Spine(xb)), (xb, Shoulder(xb)), (xa, Shoulder(xa)));
                k.Poly(Steel, tm * 0.5, (xa, Shoulder(xa)), (xb, Shoulder(xb)), (xb, Edge(xb)), (xa, Edge(xa)));
            }

            k.Poly(Steel, t0 * 0.6, (-2, -bw / 2), (0, -bw / 2), (0, bw / 2), (-2, bw * 0.3));
            k.Poly(Steel, 4, (-2, -bw / 2 + 4), (-hl * 0.6, -bw / 2 + 8), (-hl * 0.6, -bw / 2 + 13), (-2, -bw / 2 + 18));
            var hy = (-bw / 2) + 11;
            (double X, double Y)[] handle = [(-22, hy - (hd / 2)), (-hl, hy - (hd / 2) + 1), (-hl, hy + (hd / 2) - 1), (-22, hy + (hd / 2))];
            RoundSection(k, Organic, RoundedOutline(-22, hy - (hd / 2), 20, hd, 3), -12, hy, hd, 1.3);
            RoundSection(k, Organic, handle, -(hl + 22) / 2, hy, hd, 0.45);
            if (saya)
            {
                (double X, double Y)[] sheath = [(-4, (-bw / 2) - 6), (bl + 6, (-bw / 2) - 6), (bl + 6, (bw / 2) + 6), (-4, (bw / 2) + 6)];
                k.Poly(Organic, 2 * 4 * 0.45, sheath);
                k.Line(Organic, 10 * 0.45, 4, true, sheath);
                k.Rect(Organic, 0.8 * 10 * 0.6, bl * 0.5, (-bw / 2) - 12, 6, bw + 18);
            }

            return pen.Box;
        }

        /// <summary>
        /// An electric carving knife (a mains kitchen appliance): a moulded ABS handle 180–210 mm long, 48–56 mm across and 58–66 mm deep
        /// (2.2 mm walls at about 1.05 g/cm³, its sides seen edge-on round its rim), lying on its side; inside it a universal motor (a 30 mm
        /// stack of steel laminations 45 mm across round its armature, the copper of its windings, the brass commutator and carbon brushes),
        /// a nylon worm gear and crank with two 4 mm steel drive rods to the blade sockets and their springs, the trigger switch with its
        /// brass contacts; a pair of stainless scalloped blades (190–205 mm, 18–22 mm deep, 1.0–1.2 mm each, riveted together by a nylon
        /// slide so they lie one on the other, in polypropylene mounts) clipped into its nose, or lying beside it; its mains flex coiled
        /// with its plug.
        /// </summary>
        private PixelBox ElectricCarvingKnife(double scale)
        {
            var hl = U(180, 210);
            var hw = U(48, 56);
            var hd = U(58, 66);
            var bl = U(190, 205);
            var bw = U(18, 22);
            var bt = U(1.0, 1.2);
            var attached = Chance(0.65);
            var coilR = U(35, 45);
            var pen = Lay(-hl - 60, (-hd / 2) - 4, attached ? bl + 12 : 10, (hd / 2) + (2 * coilR) + 80, scale);
            var h = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                (double X, double Y)[] body =
                [
                    (0, -hd * 0.3), (-hl * 0.25, -hd / 2), (-hl * 0.85, -hd / 2), (-hl, -hd * 0.35), (-hl, hd * 0.35), (-hl * 0.85, hd / 2),
                    (-hl * 0.6, hd / 2), (-hl * 0.45, hd * 0.2), (-hl * 0.25, hd * 0.3), (0, hd * 0.25),
                ];
                h.Poly(Organic, 2 * 2.2 * 1.05, body);
                h.Line(Organic, hw * 2.2 * 1.05 / 2.5, 2.5, true, body);
                var mx = -hl * 0.75;
                h.Cylinder(Steel, mx, -22.5, 30, 45, 0.55);
                h.Cylinder(Brass, mx - 9, -20, 9, 40, 0.25);
                h.Cylinder(Brass, mx + 30, -20, 9, 40, 0.25);
                h.Cylinder(Brass, mx - 20, -6, 10, 12, 0.6);
                h.Rect(Mixed, 6 * 1.2, mx - 19, -12, 7, 5);
                h.Rect(Mixed, 6 * 1.2, mx - 19, 7, 7, 5);
                h.Cylinder(Steel, mx - 24, -2.5, 95, 5);
                h.Ellipse(Organic, 12 * 1.14, -hl * 0.3, 0, 16, 16);
                h.Ellipse(Steel, 0.8 * 3 * 2, -hl * 0.3, 8, 2, 2);
                foreach (var y in new[] { -7.0, 7.0 })
                {
                    h.Cylinder(Steel, -hl * 0.3, y - 2, (hl * 0.3) - 4, 4);
                    h.Line(Steel, 0.8 * 0.8 * 2, 0.8, false, Zigzag(-hl * 0.2, -hl * 0.05, y - 3, 3, 6));
                }

                h.Rect(Organic, 8 * 1.05, -hl * 0.55, hd * 0.2, 28, 12);
                h.Rect(Brass, 0.4 * 3, -hl * 0.52, hd * 0.15, 18, 4);
                h.Rect(Mixed, 1.6, -hl * 0.55, hd * 0.05, 30, 10);
                var b = attached ? new Turned(pen, 0, 0, 0) : new Turned(pen, -hl * 0.5, (hd / 2) + 22, U(-0.05, 0.05) + Math.PI);
                var bx = attached ? 2.0 : -bl / 2;
                b.Rect(Organic, 10 * 0.9, bx, (-bw / 2) - 2, 32, bw + 4);
                b.Rect(Steel, 2 * 0.5, bx + 4, -4, 20, 8);
                (double X, double Y)[] blade = [(bx + 32, -bw / 2), (bx + bl, -bw / 2), (bx + bl + 8, -bw * 0.2), (bx + bl, bw / 2), (bx + 32, bw / 2)];
                b.Poly(Steel, 2 * bt, blade);
                b.Line(Steel, bt, 1.6, false, Zigzag(bx + 34, bx + bl, (bw / 2) - 1.5, 5, 1.5));
                b.Rect(Organic, 6 * 1.14, bx + (bl * 0.55), -3, 10, 6);
            });
            UMainsCable(pen, -hl * 0.9, (hd / 2) + coilR + 8, coilR, random.Next(3, 6), false);
            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife hidden in a pair of ceramic hair straighteners (an everyday bathroom appliance), lying shut on one arm's face:
        /// two PBT arms 270–300 mm long, 30–34 mm wide and 15–18 mm deep (2 mm walls at about 1.3 g/cm³, their sides seen edge-on) hinged at
        /// one end on a steel pin and torsion spring; at their other end two floating aluminium heater plates (90–110 × 25 mm, 2 mm with their
        /// ceramic coat) on the ceramic heaters and steel leaf springs; the control board in one arm with its copper and parts, the swivel
        /// connector's brass rings, the closing lock; its mains flex coiled by it; and laid shut between the arms, a paring or utility
        /// knife (an 80–100 mm blade of 1.2–1.6 mm stainless on a stick tang in a slim polypropylene handle 95–110 × 16–19 mm, 11–13 mm
        /// deep); in its heat-resistant pouch (glass-fibre cloth under silicone, 0.5 mm a side) on some.
        /// </summary>
        private PixelBox KnifeInHairStraighteners(double scale)
        {
            var al = U(270, 300);
            var aw = U(30, 34);
            var ad = U(15, 18);
            var pouch = Chance(0.35);
            var coilR = U(30, 40);
            var pen = Lay((-al / 2) - 50, (-aw / 2) - 6, (al / 2) + 6, (aw / 2) + (2 * coilR) + 80, scale);
            var s = new Turned(pen, 0, 0, 0);
            var outline = RoundedOutline(-al / 2, -aw / 2, al, aw, 10);
            s.Poly(Organic, 4 * 2 * 1.3, outline);
            s.Line(Organic, 2 * ad * 2 * 1.3 / 2.5, 2.5, true, RoundedOutline((-al / 2) + 1.25, (-aw / 2) + 1.25, al - 2.5, aw - 2.5, 9));
            var pl = U(90, 110);
            var px = (al / 2) - pl - 12;
            s.Rect(Aluminium, 2 * 2, px, -12.5, pl, 25);
            s.Rect(Glass, 2 * 1.5 * 2.2 / 2.5, px + 10, -8, pl - 20, 16);
            s.Line(Steel, 2 * 0.4, 4, false, Zigzag(px + 8, px + pl - 8, -aw / 2 + 4, 20, 4));
            s.Rect(Mixed, 1.6, -al * 0.35, -aw / 2 + 5, al * 0.3, aw - 10);
            s.Rect(Brass, 0.07, -al * 0.35, -aw / 2 + 5, al * 0.3, aw - 10);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                s.Rect(Steel, U(0.3, 1.2), U(-al * 0.34, -al * 0.08), U(-aw / 2 + 6, aw / 2 - 9), U(2, 5), U(2, 4));
            }

            s.Cylinder(Steel, (-al / 2) + 8, -aw / 2 + 2, 6, aw - 4);
            s.Line(Steel, 0.8 * 1.5 * 2, 1.5, false, Zigzag((-al / 2) + 6, (-al / 2) + 20, -aw / 2 + 3, 3, aw - 6));
            s.Rect(Brass, 2 * 0.5, (-al / 2) - 18, -6, 18, 12);
            s.Rect(Organic, 12 * 1.3, (-al / 2) - 24, -7, 24, 14);
            s.Rect(Steel, 0.8 * 1.2, (al / 2) - 10, -aw / 2, 5, aw);
            var kl = U(95, 110);
            var bl = U(80, 100);
            var k = new Turned(pen, U((-al / 2) + 20 + kl, (al / 2) - 5 - bl), U(-3, 3), U(-0.03, 0.03));
            var bw = U(16, 20);
            var t = U(1.2, 1.6);
            pen.Item(() =>
            {
                k.Poly(Steel, t, (0, -bw / 2), (bl * 0.7, -bw / 2), (bl, -bw * 0.3), (bl * 0.75, bw * 0.1), (bl * 0.3, bw / 2), (0, bw / 2));
                k.Rect(Steel, t, -kl * 0.6, -3, kl * 0.6, 6);
                var kd = U(11, 13);
                RoundSection(k, Organic, RoundedOutline(-kl, -U(8, 9.5), kl, U(16, 19), 6), -kl / 2, 0, kd, 0.9);
            });
            if (pouch)
            {
                var p = RoundedOutline((-al / 2) - 4, (-aw / 2) - 5, al + 8, aw + 10, 6);
                s.Poly(Glass, 2 * 0.3 * 1.8 / 2.5, p);
                s.Poly(Silicone, 2 * 0.2, p);
                s.Line(Glass, 6 * 0.3 * 1.8 / 2.5, 2, true, p);
            }

            UMainsCable(pen, (-al / 2) + 10, (aw / 2) + coilR + 8, coilR, random.Next(3, 6), false);
            return pen.Box;
        }

        /// <summary>
        /// A spike made from a wire coat hanger (a dry cleaner's hanger is 2.0–2.6 mm galvanised steel wire): 180–260 mm of it
        /// straightened and filed to a point over its last 15 mm, single or doubled back and twisted on itself for stiffness; its back
        /// end bent into a finger loop, or folded over on itself for 60–90 mm, and that end bound into a grip 16–24 mm thick with strips of
        /// bedsheet (about 0.5 g/cm³ as wound) under PVC electrical tape (0.13 mm a turn at about 1.4 g/cm³), or with tape alone.
        /// </summary>
        private PixelBox CoatHangerSpike(double scale)
        {
            var d = U(2.0, 2.6);
            var l = U(180, 260);
            var twisted = Chance(0.4);
            var loop = Chance(0.4);
            var gl = U(60, 90);
            var gd = U(16, 24);
            var clothCore = Chance(0.6);
            var pen = Lay((-l / 2) - (loop ? 30 : 2), -Math.Max(gd / 2, loop ? 14 : 0) - 2, (l / 2) + 2, Math.Max(gd / 2, loop ? 14 : 0) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var x1 = l / 2;
            if (twisted)
            {
                s.Line(Steel, 0.8 * d, 2 * d, false, (x0, 0), (x1 - 15, 0));
                s.Line(Steel, 0.8 * d, d, false, Zigzag(x0, x1 - 15, -d / 2, 12, d));
            }
            else
            {
                s.Line(Steel, 0.8 * d, d, false, (x0, 0), (x1 - 15, 0));
            }

            s.Poly(Steel, 0.8 * d * 0.5, (x1 - 15, -d / 2), (x1, 0), (x1 - 15, d / 2));
            if (loop)
            {
                s.Line(Steel, 0.8 * d, d, false, UArc(x0 - 13, 0, 13, 11, 0.15, (2 * Math.PI) - 0.15, 14));
            }
            else
            {
                s.Line(Steel, 0.8 * d, d, false, (x0, d), (x0 + gl, d));
                s.Line(Steel, 0.8 * d, d, false, (x0, -d), (x0 + gl * 0.7, -d));
            }

            if (clothCore)
            {
                RoundSection(s, Organic, RoundedOutline(x0, -gd / 2, gl, gd, 4), x0 + (gl / 2), 0, gd - 3, 0.5);
                s.Tube(Organic, x0, -gd / 2, gl, gd, 1.5 * 1.4);
            }
            else
            {
                var td = gd * 0.7;
                s.Cylinder(Organic, x0, -td / 2, gl, td, 1.4 * 0.8);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A Škorpion vz. 61 machine pistol (the Czechoslovak 7.65 mm gun; reactivated ones are among the automatic guns most often
        /// seized in British cities), its wire stock folded over its top, 270 mm long so: a steel receiver 240 mm long, 33 mm tall and
        /// 26 mm wide (two 2 mm side walls, its top and bottom seen edge-on) round the bolt (a steel carrier 95 mm long, its two cocking
        /// knobs standing out of the sides) and its two recoil springs on guide rods; the 115 mm barrel (14 mm over a 7.65 mm bore), its
        /// last 15 mm out of the front; the pressed-steel trigger housing and guard, the pistol grip (two 5 mm phenolic panels at about
        /// 1.35 g/cm³ on a 1.5 mm steel frame) with the rate reducer's steel weight and spring in it; a 10- or 20-round steel magazine
        /// (0.8 mm walls, 16 mm deep, 95 or 165 mm long) in front of the guard, or out and lying by it, holding up to its count of
        /// 7.65 × 17 mm Browning rounds staggered in two columns; the stock's two 6 mm steel rods (side by side across the gun) and its
        /// bent steel butt plate folded down over the barrel.
        /// </summary>
        private PixelBox SkorpionPistol(double scale)
        {
            var twenty = Chance(0.55);
            var ml = twenty ? 165.0 : 95.0;
            var magIn = Chance(0.8);
            var rounds = random.Next(0, (twenty ? 20 : 10) + 1);
            var pen = Lay(-150, -48, 135, magIn ? ml + 8 : 136, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 2, -125, -33, 240, 33);
            g.Line(Steel, 26 * 2 / 2.0, 2, false, (-125, -32), (115, -32));
            g.Line(Steel, 26 * 2 / 2.0, 2, false, (-125, -1), (-40, -1));
            g.Line(Steel, 26 * 2 / 2.0, 2, false, (-8, -1), (115, -1));
            var bx = Chance(0.8) ? -110.0 : -80.0;
            g.Rect(Steel, 12, bx, -29, 95, 22);
            g.Ellipse(Steel, 2 * 12 * 0.9, bx + 20, -18, 5, 5);
            g.Cylinder(Steel, -118, -30, 90, 3, 0.8);
            g.Line(Steel, 0.8 * 1.2 * 2, 1.2, false, Zigzag(-115, -35, -31, 4, 4));
            g.Cylinder(Steel, 15, -23, 115, 14, 0.7);
            g.Rect(Steel, 4, 110, -41, 6, 8);
            g.Rect(Steel, 4, -112, -40, 10, 7);
            g.Rect(Steel, 2 * 1.5, -125, 0, 115, 12);
            var rk = Math.Tan(10 * Math.PI / 180);
            (double X, double Y)[] grip = [(-120, 12), (-84, 12), (-84 - (88 * rk), 100), (-122 - (88 * rk), 100)];
            g.Poly(Organic, 2 * 5 * 1.35, grip);
            g.Poly(Steel, 2 * 1.5, Shrunk(grip, -102 - (44 * rk), 56, 0.8, 0.95));
            g.Rect(Steel, 0.8 * 12, -108 - (45 * rk), 38, 12, 34);
            g.Line(Steel, 0.8 * 1.2 * 2, 1.2, false, Zigzag(74, 96, -108 - (78 * rk), 3, 10).Select(q => (q.Y, q.X)).ToArray());
            g.Line(Steel, 8 * 1.5 / 1.5, 1.5, false, UArc(-60, 12, 22, 17, 0, Math.PI, 10));
            g.Poly(Steel, 5, (-64, 12), (-60, 12), (-63, 28), (-67, 27));
            g.Rect(Steel, 2 * 1.5, -40, 0, 32, 10);
            if (magIn)
            {
                USkorpionMag(pen, -22, 2, 0, ml, rounds);
            }
            else
            {
                USkorpionMag(pen, -(ml / 2) - 20, 121, -Math.PI / 2, ml, rounds);
            }

            g.Line(Steel, 2 * 0.8 * 6, 6, false, (-140, -38), (88, -38));
            g.Ellipse(Steel, 26 * 0.8, -136, -30, 5, 5);
            g.Rect(Steel, 2 * 2, 88, -44, 12, 40);
            g.Line(Steel, 30 * 2 / 2.0, 2, false, (94, -44), (94, -6));
            return pen.Box;
        }

        /// <summary>A Škorpion's box magazine, its lips at its part's origin and its length along +y (26 mm across, 16 deep, 0.8 mm steel), its rounds bullets toward +x.</summary>
        private static void USkorpionMag(Pen pen, double ox, double oy, double oa, double ml, int rounds)
        {
            var m = new Turned(pen, ox, oy, oa);
            m.Rect(Steel, 2 * 0.8, -13, 0, 26, ml);
            m.Line(Steel, 16 * 0.8 / 1.2, 1.2, true, SCorners(-13, 0, 26, ml));
            m.Rect(Steel, 2, -15, ml - 4, 30, 4);
            var last = 0.0;
            for (var i = 0; i < rounds; i++)
            {
                var y = 7 + (i * 4.3);
                if (y > ml - 12)
                {
                    break;
                }

                last = y;
                BrassRound(SWithin(pen, ox, oy, oa, i % 2 == 0 ? -0.8 : 0.8, y, 0), 17.3, 8.6, 9.1, 7.7, 7.85, true);
            }

            m.Rect(Steel, 2 * 0.8, -11, last + 6, 22, 4);
            m.Line(Steel, 0.8 * 0.9 * 2, 0.9, false, Zigzag(last + 10, ml - 5, -8, 5, 16).Select(q => (q.Y, q.X)).ToArray());
        }

        /// <summary>
        /// A six-shot revolver made to fire Brocock air cartridges (the ME38 Magnum class: sold freely until 2004, and since then among
        /// the guns most often found converted to fire .22 rounds): 185–290 mm long with its 2.5-, 4- or 6-inch barrel; a die-cast
        /// zinc-alloy frame (two 4 mm walls round the cylinder window, at the recoil shield and round the grip frame) and barrel shroud
        /// round a 9.5 mm steel liner, the ejector rod in its housing under it; a 38 mm zinc-alloy cylinder 37 mm across bored with six
        /// 11.6 mm chambers (about 40 % metal), holding up to six air cartridges (11.5 × 34 mm: a 1 mm brass body round a steel valve, its
        /// stem and spring, a 5.5 mm lead pellet in its nose) or, converted, steel sleeves with .22 rimfire rounds in them; a steel hammer,
        /// trigger and guard; wooden or plastic grips 32 mm thick.
        /// </summary>
        private PixelBox AirCartridgeRevolver(double scale)
        {
            var bl = random.Next(4) switch
            {
                0 => 64.0,
                3 => 152.0,
                _ => 102.0,
            };
            var converted = Chance(0.45);
            var loaded = random.Next(0, 7);
            var pen = Lay(-92, -38, 12 + bl, 106, scale);
            var g = new Turned(pen, 0, 0, 0);
            const double cy = -12.8;
            g.Tube(Steel, 8, cy - 4.75, bl, 9.5, 1.5);
            g.Rect(ZincAlloy, 0.8 * 12, 8, cy - 9, bl, 18);
            g.Rect(ZincAlloy, 0.8 * 8, 8, cy + 9, Math.Min(bl, 70), 9);
            g.Cylinder(Steel, 8, cy + 10, Math.Min(bl, 70) - 4, 5);
            g.Rect(ZincAlloy, 5, 8 + bl - 10, cy - 16, 7, 7);
            g.Rect(ZincAlloy, 2 * 4, -50, -28, 58, 8);
            g.Rect(ZincAlloy, 2 * 4, -50, 18, 58, 10);
            g.Rect(ZincAlloy, 2 * 4, -50, -20, 12, 38);
            g.Rect(ZincAlloy, 2 * 4, 2, -20, 8, 38);
            g.Cylinder(ZincAlloy, -37, -18.5, 38, 37, 0.4);
            var phase = U(0, 2 * Math.PI);
            for (var i = 0; i < loaded; i++)
            {
                var y = 12.8 * Math.Sin(phase + (2 * Math.PI * i / 6));
                if (converted)
                {
                    g.Tube(Steel, -37, y - 5.5, 38, 11, 2.2);
                    BrassRound(new Turned(pen, -37 + 12.7, y, 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
                }
                else
                {
                    UAirCartridge(new Turned(pen, -37 + 2, y, 0));
                }
            }

            g.Poly(Steel, 7, (-50, -20), (-44, -30), (-60, -35), (-64, -28), (-54, -16));
            g.Poly(Steel, 6, (-16, 26), (-11, 26), (-15, 44), (-19, 43));
            g.Line(ZincAlloy, 6, 4, false, UArc(-12, 28, 17, 15, 0, Math.PI, 10));
            (double X, double Y)[] grip = [(-54, 18), (-28, 24), (-42, 96), (-56, 103), (-82, 99), (-78, 42)];
            g.Poly(ZincAlloy, 2 * 3, Shrunk(grip, -55, 55, 0.5, 0.6));
            RoundSection(g, Organic, grip, -55, 58, 32, Chance(0.5) ? 0.75 : 1.15);
            g.Ellipse(Steel, 32 * 0.8, -58, 60, 2, 2);
            return pen.Box;
        }

        /// <summary>One Brocock air cartridge along its part's x from its origin (11.5 × 34 mm): a 1 mm brass body, a steel valve, its stem and spring, a 5.5 mm lead pellet in its nose.</summary>
        private static void UAirCartridge(Turned c)
        {
            c.Rect(Brass, 0.8 * 12.5, 0, -6.25, 1.2, 12.5);
            c.Tube(Brass, 1.2, -5.75, 32.8, 11.5, 1.0);
            c.Cylinder(Steel, 4, -3, 12, 6);
            c.Cylinder(Steel, 16, -1.2, 10, 2.4);
            c.Line(Steel, 0.8 * 0.7 * 2, 0.7, false, Zigzag(4, 22, -3.5, 2.5, 7));
            c.Cylinder(Lead, 27, -2.75, 6, 5.5, 0.8);
        }

        /// <summary>
        /// An FN Five-seveN pistol (5.7 × 28 mm; a long, light handgun sought after for the penetration of its rounds): 208 mm long and
        /// 137 mm tall; a steel slide (two 2.2 mm side walls, the breech block solid) inside a polymer shroud (two 1.5 mm walls at about
        /// 1.4 g/cm³), the 122 mm barrel (13.5 mm across a 5.7 mm bore, so mostly steel), its guide rod and spring; the internal hammer,
        /// sear and trigger bar of steel in a glass-filled polymer frame (two 3 mm walls at 1.4) whose grip is 52 mm front to back for the
        /// long rounds; the 20-round magazine (1.6 mm polymer walls at 1.4 over a 0.5 mm steel liner and lips) flush in the grip, holding
        /// up to twenty 5.7 × 28 mm rounds (a 28.8 mm brass case 7.95 mm across, a 5.7 mm bullet of lead in a copper jacket, 40.5 mm
        /// overall) staggered in two columns.
        /// </summary>
        private PixelBox FiveSeveNPistol(double scale)
        {
            var rk = Math.Tan(18 * Math.PI / 180);
            var rounds = random.Next(0, 21);
            var pen = Lay(-104 - (100 * rk) - 6, -34, 106, 104, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Organic, 2 * 1.5 * 1.4, -104, -31, 208, 31);
            g.Line(Organic, 30 * 1.5 * 1.4 / 1.5, 1.5, false, (-104, -30), (104, -30));
            g.Rect(Steel, 2 * 2.2, -100, -28, 88, 26);
            g.Rect(Steel, 2 * 2.2, 20, -28, 80, 26);
            g.Rect(Steel, 2 * 2.2, -12, -28, 32, 8);
            g.Rect(Steel, 12, -100, -25, 30, 20);
            g.Cylinder(Steel, -20, -22, 122, 13.5, 0.82);
            g.Rect(Steel, 6, -22, -10, 24, 8);
            g.Cylinder(Steel, 0, -6, 98, 4, 0.8);
            g.Line(Steel, 1.0 * 0.8 * 2, 1.0, false, Zigzag(2, 96, -7.5, 3, 5));
            g.Rect(Steel, 8, -100, -6, 16, 16);
            const double gx = -100;
            (double X, double Y)[] grip = [(gx, -1), (gx + 52, -1), (gx + 52 - (100 * rk), 100), (gx - (100 * rk) - 2, 100)];
            (double X, double Y)[] dust = [(gx, -1), (102, -1), (102, 10), (gx + 90, 13), (gx + 52, 13)];
            g.Poly(Organic, 2 * 3 * 1.4, dust);
            g.Poly(Organic, 2 * 3 * 1.4, grip);
            g.Line(Organic, 3 * 1.4, 2.5, true, grip);
            g.Rect(Steel, 2 * 1.5, gx + 4, -2, 20, 5);
            g.Rect(Steel, 2 * 1.5, 70, -2, 20, 5);
            g.Line(Steel, 1.5, 1.5, false, (gx + 70, 6), (gx + 10, 4));
            g.Line(Organic, 9 * 1.4, 4.5, false, UArc(gx + 72, 11, 20, 16, 0, Math.PI, 10));
            g.Poly(Organic, 7 * 1.4, (gx + 66, 10), (gx + 72, 10), (gx + 69, 25), (gx + 65, 24));
            var mw = 46.0;
            var mx = gx + 3;
            (double X, double Y)[] mag = [(mx, 3), (mx + mw, 3), (mx + mw - (98 * rk), 98), (mx - (98 * rk), 98)];
            g.Poly(Organic, 2 * 1.6 * 1.4, mag);
            g.Poly(Steel, 2 * 0.5, mag);
            g.Line(Steel, 10 * 0.5 / 1.2, 1.2, true, mag);
            var last = 0.0;
            for (var i = 0; i < rounds; i++)
            {
                var y = 9 + (i * 4.4);
                if (y > 90)
                {
                    break;
                }

                last = y;
                CartridgeSide(new Turned(pen, mx + (mw / 2) - (y * rk) + (i % 2 == 0 ? -1.0 : 1.0), y, 0), 28.8, 7.95, 7.95, 11.7, 5.7, true, Brass);
            }

            g.Line(Steel, 1.0 * 0.8, 1.0, false, Zigzag(last + 8, 94, mx + 12, 5, 22).Select(q => (q.Y - (q.X * rk), q.X)).ToArray());
            return pen.Box;
        }

        /// <summary>
        /// A handgun hidden in a cordless electric kettle (1.5–1.7 litres) lying on its side off its base: a stainless body of 0.4–0.5 mm
        /// walls, 150–165 mm across and 225–245 mm tall; its flat 1 mm stainless base plate (seen edge-on across the body) over the sheathed
        /// element brazed under it (a 7 mm steel tube round magnesium oxide and its coil, bent into a ring), the cordless connector under
        /// that (brass contacts, the bimetal thermostat, a polypropylene housing) in a polypropylene skirt; a polypropylene lid with its
        /// hinge, the spout, the handle (a hollow polypropylene bar 30 mm thick with 2.5 mm walls, the switch and its contacts at its foot)
        /// beside the body or, the kettle lying turned, over it; inside, wrapped in a tea towel (cotton, about 5 mm of water's worth through
        /// its folds), a compact striker-fired pistol (loaded or not) or a small-frame revolver.
        /// </summary>
        private PixelBox PistolInKettle(double scale)
        {
            var h = U(225, 245);
            var d = U(150, 165);
            var wall = U(0.4, 0.5);
            var handleBeside = Chance(0.6);
            var pen = Lay((-h / 2) - 2, (-d / 2) - (handleBeside ? 42 : 3), (h / 2) + 4, (d / 2) + 22, scale);
            var k = new Turned(pen, 0, 0, 0);
            var x0 = -h / 2;
            k.Tube(Steel, x0 + 10, -d / 2, h - 10, d, wall);
            k.Tube(Organic, x0, (-d / 2) - 1, 14, d + 2, 2 * 0.9);
            k.Cylinder(Steel, x0 + 13, -d / 2, 1.0, d);
            k.Rect(Steel, 2 * 1.0, x0 + 5, -d * 0.33, 7, d * 0.66);
            k.Rect(Mixed, 2 * 0.8 * 6 * 0.8, x0 + 5, -d * 0.33, 7, d * 0.66);
            k.Rect(Steel, 6, x0 + 5, (-d * 0.33) - 3, 7, 6);
            k.Rect(Steel, 6, x0 + 5, (d * 0.33) - 3, 7, 6);
            k.Rect(Organic, 30 * 0.9 * 0.5, x0 + 1, -26, 10, 52);
            k.Rect(Brass, 0.8 * 16 * 0.5, x0 + 2, -12, 7, 24);
            k.Rect(Steel, 0.8 * 12 * 0.3, x0 + 3, 14, 5, 12);
            k.Cylinder(Organic, (h / 2) - 8, -d * 0.32, 8, d * 0.64, 0.45);
            k.Rect(Steel, 0.8 * 3 * 0.8, (h / 2) - 6, (-d / 2) + 4, 4, 10);
            (double X, double Y)[] spout = [((h / 2) - 34, (d / 2) - 1), ((h / 2) + 2, (d / 2) + 18), ((h / 2) + 2, (d / 2) - 4)];
            k.Poly(Steel, 2 * wall, spout);
            k.Line(Steel, 30 * wall / 1.0, 1.0, false, spout[0], spout[1]);
            k.Rect(Organic, 0.3 * 1.14, (h / 2) - 10, (d / 2) - 20, 8, 18);
            var hy = handleBeside ? (-d / 2) - 36 : U(-20, 20) - 15;
            var handle = RoundedOutline(x0 + 22, hy, h - 50, 30, 8);
            k.Poly(Organic, 2 * 2.5 * 0.9, handle);
            k.Line(Organic, 30 * 2.5 * 0.9 / 2.5, 2.5, true, RoundedOutline(x0 + 23.25, hy + 1.25, h - 52.5, 27.5, 7));
            if (handleBeside)
            {
                k.Rect(Organic, 2 * 2.5 * 0.9, x0 + 22, hy + 26, 24, 12);
                k.Rect(Organic, 2 * 2.5 * 0.9, (h / 2) - 52, hy + 26, 24, 12);
            }

            k.Rect(Brass, 0.8 * 10 * 0.3, x0 + 26, hy + 8, 14, 10);
            k.Line(Steel, 0.8 * 0.6, 0.6, false, Zigzag(x0 + 28, x0 + 38, hy + 20, 2, 4));
            var inner = h - 40;
            var revolver = Chance(0.4);
            var rk = Math.Tan(20 * Math.PI / 180);
            var gripL = U(55, 68);
            var slideL = Math.Min(U(150, 170), inner - 6 - (gripL * rk) - 7);
            var (ex0, ex1, ey0, ey1) = revolver ? (-78.0, 65.0, -31.0, 95.0) : ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -32.0, gripL + 2);
            var gx = x0 + 16 + (inner / 2) + U(-4, 4);
            var gy = U(-6, 6);
            RoundedRect(k, Organic, 5.0, gx - ((ex1 - ex0) / 2) - 6, gy - ((ey1 - ey0) / 2) - 6, ex1 - ex0 + 12, ey1 - ey0 + 12, 12);
            var oa = (Chance(0.5) ? 0 : Math.PI) + U(-0.04, 0.04);
            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (ox, oy) = (gx - mx, gy - my);
            pen.Item(() =>
            {
                if (revolver)
                {
                    TSnubRevolver(pen, ox, oy, oa, Chance(0.4), random.Next(0, 6), U(0, 2 * Math.PI));
                }
                else
                {
                    SStrikerPistol(pen, ox, oy, oa, slideL, 27, gripL, 30, 20, 0, random.Next(0, 13));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A zip gun, the home-made single-shot pistol: a 100–160 mm length of steel tube (9.5–11 mm across, 1.6–2.2 mm wall: a car
        /// aerial's base section, hydraulic pipe) that takes a .22 rimfire round, taped or hose-clipped along the top of a pistol-shaped
        /// block cut from 18 mm pine or plywood (about 0.5 or 0.6 g/cm³); its striker a 4 mm wire nail bent into an L and pivoting on a
        /// screw behind the breech, pulled forward by rubber bands (2 mm strips at about 1.1 g/cm³, wound two or three times) and held
        /// back by a bent-wire trigger; a .22 Long Rifle round in the chamber on most; PVC tape (about 1.3 mm of it at 1.4 g/cm³ where
        /// wound) or stainless worm-drive hose clips (an 8 mm band of 0.6 mm) round barrel and block.
        /// </summary>
        private PixelBox ZipGun(double scale)
        {
            var bl = U(100, 160);
            var od = U(9.5, 11);
            var wall = U(1.6, 2.2);
            var rho = Chance(0.5) ? 0.5 : 0.6;
            var clips = Chance(0.4);
            var pen = Lay(-82, -32, bl + 4, 102, scale);
            var g = new Turned(pen, 0, 0, 0);
            var by = -5.0;
            (double X, double Y)[] block = [(-72, 0), (bl * 0.8, 0), (bl * 0.8, 22), (-25, 22), (-32, 95), (-64, 98), (-74, 30)];
            g.Poly(Organic, 18 * rho, block);
            g.Tube(Steel, 0, by - (od / 2), bl, od, wall);
            if (Chance(0.8))
            {
                BrassRound(new Turned(pen, 12.2, by, 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
            }

            g.Line(Steel, 0.8 * 4, 4, false, (-6, by), (-40, by), (-40, by - 20));
            g.Ellipse(Steel, 20 * 0.8, -40, 6, 2.2, 2.2);
            g.Ellipse(Steel, 2, -40, 6, 4, 4);
            var bands = random.Next(2, 4);
            g.Line(Organic, 2 * 2 * 1.1 * bands / 2.0, 2, false, (-40, by - 18), (bl * 0.45, by - 2), (bl * 0.45, 20), (-36, 10));
            g.Line(Steel, 0.8 * 2.5, 2.5, false, (-34, 10), (-26, 30), (-30, 40));
            g.Ellipse(Steel, 20 * 0.8, -24, 14, 1.6, 1.6);
            for (var i = 0; i < 2 + (bl > 130 ? 1 : 0); i++)
            {
                var x = 10 + (i * ((bl * 0.8) - 30) / 2);
                if (clips)
                {
                    g.Rect(Steel, 2 * 0.6, x, by - (od / 2) - 1, 8, 29);
                    g.Line(Steel, 18 * 0.6 / 0.8, 0.8, false, (x, by - (od / 2) - 1), (x + 8, by - (od / 2) - 1));
                    g.Line(Steel, 18 * 0.6 / 0.8, 0.8, false, (x, 23), (x + 8, 23));
                    g.Rect(Steel, 4, x, by - (od / 2) - 7, 8, 6);
                }
                else
                {
                    g.Rect(Organic, 2 * 1.3 * 1.4, x, by - (od / 2) - 1.3, 18, 29);
                    g.Line(Organic, 18 * 1.3 * 1.4 / 1.3, 1.3, false, (x, 23), (x + 18, 23));
                }
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A slab smartphone centred on its part's origin, its cameras' end toward −x, as <see cref="SPhone"/> but with a back of
        /// <paramref name="back"/> <paramref name="backT"/> mm thick: the cover glass over the display and its copper foil, the frame
        /// seen edge-on round its rim, the aluminium mid-plate, a pouch cell sized from <paramref name="mah"/>, the logic board with its
        /// shield cans and dense parts, the speaker and haptic motor, the USB-C shell, the SIM tray and, on some, a charging coil.
        /// </summary>
        private void UPhone(Turned p, double l, double w, double r, Material frame, double depth, Material back, double backT, double mah, bool coil)
        {
            RoundedRect(p, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(p, Organic, 0.6 * 1.2, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1);
            RoundedRect(p, Brass, 0.03, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, r - 2);
            RoundedRect(p, back, backT, -l / 2, -w / 2, l, w, r);
            p.Line(frame, depth * 0.5, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            RoundedRect(p, Aluminium, 0.5, (-l / 2) + 2.5, (-w / 2) + 2.5, l - 5, w - 5, Math.Max(1, r - 2));
            var t = U(4.6, 5.3);
            var bw = w * 0.82;
            var bl = Math.Min(mah * 3.87 / 0.72 / t / bw, l * 0.58);
            var bx = Math.Min((-l / 2) + (l * 0.34), (l / 2) - 24 - bl);
            SPouchCell(p, bx, -bw / 2, bl, bw, t);
            var boardL = bx - (-l / 2) - 9;
            p.Rect(Mixed, 0.6, (-l / 2) + 3, (-w / 2) + 4, boardL, w - 8);
            p.Rect(Brass, 0.08, (-l / 2) + 3, (-w / 2) + 4, boardL, w - 8);
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var sw = U(10, 18);
                var sh = U(10, 20);
                var sx = U((-l / 2) + 4, (-l / 2) + 3 + boardL - sw);
                var sy = U(-w / 4, (w / 2) - 5 - sh);
                p.Rect(Steel, 0.15, sx, sy, sw, sh);
                p.Line(Steel, 1.2 * 0.15 / 0.6, 0.6, true, SCorners(sx, sy, sw, sh));
            }

            for (var i = random.Next(6, 12); i > 0; i--)
            {
                p.Rect(Steel, U(0.3, 0.9), U((-l / 2) + 4, (-l / 2) + boardL), U((-w / 2) + 5, (w / 2) - 8), U(1.5, 5), U(1.5, 4));
            }

            var by = (l / 2) - 20;
            p.Rect(Mixed, 0.6, by, (-w / 2) + 4, 17, w - 8);
            p.Rect(Steel, 2.2, by + 3, (w / 4) - 7, 9, 13);
            p.Rect(Steel, 0.8, by + 2, (w / 4) - 8, 11, 15);
            p.Rect(Steel, 2.4, by + 2, (-w / 2) + 5, 7, 18);
            p.Rect(Steel, 0.9, (l / 2) - 7.5, -4.5, 7, 9);
            p.Line(Steel, 2.6 * 0.2 / 0.5, 0.5, true, SCorners((l / 2) - 7.5, -4.5, 7, 9));
            p.Rect(Steel, 0.45, (l / 2) - 48, (w / 2) - 13, 22, 12);
            if (coil)
            {
                p.Ring(Brass, 0.35, 7, 8, 0, 17, 17);
                p.Ellipse(Mixed, 0.3, 8, 0, 24, 24);
            }
        }

        /// <summary>
        /// A smartphone with a zirconia ceramic back (the Mi Mix and Essential class): 150–158 × 74–76 × 7.7–8.6 mm; a 0.8–1.0 mm back of
        /// zirconia (about 6 g/cm³, zirconium Z = 40), its frame aluminium, titanium or, on the unibody ones, zirconia too; a 3300–4500 mAh
        /// cell and the rest of a slab phone (see <see cref="UPhone"/>); two or three cameras in a zirconia ring; in a clear TPU case on
        /// some.
        /// </summary>
        private PixelBox CeramicBackPhone(double scale)
        {
            var l = U(150, 158);
            var w = U(74, 76);
            var depth = U(7.7, 8.6);
            var cased = Chance(0.3);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            var frame = random.Next(4) switch
            {
                0 => Titanium,
                1 => Zirconia,
                _ => Aluminium,
            };
            const double r = 8;
            UPhone(p, l, w, r, frame, frame == Zirconia ? depth * 0.7 : depth, Zirconia, U(0.8, 1.0), U(3300, 4500), Chance(0.5));
            var cams = random.Next(2, 4);
            p.Ring(Zirconia, 1.2, 2, (-l / 2) + 16, 0, 10, 8 + (cams * 6));
            for (var i = 0; i < cams; i++)
            {
                SCamera(p, (-l / 2) + 16, (i - ((cams - 1) / 2.0)) * 12, i == 0 ? 10 : 8, i == 0);
            }

            if (cased)
            {
                SPhoneCase(p, l, w, r, depth);
            }

            return pen.Box;
        }

        /// <summary>
        /// A 6.8-inch phone in its dual-screen case (the LG V60 ThinQ and its Dual Screen, sold together): the phone (169 × 78 × 8.9 mm,
        /// glass front and back, an aluminium frame, a 5000 mAh cell, three cameras); the case a polycarbonate folio (1.2 mm at about
        /// 1.2 g/cm³, its lips seen edge-on) whose cover carries a second 6.8-inch display (its 0.6 mm glass, the panel and copper foil, a
        /// 0.15 mm steel backing plate, a thin board along its hinge side with a shield can), a USB-C plug that goes into the phone's port
        /// (a steel shell), two steel-and-zinc hinges and four small closure magnets; shut over the phone's face, or opened out flat.
        /// </summary>
        private PixelBox DualScreenPhone(double scale)
        {
            const double l = 169.3;
            const double w = 77.6;
            const double cl = 176;
            const double cw = 84;
            var open = Chance(0.3);
            var pen = Lay((-cl / 2) - 2, (-cw / 2) - 2, (cl / 2) + 2, open ? (cw / 2) + cw + 10 : (cw / 2) + 8, scale);
            var p = new Turned(pen, 0, 0, 0);
            UPhone(p, l, w, 9, Aluminium, 8.9, Glass, 0.6, 5000, true);
            for (var i = 0; i < 3; i++)
            {
                SCamera(p, (-l / 2) + 12 + (i * 13), (-w / 2) + 12, i == 0 ? 10 : 8, i == 0);
            }

            RoundedRect(p, Organic, 1.2 * 1.2, -cl / 2, -cw / 2, cl, cw, 10);
            p.Line(Organic, 10 * 1.2 * 1.2 / 1.5, 1.5, true, RoundedOutline((-cl / 2) + 0.75, (-cw / 2) + 0.75, cl - 1.5, cw - 1.5, 9));
            p.Rect(Steel, 1.0, (l / 2) - 6, -4, 8, 8);
            p.Line(Steel, 2.5 * 0.2 / 0.5, 0.5, true, SCorners((l / 2) - 6, -4, 8, 8));
            foreach (var x in new[] { -cl * 0.3, cl * 0.3 })
            {
                p.Rect(Steel, 0.8 * 5, x - 15, (cw / 2) - 1, 30, 6);
                p.Rect(ZincAlloy, 0.8 * 4, x - 15, (cw / 2) + 3, 30, 4);
            }

            var cover = open ? new Turned(pen, 0, cw + 6, 0) : new Turned(pen, 0, 0, 0);
            RoundedRect(cover, Organic, 1.2 * 1.2, -cl / 2, -cw / 2, cl, cw, 10);
            cover.Line(Organic, 4 * 1.2 * 1.2 / 1.5, 1.5, true, RoundedOutline((-cl / 2) + 0.75, (-cw / 2) + 0.75, cl - 1.5, cw - 1.5, 9));
            RoundedRect(cover, Glass, 0.6, (-cl / 2) + 4, (-cw / 2) + 4, cl - 8, cw - 8, 7);
            RoundedRect(cover, Organic, 0.5 * 1.2, (-cl / 2) + 5, (-cw / 2) + 5, cl - 10, cw - 10, 6);
            RoundedRect(cover, Brass, 0.03, (-cl / 2) + 5, (-cw / 2) + 5, cl - 10, cw - 10, 6);
            cover.Rect(Steel, 0.15, (-cl / 2) + 6, (-cw / 2) + 6, cl - 12, cw - 12);
            var side = open ? -1.0 : 1.0;
            cover.Rect(Mixed, 0.6, -cl * 0.35, (side * cw / 2) - (side > 0 ? 12 : -2), cl * 0.7, 10);
            cover.Rect(Brass, 0.06, -cl * 0.35, (side * cw / 2) - (side > 0 ? 12 : -2), cl * 0.7, 10);
            cover.Rect(Steel, 0.15, -20, (side * cw / 2) - (side > 0 ? 11 : -3), 30, 8);
            foreach (var (x, y) in new[] { (-cl / 2 + 10, -cw / 2 + 8), (cl / 2 - 10, -cw / 2 + 8), (-cl / 2 + 10, cw / 2 - 8), (cl / 2 - 10, cw / 2 - 8) })
            {
                cover.Rect(Steel, 1.3, x - 3, y - 2, 6, 4);
            }

            return pen.Box;
        }

        /// <summary>
        /// A new pay-as-you-go basic phone still in its retail clamshell (the budget handsets supermarkets sell hanging on hooks): a clear
        /// PET clamshell (0.35–0.45 mm at about 1.38 g/cm³) 200–230 × 120–145 mm and 30–40 mm deep, its formed walls and flange seen
        /// edge-on, with a printed card insert (0.45 mm board at about 0.8); in its wells the phone (110–121 × 48–51 × 13–15 mm, its cell
        /// fitted; see <see cref="SFeaturePhone"/>), a USB plug-top charger (an ABS case, two brass pins and a nylon earth pin, a small
        /// ferrite transformer, its board) and a micro-USB cable coiled and tied with a wire twist-tie.
        /// </summary>
        private PixelBox BlisterPackPhone(double scale)
        {
            var bl = U(200, 230);
            var bw = U(120, 145);
            var depth = U(30, 40);
            var pet = U(0.35, 0.45);
            var pen = Lay((-bl / 2) - 8, (-bw / 2) - 8, (bl / 2) + 8, (bw / 2) + 8, scale);
            var b = new Turned(pen, 0, 0, 0);
            RoundedRect(b, Organic, 2 * pet * 1.38, (-bl / 2) - 6, (-bw / 2) - 6, bl + 12, bw + 12, 6);
            b.Line(Organic, 2 * pet * 1.38 * 2, 2, true, RoundedOutline((-bl / 2) - 5, (-bw / 2) - 5, bl + 10, bw + 10, 5));
            b.Rect(Organic, 0.45 * 0.8, -bl / 2, -bw / 2, bl, bw);
            var outline = RoundedOutline(-bl / 2, -bw / 2, bl, bw, 8);
            b.Line(Organic, depth * pet * 1.38 / 1.2, 1.2, true, outline);
            var l = U(110, 121);
            var w = U(48, 51);
            var phoneWell = RoundedOutline((-bl / 2) + 10, -(w / 2) - 6, l + 12, w + 12, 6);
            b.Line(Organic, 18 * pet * 1.38 / 1.0, 1.0, true, phoneWell);
            pen.Item(() => SFeaturePhone(new Turned(pen, (-bl / 2) + 16 + (l / 2), 0, 0), l, w, U(13, 15), U(4.5, 5.5), false));
            var cx = (bl / 2) - 40;
            var c = new Turned(pen, cx, -bw * 0.2, 0);
            RoundedRect(c, Organic, 2 * 2 * 1.05, -22, -20, 44, 40, 4);
            c.Line(Organic, 28 * 2 * 1.05 / 2, 2, true, RoundedOutline(-21, -19, 42, 38, 3));
            c.Rect(Brass, 4 * 0.8, -14, -12, 16, 6.35);
            c.Rect(Brass, 4 * 0.8, -14, 6, 16, 6.35);
            c.Rect(Organic, 4 * 1.14, 8, -4, 12, 8);
            c.Rect(Steel, 0.65 * 10, -6, -6, 10, 12);
            c.Rect(Brass, 0.8 * 8 * 0.3, -8, -8, 14, 16);
            c.Rect(Mixed, 1.6, -20, -18, 40, 36);
            c.Rect(Steel, 0.6, 14, -6, 6, 12);
            var cable = new Turned(pen, cx, bw * 0.22, 0);
            cable.Ring(Organic, 3.5 * 1.3 * 0.8 * 3, 4, 0, 0, 20, 14);
            cable.Ring(Brass, 0.35 * 3, 2, 0, 0, 20, 14);
            cable.Rect(Steel, 2 * 0.4 + 0.5, 16, -6, 9, 4);
            cable.Rect(Steel, 2 * 0.4 + 0.5, -25, 2, 11, 7);
            cable.Line(Steel, 0.8 * 0.5, 0.5, false, (-4, -16), (0, 16));
            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a box frame (a deep picture frame for a photo or a keepsake, 8 × 10 in or A4): a moulding 15–30 mm wide and
        /// 30–40 mm deep of pine (about 0.5 g/cm³), of hollow polystyrene (2 mm walls at about 1.05) or of extruded aluminium (1.2 mm
        /// walls), joined at its corners with steel V-nails or corner keys; a 2 mm glass pane (or 2 mm acrylic at about 1.19), the
        /// photograph on its mount (1.4 mm board at about 0.7), a 2.5 mm MDF back (about 0.75) with its hinged strut and steel turn
        /// buttons; in the frame's depth behind the mount, wedged with card, a slim smartphone or a thumb-sized one.
        /// </summary>
        private PixelBox PhoneInPhotoFrame(double scale)
        {
            var a4 = Chance(0.4);
            var (iw, ih) = a4 ? (297.0, 210.0) : (254.0, 203.0);
            var mw = U(15, 30);
            var md = U(30, 40);
            var kind = random.Next(3);
            var (ow, oh) = (iw + (2 * mw) - 10, ih + (2 * mw) - 10);
            var pen = Lay((-ow / 2) - 2, (-oh / 2) - 2, (ow / 2) + 2, (oh / 2) + 2, scale);
            var f = new Turned(pen, 0, 0, 0);
            var (ix, iy) = ((ow / 2) - mw, (oh / 2) - mw);
            (double X, double Y)[][] sides =
            [
                [(-ow / 2, -oh / 2), (ow / 2, -oh / 2), (ix, -iy), (-ix, -iy)],
                [(ow / 2, -oh / 2), (ow / 2, oh / 2), (ix, iy), (ix, -iy)],
                [(ow / 2, oh / 2), (-ow / 2, oh / 2), (-ix, iy), (ix, iy)],
                [(-ow / 2, oh / 2), (-ow / 2, -oh / 2), (-ix, -iy), (-ix, iy)],
            ];
            foreach (var side in sides)
            {
                switch (kind)
                {
                    case 0:
                        f.Poly(Organic, md * 0.5, side);
                        break;
                    case 1:
                        f.Poly(Organic, 2 * 2 * 1.05, side);
                        f.Line(Organic, md * 2 * 1.05 / 2, 2, false, side[0], side[1]);
                        f.Line(Organic, md * 2 * 1.05 / 2, 2, false, side[3], side[2]);
                        break;
                    default:
                        f.Poly(Aluminium, 2 * 1.2, side);
                        f.Line(Aluminium, md * 1.2 / 1.2, 1.2, false, side[0], side[1]);
                        f.Line(Aluminium, md * 1.2 / 1.2, 1.2, false, side[3], side[2]);
                        break;
                }
            }

            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                var (cx, cy) = (sx * ((ow / 2) - (mw / 2)), sy * ((oh / 2) - (mw / 2)));
                if (kind == 2)
                {
                    f.Rect(Steel, 0.8 * 2 * 2, cx - 8, cy - 8, 16, 16);
                }
                else if (kind == 0)
                {
                    f.Rect(Steel, 2 * 7 * 0.6 / 1.2, cx - 5, cy - 0.6, 10, 1.2);
                }
            }

            var (gw, gh) = (iw + 8, ih + 8);
            if (Chance(0.7))
            {
                f.Rect(Glass, 2, -gw / 2, -gh / 2, gw, gh);
            }
            else
            {
                f.Rect(Organic, 2 * 1.19, -gw / 2, -gh / 2, gw, gh);
            }

            f.Rect(Organic, (1.4 * 0.7) + (0.25 * 0.9), -gw / 2, -gh / 2, gw, gh);
            f.Rect(Organic, 2.5 * 0.75, -gw / 2, -gh / 2, gw, gh);
            f.Rect(Organic, 2.5 * 0.75, -20, -gh * 0.4, 40, gh * 0.75);
            f.Rect(Steel, 0.5, -10, -gh * 0.4, 20, 26);
            (double X, double Y)[] buttons =
            [
                (-gw * 0.25, -gh / 2), (gw * 0.25, -gh / 2), (-gw * 0.25, gh / 2), (gw * 0.25, gh / 2),
                (-gw / 2, -gh * 0.2), (-gw / 2, gh * 0.2), (gw / 2, -gh * 0.2), (gw / 2, gh * 0.2),
            ];
            foreach (var (tx, ty) in buttons)
            {
                f.Rect(Steel, 0.8, tx - 3, ty - 3, 6, 6);
            }

            var q = new Turned(pen, U(-iw * 0.08, iw * 0.08), U(-ih * 0.05, ih * 0.05), U(-0.15, 0.15) + (Chance(0.5) ? 0 : Math.PI));
            q.Rect(Organic, 2 * 1.0 * 0.7, -75, -45, 150, 90);
            pen.Item(() =>
            {
                if (Chance(0.7))
                {
                    var l = U(146, 160);
                    var w = U(70, 75);
                    SPhone(q, l, w, 9, Aluminium, U(7.4, 8.3), true, U(3000, 4500), Chance(0.5));
                    SCamera(q, (-l / 2) + 12, (-w / 2) + 12, 10, true);
                    SCamera(q, (-l / 2) + 12, (-w / 2) + 25, 8, false);
                }
                else
                {
                    ThumbHandset(q, U(46, 72), U(20, 24), U(11, 14));
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A phone hidden in a scatter cushion (280–360 mm square): a cover of two faces of cotton or polyester canvas (0.5 mm at about 0.6
        /// g/cm³), piped round its edge (a 5 mm polyethylene cord in a bias strip), a zip along one edge (a nylon coil, or on some brass
        /// teeth, with a steel slider); filled with 300–550 g of polyester fibre that lies thickest at its middle; pushed into the filling
        /// through the zip, a smartphone or a thumb-sized phone in a sock (2–3 mm of knit at about 0.3 g/cm³), its charging cable with it on
        /// some.
        /// </summary>
        private PixelBox PhoneInCushion(double scale)
        {
            var s = U(280, 360);
            var grams = U(300, 550);
            var pen = Lay((-s / 2) - 4, (-s / 2) - 4, (s / 2) + 4, (s / 2) + 4, scale);
            var c = new Turned(pen, 0, 0, 0);
            var mean = grams * 1000 / (s * s);
            RoundedRect(c, Organic, 2 * 0.5 * 0.6, -s / 2, -s / 2, s, s, 12);
            c.Line(Organic, 0.8 * 5 * 0.92 + (4 * 0.5 * 0.6), 5, true, RoundedOutline((-s / 2) + 1, (-s / 2) + 1, s - 2, s - 2, 11));
            ReadOnlySpan<(double F, double Share)> layers = [(0.96, 0.3), (0.8, 0.3), (0.6, 0.25), (0.35, 0.15)];
            foreach (var (fs, share) in layers)
            {
                RoundedRect(c, Organic, mean * share * 1.74, -s * fs / 2, -s * fs / 2, s * fs, s * fs, 20);
            }

            if (Chance(0.35))
            {
                c.Line(Brass, 2 * 0.6 * 0.8, 5, false, ((-s / 2) + 30, (s / 2) - 8), ((s / 2) - 30, (s / 2) - 8));
            }
            else
            {
                c.Line(Organic, 2 * 1.2 * 1.14, 5, false, ((-s / 2) + 30, (s / 2) - 8), ((s / 2) - 30, (s / 2) - 8));
            }

            c.Rect(Steel, 2.5, U(-s / 4, s / 4), (s / 2) - 14, 10, 14);
            var room = Math.Max(0, (s / 2) - 100);
            var q = new Turned(pen, U(-room, room), U(-room, room), U(0, 2 * Math.PI));
            if (Chance(0.6))
            {
                var l = U(146, 163);
                var w = U(70, 77);
                RoundedRect(q, Organic, 2 * 2.5 * 0.3, (-l / 2) - 8, (-w / 2) - 6, l + 30, w + 12, 10);
                pen.Item(() =>
                {
                    SPhone(q, l, w, 9, Chance(0.5) ? Aluminium : Steel, U(7.6, 8.8), Chance(0.7), U(3000, 5000), Chance(0.5));
                    SCamera(q, (-l / 2) + 12, (-w / 2) + 12, 10, true);
                });
            }
            else
            {
                RoundedRect(q, Organic, 2 * 2.5 * 0.3, -45, -22, 100, 44, 10);
                pen.Item(() => ThumbHandset(q, U(46, 72), U(20, 24), U(11, 14)));
            }

            if (Chance(0.4))
            {
                var cable = Wander(8, U(18, 26), 70);
                c.Line(Organic, 0.8 * 3.5 * 1.3, 3.5, false, cable);
                c.Line(Brass, 0.3, 1.5, false, cable);
                c.Rect(Steel, 1.3, cable[0].X - 4, cable[0].Y - 2.5, 8, 5);
            }

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// One .410 cartridge seen end-on, centred at (<paramref name="cx"/>, <paramref name="cy"/>) with the beam down its length: its
        /// polyethylene hull's 0.55 mm wall and the brass head's 0.3 mm wall (each crossed along their whole height), the 13.3 mm rim,
        /// primer and base wad, the wads, the column of <paramref name="shotGrams"/> of lead shot packed at about 62 %, the crimp.
        /// </summary>
        private static void U410EndOn(Turned part, double cx, double cy, double length, double head, double shotGrams)
        {
            part.Ring(Organic, (length - head) * 0.95 * 0.55 / 0.8, 0.8, cx, cy, 5.95, 5.95);
            part.Ring(Brass, head * 0.3 / 0.8, 0.8, cx, cy, 5.95, 5.95);
            part.Ellipse(Brass, 1.2 + 0.3, cx, cy, 6.65, 6.65);
            part.Ellipse(Brass, 2.5, cx, cy, 2.6, 2.6);
            part.Ellipse(Organic, (9 * 0.9) + (19 * 0.5) + (3 * 0.55 * 0.95), cx, cy, 5.3, 5.3);
            const double bore = 5.15;
            var shot = Math.Min(length - 35, shotGrams / 11.34 * 1000 / 0.62 / (Math.PI * bore * bore));
            part.Ellipse(Lead, shot * 0.62, cx, cy, bore, bore);
        }

        /// <summary>
        /// .410 bore shotgun cartridges, the small-game and garden-gun load: a polyethylene hull 11.9 mm across (0.55 mm walls) on a brass
        /// head 8 or 12 mm high (its rim 13.3 mm), 65 or 76 mm long, holding 11–18 g of lead shot packed at about 62 % behind a plastic
        /// wad (see <see cref="ShotShell"/>); two to eight loose, or ten to twenty-five in their card box of 25 (0.6 mm board at about
        /// 0.7 g/cm³, five by five in a card grid, 68 × 68 mm and as tall as the cartridges) standing (the beam down each cartridge,
        /// through its whole column of shot) or lying on its side (five cartridges deep along the beam).
        /// </summary>
        private PixelBox Rounds410Bore(double scale)
        {
            var length = Chance(0.6) ? 65.0 : 76.0;
            var head = Chance(0.6) ? 8.0 : 12.0;
            var shot = length < 70 ? U(11, 14) : U(14, 18);
            var kind = random.Next(3);
            if (kind == 0)
            {
                var n = random.Next(2, 9);
                var pen = Lay((-length / 2) - 4, (-n * 8) - 6, (length / 2) + 4, (n * 8) + 6, scale);
                for (var i = 0; i < n; i++)
                {
                    var t = new Turned(pen, U(-2, 2), (-n * 8) + 8 + (i * 16) + U(-1, 1), U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI));
                    ShotShell(t, -length / 2, 0, length, 11.9, head, shot);
                }

                return pen.Box;
            }

            var count = random.Next(10, 26);
            var filled = Enumerable.Range(0, 25).OrderBy(_ => random.Next()).Take(count).ToHashSet();
            const double pitch = 13.4;
            const double bx = 34;
            if (kind == 1)
            {
                var pen = Lay(-bx - 2, -bx - 2, bx + 2, bx + 2, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.6 * 0.7, -bx, -bx, 2 * bx, 2 * bx);
                b.Line(Organic, length * 0.6 * 0.7 / 1.0, 1.0, true, SCorners(-bx + 0.5, -bx + 0.5, (2 * bx) - 1, (2 * bx) - 1));
                for (var i = 1; i < 5; i++)
                {
                    var at = -bx + 0.5 + (i * pitch);
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (at, -bx + 1), (at, bx - 1));
                    b.Line(Organic, length * 0.4 * 0.7 / 0.8, 0.8, false, (-bx + 1, at), (bx - 1, at));
                }

                foreach (var cell in filled)
                {
                    U410EndOn(b, -bx + 0.5 + ((cell % 5) + 0.5) * pitch, -bx + 0.5 + ((cell / 5) + 0.5) * pitch, length, head, shot);
                }

                return pen.Box;
            }

            var side = Lay((-length / 2) - 3, -bx - 2, (length / 2) + 3, bx + 2, scale);
            var s = new Turned(side, 0, 0, 0);
            s.Rect(Organic, 2 * 0.6 * 0.7, (-length / 2) - 1, -bx, length + 2, 2 * bx);
            s.Line(Organic, 2 * bx * 0.6 * 0.7 / 1.0, 1.0, true, SCorners((-length / 2) - 0.5, -bx + 0.5, length + 1, (2 * bx) - 1));
            s.Rect(Organic, 4 * 0.4 * 0.7, (-length / 2) - 1, -bx, length + 2, 2 * bx);
            var flip = Chance(0.5);
            foreach (var cell in filled)
            {
                var y = -bx + 0.5 + ((cell % 5) + 0.5) * pitch;
                ShotShell(new Turned(side, 0, y, flip ? Math.PI : 0), -length / 2, 0, length, 11.9, head, shot);
            }

            return side.Box;
        }

        /// <summary>
        /// A nano SIM hidden in a tea light: tea lights (a 0.1 mm aluminium cup 38.5 mm across and 16 mm deep round 14 mm of paraffin wax at
        /// about 0.9 g/cm³, a cotton wick on a 0.25 mm tinplate sustainer 10 mm across), twelve to thirty loose in a polyethylene bag lying
        /// flat (the beam down through each), or ten stacked in their film sleeve lying on its side; one of them lifted out of its cup, a
        /// nano SIM (12.3 × 8.8 × 0.67 mm) laid in the cup's floor and the candle pressed back on it.
        /// </summary>
        private PixelBox SimInTeaLight(double scale)
        {
            if (Chance(0.6))
            {
                var n = random.Next(12, 31);
                const int cols = 6;
                var rows = (n + cols - 1) / cols;
                var (bw, bh) = ((cols * 40) + 16, (rows * 40) + 16);
                var pen = Lay((-bw / 2) - 2, (-bh / 2) - 2, (bw / 2) + 2, (bh / 2) + 2, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.04 * 0.92, -bw / 2, -bh / 2, bw, bh);
                b.Line(Organic, 1.5, 3, true, SCorners((-bw / 2) + 1.5, (-bh / 2) + 1.5, bw - 3, bh - 3));
                var hide = random.Next(n);
                for (var i = 0; i < n; i++)
                {
                    var cx = (-bw / 2) + 28 + ((i % cols) * 40) + U(-3, 3);
                    var cy = (-bh / 2) + 28 + ((i / cols) * 40) + U(-3, 3);
                    b.Ellipse(Aluminium, 0.1, cx, cy, 19.25, 19.25);
                    b.Ring(Aluminium, 16 * 0.1 / 0.6, 0.6, cx, cy, 19, 19);
                    b.Ellipse(Organic, 14 * 0.9, cx, cy, 18.8, 18.8);
                    b.Ellipse(Steel, 0.25, cx, cy, 5, 5);
                    if (i == hide)
                    {
                        pen.Item(() => SimChip(new Turned(pen, cx + U(-5, 5), cy + U(-5, 5), U(0, 2 * Math.PI)), 12.3, 8.8));
                    }
                }

                return pen.Box;
            }

            var sleeve = Lay(-84, -22, 84, 22, scale);
            var s = new Turned(sleeve, 0, 0, 0);
            s.Tube(Organic, -82, -20.5, 164, 41, 0.05 * 0.92);
            s.Rect(Organic, 2 * 0.3 * 0.8, -30, -20.5, 60, 41);
            var at = random.Next(10);
            for (var i = 0; i < 10; i++)
            {
                var x = -80 + (i * 16);
                s.Tube(Aluminium, x, -19.25, 16, 38.5, 0.1);
                s.Rect(Aluminium, 38.5 * 0.8 * 0.1 / 0.6, x, -19.25, 0.6, 38.5);
                s.Cylinder(Organic, x + 0.6, -18.8, 14, 37.6, 0.9);
                s.Rect(Steel, 10 * 0.8 * 0.25 / 0.6, x + 0.7, -5, 0.6, 10);
                if (i == at)
                {
                    var y = U(-12, 12);
                    sleeve.Item(() =>
                    {
                        s.Rect(Organic, 8.8 * 0.67 * 1.38 / 0.8, x + 1.3, y - 6.15, 0.8, 12.3);
                        s.Rect(Brass, 6.6 * 0.04 / 0.6, x + 1.3, y - 4.2, 0.6, 8.4);
                        s.Rect(Mixed, 4 * 0.2 / 0.6, x + 1.5, y - 2, 0.6, 4);
                    });
                }
            }

            return sleeve.Box;
        }

        /// <summary>
        /// A glucagon emergency kit (carried by people with insulin-treated diabetes; the GlucaGen HypoKit class): a hard polypropylene case
        /// 115–120 × 34–38 × 22–25 mm (1.5 mm walls at about 0.9 g/cm³, its rim seen edge-on, its hinge along one side) holding a plastic
        /// syringe prefilled with about 1.1 ml of water (a 9.6 mm barrel, its rubber stopper and plunger) with its 27-gauge steel needle
        /// (0.41 mm, 12.7 mm) under a cap, and a glass vial (15 × 38 mm, 1 mm walls) of freeze-dried powder under a rubber stopper and an
        /// aluminium crimp seal with a flip-off cap; the folded leaflet (paper at about 0.8) in its lid on some.
        /// </summary>
        private PixelBox GlucagonKit(double scale)
        {
            var l = U(115, 120);
            var w = U(34, 38);
            var d = U(22, 25);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 4, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            RoundedRect(c, Organic, 2 * 1.5 * 0.9, -l / 2, -w / 2, l, w, 6);
            c.Line(Organic, d * 1.5 * 0.9 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 5));
            c.Rect(Organic, 4 * 0.9, (-l / 2) + 10, (-w / 2) - 3, l - 20, 3);
            c.Rect(Organic, 6 * 0.9, (l / 2) - 2, -6, 2, 12);
            var ys = (-w / 2) + 9;
            const double xs = -40;
            pen.Item(() =>
            {
                c.Rect(Organic, 2 * 1.0 * 0.9, xs - 16, ys - 7, 2, 14);
                c.Tube(Organic, xs, ys - 4.8, 52, 9.6, 0.9 * 0.9);
                c.Cylinder(Organic, xs + 52 - 19, ys - 4.3, 19, 8.6, 1.0);
                c.Rect(Organic, 0.8 * 8.6 * 1.3, xs + 52 - 25, ys - 4.3, 6, 8.6);
                c.Rect(Organic, 8.6 * 0.5 * 0.9, xs - 14, ys - 2.6, 41, 5.2);
                c.Rect(Organic, 0.8 * 6 * 0.9, xs + 52, ys - 3, 8, 6);
                c.Line(Steel, TMeanWall(0.41, 0.2), 0.41, false, (xs + 58, ys), (xs + 72.7, ys));
                c.Tube(Organic, xs + 56, ys - 3, 22, 6, 0.6 * 0.9);
            });
            var yv = (w / 2) - 9.5;
            const double xv = -34;
            c.Tube(Glass, xv, yv - 7.5, 30, 15, 1.0);
            c.Cylinder(Glass, xv, yv - 7.5, 1.2, 15);
            c.Poly(Glass, 2 * 1.0, (xv + 30, yv - 7.5), (xv + 34, yv - 5.5), (xv + 34, yv + 5.5), (xv + 30, yv + 7.5));
            c.Tube(Glass, xv + 34, yv - 5.5, 4, 11, 1.0);
            c.Cylinder(Organic, xv + 1.2, yv - 6.5, 10, 13, 0.1);
            c.Cylinder(Organic, xv + 33, yv - 5, 7, 10, 1.3);
            c.Tube(Aluminium, xv + 35, yv - 6.5, 6, 13, 0.2);
            c.Rect(Aluminium, 13 * 0.8 * 0.2 / 0.6, xv + 41, yv - 6.5, 0.6, 13);
            c.Cylinder(Organic, xv + 41.6, yv - 6.5, 3, 13, 0.9);
            if (Chance(0.5))
            {
                c.Rect(Organic, 3 * 0.8, 12, (-w / 2) + 3, 42, w - 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// One lithium 9 V battery centred on its part's origin, its terminals toward +x (48.5 × 26.5 × 17.5 mm; see <see
        /// cref="Lithium9VBattery"/>): face-on (the beam through its 17.5 mm) or, <paramref name="edge"/>, through its 26.5 mm.
        /// </summary>
        private static void U9VCell(Turned b, bool edge)
        {
            var (w, depth) = edge ? (17.5, 26.5) : (26.5, 17.5);
            b.Rect(Steel, 2 * 0.28, -24.25, -w / 2, 48.5, w);
            b.Line(Steel, depth * 0.28 / 0.6, 0.6, true, SCorners(-23.95, (-w / 2) + 0.3, 47.9, w - 0.6));
            b.Rect(Steel, 0.8 * depth * 0.28 / 0.6, -24.25, -w / 2, 0.6, w);
            if (edge)
            {
                for (var k = 0; k < 3; k++)
                {
                    var y = (-w / 2) + 1 + (k * 5.2);
                    b.Rect(Steel, (0.12 * (depth - 2)) + (2 * 0.2), -22, y, 42, 5);
                    b.Rect(Organic, 0.9 * (depth - 2), -22, y, 42, 5);
                    b.Line(Steel, (depth - 2) * 0.2 / 0.5, 0.5, false, (-22, y), (20, y));
                }

                b.Rect(Steel, 1.8 + 2.2, 24.25, -3.5, 4, 7);
            }
            else
            {
                b.Rect(Steel, (0.12 * 15.5) + (3 * 2 * 0.2), -22, -12, 42, 24);
                b.Rect(Organic, 0.9 * 15.5, -22, -12, 42, 24);
                b.Rect(Steel, 1.8, 24.25, -6.35 - 2.9, 4, 5.8);
                b.Rect(Steel, 2.2, 24.25, 6.35 - 4.1, 4, 8.2);
            }

            b.Rect(Organic, 0.8 * depth * 1.2 * 0.5, 21, -w / 2, 3, w);
        }

        /// <summary>
        /// Lithium 9 V batteries (PP3 size, sold for smoke alarms: the Ultralife and Energizer class): 48.5 × 26.5 × 17.5 mm; a 0.28 mm
        /// nickel-plated steel jacket round three lithium–manganese dioxide cells in their own 0.2 mm steel cans (their cathodes on
        /// stainless mesh, about 0.12 mm of steel for each millimetre of cell the beam crosses; lithium foil, separator and electrolyte
        /// about 0.9 mm of water), the snap terminals (pressed steel, 5.8 and 8.2 mm, standing 4 mm proud) in a plastic top; one to three
        /// loose, lying on a face or an edge, or two on a blister card (a 0.3 mm PET blister at about 1.38 g/cm³, 20 mm deep, over 0.5 mm
        /// board at about 0.8).
        /// </summary>
        private PixelBox Lithium9VBattery(double scale)
        {
            if (Chance(0.4))
            {
                var pen = Lay(-47, -77, 47, 77, scale);
                var c = new Turned(pen, 0, 0, 0);
                c.Rect(Organic, 0.5 * 0.8, -45, -75, 90, 150);
                c.Ring(Organic, 0.5 * 0.8 * 3, 1.5, 0, -66, 5, 3);
                var bubble = RoundedOutline(-36, -50, 72, 100, 6);
                c.Poly(Organic, 0.3 * 1.38, bubble);
                c.Line(Organic, 20 * 0.3 * 1.38 / 1.0, 1.0, true, bubble);
                pen.Item(() =>
                {
                    U9VCell(new Turned(pen, -16, 0, Math.PI / 2), false);
                    U9VCell(new Turned(pen, 16, 0, Math.PI / 2), false);
                });
                return pen.Box;
            }

            var n = random.Next(1, 4);
            var loose = Lay(-70, -70, 70, 70, scale);
            for (var i = 0; i < n; i++)
            {
                var t = new Turned(loose, U(-25, 25), (i - ((n - 1) / 2.0)) * 32 + U(-3, 3), U(0, 2 * Math.PI));
                U9VCell(t, Chance(0.3));
            }

            return loose.Box;
        }

        /// <summary>
        /// A G-clamp (a C-clamp) from a workshop drawer, 75, 100 or 150 mm: a malleable-iron frame (counted as steel at 0.92) of I section,
        /// a 5–7 mm web between flanges 14–20 mm wide and 4.5 mm thick that lie edge-on to the beam round its inner and outer edges, its
        /// fixed jaw and the thickened boss threaded for a 10–16 mm steel screw; the screw run in or out, its swivel pad (a steel disc
        /// 18–28 mm across and 6 mm thick) near the jaw or well open, its sliding T-bar (a 6–8 mm steel rod 70–110 mm long with its end
        /// caps) anywhere along its travel.
        /// </summary>
        private PixelBox GClamp(double scale)
        {
            var size = random.Next(3);
            double[] opens = [75, 100, 150];
            double[] throats = [50, 60, 75];
            double[] sections = [18, 22, 26];
            double[] flanges = [14, 17, 20];
            double[] webs = [5, 6, 7];
            double[] screws = [10, 12, 16];
            double[] bars = [70, 90, 110];
            double[] barDs = [6, 7, 8];
            double[] pads = [18, 22, 28];
            var (o, th, sec, fw, web) = (opens[size], throats[size], sections[size], flanges[size], webs[size]);
            var (sd, tb, tbd, pd) = (screws[size], bars[size], barDs[size], pads[size]);
            const double ci = 0.92;
            var sx = th + (sec / 2);
            var yTip = (-o / 2) + 6 + U(3, o * 0.8);
            var sl = o + sec + 24;
            var yEnd = yTip + sl;
            var off = U((-tb / 2) + 10, (tb / 2) - 10);
            var pen = Lay(Math.Min(-2, sx + off - (tb / 2) - 6), (-o / 2) - sec - 2, Math.Max(th + sec + 6, sx + off + (tb / 2) + 6), yEnd + 10, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, ci * web, 0, (-o / 2) - sec, sec, o + (2 * sec));
            g.Rect(Steel, ci * web, sec, (-o / 2) - sec, th, sec);
            g.Rect(Steel, ci * web, sec, o / 2, th, sec);
            g.Line(Steel, ci * fw, 4.5, false, (th + sec, (-o / 2) - sec + 2.25), (2.25, (-o / 2) - sec + 2.25), (2.25, (o / 2) + sec - 2.25), (th + sec, (o / 2) + sec - 2.25));
            g.Line(Steel, ci * fw, 4.5, false, (th, (-o / 2) - 2.25), (sec - 2.25, (-o / 2) - 2.25), (sec - 2.25, (o / 2) + 2.25), (th, (o / 2) + 2.25));
            g.Rect(Steel, ci * fw * 0.8, th - 2, (-o / 2) - sec, sec + 4, sec + 6);
            g.Rect(Steel, ci * fw * 0.8, th - 3, (o / 2) - 5, sec + 6, sec + 10);
            var s = new Turned(pen, sx, yTip, Math.PI / 2);
            s.Cylinder(Steel, 0, -sd / 2, sl, sd, 0.85);
            s.Cylinder(Steel, -6, -pd / 2, 6, pd);
            s.Cylinder(Steel, sl - 14, -sd * 0.7, 14, sd * 1.4);
            var bar = new Turned(pen, sx + off, yEnd - 7, 0);
            bar.Cylinder(Steel, -tb / 2, -tbd / 2, tb, tbd);
            bar.Cylinder(Steel, -tb / 2, -tbd * 0.7, 4, tbd * 1.4);
            bar.Cylinder(Steel, (tb / 2) - 4, -tbd * 0.7, 4, tbd * 1.4);
            return pen.Box;
        }

        /// <summary>
        /// A bottle of Rioja in its gilded wire net (the alambre some bodegas still put round their reservas), lying on its side: a 75 cl
        /// Bordeaux bottle of green glass (about 300 mm long and 75 mm across, 3–4 mm walls, a thick base and its punt), full of wine (about
        /// 0.99 g/cm³) to its neck, its cork (22 × 45 mm at about 0.24 g/cm³) under a polylaminate capsule (0.06 mm of aluminium on
        /// polyethylene); over it a diamond net of 0.6–0.8 mm brass-plated steel wire knotted at each crossing, its ends gathered round the
        /// neck in a twist with a small stamped seal.
        /// </summary>
        private PixelBox WineInWireMesh(double scale)
        {
            var d = U(74, 77);
            var wall = U(3, 4);
            var bodyL = U(205, 215);
            var dw = U(0.6, 0.8);
            const double x0 = -150;
            var xn = x0 + bodyL + 35;
            var nl = 150 - xn;
            var pen = Lay(-152, (-d / 2) - 14, 152, (d / 2) + 3, scale);
            var s = new Turned(pen, 0, 0, 0);
            s.Tube(Glass, x0, -d / 2, bodyL, d, wall);
            s.Cylinder(Glass, x0, -d / 2, 6, d, 0.7);
            s.Poly(Glass, 2 * 4, (x0 + 6, -d * 0.3), (x0 + 28, 0), (x0 + 6, d * 0.3));
            (double X, double Y)[] shoulder = [(x0 + bodyL, -d / 2), (xn, -14.5), (xn, 14.5), (x0 + bodyL, d / 2)];
            s.Poly(Glass, 2 * wall, shoulder);
            s.Line(Glass, 6 * wall, 1.5, false, shoulder[0], shoulder[1]);
            s.Line(Glass, 6 * wall, 1.5, false, shoulder[3], shoulder[2]);
            s.Tube(Glass, xn, -14.5, nl - 4, 29, 3.5);
            s.Tube(Glass, 150 - 5, -15.5, 5, 31, 5);
            LyingFill(s, Organic, x0 + 6, bodyL - 6, d - (2 * wall), 0.97, 0.99);
            s.Poly(Organic, ((d + 22) / 2) * 0.75 * 0.99, (x0 + bodyL, (-d / 2) + wall), (xn, -11), (xn, 11), (x0 + bodyL, (d / 2) - wall));
            s.Cylinder(Organic, xn, -11, nl - 52, 22, 0.99);
            s.Cylinder(Organic, 150 - 47, -11, 45, 22, 0.24);
            s.Tube(Aluminium, 150 - 52, -15.8, 52, 31.6, 0.06);
            s.Tube(Organic, 150 - 52, -15.8, 52, 31.6, 0.06 * 0.92);
            s.Rect(Aluminium, 31.6 * 0.8 * 0.06 / 0.6, 149.4, -15.8, 0.6, 31.6);
            var (xa, xb) = (x0 + 4, x0 + bodyL);
            const double pitch = 28;
            foreach (var dir in new[] { -1.0, 1.0 })
            {
                for (var c = xa - d; c < xb; c += pitch)
                {
                    var (p0, p1) = (Math.Max(c, xa), Math.Min(c + d, xb));
                    if (p1 <= p0)
                    {
                        continue;
                    }

                    double Y(double x) => dir * ((x - c) - (d / 2));
                    s.Line(Steel, 0.8 * dw, dw, false, (p0, Y(p0)), (p1, Y(p1)));
                    foreach (var x in new[] { c, c + d })
                    {
                        if (x >= xa && x <= xb)
                        {
                            s.Rect(Steel, Math.Sqrt(d * dw) * dw * 0.4, x - 1, (dir * (x == c ? -1 : 1) * d / 2) - 1, 2, 2);
                        }
                    }
                }
            }

            var starts = Enumerable.Range(0, (int)((xb - xa + d) / pitch) + 1).Select(k => xa - d + (k * pitch)).ToArray();
            foreach (var c1 in starts)
            {
                foreach (var c2 in starts)
                {
                    var (kx, ky) = (((c1 + c2) / 2) + (d / 2), (c2 - c1) / 2);
                    if (Math.Abs(ky) < (d / 2) - 1 && kx > xa && kx < xb && Chance(0.5))
                    {
                        s.Ellipse(Steel, 0.8 * dw * 2, kx, ky, 1.2, 1.2);
                    }
                }
            }

            for (var j = 0; j < 6; j++)
            {
                var y = (-d / 2) + (d * (j + 0.5) / 6);
                s.Line(Steel, 0.8 * dw, dw, false, (xb, y), (xn + 18, y * 0.2));
            }

            s.Rect(Steel, 0.8 * dw * 6, xn + 16, -16, 4, 32);
            s.Line(Steel, 0.8 * dw * 2, 1.5, false, (xn + 18, -16), (xn + 24, (-d / 2) - 6));
            s.Rect(Steel, 1.5, xn + 20, (-d / 2) - 13, 10, 8);
            return pen.Box;
        }

        /// <summary>
        /// Khat (Catha edulis, a Class C drug in Britain since 2014) as it is sold: a bundle of fresh leafy shoots 280–380 mm long, 25–45
        /// tender stems 3–8 mm thick (about 0.9 g/cm³ fresh) tied at their butts with a rubber band (2 mm at about 1.1) or raffia, their
        /// leaves (30–60 × 12–25 mm, 0.3 mm thick at about 0.9, lying one to three deep) along their upper two thirds; wrapped to keep it
        /// fresh in a banana leaf (0.5 mm at about 0.9, its 6 mm midrib) or a polyethylene carrier bag (20 µm, its gathered edges thicker).
        /// </summary>
        private PixelBox KhatBundle(double scale)
        {
            var l = U(280, 380);
            var w = U(90, 130);
            var pen = Lay((-l / 2) - 8, (-w / 2) - 14, (l / 2) + 8, (w / 2) + 14, scale);
            var b = new Turned(pen, 0, 0, 0);
            var xb = (-l / 2) + 25;
            var stems = random.Next(25, 46);
            for (var i = 0; i < stems; i++)
            {
                var y0 = U(-9, 9);
                var y1 = U(-w * 0.38, w * 0.38);
                var len = U(l * 0.75, l - 4);
                var bend = U(-6, 6);
                var sd = U(3, 8);
                var pts = Enumerable.Range(0, 5).Select(k => k / 4.0)
                    .Select(f => ((-l / 2) + 2 + (f * len), y0 + ((y1 - y0) * f) + (bend * Math.Sin(Math.PI * f)))).ToArray();
                b.Line(Organic, 0.8 * sd * 0.9, sd, false, pts);
                for (var j = random.Next(2, 6); j > 0; j--)
                {
                    var f = U(0.35, 1.0);
                    var (px, py) = ((-l / 2) + 2 + (f * len), y0 + ((y1 - y0) * f) + (bend * Math.Sin(Math.PI * f)));
                    var a = U(-0.8, 0.8) + (Chance(0.5) ? 0 : Math.PI);
                    var (rx, ry) = (U(15, 30), U(6, 12.5));
                    bool Inside(double angle) =>
                        Math.Abs(px + (2 * rx * Math.Cos(angle))) < (l / 2) && Math.Abs(py + (2 * rx * Math.Sin(angle))) < (w / 2) - ry;
                    if (!Inside(a))
                    {
                        a += Math.PI;
                    }

                    if (Inside(a))
                    {
                        new Turned(pen, px, py, a).Ellipse(Organic, 0.3 * 0.9 * U(1, 3), rx, 0, rx, ry);
                    }
                }
            }

            b.Line(Organic, 2 * 2 * 1.1, 2, false, (xb, -14), (xb, 14));
            if (Chance(0.55))
            {
                (double X, double Y)[] leafWrap = [((-l / 2) - 6, -w * 0.3), (l * 0.1, (-w / 2) - 10), ((l / 2) + 6, -w * 0.2), ((l / 2) + 6, w * 0.2), (l * 0.1, (w / 2) + 10), ((-l / 2) - 6, w * 0.3)];
                b.Poly(Organic, 0.5 * 0.9, leafWrap);
                b.Line(Organic, 0.8 * 6 * 0.9, 6, false, ((-l / 2) - 6, U(-8, 8)), ((l / 2) + 6, U(-8, 8)));
                b.Line(Organic, 2 * 0.5 * 0.9 * 3, 2, true, leafWrap);
            }
            else
            {
                var bag = RoundedOutline((-l / 2) - 6, (-w / 2) - 12, l + 12, w + 24, 14);
                b.Poly(Organic, 2 * 0.02 * 0.92, bag);
                b.Line(Organic, 1.2, 3, true, bag);
                b.Line(Organic, 2.5, 5, false, ((-l / 2) - 4, (-w / 2) - 8), ((-l / 2) - 4, (w / 2) + 8));
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs in a stash can (a diversion safe sold as a novelty: a real drinks can, 330 or 500 ml, whose base unscrews): a 0.1 mm
        /// aluminium can 66 mm across and 115 or 168 mm tall, its ends (0.25 mm) seen edge-on, a polypropylene insert (0.8 mm walls) and its
        /// threaded collar at the base; in it three to eight cling-filmed wraps of powder (20–30 mm, about 0.7 g/cm³ as packed) or 7–28 g
        /// of herbal cannabis (about 0.2 g/cm³ as pressed) in a grip-seal bag, and on some 100–200 g of sand in a bag as ballast so that it
        /// weighs like a full can (sand at about 1.5 g/cm³, counted as glass at 0.6); lying on its side, or standing (the beam down the can).
        /// </summary>
        private PixelBox DrugsInStashCan(double scale)
        {
            var h = Chance(0.6) ? 115.0 : 168.0;
            var wraps = Chance(0.6);
            var sand = Chance(0.4) ? U(100, 200) : 0;
            if (Chance(0.7))
            {
                var pen = Lay((-h / 2) - 2, -35, (h / 2) + 2, 35, scale);
                var c = new Turned(pen, 0, 0, 0);
                c.Tube(Aluminium, -h / 2, -33, h, 66, 0.1);
                c.Rect(Aluminium, 66 * 0.8 * 0.25 / 0.8, -h / 2, -33, 0.8, 66);
                c.Rect(Aluminium, 54 * 0.8 * 0.25 / 0.8, (h / 2) - 0.8, -27, 0.8, 54);
                c.Poly(Aluminium, 2 * 0.1, ((h / 2) - 12, -33), ((h / 2) - 1, -27), ((h / 2) - 1, 27), ((h / 2) - 12, 33));
                c.Rect(Aluminium, 0.8, (h / 2) - 2.5, -6, 2, 20);
                c.Tube(Organic, (-h / 2) + 4, -31.5, h - 14, 63, 0.8 * 0.9);
                c.Tube(Organic, (-h / 2) + 1, -32.5, 12, 65, 2 * 0.9);
                var x = (-h / 2) + 6;
                if (sand > 0)
                {
                    var sl = sand / 1.5 / (Math.PI * 9) * 10 * 1.8;
                    LyingFill(c, Glass, x, Math.Min(sl, h * 0.4), 60, 0.55, 0.6);
                    c.Rect(Organic, 2 * 0.05 * 0.92, x, -30, Math.Min(sl, h * 0.4), 60);
                    x += Math.Min(sl, h * 0.4) + 2;
                }

                var room = (h / 2) - 12 - x;
                pen.Item(() =>
                {
                    if (wraps)
                    {
                        for (var i = random.Next(3, 9); i > 0; i--)
                        {
                            var r = U(10, 15);
                            Spheroid(c, Organic, x + r + U(0, Math.Max(0, room - (2 * r))), U(-28 + r, 28 - r), r, r * U(0.75, 0.95), 2 * r * 0.8, 0.7);
                        }
                    }
                    else
                    {
                        LyingFill(c, Organic, x, room, 60, U(0.5, 0.95), 0.2);
                        c.Rect(Organic, 2 * 0.05 * 0.92, x, -30, room, 60);
                        c.Rect(Organic, 2 * 1.5 * 0.92, x + room - 6, -30, 3, 60);
                    }
                });

                return pen.Box;
            }

            var up = Lay(-35, -35, 35, 35, scale);
            var u = new Turned(up, 0, 0, 0);
            u.Ellipse(Aluminium, 2 * 0.25, 0, 0, 33, 33);
            u.Ring(Aluminium, h * 0.1 / 0.6, 0.6, 0, 0, 32.7, 32.7);
            u.Ring(Organic, (h - 14) * 0.8 * 0.9 / 0.8, 0.8, 0, 0, 31.1, 31.1);
            u.Ring(Organic, 12 * 2 * 0.9 / 2, 2, 0, 0, 31.5, 31.5);
            u.Rect(Aluminium, 0.8, -6, -4, 20, 8);
            if (sand > 0)
            {
                u.Ellipse(Glass, sand / 1.5 / (Math.PI * 9) * 10 * 0.6, 0, 0, 30, 30);
            }

            up.Item(() =>
            {
                if (wraps)
                {
                    for (var i = random.Next(3, 9); i > 0; i--)
                    {
                        var r = U(10, 15);
                        var (a, rr) = (U(0, 2 * Math.PI), U(0, 29 - r));
                        Spheroid(u, Organic, rr * Math.Cos(a), rr * Math.Sin(a), r, r * U(0.75, 0.95), 2 * r * 0.8, 0.7);
                    }
                }
                else
                {
                    u.Ellipse(Organic, U(20, 60) * 0.2, 0, 0, 29, 29);
                }
            });

            return up.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A pair of shoe trees heaped together: cedar (about 0.38 g/cm³) or beech (0.7) toe blocks 150–175 mm long, 70–85 mm across and
        /// 35–45 mm deep, each on a steel coil spring (2.5 mm wire, 15 mm across, 60–80 mm long) over a 4 mm rod or on two telescoping
        /// 8 mm steel tubes (0.6 mm walls), to a heel knob 45–55 × 40–45 mm and 35 mm deep; or a pair of moulded polypropylene ones
        /// (2 mm walls at about 0.9) on a steel spring.
        /// </summary>
        private void ShoeTrees()
        {
            var pen = Place(150);
            var kind = random.Next(3);
            var rho = Chance(0.6) ? 0.38 : 0.7;
            var tl = U(150, 175);
            var tw = U(70, 85);
            var td = U(35, 45);
            for (var i = 0; i < 2; i++)
            {
                var t = new Turned(pen, U(-30, 30), (i == 0 ? -1 : 1) * U(35, 50), U(-0.3, 0.3) + (Chance(0.5) ? 0 : Math.PI));
                var tx = tl / 2;
                var hx = -U(95, 110);
                if (kind == 2)
                {
                    t.Ellipse(Organic, 2 * 2 * 0.9, tx, 0, tl / 2, tw / 2);
                    t.Ring(Organic, td * 2 * 0.9 / 2, 2, tx, 0, (tl / 2) - 1, (tw / 2) - 1);
                    t.Ellipse(Organic, 2 * 2 * 0.9, hx, 0, 25, 21);
                    t.Ring(Organic, 35 * 2 * 0.9 / 2, 2, hx, 0, 24, 20);
                }
                else
                {
                    Spheroid(t, Organic, tx, 0, tl / 2, tw / 2, td, rho);
                    Spheroid(t, Organic, hx, 0, 25, 21, 35, rho);
                }

                if (kind == 1)
                {
                    t.Tube(Steel, hx + 15, -10, -hx - 10, 8, 0.6);
                    t.Tube(Steel, hx + 15, 2, -hx - 10, 8, 0.6);
                    t.Tube(Steel, hx + 40, -10.5, 30, 9, 0.6);
                    t.Tube(Steel, hx + 40, 1.5, 30, 9, 0.6);
                }
                else
                {
                    t.Cylinder(Steel, hx + 20, -2, -hx - 15, 4);
                    t.Line(Steel, 0.8 * 2.5 * 2, 2.5, false, Zigzag(hx + 25, hx + 25 + U(60, 80), -7.5, 5, 15));
                }
            }
        }

        /// <summary>
        /// A clockwork metronome (the pyramid Wittner / Seiko pattern) lying on its back: a case 215–230 mm tall on a base 105–115 mm wide
        /// and 95–110 mm deep tapering to 30–40 mm at its top, of stained wood (5 mm walls at about 0.55 g/cm³ and a 12 mm base board) or
        /// ABS (2.5 mm at about 1.05), its sides seen edge-on; inside, the movement: two 1.2 mm brass plates 45 × 60 mm on steel pillars,
        /// the mainspring (a coiled steel strip filling about half of a barrel 40 mm across and 12 mm deep), the brass wheels, the winding
        /// shaft through the side and its key outside; the pendulum (a 3 mm steel rod 200 mm long) with its sliding zinc-alloy weight (20
        /// × 14 × 8 mm) and, below the pivot, a 30 mm bob 8 mm thick of lead or brass; a bell on some.
        /// </summary>
        private void Metronome()
        {
            var h = U(215, 230);
            var bw = U(105, 115);
            var dep = U(95, 110);
            var tw = U(30, 40);
            var wood = Chance(0.6);
            var pen = Place(h * 0.6);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] outline = [(-tw / 2, -h / 2), (tw / 2, -h / 2), (bw / 2, h / 2), (-bw / 2, h / 2)];
            var (wall, rho) = wood ? (5.0, 0.55) : (2.5, 1.05);
            k.Poly(Organic, 2 * wall * rho, outline);
            k.Line(Organic, dep * wall * rho / 3, 3, true, outline);
            if (wood)
            {
                k.Rect(Organic, dep * rho, -bw / 2, (h / 2) - 12, bw, 12);
            }

            var yp = (h / 2) - 70;
            k.Rect(Brass, 2 * 1.2, -22, yp - 15, 45, 60);
            foreach (var (px, py) in new[] { (-18.0, yp - 11), (19.0, yp - 11), (-18.0, yp + 41), (19.0, yp + 41) })
            {
                k.Ellipse(Steel, 0.8 * 20, px, py, 1.5, 1.5);
            }

            k.Ellipse(Steel, 12 * 0.5, -4, yp + 22, 20, 20);
            k.Ellipse(Brass, 1.5, 10, yp + 5, 12, 12);
            k.Ellipse(Brass, 1.5, -10, yp - 2, 8, 8);
            k.Rect(Steel, 0.8 * 4, -4, yp + 20, (bw / 2) - 10, 4);
            k.Poly(Brass, 2, ((bw / 2) + 2, yp + 10), ((bw / 2) + 14, yp + 4), ((bw / 2) + 14, yp + 36), ((bw / 2) + 2, yp + 30));
            var lean = U(-0.25, 0.25);
            var rod = new Turned(pen, 0, yp, lean - (Math.PI / 2));
            rod.Line(Steel, 0.8 * 3, 3, false, (-30, 0), (170, 0));
            rod.Rect(ZincAlloy, 8, U(60, 150), -10, 14, 20);
            rod.Ellipse(Chance(0.5) ? Lead : Brass, 8, -26, 0, 15, 15);
            if (Chance(0.4))
            {
                k.Ring(Brass, 1.5 * 15 / 2, 2, 20, yp + 35, 12, 12);
            }
        }

        /// <summary>
        /// A child's counting frame: a beech frame (about 0.7 g/cm³) 240–300 mm wide and 200–250 mm tall of 15–20 mm square bars (two
        /// uprights on their feet, two rails), ten 3 mm steel rods across it, each with ten beads 20–25 mm across and 14–17 mm long (beech
        /// with a 4 mm hole, or hollow polypropylene), pushed this way and that along it.
        /// </summary>
        private void Abacus()
        {
            var w = U(240, 300);
            var h = U(200, 250);
            var bar = U(15, 20);
            var pen = Place(Math.Max(w, h) * 0.55);
            var f = new Turned(pen, 0, 0, 0);
            f.Rect(Organic, bar * 0.7, -w / 2, -h / 2, bar, h);
            f.Rect(Organic, bar * 0.7, (w / 2) - bar, -h / 2, bar, h);
            f.Rect(Organic, bar * 0.7, (-w / 2) + bar, -h / 2, w - (2 * bar), bar);
            f.Rect(Organic, bar * 0.7, (-w / 2) + bar, (h / 2) - bar, w - (2 * bar), bar);
            f.Rect(Organic, 15 * 0.7, (-w / 2) - 25, (h / 2) - 15, 50 + bar, 15);
            f.Rect(Organic, 15 * 0.7, (w / 2) - bar - 25, (h / 2) - 15, 50 + bar, 15);
            var bd = U(20, 25);
            var blen = U(14, 17);
            var plastic = Chance(0.4);
            var inner = w - (2 * bar);
            for (var r = 0; r < 10; r++)
            {
                var y = (-h / 2) + bar + ((h - (2 * bar)) * (r + 0.5) / 10);
                f.Line(Steel, 0.8 * 3, 3, false, ((-w / 2) + (bar / 2), y), ((w / 2) - (bar / 2), y));
                var left = random.Next(0, 11);
                for (var b = 0; b < 10; b++)
                {
                    var x = b < left
                        ? (-w / 2) + bar + (blen * (b + 0.5))
                        : (w / 2) - bar - (blen * (10 - b - 0.5));
                    if (inner < 10 * blen)
                    {
                        x = (-w / 2) + bar + (inner * (b + 0.5) / 10);
                    }

                    Spheroid(f, Organic, x, y, blen / 2, bd / 2, bd, plastic ? 0.25 : 0.7);
                }
            }
        }

        /// <summary>
        /// Medals: three to six campaign or service medals court-mounted on a bar (discs 36 mm across and 3 mm thick of cupronickel or
        /// bronze, drawn as brass, or silver, each on its ring or straight suspender, a 32 mm silk ribbon 0.3 mm thick and 40–55 mm long
        /// folded over the bar, a 4 × 2 mm brass mounting bar with its steel pin) in a hinged presentation case (2 mm card under
        /// leatherette at about 0.7 g/cm³, 20–30 mm deep, a velvet-covered foam bed); or one to three sports medals (zinc alloy 50–70 mm
        /// across and 3–5 mm thick on 25 mm polyester ribbons 0.4 mm thick, their loops heaped) loose.
        /// </summary>
        private void MedalCase()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                var n = random.Next(3, 7);
                const double pitch = 26;
                var cw = Math.Max(170, (n * pitch) + 50);
                var ch = U(100, 130);
                var dep = U(20, 30);
                RoundedRect(k, Organic, (2 * 2 * 0.7) + (8 * 0.05), -cw / 2, -ch / 2, cw, ch, 5);
                k.Line(Organic, dep * 2 * 0.7 / 2, 2, true, RoundedOutline((-cw / 2) + 1, (-ch / 2) + 1, cw - 2, ch - 2, 4));
                k.Rect(Steel, 0.8 * 2, -cw * 0.3, (-ch / 2) - 1, 20, 3);
                k.Rect(Steel, 0.8 * 2, cw * 0.3 - 20, (-ch / 2) - 1, 20, 3);
                var x0 = -((n - 1) * pitch) / 2;
                var yb = -ch * 0.3;
                k.Rect(Brass, 2, x0 - 18, yb - 2, ((n - 1) * pitch) + 36, 4);
                k.Line(Steel, 0.8 * 1.2, 1.2, false, (x0 - 14, yb + 3), (x0 + ((n - 1) * pitch) + 14, yb + 3));
                for (var i = 0; i < n; i++)
                {
                    var cx = x0 + (i * pitch);
                    var rl = U(40, 55);
                    k.Rect(Organic, 2 * 0.3 * 1.3, cx - 16, yb, 32, rl);
                    var silver = Chance(0.25);
                    var m = silver ? Silver : Brass;
                    var cy = yb + rl + 20;
                    if (Chance(0.5))
                    {
                        k.Ring(m, 0.8 * 2, 2, cx, cy - 20, 3, 3);
                    }
                    else
                    {
                        k.Rect(m, 0.8 * 3, cx - 12, cy - 22, 24, 4);
                    }

                    k.Ellipse(m, 3, cx, cy, 18, 18);
                    k.Ring(m, 1.0, 1.5, cx, cy, 17.2, 17.2);
                }

                return;
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var r = U(25, 35);
                var t = U(3, 5);
                var (cx, cy) = (U(-50, 50), U(-50, 50));
                var loop = Wander(random.Next(8, 14), U(30, 45), 50);
                k.Line(Organic, 0.4 * 1.38 * 2, 25, false, [.. loop.Select(q => (q.X + cx, q.Y + cy))]);
                k.Ellipse(ZincAlloy, t, cx, cy, r, r);
                k.Ring(ZincAlloy, t * 0.5, 3, cx, cy, r - 1.5, r - 1.5);
                k.Rect(ZincAlloy, t, cx - 8, cy - r - 8, 16, 10);
            }
        }

        /// <summary>
        /// A box of glass Christmas baubles: six to twelve blown glass spheres 50–80 mm across with walls of 0.2–0.35 mm (the beam crosses
        /// two walls at their middle and a long chord of wall near their rims), lacquered and glittered, each with a 0.2 mm tinplate crown
        /// cap 12–15 mm across over its neck and a 0.6 mm steel wire hanger; in a card box (0.6 mm board at about 0.7 g/cm³, its walls seen
        /// edge-on) with a moulded PET tray (0.3 mm at about 1.38) of cups.
        /// </summary>
        private void GlassBaubles()
        {
            var d = U(50, 80);
            var (cols, rows) = random.Next(3) switch
            {
                0 => (3, 2),
                1 => (4, 2),
                _ => (4, 3),
            };
            var pitch = d + 8;
            var (bw, bh) = ((cols * pitch) + 10, (rows * pitch) + 10);
            var pen = Place(Math.Max(bw, bh) * 0.55);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, 2 * 0.6 * 0.7, -bw / 2, -bh / 2, bw, bh);
            k.Line(Organic, (d + 10) * 0.6 * 0.7 / 1.2, 1.2, true, SCorners((-bw / 2) + 0.6, (-bh / 2) + 0.6, bw - 1.2, bh - 1.2));
            k.Rect(Organic, 0.3 * 1.38, (-bw / 2) + 3, (-bh / 2) + 3, bw - 6, bh - 6);
            var wall = U(0.2, 0.35);
            var r = d / 2;
            var edge = 0.7 * 2 * Math.Sqrt(2 * r * wall) * Math.Min(1, wall / 0.6);
            for (var i = 0; i < cols * rows; i++)
            {
                var cx = (-bw / 2) + 5 + ((i % cols) + 0.5) * pitch;
                var cy = (-bh / 2) + 5 + ((i / cols) + 0.5) * pitch;
                k.Ring(Organic, r * 0.6 * 0.3 * 1.38 / 0.8, 0.8, cx, cy, r + 2, r + 2);
                if (Chance(0.1))
                {
                    continue;
                }

                var b = new Turned(pen, cx, cy, U(0, 2 * Math.PI));
                b.Ellipse(Glass, 2 * wall, 0, 0, r, r);
                b.Ring(Glass, edge, 0.6, 0, 0, r - 0.3, r - 0.3);
                b.Ellipse(Organic, 2 * 0.03, 0, 0, r, r);
                var cap = U(12, 15);
                b.Rect(Steel, 2 * 0.2, -cap / 2, -r - 9, cap, 10);
                b.Line(Steel, cap * 0.2 / 0.6, 0.6, true, SCorners(-cap / 2, -r - 9, cap, 10));
                b.Line(Steel, 0.8 * 0.6 * 2, 0.6, false, (-2, -r - 3), (0, -r - 14), (2, -r - 3));
            }
        }

        /// <summary>
        /// A ceramic ocarina: a 12-hole alto (a hollow sweet-potato shaped vessel 150–170 × 85–95 mm and 45–55 mm deep of fired stoneware,
        /// 4–6 mm walls at about 2.2 g/cm³, counted as glass at 0.88), the beam crossing two walls at its middle and a long chord of wall
        /// round its rim, its mouthpiece (a solid lump 25 × 18 mm with its windway) at one end and its tail at the other; in a padded pouch
        /// (3 mm of felt at about 0.25 g/cm³ a side) on some; or a 6-hole pendant ocarina 55–65 mm across on its cord.
        /// </summary>
        private void Ocarina()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, 0);
            var wall = U(4, 6);
            if (Chance(0.7))
            {
                var (l, w) = (U(150, 170), U(85, 95));
                (double Cx, double Cy, double Rx, double Ry)[] parts = [(-l * 0.08, 0, l * 0.4, w / 2), (l * 0.3, -w * 0.08, l * 0.2, w * 0.3)];
                foreach (var (cx, cy, rx, ry) in parts)
                {
                    k.Ellipse(Glass, 2 * wall * 0.88, cx, cy, rx, ry);
                    k.Ring(Glass, 0.7 * 2 * Math.Sqrt(2 * Math.Min(rx, ry) * wall) * 0.88 * 0.5, wall, cx, cy, rx - (wall / 2), ry - (wall / 2));
                }

                k.Rect(Glass, 0.8 * 15 * 0.88, (-l / 2) - 22, -9, 28, 18);
                if (Chance(0.4))
                {
                    RoundedRect(k, Organic, 2 * 3 * 0.25, (-l / 2) - 30, (-w / 2) - 8, l + 45, w + 16, 15);
                }

                return;
            }

            var pr = U(27.5, 32.5);
            k.Ellipse(Glass, 2 * 3.5 * 0.88, 0, 0, pr, pr * 0.85);
            k.Ring(Glass, 0.7 * 2 * Math.Sqrt(2 * pr * 0.85 * 3.5) * 0.88 * 0.5, 3.5, 0, 0, pr - 1.75, (pr * 0.85) - 1.75);
            k.Rect(Glass, 0.8 * 10 * 0.88, pr - 4, -6, 16, 12);
            var cord = Wander(10, U(20, 30), 40);
            k.Line(Organic, 0.8 * 2 * 1.14, 2, false, [.. cord.Select(q => (q.X - pr, q.Y))]);
        }

        /// <summary>
        /// A flying disc lying flat: an Ultimate disc (273 mm, 175 g of polyethylene at about 0.95 g/cm³: a 1.8 mm flight plate, its 32 mm
        /// rim wall 3 mm thick seen edge-on round its edge, the rolled lip), a child's 230 mm disc (a 1.3 mm plate, a 22 mm rim of 2 mm) or
        /// a golf disc (210 mm: a 2 mm plate and a solid wing 20 mm wide and 12–15 mm thick round it).
        /// </summary>
        private void FlyingDisc()
        {
            var kind = random.Next(3);
            var pen = Place(kind == 0 ? 140 : 120);
            var k = new Turned(pen, 0, 0, 0);
            switch (kind)
            {
                case 0:
                    k.Ellipse(Organic, 1.8 * 0.95, 0, 0, 136.5, 136.5);
                    k.Ring(Organic, 32 * 0.95, 3, 0, 0, 135, 135);
                    k.Ring(Organic, 6 * 0.95, 7, 0, 0, 130, 130);
                    break;
                case 1:
                    k.Ellipse(Organic, 1.3 * 0.95, 0, 0, 115, 115);
                    k.Ring(Organic, 22 * 0.95, 2, 0, 0, 114, 114);
                    k.Ring(Organic, 4 * 0.95, 5, 0, 0, 110, 110);
                    break;
                default:
                    k.Ellipse(Organic, 2 * 0.95, 0, 0, 105, 105);
                    k.Ring(Organic, U(12, 15) * 0.95, 20, 0, 0, 95, 95);
                    break;
            }
        }

        /// <summary>
        /// A toddler's shape sorter: a box 140–160 mm square and 120–150 mm deep of polypropylene (2 mm walls at about 0.9 g/cm³) or beech
        /// (7 mm walls at about 0.7), its sides seen edge-on round it and its lid cut with six shaped holes; six to twelve chunky shapes
        /// (star, circle, square, triangle, hexagon: 40–50 mm across and 22–25 mm thick, of beech or hollow polypropylene) in and round it.
        /// </summary>
        private void ShapeSorter()
        {
            var s = U(140, 160);
            var dep = U(120, 150);
            var wood = Chance(0.5);
            var (wall, rho) = wood ? (7.0, 0.7) : (2.0, 0.9);
            var pen = Place(s * 0.9);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, wall * rho, -s / 2, -s / 2, s, s);
            k.Line(Organic, dep * wall * rho / 3, 3, true, SCorners((-s / 2) + 1.5, (-s / 2) + 1.5, s - 3, s - 3));
            var hh = s / 8;
            double[] rowsY = [-s / 4, s / 4];
            k.Rect(Organic, wall * rho, -s / 2, -s / 2, s, (s / 4) - hh);
            k.Rect(Organic, wall * rho, -s / 2, (-s / 4) + hh, s, (s / 2) - (2 * hh));
            k.Rect(Organic, wall * rho, -s / 2, (s / 4) + hh, s, (s / 4) - hh);
            foreach (var y in rowsY)
            {
                foreach (var (xa, xb) in new[] { (-s / 2, (-s / 3) - hh), ((-s / 3) + hh, -hh), (hh, (s / 3) - hh), ((s / 3) + hh, s / 2) })
                {
                    k.Rect(Organic, wall * rho, xa, y - hh, xb - xa, 2 * hh);
                }
            }

            var solid = Chance(0.6);
            for (var i = random.Next(6, 13); i > 0; i--)
            {
                var t = new Turned(pen, U(-s * 0.8, s * 0.8), U(-s * 0.8, s * 0.8), U(0, 2 * Math.PI));
                var r = U(20, 25);
                var depth = U(22, 25);
                var n = random.Next(5) switch
                {
                    0 => 28,
                    1 => 4,
                    2 => 3,
                    3 => 6,
                    _ => 10,
                };
                var pts = Enumerable.Range(0, n).Select(j => 2 * Math.PI * j / n)
                    .Select((a, j) => n == 10 && j % 2 == 1 ? (r * 0.45 * Math.Cos(a), r * 0.45 * Math.Sin(a)) : (r * Math.Cos(a), r * Math.Sin(a))).ToArray();
                if (solid)
                {
                    t.Poly(Organic, depth * 0.7, pts);
                }
                else
                {
                    t.Poly(Organic, 2 * 2 * 0.9, pts);
                    t.Line(Organic, depth * 2 * 0.9 / 2, 2, true, pts);
                }
            }
        }
    }
}
