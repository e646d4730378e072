namespace Screening.Devices.Xray;

// Variant set T (held out after S): threat shapes and clutter kinds that none of A to S and R draws.
// About two thirds are the ordinary forms a prison gate meets (knives from kitchen drawers, sheds and
// pockets, handguns and cut-down long guns, the phones people carry); the rest are hidden inside
// something innocent or made at home. Each is written from what the real thing measures and is made
// of, by someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest of
// the scene: roughly the millimetres of that material the beam crosses where the part lies flat (a
// round bar of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen
// edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn as);
// a material lighter or heavier than water counts its thickness times its density, cast iron and
// zinc alloy count as steel at 0.92 and 0.85, porcelain and pressed mineral powder as glass by their
// density over glass's 2.5 g/cm³.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set T's threat shapes; null for a shape that is not set T's.</summary>
        private PixelBox? DrawSetTThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.GrapefruitKnife => GrapefruitKnife(scale),
            ThreatShape.FrictionFolder => FrictionFolder(scale),
            ThreatShape.HoriHoriKnife => HoriHoriKnife(scale),
            ThreatShape.KnifeInVacuumFlask => KnifeInVacuumFlask(scale),
            ThreatShape.BroomHandleShiv => BroomHandleShiv(scale),
            ThreatShape.C96Pistol => C96Pistol(scale),
            ThreatShape.PistolGripPump => PistolGripPump(scale),
            ThreatShape.CutDownBoltAction => CutDownBoltAction(scale),
            ThreatShape.PistolInNappyPack => PistolInNappyPack(scale),
            ThreatShape.WalkingStickGun => WalkingStickGun(scale),
            ThreatShape.TinySmartphone => TinySmartphone(scale),
            ThreatShape.ModularPhone => ModularPhone(scale),
            ThreatShape.PhoneInWaterproofPouch => PhoneInWaterproofPouch(scale),
            ThreatShape.PhoneInHotWaterBottle => PhoneInHotWaterBottle(scale),
            ThreatShape.PhoneInCoffeeBrick => PhoneInCoffeeBrick(scale),
            ThreatShape.Rounds50Bmg => Rounds50Bmg(scale),
            ThreatShape.SimInEyeshadowPalette => SimInEyeshadowPalette(scale),
            ThreatShape.DispensingSyringeKit => DispensingSyringeKit(scale),
            ThreatShape.Cr123aCells => Cr123aCells(scale),
            ThreatShape.BlockPlane => BlockPlane(scale),
            ThreatShape.WineInSealedGlass => WineInSealedGlass(scale),
            ThreatShape.DriedMushrooms => DriedMushrooms(scale),
            ThreatShape.DrugsInCrispPacket => DrugsInCrispPacket(scale),
            _ => null,
        };

        /// <summary>Draws one of set T's clutter kinds; false for a kind that is not set T's.</summary>
        private bool DrawSetTClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.TrouserBraces:
                    TrouserBraces();
                    return true;
                case ClutterKind.EmbroideryHoop:
                    EmbroideryHoop();
                    return true;
                case ClutterKind.BoardGame:
                    BoardGame();
                    return true;
                case ClutterKind.ShuttlecockTube:
                    ShuttlecockTube();
                    return true;
                case ClutterKind.MusicTriangle:
                    MusicTriangle();
                    return true;
                case ClutterKind.MagneticDrawingBoard:
                    MagneticDrawingBoard();
                    return true;
                case ClutterKind.PorcelainFigurine:
                    PorcelainFigurine();
                    return true;
                case ClutterKind.ClutchBag:
                    ClutchBag();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>The points of a curve y = <paramref name="f"/>(x) from <paramref name="x0"/> to <paramref name="x1"/>, <paramref name="n"/> + 1 of them.</summary>
        private static (double X, double Y)[] TCurve(double x0, double x1, int n, Func<double, double> f) =>
            [.. Enumerable.Range(0, n + 1).Select(i => x0 + ((x1 - x0) * i / n)).Select(x => (x, f(x)))];

        /// <summary>
        /// The mean path through the wall of a small tube (a needle, a cannula) of outside diameter <paramref name="od"/> and inside
        /// diameter <paramref name="id"/> seen from the side: its cross-section's area over its width.
        /// </summary>
        private static double TMeanWall(double od, double id) => Math.PI / 4 * ((od * od) - (id * id)) / od;

        /// <summary>
        /// A 12-bore cartridge lying along x from its head at <paramref name="x"/>, centred on <paramref name="y"/>: a polyethylene hull
        /// 68 mm long (20.5 mm across, 0.6 mm wall), its 12 mm brass-plated steel head and rim, the primer, the base wad, powder and plastic
        /// wad, a column of lead shot of <paramref name="shotGrams"/> (the shot about 62 % of the column) and the folded crimp.
        /// </summary>
        private static void TShell(Turned part, double x, double y, double shotGrams)
        {
            const double d = 20.5;
            const double bore = 18.5;
            part.Tube(Organic, x, y - (d / 2), 68, d, 0.6 * 0.95);
            part.Tube(Steel, x, y - (d / 2) - 0.3, 12, d + 0.6, 0.35);
            part.Rect(Steel, 0.8 * 22.4 * 0.4 / 1.2, x, y - 11.2, 1.2, 22.4);
            part.Cylinder(Brass, x, y - 3, 6, 6);
            part.Rect(Organic, 0.8 * bore * 0.9, x + 1.5, y - (bore / 2) + 1, 10, bore - 2);
            part.Cylinder(Organic, x + 12, y - (bore / 2) + 1, 6, bore - 2, 0.9);
            part.Cylinder(Organic, x + 18, y - (bore / 2) + 1, 16, bore - 2, 0.5);
            var column = shotGrams / (11.34 * 0.62) / (Math.PI * bore * bore / 400) * 10;
            part.Cylinder(Lead, x + 34, y - (bore / 2) + 0.6, column, bore - 1.2, 0.62);
            part.Rect(Organic, 0.8 * bore * 0.6 * 0.95 * 3 / 4, x + 64, y - (bore / 2), 4, bore);
        }

        /// <summary>
        /// A small-frame five-shot .38 revolver with a 51 mm barrel (the J-frame class) lying on its side in its pen's frame at
        /// (<paramref name="ox"/>, <paramref name="oy"/>) turned by <paramref name="oa"/>, muzzle toward +x: a steel or aluminium-alloy
        /// frame (two 4 mm walls round the cylinder window and at the recoil shield, the grip frame's stub), the 37 mm cylinder (35 mm
        /// across, five 9.6 mm chambers, so about 55 % steel), up to five .38 Special rounds in it, the barrel (15 mm over a 9 mm bore)
        /// and its ejector-rod shroud, the hammer, trigger and guard, and a rubber grip 30 mm thick (about 1.15 g/cm³). Its parts lie
        /// within −78…65 along its x and −31…95 along its y.
        /// </summary>
        private static void TSnubRevolver(Pen pen, double ox, double oy, double oa, bool alloy, int rounds, double phase)
        {
            var g = new Turned(pen, ox, oy, oa);
            var frame = alloy ? Aluminium : Steel;
            g.Tube(Steel, 12, -16, 51, 15, 3);
            g.Rect(Steel, 8, 12, -1, 42, 7);
            g.Rect(Steel, 4, 57, -21, 5, 5);
            g.Rect(frame, 2 * 4, -45, -20, 57, 8);
            g.Rect(frame, 2 * 4, -45, 18, 57, 10);
            g.Rect(frame, 2 * 4, -45, -12, 12, 30);
            g.Rect(frame, 2 * 4, 4, -12, 8, 30);
            g.Cylinder(Steel, -33, -17.5, 37, 35, 0.55);
            for (var k = 0; k < Math.Min(rounds, 5); k++)
            {
                var y = 12.5 * Math.Sin(phase + (2 * Math.PI * k / 5));
                BrassRound(SWithin(pen, ox, oy, oa, -33 + 19.7, y, 0), 29.3, 9.6, 11.2, 10.1, 9.07, false);
            }

            g.Poly(Steel, 7, (-45, -18), (-40, -26), (-54, -30), (-58, -24), (-50, -14));
            g.Poly(Steel, 6, (-14, 24), (-9, 24), (-13, 40), (-17, 39));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (-10 + (16 * Math.Cos(a)), 28 + (14 * Math.Sin(a)))).ToArray();
            g.Line(frame, 6, 4, false, guard);
            (double X, double Y)[] grip = [(-50, 16), (-24, 22), (-46, 88), (-58, 94), (-76, 90), (-72, 40)];
            g.Poly(frame, 2 * 3, Shrunk(grip, -52, 50, 0.5, 0.6));
            RoundSection(g, Organic, grip, -52, 55, 30, 1.15);
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A grapefruit knife, in kitchen drawers everywhere: a 90–105 mm stainless blade 14–17 mm across as it lies (1.0–1.3 mm thick,
        /// curved across its width so the beam crosses more steel along its raised edges), bent a little along its length and finely
        /// serrated on both edges to a round tip; a short stamped tang in a moulded polypropylene handle (100–115 × 19–22 mm, 14 mm
        /// thick), or a full tang between two beech scales held by two brass rivets.
        /// </summary>
        private PixelBox GrapefruitKnife(double scale)
        {
            var bl = U(90, 105);
            var bw = U(14, 17);
            var t = U(1.0, 1.3);
            var hl = U(100, 115);
            var hw = U(19, 22);
            var bend = U(3, 7);
            var wood = Chance(0.35);
            var pen = Lay(-hl - 2, (-Math.Max(hw, bw) / 2) - 2, bl + 2, (Math.Max(hw, bw) / 2) + bend + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            double Mid(double x) => bend * (x / bl) * (x / bl);
            var top = TCurve(0, bl * 0.82, 8, x => Mid(x) - (bw / 2));
            var bottom = TCurve(0, bl * 0.82, 8, x => Mid(x) + (bw / 2));
            var tip = Enumerable.Range(1, 7).Select(i => Math.PI * ((i / 8.0) - 0.5))
                .Select(a => ((bl * 0.82) + (bl * 0.18 * Math.Cos(a)), Mid(bl * 0.82) + (bw / 2 * Math.Sin(a))));
            (double X, double Y)[] blade = [.. top, .. tip, .. Enumerable.Reverse(bottom)];
            k.Poly(Steel, t, blade);
            k.Line(Steel, t * 1.5, 2, false, top);
            k.Line(Steel, t * 1.5, 2, false, bottom);
            foreach (var side in new[] { -1.0, 1.0 })
            {
                k.Line(Steel, t * 0.6, 0.8, false, [.. Zigzag(bl * 0.1, bl * 0.8, side * bw / 2, 1.4, -side * 0.9).Select(q => (q.X, q.Y + Mid(q.X)))]);
            }

            (double X, double Y)[] handle =
            [
                (0, -hw * 0.35), (-hl * 0.3, -hw / 2), (-hl + 8, -hw / 2), (-hl, -hw * 0.3), (-hl, hw * 0.3), (-hl + 8, hw / 2), (-hl * 0.3, hw / 2),
                (0, hw * 0.35),
            ];
            if (wood)
            {
                k.Poly(Steel, t + 0.3, Shrunk(handle, -hl / 2, 0, 0.98, 0.6));
                RoundSection(k, Organic, handle, -hl / 2, 0, 14, 0.7);
                k.Ellipse(Brass, 12, -hl * 0.3, 0, 2, 2);
                k.Ellipse(Brass, 12, -hl * 0.7, 0, 2, 2);
            }
            else
            {
                k.Rect(Steel, t + 0.3, -40, -3.5, 41, 7);
                RoundSection(k, Organic, handle, -hl / 2, 0, 14, 0.9);
            }

            return pen.Box;
        }

        /// <summary>
        /// A friction folder of the Higonokami pattern (sold as a classic in knife shops and online): a handle of 1–1.2 mm brass sheet
        /// folded into a channel (80–120 mm long, 16–23 mm deep), a laminated carbon-steel blade 3 mm at its spine thinning to its edge,
        /// 60–90 mm long, held only by the friction of a 4 mm steel pivot pin and its washers, and the lever tab (chikiri) that lies along
        /// the handle's back when it is open and stands out of its front when it is shut.
        /// </summary>
        private PixelBox FrictionFolder(double scale)
        {
            var f = U(0.8, 1.2);
            var hl = 100 * f;
            var hw = 19 * f;
            var bl = 75 * f;
            var bw = 17 * f;
            var tab = 22 * f;
            var sheet = U(1.0, 1.2);
            var open = Chance(0.45);
            var pen = Lay(-hl + 2, (-hw / 2) - 5, open ? bl + 3 : tab + 10, (hw / 2) + 5, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Brass, 2 * sheet, -hl + 6, -hw / 2, hl, hw, 4);
            k.Line(Brass, 3 * sheet, 1.5, false, (4, (-hw / 2) + 0.7), (-hl + 8, (-hw / 2) + 0.7));
            k.Ellipse(Brass, 2 * 0.5, 0, 0, 4, 4);
            k.Ellipse(Steel, 0.8 * 6, 0, 0, 2, 2);
            k.Ellipse(Steel, 2 * 0.8, 0, 0, 3, 3);
            var b = new Turned(pen, 0, 0, open ? 0 : Math.PI + U(-0.03, 0.03));
            (double X, double Y)[] blade =
            [
                (-5, -bw / 2), (bl * 0.7, -bw / 2), (bl, (-bw / 2) + 2), (bl * 0.85, bw * 0.15), (bl * 0.4, bw / 2), (0, bw / 2), (-5, bw * 0.2),
            ];
            b.Poly(Steel, 3 * 0.5, blade);
            b.Poly(Steel, 3 * 0.5, Shrunk(blade, bl / 2, -bw / 2, 1, 0.5));
            b.Ellipse(Steel, 3, 0, 0, 6, 6);
            b.Poly(Steel, 3, (-3, (-bw / 2) + 4), (-3, (-bw / 2) - 1), (-tab, (-hw / 2) - 3), (-tab, (-hw / 2) + 2));
            return pen.Box;
        }

        /// <summary>
        /// A hori-hori, the Japanese gardener's digging knife sold in garden centres: a 170–180 mm stainless blade 38–45 mm wide and
        /// 2–2.5 mm thick, dished across its width (the beam crosses more steel along its raised edges), one edge serrated and the other
        /// straight, tapering to a point; a steel ferrule at its root; a full tang between two beech or ash scales (120–130 × 32 mm,
        /// 24 mm thick, about 0.7 g/cm³) held by two or three brass tube rivets; in its sheath on most: nylon (two 1.5 mm layers at
        /// about 1.15 g/cm³ over a 1 mm polypropylene liner) or leather (two 3 mm layers at about 0.9), a press stud over the handle.
        /// </summary>
        private PixelBox HoriHoriKnife(double scale)
        {
            var bl = U(170, 180);
            var bw = U(38, 45);
            var t = U(2, 2.5);
            var hl = U(120, 130);
            const double hw = 32;
            var sheath = random.Next(5) switch
            {
                0 => 0,
                1 or 2 => 1,
                _ => 2,
            };
            var m = sheath > 0 ? 8 : 2;
            var pen = Lay(-hl - 2, (-bw / 2) - m, bl + m, (bw / 2) + m, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade =
            [
                (0, -bw / 2), (bl * 0.55, -bw * 0.47), (bl * 0.85, -bw * 0.25), (bl, 0), (bl * 0.85, bw * 0.25), (bl * 0.55, bw * 0.47), (0, bw / 2),
            ];
            k.Poly(Steel, t, blade);
            k.Line(Steel, t * 1.2, 3, false, blade[0], blade[1], blade[2], blade[3]);
            k.Line(Steel, t * 1.2, 3, false, blade[3], blade[4], blade[5], blade[6]);
            k.Line(Steel, t * 0.8, 1.2, false, Zigzag(bl * 0.05, bl * 0.55, -bw * 0.48, 5, 2.5));
            k.Rect(Steel, 2 * 0.8, -16, -hw / 2, 16, hw);
            k.Line(Steel, 24 * 0.8 / 1.2, 1.2, true, SCorners(-16, -hw / 2, 16, hw));
            k.Rect(Steel, t, -hl + 4, -10, hl - 4, 20);
            RoundSection(k, Organic, RoundedOutline(-hl, -hw / 2, hl - 16, hw, 8), -hl / 2, 0, 24, 0.7);
            var rivets = random.Next(2, 4);
            for (var i = 0; i < rivets; i++)
            {
                k.Ellipse(Brass, 24 * 0.35, -hl + 20 + (i * (hl - 50) / Math.Max(1, rivets - 1)), 0, 2.5, 2.5);
            }

            if (sheath > 0)
            {
                (double X, double Y)[] sleeve = [(-8, (-bw / 2) - 6), (bl * 0.6, (-bw / 2) - 6), (bl + 6, 0), (bl * 0.6, (bw / 2) + 6), (-8, (bw / 2) + 6)];
                var nylon = sheath == 1;
                k.Poly(Organic, nylon ? (2 * 1.5 * 1.15) + (2 * 1.0 * 0.9) : 2 * 3 * 0.9, sleeve);
                k.Line(Organic, nylon ? 8 * 1.15 : 10 * 0.9, 2.5, true, sleeve);
                k.Rect(Organic, 2 * (nylon ? 1.5 * 1.15 : 3 * 0.9), -60, -18, 70, 36);
                k.Ellipse(Steel, 2.5, -40, (-bw / 2) - 3, 5, 5);
                if (!nylon)
                {
                    k.Line(Organic, 1.2, 1, false, TCurve(0, bl * 0.6, 6, _ => (bw / 2) + 3));
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife hidden in a stainless vacuum flask lying on its side: two 0.4–0.5 mm steel walls, the outer 70–80 mm across
        /// and 230–260 mm long, the inner 6–7 mm smaller and joined to it at the neck, their domed bases (seen edge-on, the beam runs along
        /// them), a hollow polypropylene stopper with its silicone seal and the cup screwed over it (polypropylene, or 0.4 mm steel);
        /// inside, a knife with a 100–115 mm blade (22–28 mm deep, 1.8–2.2 mm stainless) and a moulded handle (90–100 mm, 18–20 mm
        /// thick), rolled in a tea towel that fills the bore (cotton, about 0.3 g/cm³ as rolled).
        /// </summary>
        private PixelBox KnifeInVacuumFlask(double scale)
        {
            var d = U(70, 80);
            var l = U(230, 260);
            var wall = U(0.4, 0.5);
            var steelCup = Chance(0.4);
            var pen = Lay((-l / 2) - 2, (-d / 2) - 3, (l / 2) + 32, (d / 2) + 3, scale);
            var f = new Turned(pen, 0, 0, 0);
            var di = d - U(6, 7);
            f.Tube(Steel, -l / 2, -d / 2, l, d, wall);
            f.Tube(Steel, (-l / 2) + 6, -di / 2, l - 22, di, wall);
            f.Cylinder(Steel, -l / 2, -d / 2, 8, d, 2 * wall / 8);
            f.Cylinder(Steel, (l / 2) - 14, -d / 2, 12, d, 2 * wall / 12);
            f.Tube(Organic, (l / 2) - 14, -20, 32, 40, 2 * 0.9);
            f.Rect(Organic, 0.8 * 40 * 1.2 * 2 / 3, (l / 2) - 12, -20, 3, 40);
            var cupWall = steelCup ? 0.4 : 2 * 0.9;
            f.Tube(steelCup ? Steel : Organic, (l / 2) - 20, (-d / 2) - 1.5, 50, d + 3, cupWall);
            f.Cylinder(steelCup ? Steel : Organic, (l / 2) + 26, (-d / 2) - 1.5, 4, d + 3, cupWall / 4);
            var hl = U(90, 100);
            var bl = Math.Min(U(100, 115), l - 28 - hl);
            var bw = U(22, 28);
            var t = U(1.8, 2.2);
            f.Cylinder(Organic, (-l / 2) + 8, (-di / 2) + 1, l - 30, di - 2, 0.3);
            var ka = U(-0.05, 0.05) + (Chance(0.5) ? 0 : Math.PI);
            var (kx, ky) = Moved(0, 0, ka, (bl - hl) / 2, 0);
            var k = new Turned(pen, -7 + U(-3, 3) - kx, U(-6, 6) - ky, ka);
            pen.Item(() =>
            {
                (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.75, -bw / 2), (bl, -bw * 0.35), (bl * 0.85, bw * 0.05), (bl * 0.45, bw / 2), (0, bw / 2)];
                k.Poly(Steel, t * 0.6, blade);
                k.Poly(Steel, t * 0.4, Shrunk(blade, bl / 2, -bw / 2, 1, 0.5));
                k.Rect(Steel, t, -hl * 0.5, -4, hl * 0.5, 8);
                (double X, double Y)[] handle = [(0, -9), (-hl * 0.6, -10), (-hl, -8), (-hl - 1, 0), (-hl, 8), (-hl * 0.6, 10), (0, 9)];
                RoundSection(k, Organic, handle, -hl / 2, 0, 19, 1.0);
            });
            return pen.Box;
        }

        /// <summary>
        /// A stake whittled from a broom or mop handle: a 22–28 mm hardwood or pine dowel (about 0.65–0.72 or 0.5–0.58 g/cm³) cut to
        /// 180–240 mm and carved to a point over its last 60–90 mm; its back end wound with strips of bedsheet (cotton, about 0.5 g/cm³
        /// as wound, 4–6 mm over the wood) and bound with PVC tape for a grip; on some the broom head's steel wood screw (5 × 40 mm)
        /// still in its end, or a mop handle's 0.4 mm steel threaded ferrule. No other metal.
        /// </summary>
        private PixelBox BroomHandleShiv(double scale)
        {
            var d = U(22, 28);
            var l = U(180, 240);
            var pl = U(60, 90);
            var rho = Chance(0.5) ? U(0.65, 0.72) : U(0.5, 0.58);
            var gl = U(80, 110);
            var wrap = U(4, 6);
            var end = random.Next(3);
            var gd = d + (2 * wrap);
            var pen = Lay((-l / 2) - (end == 1 ? 14 : 3), (-gd / 2) - 2, (l / 2) + 2, (gd / 2) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            var x0 = -l / 2;
            var xp = (l / 2) - pl;
            s.Cylinder(Organic, x0, -d / 2, xp - x0, d, rho);
            const int steps = 6;
            for (var i = 0; i < steps; i++)
            {
                var dd = d * (1 - ((i + 0.5) / steps));
                s.Cylinder(Organic, xp + (i * pl / steps), -dd / 2, pl / steps, dd, rho);
            }

            s.Poly(Organic, 1.5 * rho, (xp, -d / 2), (l / 2, 0), (xp, d / 2));
            s.Tube(Organic, x0, -gd / 2, gl, gd, wrap * 0.5);
            foreach (var x in new[] { x0 + 2, x0 + gl - 20 })
            {
                s.Rect(Organic, 2 * 4 * 0.13 * 1.4, x, -gd / 2, 18, gd);
            }

            if (end == 1)
            {
                s.Cylinder(Steel, x0 - 12, -2.5, 40, 5);
                s.Rect(Steel, 0.8 * 9 * 0.5, x0 - 12, -4.5, 3, 9);
            }
            else if (end == 2)
            {
                s.Tube(Steel, x0 - 2, (-d / 2) - 0.5, 30, d + 1, 0.4);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A Mauser C96 "broomhandle" pistol (a war souvenir, still turned in at amnesties): all steel but its grip; a milled receiver
        /// 120 mm long and 30 mm tall (two 4 mm side walls round a square 14 mm bolt), a ring hammer, the tangent rear sight; a 140 mm
        /// barrel (99 mm on the short "Bolo" model; 14 mm across over a 7.63 mm bore); the fixed ten-round magazine in front of the
        /// trigger guard (1.6 mm side walls, its front and back seen edge-on across the gun's 26 mm width, a floor plate) holding up to
        /// ten 7.63 × 25 mm Mauser rounds staggered; the round walnut grip (about 0.7 g/cm³, 30 mm thick) on its steel frame, a lanyard
        /// ring under it.
        /// </summary>
        private PixelBox C96Pistol(double scale)
        {
            var bl = Chance(0.3) ? 99.0 : 140.0;
            const double rake = 10;
            var rk = Math.Tan(rake * Math.PI / 180);
            var pen = Lay(-100, -38, 47 + bl, 116, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Rect(Steel, 2 * 4, -75, -30, 120, 30);
            g.Rect(Steel, 14 * 0.9, -72, -26, 62, 15);
            g.Rect(Steel, 2 * 4, -75, 0, 75, 6);
            g.Ring(Steel, 7, 3, -84, -24, 7, 7);
            g.Rect(Steel, 7, -80, -20, 10, 18);
            g.Tube(Steel, 45, -24, bl, 14, 3.2);
            g.Rect(Steel, 4, 45 + bl - 8, -29, 5, 5);
            g.Rect(Steel, 6, 18, -37, 30, 7);
            g.Rect(Steel, 2 * 1.6, 2, 0, 40, 48);
            g.Line(Steel, 26, 1.6, true, SCorners(2, 0, 40, 48));
            g.Rect(Steel, 4, 0, 46, 44, 4);
            var rounds = random.Next(0, 11);
            for (var i = 0; i < rounds; i++)
            {
                BrassRound(new Turned(pen, 22 + (i % 2 == 0 ? -0.6 : 0.6), 6 + (i * 4.2), 0), 25.1, 9.7, 9.9, 9.4, 7.85, true);
            }

            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (-19 + (19 * Math.Cos(a)), 4 + (20 * Math.Sin(a)))).ToArray();
            g.Line(Steel, 5 * 0.8, 4, false, guard);
            g.Poly(Steel, 5, (-14, 2), (-9, 2), (-12, 16), (-16, 15));
            (double X, double Y)[] grip =
            [
                (-75, 0), (-45, 0), (-45 - (60 * rk), 60), (-44 - (100 * rk), 100), (-52 - (108 * rk), 108), (-68 - (108 * rk), 108),
                (-78 - (100 * rk), 100), (-77 - (60 * rk), 60),
            ];
            g.Poly(Steel, 8 * 0.9, Shrunk(grip, -60 - (54 * rk), 54, 0.6, 0.95));
            RoundSection(g, Organic, grip, -60 - (54 * rk), 54, 22, 0.7);
            g.Ring(Steel, 2 * 0.8, 2, -60 - (110 * rk), 110, 4, 4);
            return pen.Box;
        }

        /// <summary>
        /// A pump-action 12-bore with a pistol grip in place of its stock and its barrel cut down (Mossberg 500 or Remington 870
        /// pattern, 455–505 mm overall): a receiver 195 mm long and 48 mm tall of aluminium alloy (two 4.5 mm walls) or steel (two 3.5
        /// mm walls), its top seen edge-on, the steel bolt, the trigger group in its polymer housing, the safety; the barrel (21 mm
        /// across, 1.3 mm wall, thicker over its 76 mm chamber) cut to 220–270 mm ahead of the receiver, a bead at its muzzle; the
        /// 22 mm steel magazine tube under it cut to match, with its spring and up to two cartridges; the polymer pump (2.5 mm walls,
        /// 45 mm wide, its sides seen where the beam grazes them) on its two steel action bars, forward or racked back; the hollow polymer
        /// pistol grip (3 mm walls, about 1.3 g/cm³) on its
        /// steel bolt; a cartridge in the chamber on some.
        /// </summary>
        private PixelBox PistolGripPump(double scale)
        {
            var bt = U(280, 330);
            var alloy = Chance(0.6);
            var racked = Chance(0.3);
            var pen = Lay(-232, -42, bt - 56, 120, scale);
            var g = new Turned(pen, 0, 0, 0);
            var rec = alloy ? Aluminium : Steel;
            var rw = alloy ? 4.5 : 3.5;
            g.Rect(rec, 2 * rw, -195, -32, 195, 48);
            g.Line(rec, 30, 4, false, (-195, -30), (0, -30));
            g.Rect(Steel, 18 * 0.85, racked ? -190 : -120, -25, 75, 18);
            g.Rect(Organic, 2 * 3 * 1.3, -150, 14, 80, 16);
            g.Poly(Steel, 6, (-118, 16), (-100, 12), (-98, 20), (-114, 26));
            g.Poly(Steel, 6, (-96, 28), (-90, 28), (-93, 46), (-98, 45));
            g.Rect(Steel, 4, -140, 16, 20, 4);
            g.Rect(Aluminium, 6, -185, -38, 20, 6);
            g.Tube(Steel, -60, -26.5, bt, 21, 1.3);
            g.Tube(Steel, -60, -27.5, 76, 23, 2.3);
            g.Ellipse(Brass, 3, bt - 63, -29, 2, 2);
            g.Rect(Steel, 14, 2, -6, 26, 6);
            var magL = Math.Min(bt - 90, U(170, 215));
            g.Tube(Steel, 0, -3, magL, 22, 0.8);
            g.Rect(Steel, 2 * 2, magL, -4, 12, 24);
            var shells = random.Next(0, Math.Min(3, (int)((magL - 20) / 70)) + 1);
            for (var i = 0; i < shells; i++)
            {
                TShell(g, 4 + (i * 70), 8, U(28, 32));
            }

            g.Line(Steel, 1.2 * 0.8 * 2, 1.2, false, Zigzag(4 + (shells * 70), magL - 2, 2, 6, 12));
            if (!racked && Chance(0.4))
            {
                TShell(g, -62, -16, U(28, 32));
            }

            var fx = racked ? -40.0 : 30.0;
            (double X, double Y)[] pump = RoundedOutline(fx, -8, 160, 34, 6);
            g.Poly(Organic, 2 * 2.5 * 1.2, pump);
            g.Line(Organic, 2 * Math.Sqrt(2 * 22 * 2.5) * 1.2, 2.5, true, pump);
            g.Rect(Steel, 2 * 3, fx - 120, 0, 130, 6);
            var rk = Math.Tan(18 * Math.PI / 180);
            (double X, double Y)[] grip =
            [
                (-195, 16), (-158, 16), (-158 - (90 * rk), 104), (-168 - (100 * rk), 114), (-190 - (100 * rk), 114), (-198 - (90 * rk), 104),
            ];
            g.Poly(Organic, 2 * 3 * 1.3, grip);
            g.Line(Organic, 2 * Math.Sqrt(2 * 15 * 3) * 1.3, 3, true, grip);
            g.Line(Steel, 8 * 0.8, 8, false, (-176, 10), (-176 - (85 * rk), 95));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (-100 + (18 * Math.Cos(a)), 28 + (16 * Math.Sin(a)))).ToArray();
            g.Line(Organic, 10 * 1.3, 5, false, guard);
            return pen.Box;
        }

        /// <summary>
        /// A .22 rimfire bolt-action rifle (CZ 452 / Savage Mark II class) with its barrel sawn to 150–250 mm and its stock cut off
        /// behind the pistol grip: a 26 mm steel tube receiver (3.5 mm wall) 175 mm long round a 16 mm bolt, the bolt handle turned
        /// down; the barrel (19–22 mm across over a 5.6 mm bore, so mostly steel) with no sight left on it; the trigger and its
        /// housing, a stamped steel trigger guard (a 10 mm strip, seen edge-on); a five- or ten-round steel box magazine (0.7 mm) of
        /// .22 Long Rifle rounds; the beech or walnut stock (about 0.65–0.7 g/cm³, 40 mm thick) from the forend to the saw cut, two steel
        /// action screws through it; a telescopic sight (a 25.4 mm aluminium tube with its lenses and rings) on some.
        /// </summary>
        private PixelBox CutDownBoltAction(double scale)
        {
            var bl = U(150, 250);
            var od = U(19, 22);
            var scope = Chance(0.3);
            var tenRound = Chance(0.3);
            var rho = Chance(0.6) ? 0.7 : 0.65;
            var pen = Lay(-220, scope ? -62 : -16, bl + 2, 102, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Cylinder(Steel, 0, -od / 2, bl, od, 0.85);
            g.Tube(Steel, -175, -13, 175, 26, 3.5);
            g.Cylinder(Steel, -172, -8, 115, 16, 0.85);
            g.Line(Steel, 8 * 0.8 * 1.3, 8, false, (-158, 6), (-170, 34));
            g.Ellipse(Steel, 16 * 0.65, -171, 38, 8, 8);
            g.Rect(Steel, 2 * 2, -140, 13, 40, 12);
            g.Poly(Steel, 5, (-122, 22), (-117, 22), (-120, 38), (-124, 37));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (-120 + (24 * Math.Cos(a)), 18 + (22 * Math.Sin(a)))).ToArray();
            g.Line(Steel, 10, 1.5, false, guard);
            var mh = tenRound ? 72.0 : 42.0;
            g.Rect(Steel, 2 * 0.7, -95, 10, 35, mh);
            g.Line(Steel, 12 * 0.7 / 1.2, 1.2, true, SCorners(-95, 10, 35, mh));
            g.Rect(Organic, 8 * 1.2, -97, 10 + mh, 39, 5);
            var rounds = random.Next(0, tenRound ? 11 : 6);
            for (var i = 0; i < rounds; i++)
            {
                BrassRound(new Turned(pen, -77.5, 16 + (i * 6.2), 0), 15.6, 5.7, 7.0, 9.8, 5.7, false);
            }

            var fe = Math.Min(bl - 20, U(60, 110));
            (double X, double Y)[] stock =
            [
                (fe, -4), (fe, 18), (-60, 24), (-100, 26), (-148, 28), (-170, 95), (-205, 98), (-215, 30), (-215, -12), (-178, -6),
            ];
            g.Poly(Organic, 40 * rho * 0.7, stock);
            g.Poly(Organic, 40 * rho * 0.3, Shrunk(stock, -80, 20, 0.92, 0.75));
            g.Rect(Steel, 6 * 0.8, -170, 8, 6, 18);
            g.Rect(Steel, 6 * 0.8, -55, 8, 6, 18);
            if (scope)
            {
                g.Tube(Aluminium, -185, -48, 290, 25.4, 1.5);
                g.Tube(Aluminium, 60, -55, 45, 40, 1.5);
                g.Rect(Glass, 0.8 * 32, 98, -51, 6, 32);
                g.Rect(Glass, 22 * 0.8, -182, -46, 5, 21);
                g.Cylinder(Aluminium, -70, -60, 30, 14);
                foreach (var x in new[] { -150.0, -40.0 })
                {
                    g.Rect(Aluminium, 2 * 12, x, -50, 14, 38);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A handgun hidden in a pack of disposable nappies: a 0.05 mm polyethylene bag 300–360 × 212–240 mm and 105–125 mm deep lying
        /// on its face, its carry handle at one end, two rows of nappies standing on edge in it (each folded in two and pressed to 8–10
        /// mm: fluff pulp, absorbent gel and nonwoven at about 0.2 g/cm³ as packed, their gel cores denser); from the middle of the pack
        /// the nappies of both rows taken out over 110–160 mm and, wrapped in one opened nappy with two more laid over it, a compact
        /// striker-fired pistol (loaded or not) or a small-frame revolver lying flat in their place.
        /// </summary>
        private PixelBox PistolInNappyPack(double scale)
        {
            var l = U(300, 360);
            var w = U(212, 240);
            var h = U(105, 125);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var revolver = Chance(0.45);
            double ex0, ex1, ey0, ey1;
            var slideL = U(155, 170);
            var gripL = U(60, 72);
            var rk = Math.Tan(20 * Math.PI / 180);
            if (revolver)
            {
                (ex0, ex1, ey0, ey1) = (-78, 65, -31, 95);
            }
            else
            {
                (ex0, ex1, ey0, ey1) = ((-slideL / 2) - (gripL * rk) - 6, (slideL / 2) + 1, -32, gripL + 2);
            }

            var gap = ey1 - ey0 + U(15, 30);
            var gx = U((-l / 2) + (gap / 2) + 20, (l / 2) - (gap / 2) - 20);
            var pitch = U(8, 10);
            for (var x = (-l / 2) + 2; x + pitch <= (l / 2) - 2; x += pitch)
            {
                if (x + pitch > gx - (gap / 2) && x < gx + (gap / 2))
                {
                    continue;
                }

                foreach (var (y0, y1) in new[] { ((-w / 2) + 2, -1.0), (1.0, (w / 2) - 2) })
                {
                    b.Rect(Organic, h * 0.2, x, y0, pitch - 0.6, y1 - y0);
                    b.Rect(Organic, h * 0.1, x, y0 + ((y1 - y0) * 0.2), pitch - 0.6, (y1 - y0) * 0.6);
                }
            }

            b.Rect(Organic, 2 * 0.05 * 0.92, -l / 2, -w / 2, l, w);
            b.Line(Organic, h * 0.05 * 0.92, 1.0, true, SCorners((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1));
            b.Rect(Organic, 6 * 0.05 * 0.92, (l / 2) - 30, -w * 0.3, 30, w * 0.6);
            var gl = ex1 - ex0;
            var wh = Math.Min(gl + 16, w - 6);
            RoundedRect(b, Organic, (2 * 6 * 0.15) + (2 * 9 * 0.2), gx - (gap / 2) + 3, -wh / 2, gap - 6, wh, 10);
            var oa = (Chance(0.5) ? Math.PI / 2 : -Math.PI / 2) + U(-0.06, 0.06);
            var (mx, my) = Moved(0, 0, oa, (ex0 + ex1) / 2, (ey0 + ey1) / 2);
            var (ox, oy) = (gx - mx, -my);
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
        /// A single-shot .22 built into a folding walking stick, folded: four or five aluminium-alloy sections (19–22 mm, 1.2 mm walls,
        /// 230–250 mm) lying side by side on their shock cord (4 mm elastic), the swaged spigot of each joint (a second wall 40 mm
        /// long), a polypropylene derby handle (116 × 32 mm, 30 mm thick, about 0.9 g/cm³) on a steel stud, a rubber ferrule (about 1.2
        /// g/cm³) on the last section's end; in one section a 12.7 mm steel barrel tube (3.5 mm wall) 120 mm long, a solid steel breech
        /// plug behind it with a 3 mm firing pin through it, the 8 mm striker, its spring and a cross pin through a slot as the
        /// trigger; a .22 Long Rifle round chambered on most.
        /// </summary>
        private PixelBox WalkingStickGun(double scale)
        {
            var n = random.Next(4, 6);
            var sl = U(230, 250);
            var d = U(19, 22);
            var pitch = d + 1.5;
            var half = ((n - 1) * pitch / 2) + (d / 2);
            var pen = Lay((-sl / 2) - 75, -Math.Max(62, half + 3), (sl / 2) + 33, Math.Max(62, half + 3), scale);
            var k = new Turned(pen, 0, 0, 0);
            var bi = random.Next(1, n);
            var starts = new double[n];
            for (var i = 0; i < n; i++)
            {
                var y = (i * pitch) - ((n - 1) * pitch / 2);
                var x0 = (-sl / 2) + (i % 2 == 0 ? 0 : U(3, 10));
                starts[i] = x0;
                k.Tube(Aluminium, x0, y - (d / 2), sl, d, 1.2);
                k.Line(Organic, 4 * 1.1 * 0.8, 4, false, (x0 + 2, y), (x0 + sl - 2, y));
                if (i < n - 1)
                {
                    var right = i % 2 == 0;
                    k.Tube(Aluminium, right ? x0 + sl - 40 : x0, y - (d / 2) + 1.2, 40, d - 2.4, 1.2);
                    var ex = right ? x0 + sl : x0;
                    k.Line(Organic, 4 * 1.1 * 0.8, 4, false, (ex, y), (ex + ((right ? 1 : -1) * 10), y + (pitch / 2)), (ex, y + pitch));
                }
            }

            var yTop = -(n - 1) * pitch / 2;
            k.Cylinder(Steel, (-sl / 2) - 10, yTop - 4, 45, 8);
            k.Line(Organic, 20 * 0.9, 16, false, ((-sl / 2) - 4, yTop), ((-sl / 2) - 30, yTop * 0.5));
            var hdl = new Turned(pen, (-sl / 2) - 42, 0, Math.PI / 2);
            RoundSection(hdl, Organic, RoundedOutline(-58, -16, 116, 32, 14), 0, 0, 30, 0.9);
            var lastRight = (n - 2) % 2 != 0;
            var yLast = yTop + ((n - 1) * pitch);
            var fx = lastRight ? starts[n - 1] + sl - 5 : starts[n - 1] - 30;
            k.Cylinder(Organic, fx, yLast - 13, 35, 26, 1.2);
            k.Rect(Steel, 0.8 * 24, lastRight ? starts[n - 1] + sl + 4 : starts[n - 1] - 5, yLast - 12, 1.0, 24);
            var by = yTop + (bi * pitch);
            var xb0 = starts[bi] + 20;
            var xb1 = xb0 + 120;
            pen.Item(() =>
            {
                k.Tube(Steel, xb0, by - 6.35, 120, 12.7, 3.5);
                k.Cylinder(Steel, xb1, by - ((d - 2.6) / 2), 16, d - 2.6);
                if (Chance(0.75))
                {
                    BrassRound(new Turned(pen, xb1 - 12.7, by, Math.PI), 15.6, 5.7, 7.0, 9.8, 5.7, false);
                }

                k.Cylinder(Steel, xb1 + 2, by - 1.5, 30, 3);
                k.Cylinder(Steel, xb1 + 16, by - 4, 30, 8);
                k.Line(Steel, 1.0 * 0.8 * 2, 1, false, Zigzag(xb1 + 46, xb1 + 76, by - 5, 3, 10));
                k.Ellipse(Steel, 16, xb1 + 30, by, 2.5, 2.5);
            });
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A 3-inch Android phone, the smallest smartphones sold (the Jelly class): 92–96 × 45–50 × 16–18 mm; a 0.55 mm glass front over
        /// a 3-inch display and its copper foil, a polycarbonate shell (1.5 mm walls, about 1.2 g/cm³, its rim seen edge-on) round a
        /// 0.3 mm steel mid-plate, a 2000 mAh pouch cell (48–52 × 36 mm, 6–7 mm thick), the board with its shield cans and dense parts
        /// across the top, one or two cameras, the speaker magnet, the USB-C socket, the steel SIM tray, a lanyard loop; in a TPU case on
        /// some.
        /// </summary>
        private PixelBox TinySmartphone(double scale)
        {
            var l = U(92, 96);
            var w = U(45, 50);
            var depth = U(16, 18);
            var cased = Chance(0.35);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 7, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            const double r = 7;
            RoundedRect(p, Organic, 2 * 1.5 * 1.2, -l / 2, -w / 2, l, w, r);
            p.Line(Organic, depth * 1.2 * 0.7, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, r - 0.75));
            p.Rect(Glass, 0.55, (-l / 2) + 5, (-w / 2) + 3, l - 12, w - 6);
            p.Rect(Organic, 0.6 * 1.2, (-l / 2) + 6, (-w / 2) + 4, l - 14, w - 8);
            p.Rect(Brass, 0.03, (-l / 2) + 6, (-w / 2) + 4, l - 14, w - 8);
            p.Rect(Steel, 0.3, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            var cl = U(48, 52);
            var cw = Math.Min(36, w - 10);
            var cx = (l / 2) - 9 - cl;
            SPouchCell(p, cx, -cw / 2, cl, cw, U(6, 7));
            var board = cx - 6 - ((-l / 2) + 2);
            p.Rect(Mixed, 0.6, (-l / 2) + 2, (-w / 2) + 3, board, w - 6);
            p.Rect(Brass, 0.08, (-l / 2) + 2, (-w / 2) + 3, board, w - 6);
            var sw = Math.Min(12, board - 2);
            var sx = (-l / 2) + 3 + U(0, Math.Max(0, board - 2 - sw));
            p.Rect(Steel, 0.15, sx, -4, sw, (w / 2) - 6);
            p.Line(Steel, 1.2 * 0.15 / 0.6, 0.6, true, SCorners(sx, -4, sw, (w / 2) - 6));
            for (var i = random.Next(5, 9); i > 0; i--)
            {
                p.Rect(Steel, U(0.3, 0.9), U((-l / 2) + 3, (-l / 2) + board - 2), U((-w / 2) + 4, (w / 2) - 7), U(1.5, 4), U(1.5, 3));
            }

            SCamera(p, (-l / 2) + 8, (-w / 2) + 9, 8, false);
            if (Chance(0.5))
            {
                SCamera(p, (-l / 2) + 8, (-w / 2) + 19, 6, false);
            }

            p.Rect(Steel, 2.0, (l / 2) - 7, (w / 2) - 15, 5, 10);
            p.Rect(Steel, 0.9, (l / 2) - 6.5, -4.5, 6, 9);
            p.Line(Steel, 2.6 * 0.2 / 0.5, 0.5, true, SCorners((l / 2) - 6.5, -4.5, 6, 9));
            p.Rect(Steel, 0.45, -8, (w / 2) - 15, 16, 12);
            p.Ring(Organic, 2 * 1.2, 1.5, (l / 2) + 3, (-w / 2) + 7, 2.5, 2.5);
            if (cased)
            {
                SPhoneCase(p, l, w, r, depth);
            }

            return pen.Box;
        }

        /// <summary>
        /// A modular, repairable smartphone (the Fairphone class): 160–162 × 75–76 × 9.6–10.5 mm; a 0.7 mm glass front, a removable
        /// 1.2 mm polycarbonate back (about 1.2 g/cm³), an aluminium mid-frame (its rim seen edge-on, a 0.6 mm plate); a 3900–4200 mAh
        /// cell in its own hard polycarbonate frame with brass contacts, that lifts out; the camera, USB-C and loudspeaker modules, each
        /// a small board held by two to four steel screws (1.4 mm, 2.5 mm heads), and twenty more screws round the display module; the
        /// SIM and memory-card contacts under the cell. On some its back is off and its cell out, lying beside it.
        /// </summary>
        private PixelBox ModularPhone(double scale)
        {
            var l = U(160, 162);
            var w = U(75, 76);
            var depth = U(9.6, 10.5);
            var apart = Chance(0.2);
            const double bl = 90;
            const double bw = 62;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, apart ? (w / 2) + 12 + bw : (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            const double r = 9;
            RoundedRect(p, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(p, Organic, 0.6 * 1.2, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1);
            RoundedRect(p, Brass, 0.03, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, r - 2);
            if (!apart)
            {
                RoundedRect(p, Organic, 1.2 * 1.2, -l / 2, -w / 2, l, w, r);
            }

            p.Line(Aluminium, depth * 0.5, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1));
            RoundedRect(p, Aluminium, 0.6, (-l / 2) + 2.5, (-w / 2) + 2.5, l - 5, w - 5, r - 2);
            var cell = apart ? new Turned(pen, U(-20, 20), (w / 2) + 10 + (bw / 2), U(-0.05, 0.05)) : new Turned(pen, 8, 0, 0);
            RoundedRect(cell, Organic, 2 * 1 * 1.2, -bl / 2, -bw / 2, bl, bw, 3);
            cell.Line(Organic, 6 * 1.2, 1.2, true, RoundedOutline((-bl / 2) + 0.6, (-bw / 2) + 0.6, bl - 1.2, bw - 1.2, 2.5));
            SPouchCell(cell, (-bl / 2) + 7, (-bw / 2) + 2, bl - 9, bw - 4, 5.2);
            cell.Rect(Brass, 0.3, (-bl / 2) + 0.5, -8, 2, 16);
            p.Rect(Steel, 0.3, -30, -20, 14, 26);
            p.Rect(Steel, 0.3, -30, 10, 14, 12);
            p.Rect(Mixed, 0.6, (-l / 2) + 4, (-w / 2) + 4, 30, w - 8);
            p.Rect(Brass, 0.08, (-l / 2) + 4, (-w / 2) + 4, 30, w - 8);
            for (var i = random.Next(2, 4); i > 0; i--)
            {
                var shw = U(10, 16);
                var shh = U(10, 18);
                var shx = U((-l / 2) + 5, (-l / 2) + 33 - shw);
                var shy = U(-w / 4, (w / 2) - 5 - shh);
                p.Rect(Steel, 0.15, shx, shy, shw, shh);
                p.Line(Steel, 1.2 * 0.15 / 0.6, 0.6, true, SCorners(shx, shy, shw, shh));
            }

            SCamera(p, (-l / 2) + 12, (-w / 2) + 12, 11, true);
            SCamera(p, (-l / 2) + 12, (-w / 2) + 26, 9, false);
            p.Ellipse(Steel, 0.6, (-l / 2) + 12, (-w / 2) + 37, 2.5, 2.5);
            p.Rect(Mixed, 0.6, (l / 2) - 22, (-w / 2) + 4, 19, w - 8);
            p.Rect(Steel, 0.9, (l / 2) - 7.5, -4.5, 7, 9);
            p.Line(Steel, 2.6 * 0.2 / 0.5, 0.5, true, SCorners((l / 2) - 7.5, -4.5, 7, 9));
            p.Rect(Steel, 2.4, (l / 2) - 20, (w / 2) - 20, 8, 14);
            p.Rect(Steel, 0.8, (l / 2) - 21, (w / 2) - 21, 10, 16);
            (double X, double Y)[] moduleScrews =
            [
                ((-l / 2) + 5, (-w / 2) + 5), ((-l / 2) + 30, (-w / 2) + 5), ((-l / 2) + 30, (w / 2) - 5), ((l / 2) - 20, (-w / 2) + 6),
                ((l / 2) - 20, (w / 2) - 24), ((l / 2) - 5, (w / 2) - 5),
            ];
            var rim = Enumerable.Range(0, 10).SelectMany(i => new[]
            {
                ((-l / 2) + 8 + (i * (l - 16) / 9), (-w / 2) + 3.5), ((-l / 2) + 8 + (i * (l - 16) / 9), (w / 2) - 3.5),
            });
            foreach (var (x, y) in moduleScrews.Concat(rim))
            {
                p.Ellipse(Steel, 0.8, x, y, 1.25, 1.25);
                p.Ellipse(Steel, 3 * 0.8, x, y, 0.7, 0.7);
            }

            return pen.Box;
        }

        /// <summary>
        /// A smartphone in a universal waterproof pouch on a lanyard (sold for beaches, boats and festivals): two clear PVC faces (0.25
        /// mm, about 1.3 g/cm³) 195–220 × 105–115 mm welded round their edge, the snap-lock closure across the top (an ABS frame 8 mm wide
        /// and 4 mm thick with three locking levers), a nylon cord lanyard (4 mm, about 1.14 g/cm³) with a plastic stopper; in it a
        /// 146–163 × 70–77 mm phone (glass front and back, an aluminium frame, a 3500–5000 mAh cell, two or three cameras), and on some
        /// a bank card beside it.
        /// </summary>
        private PixelBox PhoneInWaterproofPouch(double scale)
        {
            var pl = U(195, 220);
            var pw = U(105, 115);
            var l = Math.Min(U(146, 163), pl - 36);
            var w = U(70, 77);
            var lanyard = Chance(0.7);
            var pen = Lay((-pl / 2) - (lanyard ? 70 : 2), lanyard ? -60 : (-pw / 2) - 2, (pl / 2) + 2, lanyard ? 60 : (pw / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            b.Rect(Organic, 2 * 0.25 * 1.3, -pl / 2, -pw / 2, pl, pw);
            b.Line(Organic, 4 * 0.25 * 1.3, 6, true, SCorners((-pl / 2) + 3, (-pw / 2) + 3, pl - 6, pw - 6));
            b.Rect(Organic, 2 * 4 * 1.05, -pl / 2, -pw / 2, 8, pw);
            for (var i = 0; i < 3; i++)
            {
                b.Rect(Organic, 6 * 1.05, (-pl / 2) + 8, (-pw / 2) + 12 + (i * (pw - 34) / 2), 14, 10);
            }

            var p = new Turned(pen, (pl / 2) - (l / 2) - 9 + U(-3, 0), U(-3, 3), U(-0.04, 0.04) + (Chance(0.5) ? 0 : Math.PI));
            pen.Item(() =>
            {
                SPhone(p, l, w, 9, Aluminium, U(7.8, 8.5), true, U(3500, 5000), Chance(0.5));
                var cams = random.Next(2, 4);
                for (var i = 0; i < cams; i++)
                {
                    SCamera(p, (-l / 2) + 11 + ((i % 2) * 13), (-w / 2) + 11 + ((i / 2) * 13), i == 0 ? 10 : 8, i == 0);
                }
            });

            if (Chance(0.35))
            {
                var c = new Turned(pen, U(-10, 10), U(-6, 6), U(-0.1, 0.1));
                c.Rect(Organic, 0.76 * 1.35, -42.8, -27, 85.6, 54);
                c.Rect(Brass, 0.035, -30, -8, 11, 9);
                c.Rect(Mixed, 0.3, -27, -6, 5, 5);
                c.Ring(Brass, 0.02 * 6 / 0.6, 0.6, 0, 0, 38, 22);
            }

            if (lanyard)
            {
                (double X, double Y)[] cord = [((-pl / 2) + 2, -pw * 0.3), ((-pl / 2) - 30, -45), ((-pl / 2) - 62, -10), ((-pl / 2) - 60, 20), ((-pl / 2) - 30, 48), ((-pl / 2) + 2, pw * 0.3)];
                b.Line(Organic, 4 * 0.8 * 1.14, 4, false, cord);
                b.Rect(Organic, 12 * 1.05, (-pl / 2) - 28, 40, 10, 14);
            }

            return pen.Box;
        }

        /// <summary>
        /// Thumb phones hidden in a hot-water bottle: a 2 litre bottle lying flat (320–350 × 200–215 mm: two walls of 1.8–2.2 mm rubber at
        /// about 1.4 g/cm³ joined at a moulded flange, ribbed across one face, a moulded neck 40 mm across with a polypropylene stopper
        /// and its washer) holding 0.3–1 litre of water that lies in a layer thickest at the middle and, pushed in through its neck,
        /// one or two thumb-sized phones (46–72 × 20–27 × 11–14 mm) sealed in a small grip-seal bag; in a knitted or fleece cover
        /// (about 2 mm at 0.3 g/cm³ each side) on some.
        /// </summary>
        private PixelBox PhoneInHotWaterBottle(double scale)
        {
            var l = U(320, 350);
            var w = U(200, 215);
            var wall = U(1.8, 2.2);
            var water = U(300, 1000);
            var cover = Chance(0.35);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var b = new Turned(pen, 0, 0, 0);
            var bodyL = l - 55;
            var x0 = -l / 2;
            var body = RoundedOutline(x0, -w / 2, bodyL, w, 28);
            (double X, double Y)[] shoulder = [(x0 + bodyL - 30, (-w / 2) + 10), (x0 + bodyL + 5, -24), (x0 + bodyL + 5, 24), (x0 + bodyL - 30, (w / 2) - 10)];
            b.Poly(Organic, 2 * wall * 1.4, body);
            b.Poly(Organic, 2 * wall * 1.4, shoulder);
            b.Line(Organic, 3 * wall * 1.4, 5, true, body);
            for (var x = x0 + 25; x < x0 + bodyL - 35; x += 10)
            {
                b.Line(Organic, 1.5 * 1.4, 2, false, (x, (-w / 2) + 22), (x, (w / 2) - 22));
            }

            b.Tube(Organic, x0 + bodyL, -20, 55, 40, 4 * 1.4);
            b.Cylinder(Organic, x0 + bodyL + 12, -15, 40, 30, 0.6 * 0.9);
            b.Rect(Organic, 0.8 * 44 * 0.9, (l / 2) - 8, -22, 8, 44);
            var mean = water * 1000 / (bodyL * w * 0.85);
            var cx = x0 + (bodyL / 2);
            b.Poly(Organic, mean * 0.6, Shrunk(body, cx, 0, 0.92, 0.88));
            b.Poly(Organic, mean * 0.6, Shrunk(body, cx, 0, 0.7, 0.6));
            var n = Chance(0.4) ? 2 : 1;
            var (bx, by, ba) = (U(x0 + 70, x0 + bodyL - 70), U((-w / 2) + 50, (w / 2) - 50), U(0, 2 * Math.PI));
            var bag = new Turned(pen, bx, by, ba);
            RoundedRect(bag, Organic, 2 * 0.05 * 0.92, -45, -30, 90, 60, 3);
            bag.Rect(Organic, 2 * 1.5 * 0.92, -45, -28, 90, 3);
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var (px, py) = Moved(bx, by, ba, U(-8, 8), (i - ((n - 1) / 2.0)) * 27);
                    ThumbHandset(new Turned(pen, px, py, ba + U(-0.15, 0.15)), U(46, 72), U(20, 24), U(11, 14));
                }
            });

            if (cover)
            {
                RoundedRect(b, Organic, 2 * 2 * 0.3, x0 - 2, (-w / 2) - 2, bodyL + 4, w + 4, 30);
                b.Line(Organic, 10 * 0.3, 3, true, RoundedOutline(x0 - 1, (-w / 2) - 1, bodyL + 2, w + 2, 29));
            }

            return pen.Box;
        }

        /// <summary>
        /// Thumb phones hidden in a vacuum brick of ground coffee lying on its face: a 227 or 250 g brick (135–160 × 75–90 × 45–55 mm, the
        /// grounds pressed to about 0.45 g/cm³) in a laminate of PET, 9 µm aluminium foil and polyethylene (its walls seen edge-on), its
        /// folded ends (four layers) glued down; opened along a fold, some of its grounds taken out, one or two thumb-sized phones (46–72 ×
        /// 20–24 × 11–14 mm) wrapped in cling film pushed in flat and the rest of the grounds packed back round them (about 1.3 mm less
        /// coffee through the brick for each), the end folded and glued again.
        /// </summary>
        private PixelBox PhoneInCoffeeBrick(double scale)
        {
            var l = U(135, 160);
            var w = U(75, 90);
            var h = U(45, 55);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            var n = Chance(0.4) ? 2 : 1;
            b.Rect(Organic, (h - (n * 1.3)) * 0.45, -l / 2, -w / 2, l, w);
            b.Rect(Organic, 2 * 0.1 * 1.1, -l / 2, -w / 2, l, w);
            b.Rect(Aluminium, 2 * 0.009, -l / 2, -w / 2, l, w);
            b.Line(Organic, h * 0.1 * 1.1, 1.0, true, SCorners((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1));
            b.Line(Aluminium, h * 0.009, 1.0, true, SCorners((-l / 2) + 0.5, (-w / 2) + 0.5, l - 1, w - 1));
            foreach (var x in new[] { -l / 2, (l / 2) - 22 })
            {
                b.Rect(Organic, 4 * 0.1 * 1.1, x, -w / 2, 22, w);
                b.Rect(Aluminium, 4 * 0.009, x, -w / 2, 22, w);
            }

            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var pl = U(46, 72);
                    var pw = U(20, 24);
                    var q = new Turned(pen, U((-l / 2) + (pl / 2) + 6, (l / 2) - (pl / 2) - 6), (i - ((n - 1) / 2.0)) * (w * 0.45), U(-0.2, 0.2));
                    q.Rect(Organic, 2 * 0.3 * 0.92, (-pl / 2) - 1, (-pw / 2) - 1, pl + 2, pw + 2);
                    ThumbHandset(q, pl, pw, U(11, 14));
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest, and a second drug form ---------------------------------------

        /// <summary>
        /// One .50 BMG round (12.7 × 99 mm) lying along its part's x, centred, bullet toward +x: the drawn-brass case (20.4 mm at its
        /// solid head and rim, a 1.0 mm wall to the shoulder, 0.75 mm over the 14.2 mm neck), about 15 g of ball powder (about 0.95
        /// g/cm³ as poured), and the 12.98 mm bullet, 58 mm long and seated 19 mm deep, of a gilding-metal jacket over a mild-steel core
        /// with lead at its base; 138 mm overall.
        /// </summary>
        private static void T50Round(Turned r)
        {
            const double x0 = -69;
            r.Rect(Brass, 0.8 * 20.4, x0, -10.2, 1.5, 20.4);
            r.Cylinder(Brass, x0 + 1.5, -10.2, 6.5, 20.4);
            r.Tube(Brass, x0 + 8, -10, 72, 20, 1.0);
            r.Poly(Brass, 2 * 1.0, (x0 + 80, -10), (x0 + 88, -7.1), (x0 + 88, 7.1), (x0 + 80, 10));
            r.Tube(Brass, x0 + 88, -7.1, 11, 14.2, 0.75);
            r.Cylinder(Organic, x0 + 8, -9, 72, 18, 0.95);
            var xb = x0 + 80;
            (double X, double Y)[] ogive = [(xb, -6.5), (xb + 30, -6.5), (xb + 45, -4.6), (xb + 58, -0.8), (xb + 58, 0.8), (xb + 45, 4.6), (xb + 30, 6.5), (xb, 6.5)];
            r.Poly(Brass, 2 * 0.9, ogive);
            r.Poly(Steel, 0.8 * 9, Shrunk(ogive, xb + 30, 0, 0.7, 0.7));
            r.Poly(Lead, 0.8 * 11, (xb, -5.6), (xb + 14, -5.6), (xb + 14, 5.6), (xb, 5.6));
        }

        /// <summary>
        /// .50 BMG rounds (12.7 × 99 mm), the heavy machine-gun and long-range rifle round kept as souvenirs and collectors' pieces,
        /// live (see <see cref="T50Round"/>): one to four loose, or three to ten side by side in a ten-round card box (0.6 mm board at
        /// about 0.7 g/cm³, 215 × 145 × 25 mm, its walls seen edge-on, a card divider between each).
        /// </summary>
        private PixelBox Rounds50Bmg(double scale)
        {
            if (Chance(0.35))
            {
                var pen = Lay(-75, -110, 75, 110, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.6 * 0.7, -73, -108, 146, 216);
                b.Line(Organic, 25 * 0.6 * 0.7 / 1.2, 1.2, true, SCorners(-72.5, -107.5, 145, 215));
                for (var i = 1; i < 10; i++)
                {
                    b.Line(Organic, 20 * 0.4 * 0.7 / 0.8, 0.8, false, (-70, -107 + (i * 21.4)), (70, -107 + (i * 21.4)));
                }

                var count = random.Next(3, 11);
                var slots = Enumerable.Range(0, 10).OrderBy(_ => random.Next()).Take(count).ToArray();
                foreach (var slot in slots)
                {
                    T50Round(new Turned(pen, U(-1, 1), -107 + 10.7 + (slot * 21.4), Chance(0.5) ? 0 : Math.PI));
                }

                return pen.Box;
            }

            var n = random.Next(1, 5);
            var loose = Lay(-76, -(n * 12) - 6, 76, (n * 12) + 6, scale);
            for (var i = 0; i < n; i++)
            {
                T50Round(new Turned(loose, U(-3, 3), -(n * 12) + 12 + (i * 24) + U(-1.5, 1.5), U(-0.04, 0.04) + (Chance(0.5) ? 0 : Math.PI)));
            }

            return loose.Box;
        }

        /// <summary>
        /// A nano SIM hidden in an eyeshadow palette: an 8- to 18-pan palette (a card case of 1.5 mm greyboard at about 0.7 g/cm³, or an
        /// ABS one of 2 mm walls, 10–13 mm deep, its walls seen edge-on) with a 1.5 mm glass mirror in its lid and two neodymium disc
        /// magnets (8–10 mm, 3 mm) in its closure; the pans are pressed powder (talc, mica and pigments at about 1.6 g/cm³, 3 mm deep,
        /// counted as glass) in 0.3 mm aluminium dishes 26 mm square set in a card insert; one pan prised out, a nano SIM (12.3 × 8.8 ×
        /// 0.67 mm: its contact plate and chip) laid under it and the pan glued back.
        /// </summary>
        private PixelBox SimInEyeshadowPalette(double scale)
        {
            var (rows, cols) = random.Next(3) switch
            {
                0 => (2, 4),
                1 => (3, 4),
                _ => (3, 6),
            };
            const double pan = 26;
            const double pitch = 28;
            var l = (cols * pitch) + 14;
            var w = (rows * pitch) + 14;
            var depth = U(10, 13);
            var card = Chance(0.5);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            if (card)
            {
                b.Rect(Organic, 4 * 1.5 * 0.7, -l / 2, -w / 2, l, w);
                b.Line(Organic, 2 * depth * 0.7, 1.5, true, SCorners((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5));
            }
            else
            {
                RoundedRect(b, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 4);
                b.Line(Organic, 2 * depth * 1.05, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 3));
            }

            b.Rect(Glass, 1.5, (-l / 2) + 5, (-w / 2) + 5, l - 10, w - 10);
            b.Rect(Organic, 1.5 * 0.7, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            var mr = U(4, 5);
            foreach (var x in new[] { -l / 4, l / 4 })
            {
                b.Ellipse(Steel, 3 * 7.5 / 7.8, x, (w / 2) - mr - 2, mr, mr);
            }

            var hide = random.Next(rows * cols);
            for (var i = 0; i < rows * cols; i++)
            {
                var x = (-l / 2) + 7 + ((i % cols) * pitch) + (pitch / 2);
                var y = (-w / 2) + 7 + ((i / cols) * pitch) + (pitch / 2);
                b.Rect(Aluminium, 0.3, x - (pan / 2), y - (pan / 2), pan, pan);
                b.Line(Aluminium, 3.5 * 0.3 / 0.6, 0.6, true, SCorners(x - (pan / 2), y - (pan / 2), pan, pan));
                b.Rect(Glass, 3 * 1.6 / 2.5, x - (pan / 2) + 0.5, y - (pan / 2) + 0.5, pan - 1, pan - 1);
                if (i == hide)
                {
                    var s = new Turned(pen, x + U(-4, 4), y + U(-4, 4), U(-0.6, 0.6));
                    pen.Item(() =>
                    {
                        s.Rect(Organic, 0.67 * 1.3, -6.15, -4.4, 12.3, 8.8);
                        s.Rect(Brass, 0.04, -4.2, -3.3, 8.4, 6.6);
                        s.Rect(Mixed, 0.2, -2.2, -2, 4.4, 4);
                        s.Rect(Organic, 0.4 * 1.2, -2.5, -2.3, 5, 4.6);
                    });
                    b.Ellipse(Organic, 0.5 * 1.1, x, y, 8, 8);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// One Luer-lock syringe along its part's x, its finger flange at x = 0 and its tip toward +x: a polypropylene barrel of
        /// <paramref name="bd"/> × <paramref name="bl"/> mm (walls of <paramref name="wall"/>, about 0.9 g/cm³), part-filled with ink or
        /// oil to <paramref name="fill"/> of its length from the tip, its rubber stopper at <paramref name="at"/> and the cross-ribbed
        /// plunger behind it standing out of the barrel by as much as the barrel has room for, the threaded Luer-lock collar, a coloured
        /// polypropylene hub and a stainless blunt needle of <paramref name="od"/> mm outside (its bore about 0.6 of that) and
        /// <paramref name="needle"/> mm long, capped or not; the thumb press stands <paramref name="bl"/> − <paramref name="at"/> + 1 mm behind the flange.
        /// </summary>
        private static void TLuerSyringe(Turned s, double bd, double bl, double wall, double at, double fill, double od, double needle, bool capped)
        {
            var pull = bl - at - 1;
            s.Rect(Organic, 2 * 0.9 * 0.9, -2, (-bd / 2) - 5, 2, bd + 10);
            s.Tube(Organic, 0, -bd / 2, bl, bd, wall * 0.9);
            if (fill > 0)
            {
                s.Cylinder(Organic, bl * (1 - fill), (-bd / 2) + wall, bl * fill, bd - (2 * wall), 1.0);
            }

            s.Rect(Organic, bd * 0.5 * 0.9, -pull, -bd * 0.3, pull + at, bd * 0.6);
            s.Rect(Organic, 0.8 * bd * 1.2, at, (-bd / 2) + wall, 5, bd - (2 * wall));
            s.Rect(Organic, 2 * 0.9 * 0.9, -pull - 2, (-bd / 2) - 1, 2, bd + 2);
            s.Tube(Organic, bl, -4, 8, 8, 0.9);
            s.Rect(Organic, 0.8 * 4 * 0.9, bl, -2, 10, 4);
            s.Rect(Organic, 0.8 * 7 * 0.9, bl + 8, -3.5, 12, 7);
            s.Line(Steel, TMeanWall(od, od * 0.6), od, false, (bl + 12, 0), (bl + 18 + needle, 0));
            if (capped)
            {
                s.Tube(Organic, bl + 16, -3, needle + 6, 6, 0.6 * 0.9);
            }
        }

        /// <summary>
        /// A kit of blunt-tip dispensing syringes (sold for refilling ink cartridges, oiling and glue work): three to six polypropylene
        /// Luer-lock syringes of 1, 3, 5 and 10 ml (barrels 6.6, 9.6, 12.5 and 15.9 mm across), each with a stainless blunt needle (14–25
        /// gauge, 2.1–0.5 mm across, 25–38 mm long; see <see cref="TLuerSyringe"/>), some capped, one or two part-filled with ink or oil;
        /// loose, or in a hinged polypropylene case (200 × 110 × 25 mm, 1 mm walls, its rim seen edge-on).
        /// </summary>
        private PixelBox DispensingSyringeKit(double scale)
        {
            var n = random.Next(3, 7);
            var boxed = Chance(0.5);
            var pen = Lay(-102, -57, 102, 57, scale);
            if (boxed)
            {
                var c = new Turned(pen, 0, 0, 0);
                RoundedRect(c, Organic, 2 * 1 * 0.9, -100, -55, 200, 110, 6);
                c.Line(Organic, 25 * 0.9, 1, true, RoundedOutline(-99.5, -54.5, 199, 109, 5.5));
                c.Line(Organic, 25 * 0.9 * 0.5, 1, false, (-100, 0), (100, 0));
            }

            (double Bd, double Bl, double Wall)[] sizes = [(6.6, 58, 0.8), (9.6, 55, 0.9), (12.5, 60, 1.0), (15.9, 75, 1.2)];
            double[] gauges = [2.11, 1.65, 1.27, 0.91, 0.72, 0.51];
            var inked = random.Next(0, 3);
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var (bd, bl, wall) = sizes[random.Next(sizes.Length)];
                    var fill = i < inked ? U(0.2, 0.8) : 0;
                    var at = fill > 0 ? Math.Max(2, (bl * (1 - fill)) - 5) : U(2, bl - 5);
                    var needle = U(25, 38);
                    var capped = Chance(0.5);
                    var back = bl - at + 1;
                    var length = back + bl + 18 + needle + (capped ? 6 : 0);
                    var y = -42 + ((i + 0.5) * 84 / n) + U(-2, 2);
                    var x = -97 + back + U(0, Math.Max(0, 194 - length));
                    TLuerSyringe(new Turned(pen, x, y, U(-0.02, 0.02)), bd, bl, wall, at, fill, gauges[random.Next(gauges.Length)], needle, capped);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// One CR123A cell along x from <paramref name="x"/>, centred on <paramref name="y"/>: a 0.25 mm nickel-plated steel can (17 mm,
        /// 34.5 mm long) round the wound cell (the manganese dioxide cathode on its stainless mesh, about 0.12 mm of steel for each
        /// millimetre the beam crosses; lithium foil, separator and electrolyte about 0.9 mm of water), the positive cap with its vent and
        /// PTC discs, the can's base, the PVC wrap.
        /// </summary>
        private static void TCr123(Turned part, double x, double y)
        {
            const double l = 34.5;
            const double d = 17;
            part.Tube(Steel, x, y - (d / 2), l, d, 0.25);
            const double core = d - 1.2;
            part.Cylinder(Steel, x + 1.5, y - (core / 2), l - 4.5, core, 0.12);
            part.Cylinder(Organic, x + 1.5, y - (core / 2), l - 4.5, core, 0.9);
            part.Rect(Steel, 0.8 * d * 0.9 / 2.5, x + l - 3, y - (d * 0.4), 2.5, d * 0.8);
            part.Rect(Steel, 0.8 * d * 0.3, x, y - (d / 2), 1.0, d);
            part.Rect(Steel, 1.2, x + l, y - 3, 0.8, 6);
            part.Rect(Organic, 2 * 0.1 * 1.4, x - 0.3, y - (d / 2) - 0.2, l + 0.6, d + 0.4);
        }

        /// <summary>
        /// CR123A lithium cells (3 V lithium–manganese dioxide, for torches, cameras and alarm sensors; see <see cref="TCr123"/>): one
        /// to four loose, or two, four or six side by side shrink-wrapped in PVC film (0.05 mm) with a printed card band (0.4 mm
        /// board at about 0.8 g/cm³) round their middle.
        /// </summary>
        private PixelBox Cr123aCells(double scale)
        {
            if (Chance(0.45))
            {
                var n = 2 * random.Next(1, 4);
                var row = n * 17.2;
                var pen = Lay(-20, (-row / 2) - 2, 20, (row / 2) + 2, scale);
                var c = new Turned(pen, 0, 0, 0);
                for (var i = 0; i < n; i++)
                {
                    TCr123(c, -17.25, (-row / 2) + 8.6 + (i * 17.2));
                }

                c.Rect(Organic, 2 * 0.05 * 1.4, -17.6, -row / 2, 36.2, row);
                c.Line(Organic, 17 * 0.05 * 1.4 / 0.6, 0.6, true, SCorners(-17.6, -row / 2, 36.2, row));
                c.Rect(Organic, 2 * 0.4 * 0.8, -9, (-row / 2) - 0.4, 18, row + 0.8);
                return pen.Box;
            }

            var m = random.Next(1, 5);
            var loose = Lay(-45, -45, 45, 45, scale);
            for (var i = 0; i < m; i++)
            {
                var t = new Turned(loose, U(-12, 12), (i - ((m - 1) / 2.0)) * 19, U(-0.3, 0.3) + (Chance(0.5) ? 0 : Math.PI));
                TCr123(t, -17.25, 0);
            }

            return loose.Box;
        }

        /// <summary>
        /// A block plane, the small one-handed plane every joiner's box holds (No. 9½ / 60½ class): 150–180 mm long and 45–52 mm wide,
        /// a grey cast-iron body (counted as steel at 0.92) of a 4.5 mm sole with its mouth and two 3.5 mm side walls 30–40 mm high at
        /// the middle and lower at the ends; a 1.6–3 mm steel iron 35–41 mm wide bedded at 12–20°; the cast lever cap over it (about 5 mm
        /// of metal) and its cam; the adjusting screw and its knurled brass nut; a brass front knob. Lying on its sole (the beam down
        /// through it), or on its side (the beam across its width: the sole and the iron then seen edge-on).
        /// </summary>
        private PixelBox BlockPlane(double scale)
        {
            var l = U(150, 180);
            var w = U(45, 52);
            var h = U(30, 40);
            var iw = w - U(9, 11);
            var it = U(1.6, 3.0);
            var ang = U(12, 20) * Math.PI / 180;
            var il = U(95, 105);
            const double ci = 0.92;
            var onSide = Chance(0.3);
            var xm = (l / 2) - (l * 0.32);
            var mw = U(4, 6);
            var (cos, sin) = (Math.Cos(ang), Math.Sin(ang));
            var pen = onSide ? Lay((-l / 2) - 2, -h - 14, (l / 2) + 2, 3, scale) : Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            if (!onSide)
            {
                p.Rect(Steel, 4.5 * ci, -l / 2, -w / 2, xm + (l / 2), w);
                p.Rect(Steel, 4.5 * ci, xm + mw, -w / 2, (l / 2) - xm - mw, w);
                const int segs = 6;
                for (var i = 0; i < segs; i++)
                {
                    var hi = 12 + ((h - 12) * Math.Sin(Math.PI * (i + 0.5) / segs));
                    var sx = (-l / 2) + (i * l / segs);
                    p.Rect(Steel, hi * ci, sx, -w / 2, l / segs, 3.5);
                    p.Rect(Steel, hi * ci, sx, (w / 2) - 3.5, l / segs, 3.5);
                }

                p.Rect(Steel, it / cos, xm - (il * cos), -iw / 2, il * cos, iw);
                p.Poly(Steel, 5 * ci, (xm - 20, (-iw / 2) - 1), (xm - 75, (-iw / 2) + 4), (xm - 75, (iw / 2) - 4), (xm - 20, (iw / 2) + 1));
                p.Ellipse(Steel, 10 * 0.8, xm - 45, 0, 6, 6);
                p.Cylinder(Steel, (-l / 2) + 6, -3, 40, 6);
                p.Cylinder(Brass, (-l / 2) + 12, -10, 8, 20);
                p.Ellipse(Brass, 25 * 0.8, (l / 2) - 18, 0, 10, 10);
                p.Rect(Steel, 3 * ci, (l / 2) - 40, (-w / 2) + 6, 20, 10);
                return pen.Box;
            }

            p.Rect(Steel, w * ci, -l / 2, -4.5, xm + (l / 2), 4.5);
            p.Rect(Steel, w * ci, xm + mw, -4.5, (l / 2) - xm - mw, 4.5);
            var profile = TCurve(-l / 2, l / 2, 12, x => -4.5 - 12 - ((h - 16.5) * Math.Cos(Math.PI * x / l)));
            (double X, double Y)[] side = [(-l / 2, -4.5), .. profile, (l / 2, -4.5)];
            p.Poly(Steel, 2 * 3.5 * ci, side);
            p.Line(Steel, iw, it, false, (xm, -1), (xm - (il * cos), -1 - (il * sin)));
            p.Line(Steel, (iw + 2) * ci * 0.8, 5, false, (xm - 20, -7 - (20 * sin)), (xm - 75, -7 - (75 * sin)));
            p.Rect(Brass, 0.8 * 20, (l / 2) - 28, -4.5 - 25, 20, 25);
            p.Rect(Brass, 0.8 * 20, (-l / 2) + 12, -4.5 - 24, 8, 20);
            p.Cylinder(Steel, (-l / 2) + 6, -4.5 - 17, 40, 6);
            return pen.Box;
        }

        /// <summary>
        /// Wine sold in its own sealed glass (a supermarket line): a 187 ml stemless tumbler of clear PET (0.45 mm wall at about 1.38
        /// g/cm³, a 2 mm rolled lip), 68–72 mm across at the top, 50–54 mm at its foot and 85–92 mm tall, sealed with a peelable lid of
        /// 40 µm aluminium foil on PET; full (wine about 0.99 g/cm³, to about three quarters of its height). One to four, standing (the
        /// beam down each glass) or lying on their sides.
        /// </summary>
        private PixelBox WineInSealedGlass(double scale)
        {
            var n = random.Next(1, 5);
            var rt = U(34, 36);
            var rb = U(25, 27);
            var ht = U(85, 92);
            var standing = Chance(0.5);
            var pitch = (2 * rt) + 4;
            var span = n * pitch / 2;
            var pen = standing ? Lay(-span - 2, -rt - 3, span + 2, rt + 3, scale) : Lay(-(ht / 2) - 3, -span - 2, (ht / 2) + 3, span + 2, scale);
            var hl = ht * 0.76;
            var rl = rb + ((rt - rb) * 0.76);
            for (var i = 0; i < n; i++)
            {
                var c = (i + 0.5) * pitch - span;
                if (standing)
                {
                    var g = new Turned(pen, c + U(-1, 1), U(-1, 1), 0);
                    g.Ellipse(Organic, 0.45 * 1.38, 0, 0, rb, rb);
                    g.Ellipse(Organic, 0.05 * 1.38, 0, 0, rt, rt);
                    g.Ellipse(Aluminium, 0.04, 0, 0, rt, rt);
                    g.Ring(Organic, 0.45 * 1.38 * ht / (rt - rb), rt - rb, 0, 0, (rt + rb) / 2, (rt + rb) / 2);
                    g.Ring(Organic, 2 * 2 * 1.38, 2, 0, 0, rt - 1, rt - 1);
                    g.Ellipse(Organic, hl * 0.5 * 0.99, 0, 0, rb - 0.5, rb - 0.5);
                    g.Ellipse(Organic, hl * 0.5 * 0.99, 0, 0, rl - 0.5, rl - 0.5);
                    continue;
                }

                var s = new Turned(pen, U(-2, 2), c, Chance(0.5) ? 0 : Math.PI);
                (double X, double Y)[] outline = [(-ht / 2, -rb), (ht / 2, -rt), (ht / 2, rt), (-ht / 2, rb)];
                s.Poly(Organic, 2 * 0.45 * 1.38, outline);
                s.Line(Organic, 2 * Math.Sqrt(2 * rt * 0.45) * 1.38 / 1.2, 1.2, false, (-ht / 2, -rb), (ht / 2, -rt));
                s.Line(Organic, 2 * Math.Sqrt(2 * rt * 0.45) * 1.38 / 1.2, 1.2, false, (-ht / 2, rb), (ht / 2, rt));
                s.Rect(Organic, 2 * rb * 0.8 * 0.6 * 1.38 / 1.2, -ht / 2, -rb, 1.2, 2 * rb);
                s.Rect(Aluminium, 2 * rt * 0.8 * 0.04 / 0.8, (ht / 2) - 0.8, -rt, 0.8, 2 * rt);
                s.Rect(Organic, 0.8 * 2 * rt * 2 * 1.38 / 2, (ht / 2) - 2.5, -rt, 2, 2 * rt);
                LyingFill(s, Organic, (-ht / 2) + 1, ht - 4, rb + rt - 2, 0.78, 0.99);
            }

            return pen.Box;
        }

        /// <summary>
        /// Dried psilocybin mushrooms as they are sold: 3.5–28 g of dried caps (12–40 mm across, 3–8 mm thick) and stems (4–8 mm across,
        /// 30–80 mm long, curled), shrivelled to about 0.3 g/cm³, in a grip-seal polyethylene bag (100 × 150 or 150 × 230 mm: two 0.06 mm
        /// films, a 1.5 mm zip ridge) or a brown paper bag folded over at its top (0.1 mm paper at about 0.7 g/cm³, doubled at its side
        /// gussets and four layers at the fold); round its edges, where the film or paper turns over the 15 mm of mushrooms in it, the
        /// beam runs a few millimetres along it.
        /// </summary>
        private PixelBox DriedMushrooms(double scale)
        {
            var grams = Chance(0.5) ? U(3.5, 7) : U(7, 28);
            var big = grams > 10;
            var (bw, bh) = big ? (150.0, 230.0) : (100.0, 150.0);
            var paper = Chance(0.35);
            var pen = Lay((-bw / 2) - 2, (-bh / 2) - 2, (bw / 2) + 2, (bh / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            if (paper)
            {
                b.Rect(Organic, 2 * 0.1 * 0.7, -bw / 2, -bh / 2, bw, bh);
                b.Rect(Organic, 2 * 0.1 * 0.7, -bw / 2, -bh / 2, 12, bh);
                b.Rect(Organic, 2 * 0.1 * 0.7, (bw / 2) - 12, -bh / 2, 12, bh);
                b.Rect(Organic, 4 * 0.1 * 0.7 * 2, -bw / 2, -bh / 2, bw, 30);
            }
            else
            {
                b.Rect(Organic, 2 * 0.06 * 0.92, -bw / 2, -bh / 2, bw, bh);
                b.Rect(Organic, 2 * 1.5 * 0.92, -bw / 2, (-bh / 2) + 14, bw, 3);
            }

            b.Line(Organic, paper ? 2 * Math.Sqrt(2 * 8 * 0.1) * 0.7 : 2 * Math.Sqrt(2 * 8 * 0.06) * 0.92, 2, true, SCorners((-bw / 2) + 1, (-bh / 2) + 1, bw - 2, bh - 2));

            var pieces = Math.Clamp((int)(grams * 2.2), 8, 45);
            (double X, double Y)[] corners = [(-1, -1), (1, -1), (1, 1), (-1, 1)];
            for (var i = 0; i < pieces; i++)
            {
                var r = U(6, big ? 20 : 15);
                var (x, y) = i < 4
                    ? ((corners[i].X * ((bw / 2) - r - 4)) + U(-3, 3), (corners[i].Y * ((bh / 2) - r - 4)) + U(-3, 3) + (corners[i].Y < 0 ? 16 : 0))
                    : (U((-bw / 2) + r + 4, (bw / 2) - r - 4), U((-bh / 2) + r + 20, (bh / 2) - r - 4));
                if (Chance(0.55))
                {
                    Spheroid(b, Organic, x, y, r, r * U(0.7, 1.0), U(3, 8), 0.3);
                }
                else
                {
                    var sd = U(4, 8);
                    var a = U(0, 2 * Math.PI);
                    var len = Math.Min(U(30, 80), 2 * r + 20);
                    var bend = U(-0.5, 0.5);
                    var stem = Enumerable.Range(0, 5).Select(j => (j / 4.0) - 0.5)
                        .Select(f => (x + (f * len * Math.Cos(a + (bend * f))), y + (f * len * Math.Sin(a + (bend * f))))).ToArray();
                    b.Line(Organic, 0.8 * sd * 0.3, sd, false, stem);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs hidden in a sharing bag of crisps: a 150 g bag lying flat (300–330 × 220–240 mm; 0.04 mm metallised polypropylene each
        /// face, its aluminium under a micrometre; its long edges where the puffed film turns, and the crimped seals at its ends, 10–12
        /// mm wide with the film gathered into them in pleats) round 60–90 crisps (1.2–1.6 mm slices, about 0.5 g/cm³, 30–55 mm across,
        /// curled); opened along its top seal, 3–8 cling-filmed wraps of powder (25–40 mm, about 0.7 g/cm³) or a flat grip-seal bag of it
        /// (60–80 × 80–100 mm, 6–10 mm thick) pushed in among the crisps, the seal ironed shut again.
        /// </summary>
        private PixelBox DrugsInCrispPacket(double scale)
        {
            var l = U(300, 330);
            var w = U(220, 240);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            b.Rect(Organic, 2 * 0.04 * 0.91, -l / 2, -w / 2, l, w);
            b.Line(Organic, 2.5, 2.5, false, ((-l / 2) + 11, (-w / 2) + 1.2), ((l / 2) - 11, (-w / 2) + 1.2));
            b.Line(Organic, 2.5, 2.5, false, ((-l / 2) + 11, (w / 2) - 1.2), ((l / 2) - 11, (w / 2) - 1.2));
            foreach (var x in new[] { -l / 2, (l / 2) - 11 })
            {
                b.Rect(Organic, 4 * 0.04 * 0.91, x, -w / 2, 11, w);
                b.Line(Organic, 1.2, 1.5, false, [.. Zigzag(-w / 2, w / 2, x + 2, 8, 7).Select(q => (q.Y, q.X))]);
            }

            b.Rect(Organic, 3 * 0.04 * 0.91, -l / 2, -6, l, 12);
            for (var i = random.Next(60, 91); i > 0; i--)
            {
                var r = U(15, 27);
                b.Ellipse(Organic, U(1.2, 1.6) * U(1, 2) * 0.5, U((-l / 2) + 12 + r, (l / 2) - 12 - r), U((-w / 2) + 4 + (r * 0.7), (w / 2) - 4 - (r * 0.7)), r, r * U(0.6, 0.9));
            }

            pen.Item(() =>
            {
                if (Chance(0.6))
                {
                    for (var i = random.Next(3, 9); i > 0; i--)
                    {
                        var r = U(12.5, 20);
                        var (x, y) = (U((-l / 2) + 30, (l / 2) - 30), U((-w / 2) + 30, (w / 2) - 30));
                        Spheroid(b, Organic, x, y, r, r * U(0.7, 0.9), 2 * r * 0.8, 0.7);
                        b.Ellipse(Organic, 4 * 0.012 * 0.92 * 6, x + r, y, 4, 4);
                    }
                }
                else
                {
                    var q = new Turned(pen, U(-60, 60), U(-40, 40), U(0, Math.PI));
                    var (pw, ph, pt) = (U(60, 80), U(80, 100), U(6, 10));
                    RoundedRect(q, Organic, pt * 0.7, -pw / 2, -ph / 2, pw, ph, 6);
                    q.Rect(Organic, 2 * 0.05 * 0.92, (-pw / 2) - 2, (-ph / 2) - 2, pw + 4, ph + 4);
                    q.Rect(Organic, 2 * 1.5 * 0.92, (-pw / 2) - 2, (-ph / 2) + 2, pw + 4, 3);
                }
            });

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>One brace clip at its part's origin, its jaw toward +x: a pressed 0.6 mm steel body folded double, its toothed jaw, the lever over it and its rivet, on a short tab of strap.</summary>
        private static void TBraceClip(Turned c, double strap)
        {
            c.Rect(Organic, 2 * 1.8 * 1.1, -30, -strap / 2, 18, strap);
            c.Rect(Steel, 2 * 0.6, -14, -12, 34, 24);
            c.Line(Steel, 0.6 * 3, 1, false, Zigzag(-12, 18, 10, 3, 2));
            c.Rect(Steel, 0.8, -10, -10, 26, 18);
            c.Ellipse(Steel, 3, -12, 0, 2, 2);
        }

        /// <summary>
        /// A pair of trouser braces heaped loose: two elastic straps 30–38 mm wide (woven polyester and rubber, 1.8 mm at about 1.1
        /// g/cm³) crossing at a leather back patch (2.5 mm at about 0.9 g/cm³) or a steel ring, two slide adjusters of 0.8 mm plated
        /// steel folded double, and four clips (see <see cref="TBraceClip"/>), or leather button tabs on some.
        /// </summary>
        private void TrouserBraces()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, 0);
            var sw = U(30, 38);
            var clips = Chance(0.8);
            for (var s = 0; s < 2; s++)
            {
                var path = Wander(10, U(35, 45), 60);
                k.Line(Organic, 1.8 * 1.1, sw, false, path);
                var (ax, ay) = path[3];
                var a = new Turned(pen, ax, ay, Math.Atan2(path[4].Y - ay, path[4].X - ax));
                a.Rect(Steel, 2 * 0.8, -10, (-sw / 2) - 2, 20, sw + 4);
                a.Rect(Steel, 3 * 0.8, -2, (-sw / 2) - 2, 4, sw + 4);
                foreach (var (end, next) in new[] { (path[0], path[1]), (path[^1], path[^2]) })
                {
                    var angle = Math.Atan2(end.Y - next.Y, end.X - next.X);
                    var c = new Turned(pen, end.X, end.Y, angle);
                    if (clips)
                    {
                        TBraceClip(c, sw);
                    }
                    else
                    {
                        c.Poly(Organic, 2 * 2 * 0.9, (-10, -sw / 2), (10, -sw * 0.3), (25, 0), (10, sw * 0.3), (-10, sw / 2));
                    }
                }
            }

            if (Chance(0.5))
            {
                k.Poly(Organic, 2.5 * 0.9, (-30, -25), (30, -25), (15, 0), (25, 35), (-25, 35), (-15, 0));
            }
            else
            {
                k.Ring(Steel, 4 * 0.8, 4, 0, 0, 14, 14);
            }
        }

        /// <summary>
        /// An embroidery hoop with work in it: two concentric rings 150–250 mm across, each 8 mm wide and 9 mm deep, of beech (about 0.7
        /// g/cm³) or of ABS (3 mm walls), the outer one split and closed by a brass thumbscrew through two lugs; cotton fabric (0.3 mm,
        /// about 0.5 g/cm³ with the air in its weave) stretched across them and loose beyond, stitches of stranded cotton on it; two to
        /// five skeins of embroidery thread (8 m each: a 70 × 10 mm twisted bundle, about 8 mm of thread at 0.3 g/cm³ as wound, with its
        /// paper bands) beside it.
        /// </summary>
        private void EmbroideryHoop()
        {
            var r = U(75, 125);
            var pen = Place(r + 30);
            var k = new Turned(pen, 0, 0, 0);
            var fs = (2 * r) + U(30, 60);
            k.Poly(Organic, 0.3 * 0.5, (-fs / 2, (-fs / 2) + U(0, 12)), (fs / 2, -fs / 2), ((fs / 2) - U(0, 12), fs / 2), (-fs / 2, fs / 2));
            k.Ring(Organic, 2 * 0.3 * 0.5, 10, 0, 0, r + 4, r + 4);
            if (Chance(0.7))
            {
                k.Ring(Organic, 9 * 0.7, 8, 0, 0, r, r);
                k.Ring(Organic, 9 * 0.7, 8, 0, 0, r + 8.5, r + 8.5);
                k.Rect(Organic, 12 * 0.7, r + 11, -8, 14, 16);
            }
            else
            {
                k.Ring(Organic, 2 * 3 * 1.05, 8, 0, 0, r, r);
                k.Ring(Organic, 2 * 3 * 1.05, 8, 0, 0, r + 8.5, r + 8.5);
                k.Rect(Organic, 2 * 3 * 1.05, r + 11, -8, 14, 16);
            }

            k.Rect(Brass, 0.8 * 5, r + 15.5, -18, 5, 36);
            k.Ellipse(Brass, 0.8 * 4, r + 18, 20, 9, 4);
            for (var i = random.Next(10, 31); i > 0; i--)
            {
                var (x, y) = (U(-r * 0.7, r * 0.7), U(-r * 0.7, r * 0.7));
                k.Line(Organic, 0.5 * 0.5 * 2, 0.6, false, (x, y), (x + U(-8, 8), y + U(-8, 8)));
            }

            for (var i = random.Next(2, 6); i > 0; i--)
            {
                var s = new Turned(pen, U(-r, r), (Chance(0.5) ? -1 : 1) * (r + U(15, 25)), U(-0.4, 0.4));
                s.Rect(Organic, 8 * 0.3, -35, -5, 70, 10);
                s.Rect(Organic, 2 * 0.1 * 0.8, -22, -5.5, 9, 11);
                s.Rect(Organic, 2 * 0.1 * 0.8, 13, -5.5, 9, 11);
            }
        }

        /// <summary>
        /// A family board game in its box: lid and base of 1.5 mm greyboard (about 0.7 g/cm³, papered), 250–290 mm square or 230–260 ×
        /// 160–180 mm, and 45–60 mm deep, their walls doubled where lid meets base and seen edge-on; the board folded in four (2 mm board);
        /// a vacuum-formed polystyrene tray (0.4 mm) whose wells' walls stand up round its compartments; one or two decks of cards, a
        /// pad of score sheets, two dice (16 mm, about 1.3 g/cm³) and ten to thirty small plastic pieces; on some six to ten die-cast
        /// zinc-alloy tokens (about 6–9 g each, 15–22 mm across), on others wooden ones.
        /// </summary>
        private void BoardGame()
        {
            var square = Chance(0.6);
            var l = square ? U(250, 290) : U(230, 260);
            var w = square ? l : U(160, 180);
            var depth = U(45, 60);
            var pen = Place(Math.Max(l, w) * 0.55);
            var k = new Turned(pen, 0, 0, 0);
            k.Rect(Organic, 2 * 1.5 * 0.7, -l / 2, -w / 2, l, w);
            k.Line(Organic, depth * 0.7, 3, true, SCorners((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3));
            k.Rect(Organic, 4 * 2 * 0.7, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            k.Rect(Organic, 0.4 * 1.05, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            var wells = random.Next(2, 5);
            var ww = (l - 12) / wells;
            for (var i = 0; i < wells; i++)
            {
                k.Line(Organic, (depth - 10) * 0.4 * 1.05 / 0.8, 0.8, true, SCorners((-l / 2) + 6 + (i * ww), -w * 0.35, ww - 4, w * 0.6));
            }

            var deck = new Turned(pen, U(-l * 0.3, l * 0.3), U(-w * 0.2, w * 0.2), U(-0.1, 0.1));
            deck.Rect(Organic, 30 * 0.3 * 0.9, -44, -28, 88, 56);
            k.Rect(Organic, 5 * 0.8, U(-l * 0.4, 0), U(-w * 0.3, 0), 80, 60);
            for (var i = 0; i < 2; i++)
            {
                k.Rect(Organic, 16 * 1.3 * 0.85, U(-l * 0.4, l * 0.4), U(-w * 0.4, w * 0.3), 16, 16);
            }

            for (var i = random.Next(10, 31); i > 0; i--)
            {
                k.Rect(Organic, 10 * 1.05 * 0.5, U(-l * 0.45, l * 0.42), U(-w * 0.45, w * 0.42), U(6, 12), U(6, 10));
            }

            var metal = Chance(0.6);
            for (var i = random.Next(6, 11); i > 0; i--)
            {
                var t = new Turned(pen, U(-l * 0.4, l * 0.4), U(-w * 0.4, w * 0.4), U(0, 2 * Math.PI));
                var s = U(7.5, 11);
                (double X, double Y)[] token = [(-s, -s * 0.5), (s * 0.2, -s * 0.8), (s, -s * 0.2), (s * 0.6, s * 0.7), (-s * 0.5, s * 0.6)];
                if (metal)
                {
                    t.Poly(Steel, 4.5 * 0.85, token);
                }
                else
                {
                    t.Poly(Organic, 12 * 0.7, token);
                }
            }
        }

        /// <summary>
        /// Badminton shuttlecocks in their tube: six nylon-skirted shuttles in a tube 180–200 mm long or twelve feathered ones in one
        /// 280–300 mm long, 68–75 mm across, of spiral-wound card (1.2 mm at about 0.7 g/cm³) or clear PET (0.4 mm), with polyethylene
        /// end caps; the shuttles nested one in the next, each a 26 mm cork base (cork about 0.25 g/cm³ under its skin) and its skirt: a
        /// 0.3 mm nylon cone opening to 64 mm (its sides, where the beam grazes them, seen much thicker), or sixteen goose feathers (1 mm
        /// shafts) glued into the cork and tied with cotton.
        /// </summary>
        private void ShuttlecockTube()
        {
            var feather = Chance(0.5);
            var n = feather ? 12 : 6;
            var tl = feather ? U(280, 300) : U(180, 200);
            var td = U(68, 75);
            var pen = Place(tl * 0.55);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.7))
            {
                k.Tube(Organic, -tl / 2, -td / 2, tl, td, 1.2 * 0.7);
            }
            else
            {
                k.Tube(Organic, -tl / 2, -td / 2, tl, td, 0.4 * 1.38);
            }

            foreach (var x in new[] { (-tl / 2) - 1.5, tl / 2 })
            {
                k.Rect(Organic, 0.8 * td * 0.95, x, -td / 2, 1.5, td);
                k.Tube(Organic, x < 0 ? x : x - 13.5, (-td / 2) - 1, 15, td + 2, 1.2 * 0.95);
            }

            var pitch = (tl - 92) / (n - 1);
            for (var i = 0; i < n; i++)
            {
                var x = (-tl / 2) + 2 + (i * pitch);
                k.Cylinder(Organic, x, -13, 26, 26, 0.25);
                (double X, double Y)[] cone = [(x + 22, -12), (x + 88, -32), (x + 88, 32), (x + 22, 12)];
                if (feather)
                {
                    for (var j = 0; j < 8; j++)
                    {
                        k.Line(Organic, 2 * 1 * 0.9, 1, false, (x + 22, -11 + (j * 22 / 7.0)), (x + 88, -31 + (j * 62 / 7.0)));
                    }

                    k.Poly(Organic, 2 * 2 * 0.1, cone);
                    k.Rect(Organic, 2 * 1.0, x + 45, -21, 2, 42);
                }
                else
                {
                    k.Poly(Organic, 2 * 0.3 * 1.14, cone);
                    k.Line(Organic, 2 * Math.Sqrt(2 * 22 * 0.3) * 1.14 / 1.5, 1.5, false, cone[0], cone[1]);
                    k.Line(Organic, 2 * Math.Sqrt(2 * 22 * 0.3) * 1.14 / 1.5, 1.5, false, cone[3], cone[2]);
                    k.Rect(Organic, 2 * 1.2 * 1.14, x + 50, -24, 3, 48);
                }
            }
        }

        /// <summary>
        /// A percussion triangle (the school and orchestral instrument): a 6–10 mm plated steel rod bent into an equilateral triangle
        /// 120–250 mm a side, open at one corner, a polypropylene clip on a nylon loop at its top; its beater, a 4–6 mm steel rod 150–200
        /// mm long with a plastic or rubber grip (about 1.1 g/cm³).
        /// </summary>
        private void MusicTriangle()
        {
            var a = U(120, 250);
            var d = a < 170 ? U(6, 8) : U(8, 10);
            var pen = Place((a * 0.6) + 20);
            var k = new Turned(pen, 0, 0, 0);
            var rc = a / Math.Sqrt(3);
            (double X, double Y) Corner(double deg) => (rc * Math.Cos(deg * Math.PI / 180), rc * Math.Sin(deg * Math.PI / 180));
            var (top, right, left) = (Corner(-90), Corner(30), Corner(150));
            (double X, double Y) Toward((double X, double Y) from, (double X, double Y) to, double mm)
            {
                var len = Math.Sqrt(((to.X - from.X) * (to.X - from.X)) + ((to.Y - from.Y) * (to.Y - from.Y)));
                return (from.X + ((to.X - from.X) * mm / len), from.Y + ((to.Y - from.Y) * mm / len));
            }

            k.Line(Steel, 0.8 * d, d, false, Toward(left, top, 8), top, right, Toward(left, right, 8));
            k.Rect(Organic, 8 * 0.9, top.X - 8, top.Y - 24, 16, 18);
            k.Ring(Organic, 1.2 * 1.14, 1.2, top.X, top.Y - 34, 10, 10);
            var b = new Turned(pen, U(-a * 0.2, a * 0.2), U(-a * 0.1, a * 0.25), U(0, 2 * Math.PI));
            var bl = U(150, 200);
            var bd = U(4, 6);
            b.Line(Steel, 0.8 * bd, bd, false, (-bl / 2, 0), (bl / 2, 0));
            b.Cylinder(Organic, -bl / 2, -6, 70, 12, 1.1);
        }

        /// <summary>
        /// A child's magnetic drawing board: an ABS frame 280–340 × 220–260 mm and 15–20 mm deep (2 mm faces, about 1.05 g/cm³, its rim
        /// seen edge-on) round a drawing panel: a 0.5 mm PET window over a 3 mm plastic honeycomb filled with a thickened white liquid
        /// (about 1.1 g/cm³, titanium dioxide in it) carrying fine magnetic iron oxide (with the pigment, about 0.07 mm of steel over the
        /// panel); the eraser bar along its bottom edge with a flexible ferrite strip (2 × 6 mm at about 4.8 g/cm³); a magnetic pen (a
        /// 10 × 6 mm neodymium magnet in its tip) on a cord, and on some two or three magnetic stamps (ABS round a ferrite disc).
        /// </summary>
        private void MagneticDrawingBoard()
        {
            var l = U(280, 340);
            var w = U(220, 260);
            var depth = U(15, 20);
            var pen = Place(Math.Max(l, w) * 0.5);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 18);
            k.Line(Organic, depth * 1.05, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 17));
            var pl = l - U(70, 90);
            var pw = w - U(60, 70);
            var py = (-pw / 2) - 10;
            k.Rect(Organic, (0.5 * 1.38) + (3 * 0.1 * 1.2) + (3 * 0.9 * 1.1), -pl / 2, py, pl, pw);
            k.Rect(Steel, 0.07, -pl / 2, py, pl, pw);
            var ey = py + pw + 4;
            k.Rect(Organic, 8 * 1.05, (-pl / 2) - 5, ey, pl + 10, 12);
            k.Rect(Steel, 2 * 0.65, (-pl / 2) - 5, ey + 3, pl + 10, 6);
            k.Rect(Organic, 12 * 1.05, -20, (w / 2) - 14, 40, 10);
            var s = new Turned(pen, U(-l * 0.3, l * 0.3), (-w / 2) + 12, U(-0.2, 0.2));
            s.Tube(Organic, -60, -6, 120, 12, 1.5 * 1.05);
            s.Rect(Steel, 0.8 * 6 * 7.5 / 7.8, 52, -3, 10, 6);
            s.Line(Organic, 2 * 1.14 * 0.8, 2, false, (-60, 0), (-85, 15), (-100, 40));
            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var st = new Turned(pen, U(-l * 0.35, l * 0.35), U(-w * 0.3, w * 0.3), U(0, 2 * Math.PI));
                st.Rect(Organic, 12 * 1.05 * 0.6, -15, -15, 30, 30);
                st.Ellipse(Steel, 3 * 0.65, 0, 0, 8, 8);
            }
        }

        /// <summary>
        /// A porcelain ornament, a gift (a seated dog, a lady in a long dress, an angel): slip-cast hollow, 3.5–6 mm walls of porcelain
        /// (about 2.4 g/cm³, counted as glass at 0.96) 90–180 mm tall, glazed, a hole in its unglazed base; lying on its side, each part
        /// of it a hollow shell that the beam crosses twice in its middle and along a long chord near its rim; bare, or in its gift box
        /// (0.5 mm card at about 0.7 g/cm³) with tissue paper round it.
        /// </summary>
        private void PorcelainFigurine()
        {
            var hgt = U(90, 180);
            var wall = U(3.5, 6);
            var pen = Place((hgt * 0.6) + 10);
            var k = new Turned(pen, 0, 0, 0);
            (double Cx, double Cy, double Rx, double Ry)[] parts = random.Next(3) switch
            {
                0 =>
                [
                    (-hgt * 0.18, 0, hgt * 0.3, hgt * 0.22), (hgt * 0.27, hgt * 0.04, hgt * 0.17, hgt * 0.15), (hgt * 0.32, -hgt * 0.16, hgt * 0.1, hgt * 0.05),
                    (-hgt * 0.4, hgt * 0.14, hgt * 0.08, hgt * 0.12),
                ],
                1 =>
                [
                    (-hgt * 0.2, 0, hgt * 0.3, hgt * 0.28), (hgt * 0.15, 0, hgt * 0.15, hgt * 0.12), (hgt * 0.38, 0, hgt * 0.1, hgt * 0.09),
                ],
                _ =>
                [
                    (-hgt * 0.12, 0, hgt * 0.36, hgt * 0.2), (hgt * 0.34, 0, hgt * 0.12, hgt * 0.11), (0, -hgt * 0.26, hgt * 0.25, hgt * 0.12),
                    (0, hgt * 0.26, hgt * 0.25, hgt * 0.12),
                ],
            };
            foreach (var (cx, cy, rx, ry) in parts)
            {
                k.Ellipse(Glass, 2 * wall * 0.96, cx, cy, rx, ry);
                var edge = 0.7 * 2 * Math.Sqrt(2 * Math.Min(rx, ry) * wall) * 0.96;
                k.Ring(Glass, edge, wall, cx, cy, rx - (wall / 2), ry - (wall / 2));
            }

            k.Ring(Glass, 2 * wall * 0.96, 2, -hgt / 2, 0, 2, 8);
            if (Chance(0.4))
            {
                var (bx, by) = ((hgt / 2) + 10, (hgt * 0.35) + 10);
                k.Rect(Organic, 2 * 0.5 * 0.7, -bx, -by, 2 * bx, 2 * by);
                k.Line(Organic, hgt * 0.4 * 0.5 * 0.7 / 1.2, 1.2, true, SCorners(-bx + 0.6, -by + 0.6, (2 * bx) - 1.2, (2 * by) - 1.2));
                k.Poly(Organic, 6 * 0.03 * 0.6, (-bx + 4, -by + 4), (bx - 6, -by + 8), (bx - 4, by - 4), (-bx + 8, by - 6));
            }
        }

        /// <summary>
        /// A clutch handbag with a chain strap: a 220–280 × 120–160 mm envelope of PU faux leather (two 1.2 mm faces and the flap, about
        /// 1.2 g/cm³) over a 1 mm card stiffener and a polyester lining, its gussets seen edge-on; a steel zip (0.6 mm teeth on a 5 mm
        /// tape) along its inside pocket; a magnetic snap (two 18 mm steel-cased magnets) or a die-cast zinc-alloy turn-lock under the
        /// flap; a curb chain of plated steel or zinc-alloy links (2–3 mm wire) 1.1–1.2 m long heaped on or in it; empty but for a
        /// folded tissue or two.
        /// </summary>
        private void ClutchBag()
        {
            var l = U(220, 280);
            var w = U(120, 160);
            var pen = Place(Math.Max(l, w) * 0.6);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, (3 * 1.2 * 1.2) + (1 * 0.7) + (2 * 0.3 * 1.38), -l / 2, -w / 2, l, w, 8);
            k.Line(Organic, 25 * 1.2 * 1.2 / 2, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 7));
            k.Line(Organic, 2 * 1.2 * 1.2, 2, false, (-l / 2, -w * 0.1), (0, w * 0.15), (l / 2, -w * 0.1));
            if (Chance(0.5))
            {
                k.Ellipse(Steel, (2 * 0.5) + 2, 0, w * 0.1, 9, 9);
                k.Ring(Steel, 2 * 0.5 * 3, 1, 0, w * 0.1, 9, 9);
            }
            else
            {
                k.Rect(Steel, 3 * 0.85, -15, w * 0.05, 30, 20);
                k.Ellipse(Steel, 5 * 0.85, 0, (w * 0.05) + 10, 6, 6);
            }

            k.Line(Steel, 0.6, 5, false, ((-l / 2) + 20, -w * 0.25), ((l / 2) - 20, -w * 0.25));
            k.Rect(Steel, 1.5, U((-l / 2) + 20, (l / 2) - 32), (-w * 0.25) - 4, 12, 8);
            var zinc = Chance(0.4);
            var wire = U(2, 3);
            var c = new Turned(pen, U(-l / 4, l / 4), U(-w / 4, w / 4), 0);
            var chain = Wander(random.Next(8, 13), U(25, 40), 60);
            var f = zinc ? 0.85 : 1.0;
            c.Line(Steel, 0.45 * wire * f, wire * 4, false, chain);
            c.Line(Steel, 0.8 * wire * f, wire, false, chain);
            foreach (var (x, y) in new[] { chain[0], chain[^1] })
            {
                c.Ellipse(Steel, 3 * f, x, y, 5, 3);
            }

            if (Chance(0.4))
            {
                k.Rect(Organic, 8 * 0.1 * 0.5, U(-l / 4, 0), U(-w / 4, 0), 70, 50);
            }
        }
    }
}
