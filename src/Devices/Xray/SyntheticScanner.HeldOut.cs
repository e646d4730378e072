namespace Screening.Devices.Xray;

// Variant set C (held out): threat shapes and clutter kinds that neither A nor B draws. Each is
// written from what the real thing measures and is made of (sizes in millimetres from makers' data
// or a rule laid on the object), not from what any detector finds easy or hard; the analyser was not
// read while writing them. Thicknesses are effective ones in the same convention as the rest of the
// scene: roughly the millimetres of that material the beam crosses where the part lies flat.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        private static readonly Material Lead = Material.Lead;

        // Aluminium and glass are both "mixed" on a dual-energy scanner (effective Z about 11–13).
        private static readonly Material Aluminium = Material.Mixed;
        private static readonly Material Glass = Material.Mixed;

        /// <summary>Draws one of set C's threat shapes; null for a shape that is not set C's.</summary>
        private PixelBox? DrawHeldOutThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.ChefKnife => ChefKnife(scale),
            ThreatShape.UtilityKnife => UtilityKnife(scale),
            ThreatShape.ButterflyKnife => ButterflyKnife(scale),
            ThreatShape.PolymerPistol => PolymerPistol(scale),
            ThreatShape.PocketPistol => PocketPistol(scale),
            ThreatShape.Derringer => Derringer(scale),
            ThreatShape.FlipPhone => FlipPhone(scale),
            ThreatShape.SlimPhone => SlimPhone(scale),
            ThreatShape.RuggedPhone => RuggedPhone(scale),
            ThreatShape.MiniPhone => MiniPhone(scale),
            ThreatShape.ShotgunShells => ShotgunShells(scale),
            ThreatShape.RimfireRounds => RimfireRounds(scale),
            ThreatShape.MicroSim => LooseSim(scale, 15, 12, 10, 9),
            ThreatShape.NanoSim => LooseSim(scale, 12.3, 8.8, 10.5, 7.5),
            ThreatShape.Syringe10Ml => Syringe10Ml(scale),
            ThreatShape.TuberculinSyringe => TuberculinSyringe(scale),
            ThreatShape.Cell21700 => Cell21700(scale),
            ThreatShape.PhoneBatteryPack => PhoneBatteryPack(scale),
            ThreatShape.AdjustableWrench => AdjustableWrench(scale),
            ThreatShape.Chisel => Chisel(scale),
            ThreatShape.HipFlask => HipFlask(scale),
            ThreatShape.SpiritsCan => SpiritsCan(scale),
            ThreatShape.FlaskBottle => FlaskBottle(scale),
            ThreatShape.ClingFilmBundles => ClingFilmBundles(scale),
            ThreatShape.PillStrips => PillStrips(scale),
            ThreatShape.TabletBag => TabletBag(scale),
            _ => null,
        };

        /// <summary>Draws one of set C's clutter kinds; false for a kind that is not set C's.</summary>
        private bool DrawHeldOutClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Spectacles:
                    Spectacles(Place(75));
                    return true;
                case ClutterKind.GlassesCase:
                    GlassesCase();
                    return true;
                case ClutterKind.Hairdryer:
                    Hairdryer();
                    return true;
                case ClutterKind.Padlock:
                    Padlock();
                    return true;
                case ClutterKind.CardWallet:
                    CardWallet();
                    return true;
                case ClutterKind.AlkalineBatteries:
                    AlkalineBatteries();
                    return true;
                case ClutterKind.Torch:
                    Torch();
                    return true;
                case ClutterKind.Lanyard:
                    Lanyard();
                    return true;
                case ClutterKind.Compact:
                    Compact();
                    return true;
                case ClutterKind.Hairbrush:
                    Hairbrush();
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Part of an object turned and moved within its pen's frame: a loose round, a tablet, a cell in
        /// a pack. Millimetres, origin and angle in the pen's frame.
        /// </summary>
        private readonly struct Turned(Pen pen, double originX, double originY, double angleRadians)
        {
            private readonly double _cos = Math.Cos(angleRadians);
            private readonly double _sin = Math.Sin(angleRadians);

            private (double X, double Y) Map((double X, double Y) p) =>
                (originX + (p.X * _cos) - (p.Y * _sin), originY + (p.X * _sin) + (p.Y * _cos));

            public void Poly(Material m, double t, params (double X, double Y)[] points) =>
                pen.Poly(m, t, points.Select(Map).ToArray());

            public void Line(Material m, double t, double widthMm, bool closed, params (double X, double Y)[] points) =>
                pen.Line(m, t, widthMm, closed, points.Select(Map).ToArray());

            public void Rect(Material m, double t, double x, double y, double w, double h) =>
                Poly(m, t, (x, y), (x + w, y), (x + w, y + h), (x, y + h));

            public void Ellipse(Material m, double t, double cx, double cy, double rx, double ry) =>
                Poly(m, t, Oval(cx, cy, rx, ry));

            public void Ring(Material m, double t, double widthMm, double cx, double cy, double rx, double ry) =>
                Line(m, t, widthMm, closed: true, Oval(cx, cy, rx, ry));

            /// <summary>A solid cylinder from the side (axis along x), as <see cref="Pen.Cylinder"/>.</summary>
            public void Cylinder(Material m, double x, double y, double length, double diameter, double density = 1)
            {
                ReadOnlySpan<(double Half, double Add)> bands = [(0.5, 0.35), (0.4, 0.4), (0.27, 0.15), (0.15, 0.1)];
                var cy = y + (diameter / 2);
                foreach (var (half, add) in bands)
                {
                    Rect(m, add * diameter * density, x, cy - (half * diameter), length, 2 * half * diameter);
                }
            }

            /// <summary>A hollow tube from the side (axis along x), as <see cref="Pen.Tube"/>.</summary>
            public void Tube(Material m, double x, double y, double length, double diameter, double wall)
            {
                Rect(m, 2 * wall, x, y, length, diameter);
                var edge = Math.Max(1.2, diameter * 0.12);
                Rect(m, 2.5 * wall, x, y, length, edge);
                Rect(m, 2.5 * wall, x, y + diameter - edge, length, edge);
            }

            private static (double X, double Y)[] Oval(double cx, double cy, double rx, double ry)
            {
                var points = new (double X, double Y)[28];
                for (var i = 0; i < points.Length; i++)
                {
                    var a = 2 * Math.PI * i / points.Length;
                    points[i] = (cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a)));
                }

                return points;
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>A chef's knife: 190–240 mm blade, 44–54 mm deep at the heel, ground thin toward the edge; riveted or moulded handle.</summary>
        private PixelBox ChefKnife(double scale)
        {
            var l = U(190, 240);
            var h = U(44, 54);
            var lh = U(110, 130);
            var t = U(2.0, 2.8);
            var pen = Place(((l + lh) / 2) + 5, scale);
            var ox = -(l - lh) / 2;
            // Spine straight along y = -h/2; the edge runs straight from the heel, then a belly rises to the tip.
            var blade = new List<(double, double)> { (ox, -h / 2), (ox + (0.7 * l), -h / 2), (ox + (0.9 * l), (-h / 2) + (0.08 * h)), (ox + l, -0.3 * h) };
            for (var i = 10; i >= 0; i--)
            {
                var f = i / 10.0;
                blade.Add((ox + (f * l), f < 0.6 ? h / 2 : (h / 2) - (0.8 * h * Math.Pow((f - 0.6) / 0.4, 2))));
            }

            pen.Poly(Steel, 0.55 * t, [.. blade]);
            // The thick spine half of the grind.
            pen.Poly(Steel, 0.45 * t, (ox, -h / 2), (ox + (0.7 * l), -h / 2), (ox + (0.9 * l), (-h / 2) + (0.08 * h)), (ox + (0.9 * l), -0.2 * h), (ox, -0.1 * h));
            var yc = (-h / 2) + 13;
            var wh = U(22, 26);
            if (Chance(0.6))
            {
                // Forged: a bolster, a full tang between riveted scales.
                pen.Rect(Steel, U(5, 8), ox - 10, -h / 2, 10, 0.55 * h);
                RoundedRect(pen, Organic, U(16, 20), ox - lh, yc - (wh / 2), lh - 10, wh, 7);
                pen.Rect(Steel, t, ox - lh + 4, yc - 7, lh - 4, 14);
                for (var i = 0; i < 3; i++)
                {
                    pen.Ellipse(Steel, 14, ox - 22 - (i * (lh - 40) / 2), yc, 2.5, 2.5);
                }
            }
            else
            {
                // Stamped: a short narrow tang in a moulded plastic handle.
                RoundedRect(pen, Organic, U(18, 24), ox - lh, yc - (wh / 2), lh, wh, 8);
                pen.Rect(Steel, t, ox - (0.6 * lh), yc - 4, 0.6 * lh, 8);
            }

            return pen.Box;
        }

        /// <summary>A snap-off utility knife: an 18 mm (0.5 mm thick) or 9 mm (0.38 mm) blade sliding in a plastic body, 8–35 mm out.</summary>
        private PixelBox UtilityKnife(double scale)
        {
            var wide = Chance(0.6);
            var bw = wide ? 18.0 : 9.0;
            var bt = wide ? 0.5 : 0.38;
            var bl = wide ? 100.0 : 80.0;
            var body = wide ? U(150, 170) : U(125, 140);
            var bodyW = wide ? U(28, 34) : U(17, 20);
            var ext = U(8, 35);
            var pen = Place(((body + ext) / 2) + 5, scale);
            var x0 = -(body + ext) / 2;
            RoundedRect(pen, Organic, wide ? U(14, 18) : U(10, 12), x0, -bodyW / 2, body, bodyW, bodyW / 3);
            if (Chance(0.7))
            {
                // Steel blade track: a folded channel, its walls denser than its floor.
                pen.Rect(Steel, 0.6, x0 + 10, (-bw / 2) - 1.5, body - 10, bw + 3);
                pen.Rect(Steel, 2.5, x0 + 10, (-bw / 2) - 1.5, body - 10, 1);
                pen.Rect(Steel, 2.5, x0 + 10, (bw / 2) + 0.5, body - 10, 1);
            }

            var tip = x0 + body + ext;
            var tail = tip - bl;
            pen.Poly(Steel, bt, (tail, -bw / 2), (tip, -bw / 2), (tip - (bw * 0.58), bw / 2), (tail, bw / 2));
            // Slider with its steel lock plate.
            pen.Rect(Organic, 6, tail + 4, -bw / 2, 16, bw);
            pen.Rect(Steel, 0.8, tail + 2, (-bw / 2) + 2, 10, bw - 4);
            return pen.Box;
        }

        /// <summary>A butterfly knife (balisong): 85–100 mm blade, two 120–135 mm channel handles on pivot pins; open or closed.</summary>
        private PixelBox ButterflyKnife(double scale)
        {
            var bl = U(85, 100);
            var bw = U(20, 25);
            var bt = U(2.5, 3.2);
            var hl = U(120, 135);
            var hw = U(11, 13);
            var open = Chance(0.6);
            var steelHandles = Chance(0.5);
            var total = open ? bl + hl - 10 : hl + 8;
            var pen = Place((total / 2) + 5, scale);
            var x0 = -total / 2;
            // The two handles lie side by side; steel channels, or aluminium with steel liners.
            for (var s = -1; s <= 0; s++)
            {
                var y = s * hw;
                if (steelHandles)
                {
                    pen.Rect(Steel, 2.2, x0, y, hl, hw);
                    pen.Rect(Steel, 3, x0, y, hl, 1.5);
                }
                else
                {
                    pen.Rect(Aluminium, 9, x0, y, hl, hw);
                    pen.Rect(Steel, 1.0, x0, y + 1, hl, hw - 2);
                }
            }

            // Blade: inside the handles when closed, out beyond them when open; tang on the pivot pins.
            var xs = open ? x0 + hl - 10 : x0 + 4;
            pen.Poly(Steel, bt, (xs, -bw / 2), (xs + (0.7 * bl), -bw / 2), (xs + bl, -0.1 * bw), (xs + (0.75 * bl), bw / 2), (xs, bw / 2));
            var pivot = open ? x0 + hl - 5 : x0 + 8;
            pen.Ellipse(Steel, 10, pivot, -hw / 2, 2.5, 2.5);
            pen.Ellipse(Steel, 10, pivot, hw / 2, 2.5, 2.5);
            // Latch at the far end of one handle.
            pen.Rect(Steel, 3, open ? x0 + 2 : x0 + hl - 12, -3, 10, 6);
            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>A polymer-frame pistol (Glock 17/19 class): steel slide 170–205 mm, polymer frame and grip, a steel-lined magazine, often loaded.</summary>
        private PixelBox PolymerPistol(double scale)
        {
            var l = U(170, 205);
            var h = U(24, 28);
            var grip = U(95, 115);
            var rake = Math.Tan(U(18, 24) * Math.PI / 180);
            var pen = Place((Math.Max(l, grip + h + 15) / 2) + 10, scale);
            var x0 = -l / 2;
            var y0 = -(h + 15 + grip) / 2;
            // Slide: hollow steel round a barrel; the breech block and striker at the back are solid.
            pen.Rect(Steel, U(4.5, 6), x0, y0, l, h);
            pen.Rect(Steel, 2.5, x0, y0, 35, h);
            pen.Rect(Steel, 3.5, x0 + 35, y0 + (h * 0.2), l - 35, h * 0.55);
            pen.Rect(Steel, 1.5, x0 + 60, y0 + h - 2, l - 65, 6);
            // Polymer frame: dust cover, grip and trigger guard; only small steel parts inside it.
            pen.Rect(Organic, 18, x0 + 5, y0 + h, l - 20, 13);
            var gx = x0 + 10;
            var gy = y0 + h + 12;
            pen.Poly(Organic, U(26, 30), (gx, gy - 4), (gx + 36, gy - 4), (gx + 36 - (grip * rake), gy + grip), (gx - (grip * rake), gy + grip));
            pen.Rect(Steel, 4, gx + 40, y0 + h, 18, 10);
            pen.Rect(Steel, 1.5, gx + 36, gy + 2, 30, 3);
            for (var i = 0; i < 3; i++)
            {
                pen.Ellipse(Steel, 2.5, gx + 20 + (i * 18), gy - 6, 1.6, 1.6);
            }

            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 58 + (24 * Math.Cos(a)), gy - 2 + (18 * Math.Sin(a)))).ToArray();
            pen.Line(Organic, 10, 5, closed: false, guard);
            pen.Poly(Organic, 8, (gx + 48, gy), (gx + 54, gy), (gx + 50, gy + 13), (gx + 46, gy + 13));
            // Magazine: polymer body on a steel liner, then a double stack of 9 mm rounds lying forward.
            var mag = grip - 4;
            pen.Poly(Steel, 1.2, (gx + 6, gy), (gx + 30, gy), (gx + 30 - (mag * rake), gy + mag), (gx + 6 - (mag * rake), gy + mag));
            pen.Rect(Organic, 10, gx + 2 - (mag * rake), gy + mag - 2, 34, 6);
            if (Chance(0.75))
            {
                var rounds = random.Next(5, 16);
                for (var i = 0; i < rounds && 6 + (i * 5.2) < mag - 10; i++)
                {
                    var d = 6 + (i * 5.2);
                    var x = gx + 8 - (d * rake) + (i % 2 == 0 ? 0 : 2.5);
                    var y = gy + d - 4.8;
                    pen.Cylinder(Brass, x, y, 19, 9.6, 0.35);
                    pen.Poly(Lead, 4, (x + 19, y + 0.5), (x + 24, y + 0.8), (x + 29, y + 4.8), (x + 24, y + 8.8), (x + 19, y + 9.1));
                }
            }

            return pen.Box;
        }

        /// <summary>A small-frame pocket pistol (PPK / .380 class): 140–160 mm, steel or aluminium-alloy frame, single-stack magazine.</summary>
        private PixelBox PocketPistol(double scale)
        {
            var l = U(140, 160);
            var h = U(22, 25);
            var grip = U(70, 85);
            var rake = Math.Tan(U(10, 16) * Math.PI / 180);
            var alloy = Chance(0.4);
            var frame = alloy ? Aluminium : Steel;
            var frameT = alloy ? 16 : 4.5;
            var pen = Place((l / 2) + 10, scale);
            var x0 = -l / 2;
            var y0 = -(h + 10 + grip) / 2;
            // Steel slide round a fixed barrel and its recoil spring.
            RoundedRect(pen, Steel, U(5, 6), x0, y0, l, h, 5);
            pen.Rect(Steel, 3, x0 + 25, y0 + (h * 0.25), l - 25, h * 0.5);
            pen.Rect(Steel, 1.2, x0 + 30, y0 + (h * 0.2), l - 35, h * 0.6);
            // Frame with an integral trigger guard, hollow grip frame, grip panels.
            pen.Rect(frame, frameT * 1.5, x0 + 5, y0 + h, l - 15, 10);
            var gx = x0 + 6;
            var gy = y0 + h + 10;
            (double, double)[] gripOutline = [(gx, gy), (gx + 30, gy), (gx + 30 - (grip * rake), gy + grip), (gx - (grip * rake), gy + grip)];
            pen.Line(frame, frameT, 4.5, closed: true, gripOutline);
            pen.Poly(Organic, 8, gripOutline);
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 50 + (20 * Math.Cos(a)), gy - 2 + (15 * Math.Sin(a)))).ToArray();
            pen.Line(frame, frameT, 5, closed: false, guard);
            pen.Poly(Steel, 3, (gx + 42, gy - 1), (gx + 47, gy - 1), (gx + 44, gy + 11), (gx + 41, gy + 11));
            pen.Poly(Steel, 5, (x0 - 3, y0 + h - 2), (x0 + 8, y0 + h - 2), (x0 + 6, y0 + h + 10), (x0 - 6, y0 + h + 6));
            // Steel magazine, single stack of .380 rounds.
            var mag = grip - 3;
            pen.Poly(Steel, 1.5, (gx + 5, gy), (gx + 25, gy), (gx + 25 - (mag * rake), gy + mag), (gx + 5 - (mag * rake), gy + mag));
            if (Chance(0.75))
            {
                for (var d = 6.0; d < mag - 12; d += 9.7)
                {
                    var x = gx + 6 - (d * rake);
                    var y = gy + d - 4.75;
                    pen.Cylinder(Brass, x, y, 17.3, 9.5, 0.35);
                    pen.Poly(Lead, 4, (x + 17.3, y + 0.6), (x + 21, y + 1), (x + 25, y + 4.75), (x + 21, y + 8.5), (x + 17.3, y + 8.9));
                }
            }

            return pen.Box;
        }

        /// <summary>An over-and-under derringer: 64–90 mm barrels in a solid steel block, spur trigger, bird's-head grip; 120–150 mm overall.</summary>
        private PixelBox Derringer(double scale)
        {
            var bl = U(64, 90);
            var bh = U(24, 27);
            var pen = Place(((bl + 45) / 2) + 30, scale);
            var x0 = -(bl + 45) / 2;
            var y0 = -(bh + 60) / 2;
            var bx = x0 + 45;
            // Barrel block: about 18 mm of steel across, 9 mm less where each bore runs.
            pen.Rect(Steel, 9, bx, y0, bl, bh);
            var bore = 9.1;
            var web = (bh - (2 * bore)) / 3;
            pen.Rect(Steel, 9, bx, y0, bl, web);
            pen.Rect(Steel, 9, bx, y0 + web + bore, bl, web);
            pen.Rect(Steel, 9, bx, y0 + bh - web, bl, web);
            if (Chance(0.7))
            {
                // .38 rounds in both chambers.
                for (var k = 0; k < 2; k++)
                {
                    var y = y0 + web + (k * (bore + web));
                    pen.Cylinder(Brass, bx, y, 29, bore, 0.35);
                    pen.Cylinder(Lead, bx + 29, y + 0.3, 10, bore - 0.6, 0.9);
                }
            }

            pen.Ellipse(Steel, 10, bx + 4, y0 - 2, 4, 4);
            // Frame, hammer, spur trigger (sometimes a guard), bird's-head grip.
            pen.Poly(Steel, 10, (x0 + 5, y0 - 3), (bx, y0 - 3), (bx, y0 + bh + 8), (x0 + 10, y0 + bh + 8));
            pen.Poly(Steel, 6, (x0 + 5, y0 - 3), (x0 + 14, y0 - 3), (x0 + 4, y0 - 16), (x0 - 3, y0 - 12));
            pen.Poly(Steel, 4, (bx - 12, y0 + bh + 8), (bx - 6, y0 + bh + 8), (bx - 10, y0 + bh + 18), (bx - 14, y0 + bh + 16));
            if (Chance(0.5))
            {
                var guard = Enumerable.Range(0, 8).Select(i => Math.PI * i / 7)
                    .Select(a => (bx - 10 + (12 * Math.Cos(a)), y0 + bh + 8 + (12 * Math.Sin(a)))).ToArray();
                pen.Line(Steel, 4, 4, closed: false, guard);
            }

            var gripPoints = new List<(double, double)>();
            for (var i = 0; i <= 6; i++)
            {
                var f = i / 6.0;
                gripPoints.Add((x0 + 10 - (14 * f) - (6 * f * f), y0 + bh + 6 + (50 * f)));
            }

            for (var i = 6; i >= 0; i--)
            {
                var f = i / 6.0;
                gripPoints.Add((x0 + 34 - (18 * f) - (12 * f * f), y0 + bh + 6 + (48 * f)));
            }

            pen.Poly(Organic, 18, [.. gripPoints]);
            pen.Poly(Steel, 4, (x0 + 12, y0 + bh + 6), (x0 + 28, y0 + bh + 6), (x0 + 6, y0 + bh + 50), (x0 - 2, y0 + bh + 48));
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>A closed flip phone: 98–108 × 48–54 mm, two plastic halves, 800–1100 mAh battery, two boards, keypad domes.</summary>
        private PixelBox FlipPhone(double scale)
        {
            var l = U(98, 108);
            var w = U(48, 54);
            var pen = Place((l / 2) + 8, scale);
            RoundedRect(pen, Organic, U(12, 16), -l / 2, -w / 2, l, w, 9);
            // Hinge barrel across one end, steel pins in it.
            pen.Rect(Organic, 8, (l / 2) - 12, -w / 2, 12, w);
            pen.Rect(Steel, 3, (l / 2) - 9, -w / 2, 6, 5);
            pen.Rect(Steel, 3, (l / 2) - 9, (w / 2) - 5, 6, 5);
            // Battery in the keypad half.
            pen.Rect(Steel, 0.7, (-l / 2) + 8, -17, 48, 34);
            pen.Rect(Mixed, 3.5, (-l / 2) + 8, -17, 48, 34);
            // Boards, display glass, shield cans, components.
            pen.Rect(Mixed, 1.5, (-l / 2) + 5, -w * 0.42, l * 0.8, w * 0.84);
            pen.Rect(Glass, 1.5, -l * 0.1, -w * 0.38, l * 0.45, w * 0.76);
            pen.Rect(Steel, 0.3, (-l / 2) + 10, -w * 0.3, 22, 16);
            for (var i = random.Next(5, 11); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 6, l / 2 - 16), U(-w * 0.4, w * 0.35), U(2, 5), U(2, 5));
            }

            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    pen.Ellipse(Steel, 0.3, (-l / 2) + 14 + (r * 10), (-w * 0.25) + (c * w * 0.25), 2.5, 2.5);
                }
            }

            pen.Ellipse(Steel, 2.5, (l / 2) - 20, 0, 5, 5);
            pen.Rect(Steel, 2, (-l / 2) + 4, (w / 2) - 9, 10, 5);
            return pen.Box;
        }

        /// <summary>A slim modern phone: 144–160 × 68–76 × 7.5 mm, glass both sides in an aluminium or steel rail, battery over most of it.</summary>
        private PixelBox SlimPhone(double scale)
        {
            var l = U(144, 160);
            var w = U(68, 76);
            var pen = Place((l / 2) + 8, scale);
            RoundedRect(pen, Glass, 1.3, -l / 2, -w / 2, l, w, 10);
            var steelRail = Chance(0.25);
            var e = 1.25;
            (double, double)[] rail = [(-l / 2 + e, -w / 2 + e), (l / 2 - e, -w / 2 + e), (l / 2 - e, w / 2 - e), (-l / 2 + e, w / 2 - e)];
            pen.Line(steelRail ? Steel : Aluminium, steelRail ? 4 : 7.5, 2.5, closed: true, rail);
            var bl = l * U(0.55, 0.65);
            var bw = w * U(0.72, 0.82);
            var bx = (-l / 2) + 12;
            pen.Rect(Steel, 0.7, bx, -bw / 2, bl, bw);
            pen.Rect(Mixed, 4.2, bx, -bw / 2, bl, bw);
            // Logic board toward the top, under steel shields; camera lenses in a corner.
            var board = bx + bl + 2;
            pen.Rect(Mixed, 2.2, board, -w * 0.4, (l / 2) - 6 - board, w * 0.8);
            pen.Rect(Steel, 0.4, board + 2, -w * 0.3, ((l / 2) - 10 - board) * 0.7, w * 0.5);
            for (var i = random.Next(4, 9); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(board, (l / 2) - 10), U(-w * 0.38, w * 0.33), U(1.5, 4), U(1.5, 4));
            }

            var lenses = random.Next(1, 4);
            for (var i = 0; i < lenses; i++)
            {
                pen.Ellipse(Steel, 1.8, (l / 2) - 14 - ((i % 2) * 14), (-w / 2) + 14 + ((i / 2) * 14), 6, 6);
                pen.Ellipse(Glass, 3, (l / 2) - 14 - ((i % 2) * 14), (-w / 2) + 14 + ((i / 2) * 14), 4, 4);
            }

            // Vibration motor, loudspeaker magnet, USB-C port and two screws at the bottom end.
            pen.Rect(Steel, 2.5, (-l / 2) + 3, -w * 0.35, 8, 24);
            pen.Rect(Steel, 2, (-l / 2) + 3, w * 0.1, 8, 16);
            pen.Rect(Steel, 1.5, (-l / 2), -4.5, 4, 9);
            pen.Ellipse(Steel, 3, (-l / 2) + 2, -9, 0.9, 0.9);
            pen.Ellipse(Steel, 3, (-l / 2) + 2, 9, 0.9, 0.9);
            // Copper charging coil on the back, sometimes a ring of magnets round it.
            pen.Ring(Brass, 0.12, 12, bx + (bl / 2), 0, 20, 20);
            if (Chance(0.5))
            {
                pen.Ring(Steel, 0.5, 3.5, bx + (bl / 2), 0, 27, 27);
            }

            return pen.Box;
        }

        /// <summary>A rugged phone: 158–175 × 78–88 × 15 mm, rubber body and corner bumpers, metal chassis, 5–10 Ah battery, screws round the edge.</summary>
        private PixelBox RuggedPhone(double scale)
        {
            var l = U(158, 175);
            var w = U(78, 88);
            var pen = Place((l / 2) + 8, scale);
            RoundedRect(pen, Organic, U(14, 18), -l / 2, -w / 2, l, w, 12);
            foreach (var (x, y) in new[] { (-1, -1), (1, -1), (1, 1), (-1, 1) })
            {
                pen.Ellipse(Organic, 8, x * ((l / 2) - 9), y * ((w / 2) - 9), 9, 9);
            }

            RoundedRect(pen, Aluminium, 2.5, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8, 8);
            pen.Rect(Glass, 1, (-l / 2) + 8, (-w / 2) + 8, l - 16, w - 16);
            var bl = l * U(0.55, 0.65);
            var bw = w * 0.8;
            var bx = (-l / 2) + 14;
            pen.Rect(Steel, 1.1, bx, -bw / 2, bl, bw);
            pen.Rect(Mixed, 6, bx, -bw / 2, bl, bw);
            var board = bx + bl + 3;
            pen.Rect(Mixed, 2, board, -w * 0.38, (l / 2) - 8 - board, w * 0.76);
            for (var i = random.Next(5, 10); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(board, (l / 2) - 12), U(-w * 0.36, w * 0.3), U(2, 5), U(2, 5));
            }

            var screws = random.Next(6, 11);
            for (var i = 0; i < screws; i++)
            {
                var a = 2 * Math.PI * i / screws;
                pen.Ellipse(Steel, 4, ((l / 2) - 7) * Math.Cos(a), ((w / 2) - 7) * Math.Sin(a), 1.2, 1.2);
            }

            pen.Ellipse(Steel, 3, (-l / 2) + 10, 0, 7, 7);
            pen.Ellipse(Steel, 2, (l / 2) - 15, (-w / 2) + 16, 6, 6);
            return pen.Box;
        }

        /// <summary>A thumb-sized phone (the kind smuggled into prisons): 46–72 × 20–27 mm, 200–400 mAh, a plastic body.</summary>
        private PixelBox MiniPhone(double scale)
        {
            var l = U(46, 72);
            var w = U(20, 27);
            var pen = Place((l / 2) + 6, scale);
            RoundedRect(pen, Organic, U(9, 13), -l / 2, -w / 2, l, w, 6);
            pen.Rect(Steel, 0.5, (-l / 2) + 3, -w * 0.37, l * 0.45, w * 0.74);
            pen.Rect(Mixed, 3, (-l / 2) + 3, -w * 0.37, l * 0.45, w * 0.74);
            pen.Rect(Mixed, 1.5, (-l / 2) + 4 + (l * 0.45), -w * 0.4, l * 0.45, w * 0.8);
            for (var i = random.Next(3, 7); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 4, l / 2 - 6), U(-w * 0.35, w * 0.25), U(1.5, 3), U(1.5, 3));
            }

            for (var r = 0; r < 4; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    pen.Ellipse(Steel, 0.25, (-l * 0.05) + (r * l * 0.1), (-w * 0.25) + (c * w * 0.25), 1.6, 1.6);
                }
            }

            pen.Rect(Glass, 0.8, (l / 2) - 4 - (l * 0.25), -w * 0.35, l * 0.25, w * 0.7);
            pen.Ellipse(Steel, 2, (l / 2) - 4, 0, 3.5, 3.5);
            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>12-gauge shotgun shells: 63–70 × 20 mm plastic hulls on brass heads, a lead shot column (or nine buckshot pellets).</summary>
        private PixelBox ShotgunShells(double scale)
        {
            var count = random.Next(2, 7);
            var buck = Chance(0.3);
            var length = U(63, 70);
            const double d = 20.2;
            var head = U(8, 16);
            var spacing = d + U(0.5, 4);
            var pen = Place((Math.Max(length, count * spacing) / 2) + 10, scale);
            var y0 = (-(count * spacing) / 2) + (d / 2);
            for (var i = 0; i < count; i++)
            {
                var shell = new Turned(pen, U(-4, 4), y0 + (i * spacing), Chance(0.3) ? Math.PI : 0);
                var x = -length / 2;
                shell.Tube(Organic, x, -d / 2, length, d, 0.6);
                shell.Tube(Brass, x, -d / 2, head, d, 0.3);
                shell.Rect(Brass, 3, x - 1, (-d / 2) - 0.6, 1.5, d + 1.2);
                shell.Rect(Brass, 4, x, -2.5, 4, 5);
                shell.Cylinder(Organic, x + 4, (-d / 2) + 1, 8, d - 2, 0.9);
                shell.Cylinder(Organic, x + 12, (-d / 2) + 1, 16, d - 2, 0.5);
                if (buck)
                {
                    for (var k = 0; k < 3; k++)
                    {
                        shell.Ellipse(Lead, 8, x + 33 + (k * 8.4), -4.2, 4.2, 4.2);
                        shell.Ellipse(Lead, 8, x + 33 + (k * 8.4), 4.2, 4.2, 4.2);
                    }
                }
                else
                {
                    shell.Cylinder(Lead, x + 29, (-d / 2) + 1.2, 20, d - 2.4, 0.6);
                }

                shell.Rect(Organic, 2, x + length - 3, -d / 2, 3, d);
            }

            return pen.Box;
        }

        /// <summary>.22 rimfire rounds (25 × 5.7 mm, lead bullets): loose in a pocket, or standing in a 50-round box.</summary>
        private PixelBox RimfireRounds(double scale)
        {
            var count = random.Next(4, 16);
            var pen = Place(45, scale);
            if (Chance(0.3))
            {
                // Box (cardboard, plastic tray) with the rounds standing: each seen end-on, lead over brass.
                pen.Rect(Organic, 3, -32, -24, 64, 48);
                for (var i = 0; i < count + 10; i++)
                {
                    var x = -27 + ((i % 8) * 7.5);
                    var y = -19 + ((i / 8) * 7.5);
                    pen.Ellipse(Brass, 1.5, x, y, 3.5, 3.5);
                    pen.Ring(Brass, 10, 0.6, x, y, 2.85, 2.85);
                    pen.Ellipse(Lead, 9, x, y, 2.8, 2.8);
                }

                return pen.Box;
            }

            for (var i = 0; i < count; i++)
            {
                var round = new Turned(pen, U(-30, 30), U(-22, 22), U(0, 2 * Math.PI));
                round.Tube(Brass, -12.5, -2.85, 15.6, 5.7, 0.25);
                round.Rect(Brass, 1.5, -12.5, -3.5, 1.1, 7);
                round.Cylinder(Lead, 1, -2.8, 7, 5.6);
                round.Poly(Lead, 3, (8, -2.6), (10.5, -1.8), (12.5, -0.8), (12.5, 0.8), (10.5, 1.8), (8, 2.6));
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>A SIM on its own (micro 15 × 12, nano 12.3 × 8.8 mm): plastic, gold-plated contacts, a chip under them.</summary>
        private PixelBox LooseSim(double scale, double l, double w, double cl, double cw)
        {
            var pen = Place(12, scale);
            var cut = 2.5;
            pen.Poly(Organic, 0.7, (-l / 2, -w / 2), ((l / 2) - cut, -w / 2), (l / 2, (-w / 2) + cut), (l / 2, w / 2), (-l / 2, w / 2));
            pen.Rect(Brass, U(0.25, 0.4), -cl / 2, -cw / 2, cl, cw);
            pen.Rect(Mixed, 1.2, -2, -2, 4, 4);
            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>A 10 ml syringe: 16 mm barrel, plunger with rubber stopper, sometimes filled, a 21G needle under its cap.</summary>
        private PixelBox Syringe10Ml(double scale)
        {
            var barrel = U(75, 82);
            var d = U(15.5, 16.5);
            var gap = U(0, 55) * (Chance(0.5) ? 1 : 0);
            var needle = U(25, 40);
            // From the thumb press (98.5 mm behind the stopper's front, plus the gap) to the cap's end.
            var pen = Place(((120.5 + gap + needle) / 2) + 5, scale);
            var x0 = ((76.5 + gap - needle) / 2) - barrel;
            // Barrel (polypropylene), finger flange, luer tip.
            pen.Tube(Organic, x0, -d / 2, barrel, d, 0.9);
            pen.Rect(Organic, 5, x0 - 2, -d * 0.85, 3, d * 1.7);
            pen.Rect(Organic, 4, x0 + barrel, -2, 8, 4);
            // Rubber stopper, liquid in front of it, plunger rod (cross section) out behind.
            var xs = x0 + barrel - 2 - gap - 9;
            pen.Cylinder(Organic, xs, (-d / 2) + 1, 9, d - 2, 1.3);
            if (gap > 2 && Chance(0.6))
            {
                pen.Cylinder(Organic, xs + 9, (-d / 2) + 1, gap, d - 2);
            }

            var rod = 85.0;
            pen.Rect(Organic, 1.3, xs - rod, -6.5, rod, 13);
            pen.Rect(Organic, 12, xs - rod, -0.7, rod, 1.4);
            pen.Rect(Organic, 3, xs - rod - 2.5, -11, 2.5, 22);
            // Needle hub, 0.8 mm steel needle, its plastic cap.
            var hub = x0 + barrel + 4;
            pen.Rect(Organic, 6, hub, -4, 14, 8);
            pen.Line(Steel, 0.5, 0.8, closed: false, (hub + 8, 0), (hub + 14 + needle, 0));
            pen.Tube(Organic, hub + 8, -4.5, needle + 10, 9, 0.8);
            return pen.Box;
        }

        /// <summary>A 1 ml (tuberculin) syringe: 7 mm barrel, 60 mm long, its 25G needle in hub and cap lying loose beside it.</summary>
        private PixelBox TuberculinSyringe(double scale)
        {
            var barrel = U(58, 64);
            var d = U(6.5, 7.2);
            var pen = Place(70, scale);
            var x0 = -barrel / 2;
            pen.Tube(Organic, x0, -d / 2, barrel, d, 0.7);
            pen.Rect(Organic, 3, x0 - 1.5, -7.5, 2, 15);
            pen.Rect(Organic, 3, x0 + barrel, -1.2, 5, 2.4);
            var stopper = x0 + U(10, barrel - 8);
            pen.Cylinder(Organic, stopper - 5, (-d / 2) + 0.7, 5, d - 1.4, 1.3);
            pen.Rect(Organic, 4, stopper - 70, -1.5, 65, 3);
            pen.Rect(Organic, 2, stopper - 72, -5, 2, 10);
            // The needle: hub, 0.5 mm steel, cap; beside the barrel at its own angle.
            var loose = new Turned(pen, U(-20, 20), U(12, 22) * (Chance(0.5) ? 1 : -1), U(0, 2 * Math.PI));
            loose.Rect(Organic, 5, -20, -3, 12, 6);
            loose.Line(Steel, 0.35, 0.5, closed: false, (-10, 0), (10, 0));
            loose.Tube(Organic, -10, -3.5, 24, 7, 0.7);
            return pen.Box;
        }

        // ---- lithium cells --------------------------------------------------------------------

        /// <summary>A 21700 cell: 70 × 21 mm, nickel-plated steel can round a jelly roll of copper and aluminium foils and oxide.</summary>
        private PixelBox Cell21700(double scale)
        {
            const double length = 70;
            const double d = 21;
            var pen = Place(42, scale);
            var x = -length / 2;
            pen.Tube(Steel, x, -d / 2, length, d, 0.25);
            pen.Cylinder(Mixed, x + 3, (-d / 2) + 0.5, length - 7, d - 1, 0.55);
            pen.Cylinder(Brass, x + 3, (-d / 2) + 0.5, length - 7, d - 1, 0.06);
            // Positive cap: stacked vent, PTC and cap discs seen edge-on; the button.
            pen.Rect(Steel, 2.2, x + length - 4, -d * 0.4, 4, d * 0.8);
            pen.Rect(Steel, 1.5, x + length, -3.5, 1, 7);
            pen.Rect(Organic, 0.3, x - 0.2, (-d / 2) - 0.2, length + 0.4, d + 0.4);
            return pen.Box;
        }

        /// <summary>A phone battery on its own: a smartphone pouch with protection board and flex tail, or a removable cased one (53 × 34 mm).</summary>
        private PixelBox PhoneBatteryPack(double scale)
        {
            if (Chance(0.5))
            {
                var l = U(60, 95);
                var w = U(38, 62);
                var tail = U(25, 50);
                var pen = Place(((l + tail) / 2) + 5, scale);
                var x0 = -(l + tail) / 2;
                pen.Rect(Steel, 0.7, x0, -w / 2, l, w);
                pen.Rect(Mixed, 4, x0, -w / 2, l, w);
                pen.Rect(Mixed, 1.5, x0 + l, -w * 0.3, 6, w * 0.6);
                for (var i = 0; i < 3; i++)
                {
                    pen.Rect(Steel, 1.5, x0 + l + 1.5, (-w * 0.25) + (i * w * 0.2), 3, 3);
                }

                pen.Line(Organic, 0.3, 6, closed: false, (x0 + l + 6, 0), (x0 + l + tail - 4, U(-8, 8)));
                pen.Line(Brass, 0.08, 3, closed: false, (x0 + l + 6, 0), (x0 + l + tail - 4, 0));
                pen.Rect(Steel, 0.8, x0 + l + tail - 8, -2, 8, 4);
                return pen.Box;
            }

            var cased = Place(36, scale);
            RoundedRect(cased, Organic, 1.5, -26.5, -17, 53, 34, 2);
            cased.Rect(Aluminium, 1, -25, -15.5, 47, 31);
            cased.Rect(Steel, 0.4, -25, -15.5, 47, 31);
            cased.Rect(Mixed, 3.2, -25, -15.5, 47, 31);
            cased.Rect(Mixed, 1.2, 22, -15, 4, 30);
            for (var i = -1; i <= 1; i++)
            {
                cased.Rect(Brass, 1.2, 23.5, (i * 6) - 2, 3, 4);
            }

            return cased.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>An adjustable wrench: 200–255 mm, forged steel handle, a 12 mm thick head with a worm screw and a moving jaw.</summary>
        private PixelBox AdjustableWrench(double scale)
        {
            var l = U(200, 255);
            var hw = U(50, 62);
            var gap = U(5, 28);
            var pen = Place((l / 2) + 15, scale);
            var hx = (l / 2) - 46;
            pen.Ring(Steel, 5, 4, (-l / 2) + 10, 0, 6, 6);
            pen.Poly(Steel, U(5, 6.5), ((-l / 2) + 15, -7), (hx, -9.5), (hx, 9.5), ((-l / 2) + 15, 7));
            // Fixed jaw and head.
            pen.Poly(Steel, 12, (hx, -12), (hx + 18, -hw / 2), (hx + 46, -hw / 2), (hx + 46, (-hw / 2) + 12), (hx + 24, (-hw / 2) + 14), (hx + 24, 10), (hx, 12));
            // Moving jaw below the opening, on its rack; the worm that drives it.
            var jy = (-hw / 2) + 14 + gap;
            pen.Poly(Steel, 11, (hx + 24, jy), (hx + 46, jy - 2), (hx + 44, jy + 12), (hx + 24, jy + 12));
            pen.Rect(Steel, 6, hx + 26, jy + 10, 10, Math.Max(2, 14 - gap));
            pen.Cylinder(Steel, hx + 2, 2, 18, 11);
            return pen.Box;
        }

        /// <summary>A chisel: bevel-edge wood chisel (12–32 mm blade, plastic handle) or a 150–250 mm octagonal cold chisel.</summary>
        private PixelBox Chisel(double scale)
        {
            if (Chance(0.65))
            {
                var bw = U(12, 32);
                var bl = U(100, 130);
                var hl = U(100, 120);
                var hd = U(28, 34);
                var total = bl + hl + 25;
                var pen = Place((total / 2) + 5, scale);
                var x0 = -total / 2;
                pen.Cylinder(Organic, x0, -hd / 2, hl, hd);
                if (Chance(0.5))
                {
                    pen.Rect(Steel, 4, x0 - 3, -hd * 0.35, 3, hd * 0.7);
                }

                pen.Cylinder(Steel, x0 + hl - 40, -4, 40, 8, 0.8);
                pen.Cylinder(Steel, x0 + hl, -6, 25, 12);
                var xb = x0 + hl + 25;
                pen.Rect(Steel, 2, xb, -bw / 2, bl, bw);
                pen.Rect(Steel, U(1.5, 3), xb, -bw / 2, bl - 25, bw);
                return pen.Box;
            }

            var l = U(150, 250);
            var d = U(16, 22);
            var cold = Place((l / 2) + 5, scale);
            cold.Cylinder(Steel, -l / 2, -d / 2, l - 25, d, 0.95);
            cold.Poly(Steel, d * 0.45, ((l / 2) - 25, -d / 2), (l / 2, -d * 0.55), (l / 2, d * 0.55), ((l / 2) - 25, d / 2));
            cold.Rect(Steel, d * 0.6, (-l / 2) - 2, -d * 0.55, 4, d * 1.1);
            return cold.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>A stainless hip flask (6–8 oz): 110–130 × 88–100 mm, two 0.55 mm walls, screw cap, lying flat with its spirit.</summary>
        private PixelBox HipFlask(double scale)
        {
            var h = U(110, 130);
            var w = U(88, 100);
            var pen = Place((h / 2) + 20, scale);
            RoundedRect(pen, Steel, 1.1, -h / 2, -w / 2, h, w, 14);
            // The curved side wall seen edge-on round the rim.
            (double, double)[] rim = [(-h / 2, -w / 2 + 8), (-h / 2 + 8, -w / 2), (h / 2 - 8, -w / 2), (h / 2, -w / 2 + 8), (h / 2, w / 2 - 8), (h / 2 - 8, w / 2), (-h / 2 + 8, w / 2), (-h / 2, w / 2 - 8)];
            pen.Line(Steel, 8, 1.2, closed: true, rim);
            var depth = U(6, 20);
            RoundedRect(pen, Organic, depth * 0.6, (-h / 2) + 2, (-w / 2) + 2, h - 4, w - 4, 12);
            RoundedRect(pen, Organic, depth * 0.4, (-h / 2) + 10, (-w / 2) + 10, h - 20, w - 20, 8);
            // Neck and captive screw cap.
            pen.Rect(Steel, 3, h / 2, -9, 8, 18);
            pen.Tube(Steel, (h / 2) + 6, -12, 14, 24, 0.6);
            pen.Rect(Steel, 1.2, (h / 2) + 19, -11, 1.5, 22);
            pen.Rect(Steel, 2, (h / 2) - 4, (w / 2) - 30, 10, 4);
            return pen.Box;
        }

        /// <summary>A can of spirit mix (330 ml 66 × 115, 500 ml 66 × 168, 250 ml slim 53 × 134 mm): 0.1 mm aluminium, lying on its side, full.</summary>
        private PixelBox SpiritsCan(double scale)
        {
            var (d, length) = random.Next(3) switch
            {
                0 => (66.0, 115.0),
                1 => (66.0, 168.0),
                _ => (53.0, 134.0),
            };
            var pen = Place((length / 2) + 8, scale);
            var x = -length / 2;
            pen.Tube(Aluminium, x, -d / 2, length, d, 0.1);
            // Where the beam runs along the wall (the top and bottom of the can on the image) it crosses a few mm of it.
            pen.Rect(Aluminium, 4, x, -d / 2, length, 1.2);
            pen.Rect(Aluminium, 4, x, (d / 2) - 1.2, length, 1.2);
            pen.Cylinder(Organic, x + 2, (-d / 2) + 0.5, length - 5, d - 1, 0.95);
            // Domed base and necked lid seen edge-on; the ring pull standing off the lid.
            pen.Rect(Aluminium, 8, x, -d * 0.45, 1.5, d * 0.9);
            pen.Rect(Aluminium, 10, x + length - 1.5, -d * 0.41, 1.5, d * 0.82);
            pen.Rect(Aluminium, 3, x + length, -8, 2, 16);
            return pen.Box;
        }

        /// <summary>A flask-shaped half or quarter bottle (140–185 × 75–100 × 40 mm): 3–4 mm glass, or PET; the spirit lying in it.</summary>
        private PixelBox FlaskBottle(double scale)
        {
            var glass = Chance(0.7);
            var h = U(140, 185);
            var w = U(75, 100);
            var pen = Place((h / 2) + 35, scale);
            var wall = glass ? Glass : Organic;
            var x0 = -(h + 45) / 2;
            RoundedRect(pen, wall, glass ? 7 : 0.8, x0, -w / 2, h, w, 16);
            (double, double)[] side = [(x0 + 10, -w / 2 + 1), (x0 + h - 10, -w / 2 + 1), (x0 + h - 10, w / 2 - 1), (x0 + 10, w / 2 - 1)];
            pen.Line(wall, glass ? 25 : 10, glass ? 3.5 : 1, closed: true, side);
            var liquid = 40 * U(0.4, 0.95);
            RoundedRect(pen, Organic, liquid * 0.7, x0 + 4, (-w / 2) + 4, h - 8, w - 8, 12);
            RoundedRect(pen, Organic, liquid * 0.3, x0 + 12, (-w / 2) + 12, h - 24, w - 24, 8);
            if (glass)
            {
                pen.Rect(Glass, 8, x0, (-w / 2) + 5, 5, w - 10);
            }

            pen.Poly(wall, glass ? 8 : 1.6, (x0 + h, -w / 2), (x0 + h + 20, -14), (x0 + h + 20, 14), (x0 + h, w / 2));
            pen.Tube(wall, x0 + h + 18, -13, 27, 26, glass ? 3 : 1);
            if (Chance(0.6))
            {
                pen.Tube(Aluminium, x0 + h + 30, -14, 17, 28, 0.3);
            }
            else
            {
                pen.Rect(Organic, 10, x0 + h + 30, -14, 17, 28);
            }

            return pen.Box;
        }

        // ---- drugs ----------------------------------------------------------------------------

        /// <summary>Cling-film bundles ("bullets"): 3–8 ovoids 30–55 × 14–24 mm of compressed powder, knotted at one end.</summary>
        private PixelBox ClingFilmBundles(double scale)
        {
            var count = random.Next(3, 9);
            var parallel = Chance(0.5);
            var heading = U(0, 2 * Math.PI);
            var pen = Place(60, scale);
            for (var i = 0; i < count; i++)
            {
                var l = U(30, 55);
                var d = U(14, 24);
                var bundle = new Turned(pen, U(-30, 30), U(-25, 25), parallel ? heading + U(-0.2, 0.2) : U(0, 2 * Math.PI));
                // Powder about 1.2 g/cm³: thickest down the middle of the ovoid.
                bundle.Ellipse(Organic, d * 0.45 * 1.2, 0, 0, l / 2, d / 2);
                bundle.Ellipse(Organic, d * 0.35 * 1.2, 0, 0, l / 2 * 0.85, d / 2 * 0.75);
                bundle.Ellipse(Organic, d * 0.2 * 1.2, 0, 0, l / 2 * 0.6, d / 2 * 0.45);
                bundle.Ellipse(Organic, 0.3, 0, 0, (l / 2) + 1, (d / 2) + 1);
                var knot = U(5, 12);
                bundle.Poly(Organic, 2.5, (l / 2, -2), ((l / 2) + knot, -4), ((l / 2) + knot, 4), (l / 2, 2));
            }

            return pen.Box;
        }

        /// <summary>Blister strips: 1–3 strips of 2 × 5–7 tablets (7–11 mm), PVC and 20 µm aluminium foil; a pocket or two empty.</summary>
        private PixelBox PillStrips(double scale)
        {
            var strips = random.Next(1, 4);
            var cols = random.Next(5, 8);
            var r = U(3.5, 5.5);
            var tt = U(3.5, 6);
            var pitch = (2 * r) + U(3, 5);
            var l = (cols * pitch) + 10;
            var w = (2 * pitch) + 12;
            var filler = Chance(0.5) ? U(0.3, 1.2) : 0;
            var pen = Place((l / 2) + 20, scale);
            for (var s = 0; s < strips; s++)
            {
                var strip = new Turned(pen, U(-10, 10), (s - ((strips - 1) / 2.0)) * U(3, 22), U(-0.25, 0.25));
                strip.Rect(Organic, 0.25, -l / 2, -w / 2, l, w);
                strip.Rect(Aluminium, 0.02, -l / 2, -w / 2, l, w);
                for (var c = 0; c < cols; c++)
                {
                    for (var row = 0; row < 2; row++)
                    {
                        var cx = (-l / 2) + 5 + (pitch / 2) + (c * pitch);
                        var cy = (row - 0.5) * pitch;
                        strip.Ring(Organic, 0.5, 1, cx, cy, r + 1, r + 1);
                        if (Chance(0.1))
                        {
                            continue;
                        }

                        strip.Ellipse(Organic, tt * 0.7, cx, cy, r, r);
                        strip.Ellipse(Organic, tt * 0.3, cx, cy, r * 0.7, r * 0.7);
                        if (filler > 0)
                        {
                            strip.Ellipse(Mixed, filler, cx, cy, r, r);
                        }
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>A small grip-seal bag of 10–45 loose tablets (7–10 mm, 3.5–5 mm thick), piled where the bag lies.</summary>
        private PixelBox TabletBag(double scale)
        {
            var bl = U(50, 80);
            var bw = U(60, 90);
            var count = random.Next(10, 46);
            var filler = Chance(0.5) ? U(0.3, 1.0) : 0;
            var pen = Place(50, scale);
            pen.Rect(Organic, 0.15, -bl / 2, -bw / 2, bl, bw);
            pen.Rect(Organic, 1.5, -bl / 2, -bw / 2, bl, 3);
            var r = U(3.5, 5);
            var t = U(3.5, 5);
            for (var i = 0; i < count; i++)
            {
                var x = U((-bl / 2) + r + 1, (bl / 2) - r - 1);
                // Tablets settle toward the bottom of the bag.
                var y = (bw / 2) - r - 1 - (Math.Abs(U(0, 1) - U(0, 1)) * (bw - (2 * r) - 6));
                pen.Ellipse(Organic, t * 0.7, x, y, r, r);
                pen.Ellipse(Organic, t * 0.3, x, y, r * 0.65, r * 0.65);
                if (filler > 0)
                {
                    pen.Ellipse(Mixed, filler, x, y, r, r);
                }
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>Folded spectacles: two 46–54 mm lenses (glass or CR-39), metal or plastic frame, hinges, temples folded across.</summary>
        private void Spectacles(Pen pen)
        {
            var metal = Chance(0.5);
            var glassLens = Chance(0.3);
            var lw = U(46, 54);
            var lh = U(30, 40);
            var bridge = U(16, 20);
            var frame = metal ? Steel : Organic;
            var frameT = metal ? 1.2 : 5;
            var frameW = metal ? 1.2 : 4;
            for (var s = -1; s <= 1; s += 2)
            {
                var cx = s * ((lw / 2) + (bridge / 2));
                pen.Ellipse(glassLens ? Glass : Organic, glassLens ? 2.2 : 2.5, cx, 0, lw / 2, lh / 2);
                pen.Ring(frame, frameT, frameW, cx, 0, (lw / 2) + 0.5, (lh / 2) + 0.5);
                var hx = s * (lw + (bridge / 2));
                pen.Rect(Steel, 2.5, hx - 2, (-lh / 2) + 2, 4, 5);
                (double, double)[] temple = [(hx, (-lh / 2) + 4), (hx - (s * (lw + bridge) * 0.9), (-lh / 2) + 8), (hx - (s * (lw + bridge) * 1.05), (-lh / 2) + 16)];
                pen.Line(frame, metal ? 1.2 : 3.5, metal ? 1.2 : 3, closed: false, temple);
                if (!metal)
                {
                    pen.Line(Steel, 0.8, 0.8, closed: false, temple);
                }
            }

            pen.Line(frame, frameT, frameW, closed: false, (-bridge / 2, -lh * 0.2), (0, -lh * 0.3), (bridge / 2, -lh * 0.2));
            if (metal)
            {
                pen.Ellipse(Organic, 2, -bridge / 2, lh * 0.05, 3, 5);
                pen.Ellipse(Organic, 2, bridge / 2, lh * 0.05, 3, 5);
            }
        }

        /// <summary>A glasses case, 150–165 × 55–65 mm: a thin steel or aluminium clamshell under fabric with a leaf spring, or a soft pouch; often with spectacles in it.</summary>
        private void GlassesCase()
        {
            var pen = Place(85);
            var l = U(150, 165);
            var w = U(55, 65);
            if (Chance(0.7))
            {
                var steel = Chance(0.7);
                var shell = steel ? Steel : Aluminium;
                var st = steel ? 0.6 : 2.0;
                pen.Ellipse(shell, st, 0, 0, l / 2, w / 2);
                pen.Ring(shell, st * 4, 1.5, 0, 0, l / 2, w / 2);
                pen.Ellipse(Organic, 3, 0, 0, (l / 2) + 1, (w / 2) + 1);
                pen.Rect(Steel, 1, -l * 0.3, (w / 2) - 6, l * 0.6, 4);
            }
            else
            {
                RoundedRect(pen, Organic, 4, -l / 2, -w / 2, l, w, 12);
            }

            if (Chance(0.6))
            {
                Spectacles(pen);
            }
        }

        /// <summary>A travel hairdryer: 150–200 × 60–75 mm plastic barrel, motor with copper windings, nichrome coil on mica, handle, mains lead.</summary>
        private void Hairdryer()
        {
            var pen = Place(130);
            var bodyL = U(150, 200);
            var d = U(60, 75);
            var handleL = U(90, 115);
            var x0 = -bodyL / 2;
            pen.Tube(Organic, x0, -d / 2, bodyL, d, 2.5);
            pen.Rect(Organic, 4, x0 + 5, (-d / 2) + 4, 8, d - 8);
            pen.Cylinder(Steel, x0 + 15, -13, 32, 26, 0.12);
            pen.Cylinder(Brass, x0 + 18, -10, 26, 20, 0.15);
            pen.Rect(Mixed, 0.6, x0 + 55, -d * 0.35, bodyL * 0.45, d * 0.7);
            var coil = new List<(double, double)>();
            for (var x = x0 + 57; x < x0 + 53 + (bodyL * 0.45); x += 3)
            {
                coil.Add((x, coil.Count % 2 == 0 ? -d * 0.32 : d * 0.32));
            }

            pen.Line(Steel, 0.5, 0.6, closed: false, [.. coil]);
            if (Chance(0.5))
            {
                pen.Rect(Organic, 16, x0 + 35, d / 2, 30, handleL);
                pen.Rect(Brass, 1, x0 + 45, (d / 2) + 10, 8, 4);
            }
            else
            {
                pen.Rect(Organic, 16, x0 + 20, d / 2, handleL, 30);
                pen.Rect(Brass, 1, x0 + 30, (d / 2) + 12, 8, 4);
            }

            Cable(pen, 6);
        }

        /// <summary>A padlock: solid brass (40 mm), laminated steel (45 mm) or a zinc luggage lock (30 mm), hardened steel shackle.</summary>
        private void Padlock()
        {
            var pen = Place(45);
            var (body, bw, bh, bt, shackle) = random.Next(3) switch
            {
                0 => (Brass, 40.0, 34.0, 14.0, 6.0),
                1 => (Steel, 45.0, 40.0, 25.0, 8.0),
                _ => (Brass, 30.0, 22.0, 8.0, 3.0),
            };
            RoundedRect(pen, body, bt, -bw / 2, -bh / 2, bw, bh, 4);
            var sx = (bw / 2) - shackle - 2;
            var arc = Enumerable.Range(0, 11).Select(i => Math.PI + (Math.PI * i / 10))
                .Select(a => (sx * Math.Cos(a), (-bh / 2) - (bh * 0.45) + (sx * 0.9 * Math.Sin(a)))).ToList();
            arc.Insert(0, (-sx, -bh / 2));
            arc.Add((sx, -bh / 2));
            pen.Line(Steel, shackle, shackle, closed: false, [.. arc]);
            if (Chance(0.4))
            {
                pen.Rect(Steel, 2, -3, bh / 2, 6, 30);
                pen.Ring(Steel, 2, 4, 0, (bh / 2) + 36, 8, 8);
            }
        }

        /// <summary>A folded leather wallet (95–115 × 75–95 mm) of plastic cards, some with a chip module or a contactless coil; no cash.</summary>
        private void CardWallet()
        {
            var pen = Place(65);
            var l = U(95, 115);
            var w = U(75, 95);
            RoundedRect(pen, Organic, U(5, 8), -l / 2, -w / 2, l, w, 5);
            for (var i = random.Next(2, 9); i > 0; i--)
            {
                var x = -42.8 + U(-4, 4);
                var y = -27 + U(-8, 8);
                pen.Rect(Organic, 0.76, x, y, 85.6, 54);
                if (Chance(0.7))
                {
                    pen.Rect(Brass, 0.25, x + 8, y + 18, 11, 9);
                    pen.Rect(Mixed, 0.8, x + 11.5, y + 20.5, 4, 4);
                }

                if (Chance(0.6))
                {
                    pen.Line(Brass, 0.1, 0.8, closed: true, (x + 4, y + 4), (x + 81, y + 4), (x + 81, y + 50), (x + 4, y + 50));
                }
            }

            if (Chance(0.4))
            {
                pen.Ring(Steel, 1.5, 1.5, (l / 2) - 8, 0, 4, 4);
            }
        }

        /// <summary>AA (50.5 × 14.5) or AAA (44.5 × 10.5 mm) alkaline cells: steel can, manganese dioxide round a zinc core, brass collector; loose or carded.</summary>
        private void AlkalineBatteries()
        {
            var pen = Place(45);
            var aaa = Chance(0.3);
            var length = aaa ? 44.5 : 50.5;
            var d = aaa ? 10.5 : 14.5;
            var count = random.Next(1, 9);
            var carded = Chance(0.5);
            if (carded)
            {
                pen.Rect(Organic, 0.8, (-length / 2) - 3, (-(count * (d + 0.5)) / 2) - 3, length + 6, (count * (d + 0.5)) + 6);
            }

            for (var i = 0; i < count; i++)
            {
                var cell = carded
                    ? new Turned(pen, 0, (i - ((count - 1) / 2.0)) * (d + 0.5), 0)
                    : new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                AlkalineCell(cell, length, d);
            }
        }

        private static void AlkalineCell(Turned cell, double length, double d)
        {
            cell.Tube(Steel, -length / 2, -d / 2, length, d, 0.25);
            cell.Cylinder(Mixed, (-length / 2) + 1, (-d / 2) + 0.3, length - 3, d - 0.6);
            cell.Cylinder(Steel, (-length / 2) + 3, -d * 0.25, length - 8, d * 0.5, 0.3);
            cell.Rect(Brass, 1.4, (-length / 2) + 1, -0.7, length * 0.75, 1.4);
            cell.Rect(Steel, 1.5, length / 2, -2.5, 1.5, 5);
            cell.Rect(Organic, 1.5, (-length / 2) + 0.5, (-d / 2) + 1, 2, d - 2);
        }

        /// <summary>An LED torch: anodised aluminium tube (19–24 mm) holding 1–3 AA cells, a wider head with reflector, board and lens, a tail spring.</summary>
        private void Torch()
        {
            var pen = Place(95);
            var cells = random.Next(1, 4);
            var d = U(19, 24);
            var hd = U(24, 38);
            var bodyL = (cells * 50.5) + 15;
            var x0 = -(bodyL + 30) / 2;
            pen.Tube(Aluminium, x0, -d / 2, bodyL, d, U(1.2, 2));
            for (var i = 0; i < cells; i++)
            {
                AlkalineCell(new Turned(pen, x0 + 8 + 25.25 + (i * 50.5), 0, 0), 50.5, 14.5);
            }

            var xh = x0 + bodyL;
            pen.Tube(Aluminium, xh, -hd / 2, 30, hd, 1.5);
            pen.Poly(Aluminium, 1, (xh + 5, -4), (xh + 27, -hd * 0.42), (xh + 27, hd * 0.42), (xh + 5, 4));
            pen.Rect(Mixed, 1.5, xh + 2, -6, 3, 12);
            pen.Rect(Brass, 0.3, xh + 2, -4, 3, 8);
            pen.Rect(Chance(0.5) ? Glass : Organic, hd * 0.7, xh + 27, -hd * 0.4, 2.5, hd * 0.8);
            var spring = new List<(double, double)>();
            for (var i = 0; i < 6; i++)
            {
                spring.Add((x0 + 1.5 + (i * 1.2), i % 2 == 0 ? -5 : 5));
            }

            pen.Line(Steel, 0.6, 0.8, closed: false, [.. spring]);
            pen.Rect(Organic, 6, x0 - 4, -d * 0.35, 4, d * 0.7);
        }

        /// <summary>A lanyard: 15–20 mm polyester strap, breakaway clasp, steel clip, an ID card in a PVC holder, sometimes a retractable reel.</summary>
        private void Lanyard()
        {
            var pen = Place(110);
            var path = Wander(7, U(35, 55), 45);
            pen.Line(Organic, 1.5, U(15, 20), closed: false, path);
            var (mx, my) = path[3];
            pen.Rect(Organic, 8, mx - 8, my - 6, 16, 12);
            var (x, y) = path[^1];
            pen.Ring(Steel, 2, 2, x, y, 6, 10);
            pen.Rect(Steel, 1.5, x - 2, y + 8, 4, 10);
            var cx = x - 42.8;
            var cy = y + 18;
            pen.Rect(Organic, 1.2, cx - 3, cy - 3, 91.6, 60);
            pen.Rect(Organic, 0.76, cx, cy, 85.6, 54);
            pen.Line(Brass, 0.1, 0.8, closed: true, (cx + 4, cy + 4), (cx + 81, cy + 4), (cx + 81, cy + 50), (cx + 4, cy + 50));
            pen.Rect(Mixed, 0.8, cx + 40, cy + 25, 3, 3);
            if (Chance(0.5))
            {
                var (rx, ry) = path[0];
                pen.Ellipse(Organic, 10, rx, ry, 16, 16);
                pen.Ring(Steel, 0.6, 3, rx, ry, 10, 10);
                pen.Rect(Steel, 1, rx - 8, ry - 20, 16, 30);
            }
        }

        /// <summary>A make-up compact, 55–80 mm: plastic or aluminium case, a 1.5–2 mm glass mirror, a pan of pressed powder, a steel hinge pin.</summary>
        private void Compact()
        {
            var pen = Place(45);
            var s = U(55, 80);
            var metal = Chance(0.4);
            var shell = metal ? Aluminium : Organic;
            var st = metal ? 1.6 : 7;
            if (Chance(0.6))
            {
                pen.Ellipse(shell, st, 0, 0, s / 2, s / 2);
                pen.Ring(shell, st * 2, 1.5, 0, 0, s / 2, s / 2);
            }
            else
            {
                RoundedRect(pen, shell, st, -s / 2, -s / 2, s, s, 8);
            }

            pen.Ellipse(Glass, U(1.5, 2.2), 0, 0, s * 0.42, s * 0.42);
            pen.Ellipse(Aluminium, 0.5, 0, 0, s * 0.4, s * 0.4);
            pen.Ellipse(Mixed, U(1.5, 3), 0, 0, s * 0.38, s * 0.38);
            pen.Ellipse(Organic, 1.5, 0, 0, s * 0.36, s * 0.36);
            pen.Rect(Steel, 2, -s * 0.15, (-s / 2) - 2, s * 0.3, 2.5);
            pen.Rect(Steel, 1.5, -3, (s / 2) - 1, 6, 3);
        }

        /// <summary>A hairbrush: a 210–250 mm paddle brush with plastic or steel pins, or a round brush on an aluminium barrel.</summary>
        private void Hairbrush()
        {
            var pen = Place(120);
            var kind = random.Next(3);
            var length = U(210, 250);
            if (kind < 2)
            {
                var headL = U(95, 120);
                var headW = U(70, 90);
                RoundedRect(pen, Organic, U(10, 14), -length / 2, -14, length - headL, 28, 10);
                RoundedRect(pen, Organic, 6, (length / 2) - headL, -headW / 2, headL, headW, 25);
                RoundedRect(pen, Organic, 3, (length / 2) - headL + 6, (-headW / 2) + 6, headL - 12, headW - 12, 20);
                for (var x = (length / 2) - headL + 12; x < (length / 2) - 10; x += 8)
                {
                    for (var y = (-headW / 2) + 12; y < (headW / 2) - 10; y += 8)
                    {
                        // Pins stand up: the beam runs along each one.
                        if (kind == 1)
                        {
                            pen.Ellipse(Steel, 14, x, y, 0.6, 0.6);
                        }
                        else
                        {
                            pen.Ellipse(Organic, 15, x, y, 1.2, 1.2);
                        }
                    }
                }

                return;
            }

            var d = U(35, 50);
            var barrel = U(90, 120);
            pen.Cylinder(Organic, -length / 2, -12.5, length - barrel, 25);
            pen.Rect(Organic, 3, (length / 2) - barrel, (-d / 2) - 12, barrel, d + 24);
            pen.Tube(Aluminium, (length / 2) - barrel, -d / 2, barrel, d, 0.8);
        }
    }
}
