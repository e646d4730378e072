namespace Screening.Devices.Xray;

// Variant set D (fresh held out): threat shapes and clutter kinds that none of A, B and C draws.
// Written after C's figures were seen, to replace C as the held-out set, from what the real things
// measure and are made of; neither the analyser nor C's figures were read while writing them.
// Thicknesses follow the rest of the scene: roughly the millimetres of that material the beam
// crosses where the part lies flat.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set D's threat shapes; null for a shape that is not set D's.</summary>
        private PixelBox? DrawFreshThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.BreadKnife => BreadKnife(scale),
            ThreatShape.BoningKnife => BoningKnife(scale),
            ThreatShape.PushDagger => PushDagger(scale),
            ThreatShape.MultiTool => MultiTool(scale),
            ThreatShape.Shank => Shank(scale),
            ThreatShape.LongRevolver => LongRevolver(scale),
            ThreatShape.PrintedPistol => PrintedPistol(scale),
            ThreatShape.MachinePistol => MachinePistol(scale),
            ThreatShape.CasedPhone => CasedPhone(scale),
            ThreatShape.PhoneShell => PhoneShell(scale),
            ThreatShape.FoldablePhone => FoldablePhone(scale),
            ThreatShape.BoxedRounds => BoxedRounds(scale),
            ThreatShape.Loose38Rounds => Loose38Rounds(scale),
            ThreatShape.SimInAdapter => SimInAdapter(scale),
            ThreatShape.SimOnTray => SimOnTray(scale),
            ThreatShape.Syringe3Ml => Syringe3Ml(scale),
            ThreatShape.BlisterSyringe => BlisterSyringe(scale),
            ThreatShape.VapeBattery => VapeBattery(scale),
            ThreatShape.CameraBattery => CameraBattery(scale),
            ThreatShape.LaptopBatteryPack => LaptopBatteryPack(scale),
            ThreatShape.HacksawBlade => HacksawBlade(scale),
            ThreatShape.AllenKeys => AllenKeys(scale),
            ThreatShape.FlatFile => FlatFile(scale),
            ThreatShape.WineBoxBag => WineBoxBag(scale),
            ThreatShape.PlasticSpiritsBottle => PlasticSpiritsBottle(scale),
            ThreatShape.VacuumBlock => VacuumBlock(scale),
            ThreatShape.BalloonPowder => BalloonPowder(scale),
            ThreatShape.PaperWraps => PaperWraps(scale),
            _ => null,
        };

        /// <summary>Draws one of set D's clutter kinds; false for a kind that is not set D's.</summary>
        private bool DrawFreshClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.Scarf:
                    Scarf();
                    return true;
                case ClutterKind.SunHat:
                    SunHat();
                    return true;
                case ClutterKind.Rosary:
                    Rosary();
                    return true;
                case ClutterKind.HearingAidCase:
                    HearingAidCase();
                    return true;
                case ClutterKind.WaterBottle:
                    WaterBottle();
                    return true;
                case ClutterKind.Lunchbox:
                    Lunchbox();
                    return true;
                case ClutterKind.Comb:
                    Comb();
                    return true;
                case ClutterKind.HairGrips:
                    HairGrips();
                    return true;
                default:
                    return false;
            }
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>A bread knife: 200–250 mm blade, 25–32 mm deep, 1.8–2.2 mm steel, rounded tip, a scalloped edge; plastic or wooden handle.</summary>
        private PixelBox BreadKnife(double scale)
        {
            var l = U(200, 250);
            var h = U(25, 32);
            var lh = U(110, 125);
            var t = U(1.8, 2.2);
            var pen = Place(((l + lh) / 2) + 5, scale);
            var ox = -(l - lh) / 2;
            // Spine along y = -h/2, a rounded tip, then the scalloped edge back to the heel (one scallop every 5–7 mm).
            var blade = new List<(double, double)> { (ox, -h / 2), (ox + l - (h / 2), -h / 2) };
            for (var i = 1; i < 8; i++)
            {
                var a = (-90 + (180.0 * i / 8)) * Math.PI / 180;
                blade.Add((ox + l - (h / 2) + ((h / 2) * Math.Cos(a)), (h / 2) * Math.Sin(a)));
            }

            var pitch = U(5, 7);
            for (var x = ox + l - (h / 2); x > ox; x -= pitch)
            {
                blade.Add((x, h / 2));
                blade.Add((x - (pitch / 2), (h / 2) - 1.2));
            }

            blade.Add((ox, h / 2));
            pen.Poly(Steel, t, [.. blade]);
            if (Chance(0.5))
            {
                // Wooden handle: full tang between scales, three rivets.
                RoundedRect(pen, Organic, U(16, 20), ox - lh, -11, lh, 22, 6);
                pen.Rect(Steel, t, ox - lh + 3, -8, lh - 3, 16);
                for (var i = 0; i < 3; i++)
                {
                    pen.Ellipse(Steel, 14, ox - 15 - (i * (lh - 30) / 2), 0, 2.2, 2.2);
                }
            }
            else
            {
                // Moulded polypropylene handle over a short tang.
                RoundedRect(pen, Organic, U(20, 24), ox - lh, -12, lh, 24, 8);
                pen.Rect(Steel, t, ox - (0.55 * lh), -4, 0.55 * lh, 8);
            }

            return pen.Box;
        }

        /// <summary>A boning knife: narrow 130–160 mm blade, 14–20 mm deep, curving to a point; moulded handle with a finger guard.</summary>
        private PixelBox BoningKnife(double scale)
        {
            var l = U(130, 160);
            var h = U(14, 20);
            var lh = U(115, 130);
            var t = U(1.5, 2.0);
            var pen = Place(((l + lh) / 2) + 5, scale);
            var ox = -(l - lh) / 2;
            var blade = new List<(double, double)>();
            for (var i = 0; i <= 10; i++)
            {
                var f = i / 10.0;
                // Spine rises slightly to the point; the edge sweeps up to meet it.
                blade.Add((ox + (f * l), (-h / 2) + (0.25 * h * f * f)));
            }

            for (var i = 9; i >= 0; i--)
            {
                var f = i / 10.0;
                blade.Add((ox + (f * l), (h / 2) - (0.75 * h * Math.Pow(f, 2.5))));
            }

            pen.Poly(Steel, t, [.. blade]);
            RoundedRect(pen, Organic, U(20, 24), ox - lh, -12, lh, 24, 9);
            pen.Rect(Organic, 16, ox - 8, -16, 8, 32);
            pen.Rect(Steel, t, ox - (0.7 * lh), -5, 0.7 * lh, 10);
            return pen.Box;
        }

        /// <summary>A push dagger: a 60–90 mm double-edged blade, 3–4 mm steel, on a T grip of 80–95 mm (tang in polymer or wood scales).</summary>
        private PixelBox PushDagger(double scale)
        {
            var bl = U(60, 90);
            var bw = U(22, 28);
            var t = U(3, 4);
            var gl = U(80, 95);
            var gw = U(22, 28);
            var pen = Place(Math.Max(gl / 2, bl) + 10, scale);
            var y0 = -(bl + gw) / 2;
            // Grip across, blade standing out from its middle between the fingers.
            RoundedRect(pen, Organic, U(14, 18), -gl / 2, y0, gl, gw, 8);
            pen.Rect(Steel, t, (-gl / 2) + 8, y0 + 4, gl - 16, gw - 8);
            pen.Rect(Steel, t, -bw * 0.3, y0 + gw - 4, bw * 0.6, 8);
            var yb = y0 + gw + 2;
            pen.Poly(Steel, t, (-bw / 2, yb), (bw / 2, yb), (bw * 0.3, yb + (0.7 * bl)), (0, yb + bl), (-bw * 0.3, yb + (0.7 * bl)));
            // Central ridge of the diamond section.
            pen.Poly(Steel, 0.8 * t, (-2, yb), (2, yb), (0.5, yb + (0.9 * bl)), (-0.5, yb + (0.9 * bl)));
            return pen.Box;
        }

        /// <summary>A multi-tool with its 60–75 mm blade out: two folded stainless handles (100–115 × 20–26 mm) packed with tools, pliers jaws inside.</summary>
        private PixelBox MultiTool(double scale)
        {
            var body = U(100, 115);
            var w = U(20, 26);
            var bl = U(60, 75);
            var bw = U(15, 19);
            var pen = Place(((body + bl) / 2) + 5, scale);
            var x0 = -(body + bl) / 2;
            // Two handle channels side by side, each 1 mm sheet folded into a U: dense side walls.
            for (var s = -1; s <= 0; s++)
            {
                var y = s * (w / 2);
                pen.Rect(Steel, 2, x0, y, body, w / 2);
                pen.Rect(Steel, 4, x0, y, body, 1.5);
                // The stacked tools in each handle: file, screwdrivers, can opener.
                for (var k = random.Next(2, 5); k > 0; k--)
                {
                    pen.Rect(Steel, 1.2, x0 + U(3, 15), y + U(2, 4), body * U(0.5, 0.8), (w / 2) - 6);
                }
            }

            // Pliers head folded between the handles at the other end, pivots, and the blade out on its pivot.
            pen.Rect(Steel, 6, x0 + 3, -w * 0.25, 30, w * 0.5);
            pen.Ellipse(Steel, 8, x0 + 10, 0, 3, 3);
            pen.Ellipse(Steel, 8, x0 + body - 6, -w / 4, 2.5, 2.5);
            var xb = x0 + body - 6;
            pen.Poly(Steel, U(2.2, 2.8), (xb, -w / 4 - (bw / 2)), (xb + bl * 0.75, -w / 4 - (bw / 2)), (xb + bl, -w / 4 - (bw * 0.1)), (xb + (bl * 0.8), -w / 4 + (bw / 2)), (xb, -w / 4 + (bw / 2)));
            return pen.Box;
        }

        /// <summary>An improvised shank: a 120–180 mm steel strip (12–20 × 1.5–3 mm) ground to a point, its grip wound in tape.</summary>
        private PixelBox Shank(double scale)
        {
            var l = U(120, 180);
            var w = U(12, 20);
            var t = U(1.5, 3);
            var grip = U(70, 90);
            var point = U(30, 45);
            var pen = Place((l / 2) + 8, scale);
            var x0 = -l / 2;
            var wobble = U(-1.5, 1.5);
            pen.Poly(Steel, t, (x0, -w / 2), (x0 + l - point, (-w / 2) + wobble), (x0 + l, U(-2, 2)), (x0 + l - point, (w / 2) + wobble), (x0, w / 2));
            // Tape wound round the grip: layers of PVC or cloth tape, thickest in the middle.
            var wrap = U(3, 6);
            pen.Rect(Organic, 2 * wrap, x0 - 2, (-w / 2) - wrap, grip, w + (2 * wrap));
            pen.Rect(Organic, 2 * wrap, x0 + 10, (-w / 2) - (wrap * 0.6), grip - 20, w + (1.2 * wrap));
            if (Chance(0.4))
            {
                // A cord loop through the tape at the butt.
                pen.Ring(Organic, 3, 3, x0 - 12, 0, 10, 6);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>A single-action revolver (Colt SAA class), 140–190 mm barrel, ejector-rod housing, six-shot cylinder (often loaded), plough-handle grip.</summary>
        private PixelBox LongRevolver(double scale)
        {
            var barrel = U(140, 190);
            var d = U(17, 19);
            var cyl = U(38, 42);
            var pen = Place(((barrel + cyl + 80) / 2) + 10, scale);
            var x0 = -(barrel + cyl + 50) / 2;
            var y0 = -45.0;
            // Barrel (a thick steel tube round an 11 mm bore) and the ejector-rod housing beneath it.
            var xb = x0 + 50 + cyl;
            pen.Rect(Steel, 0.75 * d, xb, y0, barrel, d);
            pen.Rect(Steel, 4, xb, y0 + d, barrel * 0.8, 8);
            pen.Rect(Steel, 3, xb + barrel - 4, y0 - 3, 4, 3);
            // Frame round the cylinder; the cylinder's six chambers, loaded with brass and lead or empty.
            pen.Rect(Steel, 10, x0 + 45, y0 - 8, cyl + 10, 48);
            pen.Rect(Steel, 12, x0 + 50, y0 - 6, cyl, 44);
            if (Chance(0.7))
            {
                for (var i = 0; i < 3; i++)
                {
                    pen.Rect(Brass, 3, x0 + 50, y0 - 2 + (i * 13), cyl - 4, 10);
                    pen.Rect(Lead, 5, x0 + 50 + cyl - 14, y0 + (i * 13), 10, 8);
                }
            }

            // Hammer spur, trigger and guard (a brass or steel strap), and the plough-handle grip.
            pen.Poly(Steel, 5, (x0 + 38, y0 - 4), (x0 + 48, y0 - 2), (x0 + 42, y0 - 20), (x0 + 30, y0 - 22));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (x0 + 62 + (18 * Math.Cos(a)), y0 + 42 + (14 * Math.Sin(a)))).ToArray();
            pen.Line(Chance(0.5) ? Brass : Steel, 3, 4, closed: false, guard);
            pen.Poly(Steel, 3, (x0 + 58, y0 + 40), (x0 + 62, y0 + 40), (x0 + 58, y0 + 54), (x0 + 55, y0 + 54));
            var grip = new List<(double, double)>();
            for (var i = 0; i <= 6; i++)
            {
                var f = i / 6.0;
                grip.Add((x0 + 45 - (35 * f) - (8 * f * f), y0 + 38 + (80 * f)));
            }

            for (var i = 6; i >= 0; i--)
            {
                var f = i / 6.0;
                grip.Add((x0 + 20 - (35 * f) + (5 * f * f), y0 + 30 + (85 * f)));
            }

            pen.Poly(Organic, 30, [.. grip]);
            // Back strap and front strap frame the wooden grip.
            pen.Line(Steel, 3, 5, closed: false, (x0 + 20, y0 + 30), (x0 - 10, y0 + 115));
            pen.Line(Steel, 3, 5, closed: false, (x0 + 45, y0 + 38), (x0 + 2, y0 + 118));
            return pen.Box;
        }

        /// <summary>A printed pistol: a 150–200 mm body of PLA or nylon, 25–32 mm thick; steel only in the firing pin, springs, screws and sometimes a tube barrel liner.</summary>
        private PixelBox PrintedPistol(double scale)
        {
            var l = U(150, 200);
            var h = U(32, 40);
            var grip = U(85, 105);
            var rake = Math.Tan(U(10, 20) * Math.PI / 180);
            var pen = Place(Math.Max(l, grip + h) / 2 + 10, scale);
            var x0 = -l / 2;
            var y0 = -(h + grip) / 2;
            var wall = U(25, 32);
            pen.Rect(Organic, wall, x0, y0, l, h);
            // Infill is not solid: the walls of the print are denser than its middle.
            pen.Rect(Organic, wall * 0.4, x0, y0, l, 3);
            pen.Rect(Organic, wall * 0.4, x0, y0 + h - 3, l, 3);
            var gx = x0 + 15;
            var gy = y0 + h;
            pen.Poly(Organic, U(26, 32), (gx, gy), (gx + 38, gy), (gx + 38 - (grip * rake), gy + grip), (gx - (grip * rake), gy + grip));
            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 62 + (22 * Math.Cos(a)), gy + (18 * Math.Sin(a)))).ToArray();
            pen.Line(Organic, 14, 6, closed: false, guard);
            if (Chance(0.5))
            {
                // A steel tube barrel liner (10 mm, 1.5 mm wall) in the front of the body.
                pen.Tube(Steel, x0 + 40, y0 + (h / 2) - 5, l - 40, 10, 0.75);
            }

            // Firing pin (a hardened nail), its spring, a few screws and pins, the trigger spring.
            pen.Rect(Steel, 3, x0 + 5, y0 + (h / 2) - 1.5, U(35, 50), 3);
            var spring = new List<(double, double)>();
            for (var i = 0; i < 14; i++)
            {
                spring.Add((x0 + 10 + (i * 2.2), y0 + (h / 2) + (i % 2 == 0 ? -4 : 4)));
            }

            pen.Line(Steel, 1, 0.8, closed: false, [.. spring]);
            for (var i = random.Next(2, 6); i > 0; i--)
            {
                pen.Ellipse(Steel, U(6, 12), U(x0 + 20, x0 + l - 20), U(y0 + 5, y0 + h - 5), 1.5, 1.5);
            }

            pen.Line(Steel, 1, 0.8, closed: false, (gx + 55, gy + 2), (gx + 60, gy + 10), (gx + 65, gy + 2));
            return pen.Box;
        }

        /// <summary>A machine pistol (MAC-10 / Uzi class): 250–290 mm stamped-steel box receiver, protruding barrel, a 30-round magazine 200–250 mm long through the grip.</summary>
        private PixelBox MachinePistol(double scale)
        {
            var l = U(250, 290);
            var h = U(45, 55);
            var mag = U(200, 250);
            var pen = Place(((h + mag) / 2) + 40, scale);
            var x0 = -l / 2;
            var y0 = -(h + mag) / 2;
            // Receiver: 1.5 mm sheet folded into a box, so the beam crosses two walls in the middle and a whole side at the edges.
            pen.Rect(Steel, 3, x0, y0, l - 45, h);
            pen.Rect(Steel, 8, x0, y0, l - 45, 3);
            pen.Rect(Steel, 8, x0, y0 + h - 3, l - 45, 3);
            // Bolt inside (a heavy steel block) and the barrel forward of the receiver.
            pen.Rect(Steel, 18, x0 + 60, y0 + 8, 90, h - 16);
            pen.Rect(Steel, 10, x0 + l - 60, y0 + (h / 2) - 8, 60, 16);
            // Grip in the middle with the magazine through it: steel box, a double stack of 9 mm rounds.
            var gx = x0 + (l * 0.35);
            var gy = y0 + h;
            pen.Rect(Organic, 20, gx - 4, gy, 40, 100);
            pen.Rect(Steel, 2, gx, gy - 10, 32, mag);
            pen.Rect(Steel, 4, gx, gy - 10, 2, mag);
            pen.Rect(Steel, 4, gx + 30, gy - 10, 2, mag);
            var rounds = random.Next(6, 30);
            for (var i = 0; i < rounds && 10 + (i * 7.5) < mag - 20; i++)
            {
                var y = gy + (i * 7.5);
                var x = gx + 2 + (i % 2 == 0 ? 0 : 2);
                pen.Rect(Brass, 3, x, y, 19, 8.5);
                pen.Rect(Lead, 4, x + 19, y + 1, 8, 6.5);
            }

            var guard = Enumerable.Range(0, 10).Select(i => Math.PI * i / 9)
                .Select(a => (gx + 70 + (22 * Math.Cos(a)), gy + (16 * Math.Sin(a)))).ToArray();
            pen.Line(Steel, 3, 4, closed: false, guard);
            if (Chance(0.5))
            {
                // A folded wire stock along the receiver's side.
                pen.Line(Steel, 5, 5, closed: false, (x0, y0 + 5), (x0 + l - 70, y0 + 5), (x0 + l - 70, y0 + h - 5), (x0, y0 + h - 5));
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>The inside of a slab phone of l × w mm: aluminium mid-frame, glass front and back, board, cameras; a pouch battery or an empty bay.</summary>
        private void PhoneInside(Pen pen, double l, double w, bool battery)
        {
            RoundedRect(pen, Aluminium, 4, -l / 2, -w / 2, l, w, 8);
            RoundedRect(pen, Glass, 1.4, -l / 2, -w / 2, l, w, 8);
            pen.Line(Aluminium, 8, 2.5, closed: true, (-l / 2 + 1.5, -w / 2 + 1.5), (l / 2 - 1.5, -w / 2 + 1.5), (l / 2 - 1.5, w / 2 - 1.5), (-l / 2 + 1.5, w / 2 - 1.5));
            if (battery)
            {
                pen.Rect(Steel, 0.8, -l * 0.2, -w * 0.4, l * 0.55, w * 0.8);
                pen.Rect(Mixed, 4, -l * 0.2, -w * 0.4, l * 0.55, w * 0.8);
            }

            // Main board at the top with shields and chips, the cameras in the corner, the speaker at the foot.
            pen.Rect(Mixed, 2, -l / 2 + 4, -w * 0.42, l * 0.27, w * 0.84);
            pen.Rect(Steel, 0.5, -l / 2 + 6, -w * 0.38, l * 0.2, w * 0.5);
            for (var i = random.Next(6, 12); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 6, -l / 2 + (l * 0.25)), U(-w * 0.4, w * 0.35), U(2, 6), U(2, 6));
            }

            pen.Ellipse(Steel, 2.5, -l / 2 + 12, -w / 2 + 12, 5, 5);
            pen.Ellipse(Steel, 2.5, -l / 2 + 24, -w / 2 + 12, 5, 5);
            pen.Rect(Steel, 2, l / 2 - 10, -w * 0.3, 6, w * 0.2);
        }

        /// <summary>A mid-size phone (146–155 × 70–74 mm) in a thick rugged case: 3–5 mm of TPU and polycarbonate round it, corner bumpers, sometimes a steel plate for a magnetic mount.</summary>
        private PixelBox CasedPhone(double scale)
        {
            var l = U(146, 155);
            var w = U(70, 74);
            var c = U(3, 5);
            var pen = Place((l / 2) + c + 5, scale);
            RoundedRect(pen, Organic, U(5, 8), (-l / 2) - c, (-w / 2) - c, l + (2 * c), w + (2 * c), 12);
            pen.Line(Organic, 12, c, closed: true, (-l / 2 - (c / 2), -w / 2 - (c / 2)), (l / 2 + (c / 2), -w / 2 - (c / 2)), (l / 2 + (c / 2), w / 2 + (c / 2)), (-l / 2 - (c / 2), w / 2 + (c / 2)));
            foreach (var (sx, sy) in new[] { (-1, -1), (1, -1), (1, 1), (-1, 1) })
            {
                pen.Ellipse(Organic, 10, sx * (l / 2 - 4), sy * (w / 2 - 4), 8, 8);
            }

            PhoneInside(pen, l, w, battery: true);
            if (Chance(0.4))
            {
                pen.Ellipse(Steel, 0.6, 10, 0, 22, 22);
            }

            return pen.Box;
        }

        /// <summary>A phone with no battery: a shell of frame, glass, board and cameras round an empty bay; it is still a phone.</summary>
        private PixelBox PhoneShell(double scale)
        {
            var l = U(140, 165);
            var w = U(66, 76);
            var pen = Place((l / 2) + 5, scale);
            PhoneInside(pen, l, w, battery: false);
            // The battery's flex connector left on the board, and its adhesive strips.
            pen.Rect(Mixed, 1.5, -l * 0.22, -4, 8, 8);
            pen.Rect(Organic, 0.5, -l * 0.15, -w * 0.35, l * 0.45, 4);
            pen.Rect(Organic, 0.5, -l * 0.15, w * 0.3, l * 0.45, 4);
            return pen.Box;
        }

        /// <summary>A book-style foldable (155 × 67 mm closed, 155 × 130 open): two halves each with a battery and glass, a steel hinge along the fold.</summary>
        private PixelBox FoldablePhone(double scale)
        {
            var l = U(153, 158);
            var w = U(65, 70);
            var open = Chance(0.5);
            var pen = Place((open ? Math.Sqrt((l * l) + (4 * w * w)) : l) / 2 + 5, scale);
            // Each half a slim phone; closed, the halves lie on one another, open, side by side.
            var offsets = open ? new[] { -w / 2, w / 2 } : new[] { 0.0, 0.0 };
            foreach (var dy in offsets)
            {
                RoundedRect(pen, Aluminium, 3, -l / 2, dy - (w / 2), l, w, 6);
                RoundedRect(pen, Glass, 1, -l / 2, dy - (w / 2), l, w, 6);
                pen.Rect(Steel, 0.6, -l * 0.3, dy - (w * 0.38), l * 0.55, w * 0.76);
                pen.Rect(Mixed, 3, -l * 0.3, dy - (w * 0.38), l * 0.55, w * 0.76);
            }

            pen.Rect(Mixed, 2, -l / 2 + 4, offsets[0] - (w * 0.42), l * 0.2, w * 0.84);
            for (var i = random.Next(6, 12); i > 0; i--)
            {
                pen.Rect(Steel, 1.5, U(-l / 2 + 6, -l / 2 + (l * 0.2)), offsets[0] + U(-w * 0.4, w * 0.35), U(2, 6), U(2, 6));
            }

            pen.Ellipse(Steel, 2.5, -l / 2 + 12, offsets[0] - (w / 2) + 12, 5, 5);
            // Hinge: a steel spine of cams and plates along the fold.
            var hy = open ? 0 : (w / 2) - 4;
            pen.Rect(Steel, open ? 3 : 6, -l / 2 + 6, hy - 4, l - 12, 8);
            pen.Rect(Steel, 5, -l * 0.25, hy - 5, 20, 10);
            pen.Rect(Steel, 5, l * 0.1, hy - 5, 20, 10);
            return pen.Box;
        }

        // ---- ammunition -----------------------------------------------------------------------

        /// <summary>A box of 9 mm rounds (106 × 58 mm carton, 10 × 5 plastic tray), 15–50 rounds standing upright: the beam runs down each round.</summary>
        private PixelBox BoxedRounds(double scale)
        {
            var pen = Place(62, scale);
            var count = random.Next(15, 51);
            pen.Rect(Organic, 1.5, -53, -29, 106, 58);
            pen.Line(Organic, 4, 1.5, closed: true, (-53, -29), (53, -29), (53, 29), (-53, 29));
            pen.Rect(Organic, 1.2, -51, -27, 102, 54);
            var filled = Enumerable.Range(0, 50).OrderBy(_ => random.Next()).Take(count).ToHashSet();
            for (var r = 0; r < 5; r++)
            {
                for (var c = 0; c < 10; c++)
                {
                    var x = -45 + (c * 10.2);
                    var y = -20.4 + (r * 10.2);
                    // The tray's cell walls.
                    pen.Ring(Organic, 6, 0.8, x, y, 5.3, 5.3);
                    if (!filled.Contains((r * 10) + c))
                    {
                        continue;
                    }

                    // End-on: the case wall as a ring, the head, the lead core of the bullet along the axis.
                    pen.Ring(Brass, 19, 0.4, x, y, 4.7, 4.7);
                    pen.Ellipse(Brass, 3, x, y, 4.9, 4.9);
                    pen.Ellipse(Lead, 6, x, y, 4.2, 4.2);
                    pen.Ellipse(Lead, 3, x, y, 2.5, 2.5);
                }
            }

            return pen.Box;
        }

        /// <summary>Loose .38 Special rounds (29.3 mm case, 9.6 mm, 11.2 mm rim; lead round-nose or flush wadcutter), 3–12 lying anyhow.</summary>
        private PixelBox Loose38Rounds(double scale)
        {
            var pen = Place(45, scale);
            var count = random.Next(3, 13);
            for (var i = 0; i < count; i++)
            {
                var round = new Turned(pen, U(-25, 25), U(-25, 25), U(0, 2 * Math.PI));
                var bullet = Chance(0.5) ? U(8, 10) : 0.5;
                var x = -(29.3 + bullet) / 2;
                round.Cylinder(Brass, x, -4.8, 29.3, 9.6, 0.35);
                round.Rect(Brass, 1.5, x - 1.4, -5.6, 1.4, 11.2);
                // The lead bullet seated in the case mouth, its nose beyond it.
                round.Cylinder(Lead, x + 29.3 - 12, -4.5, 12, 9.0, 0.5);
                if (bullet > 1)
                {
                    round.Poly(Lead, 4, (x + 29.3, -4.5), (x + 29.3 + (bullet * 0.5), -4.2), (x + 29.3 + bullet, -1.5), (x + 29.3 + bullet, 1.5), (x + 29.3 + (bullet * 0.5), 4.2), (x + 29.3, 4.5));
                }
            }

            return pen.Box;
        }

        // ---- SIM cards ------------------------------------------------------------------------

        /// <summary>A nano-SIM (12.3 × 8.8 × 0.67 mm) clipped into a plastic nano-to-standard adapter (25 × 15 × 0.8 mm).</summary>
        private PixelBox SimInAdapter(double scale)
        {
            var pen = Place(18, scale);
            pen.Poly(Organic, 0.8, (-12.5, -7.5), (9, -7.5), (12.5, -4), (12.5, 7.5), (-12.5, 7.5));
            pen.Line(Organic, 0.8, 0.6, closed: true, (-6.2, -4.4), (6.2, -4.4), (6.2, 4.4), (-6.2, 4.4));
            pen.Poly(Organic, 0.67, (-6.1, -4.4), (4.6, -4.4), (6.1, -2.9), (6.1, 4.4), (-6.1, 4.4));
            pen.Rect(Brass, 0.25, -4.5, -3.5, 9, 7);
            pen.Rect(Mixed, 1.2, -2.5, -2.5, 5, 5);
            return pen.Box;
        }

        /// <summary>A phone's SIM tray (stainless, 0.6 mm) holding a nano-SIM, and its ejector pin (0.8 mm wire with a flat head) beside it.</summary>
        private PixelBox SimOnTray(double scale)
        {
            var pen = Place(25, scale);
            pen.Item(() =>
            {
                // Tray: a frame round the SIM pocket and its cap, which sits flush with the phone's side.
                pen.Line(Steel, 0.6, 1.2, closed: true, (-7, -5.2), (7, -5.2), (7, 5.2), (-7, 5.2));
                pen.Rect(Steel, 2.5, 7, -5.5, 3, 11);
                pen.Rect(Organic, 0.8, 10, -5.5, 1, 11);
                pen.Poly(Organic, 0.67, (-6.1, -4.4), (4.6, -4.4), (6.1, -2.9), (6.1, 4.4), (-6.1, 4.4));
                pen.Rect(Brass, 0.25, -4.5, -3.5, 9, 7);
                pen.Rect(Mixed, 1.2, -2.5, -2.5, 5, 5);
            });
            var pin = new Turned(pen, U(-5, 5), U(10, 14), U(-0.5, 0.5));
            pin.Ellipse(Steel, 0.6, -12, 0, 5, 4);
            pin.Ellipse(Organic, 0.6, -12, 0, 2.5, 1.8);
            pin.Line(Steel, 0.7, 0.8, false, (-7, 0), (12, 0));
            return pen.Box;
        }

        // ---- syringes -------------------------------------------------------------------------

        /// <summary>A 3 ml syringe: 8.7 mm polypropylene barrel 50–55 mm long, plunger with a rubber stopper, a 23–25 G needle 16–25 mm, often capped.</summary>
        private PixelBox Syringe3Ml(double scale)
        {
            var length = U(50, 55);
            var d = 8.7;
            var needle = U(16, 25);
            var pen = Place(((length + needle + 55) / 2) + 5, scale);
            var x0 = -(length + needle + 45) / 2 + 40;
            var drawn = U(0.2, 0.9);
            pen.Tube(Organic, x0, -d / 2, length, d, 0.9);
            pen.Rect(Organic, 3, x0 - 2, -8, 2, 16);
            // Stopper where the plunger stands, the plunger's cross-shaped rod back to its thumb rest.
            var xs = x0 + (length * (1 - drawn));
            pen.Rect(Organic, 7, xs, (-d / 2) + 1, 5, d - 2);
            pen.Rect(Organic, 5, x0 - 40 + (length * (1 - drawn)), -2, 40, 4);
            pen.Rect(Organic, 4, x0 - 42 + (length * (1 - drawn)), -6, 2, 12);
            if (Chance(0.5))
            {
                // Liquid in the drawn part.
                pen.Rect(Organic, d * 0.7, xs + 5, (-d / 2) + 1, x0 + length - xs - 5, d - 2);
            }

            pen.Rect(Organic, 4, x0 + length, -2, 6, 4);
            pen.Rect(Mixed, 1.5, x0 + length + 4, -1.5, 4, 3);
            pen.Line(Steel, 0.6, 0.6, false, (x0 + length + 6, 0), (x0 + length + 6 + needle, 0));
            if (Chance(0.6))
            {
                pen.Rect(Organic, 6, x0 + length + 2, -3, needle + 6, 6);
            }

            return pen.Box;
        }

        /// <summary>A 2–5 ml syringe sealed in its blister pack: a thin PET tray (0.3 mm) on a paper backing, the needle in its cap beside the barrel.</summary>
        private PixelBox BlisterSyringe(double scale)
        {
            var length = U(45, 60);
            var d = U(8.7, 12.5);
            var pl = length + 60;
            var pw = d + 22;
            var pen = Place((pl / 2) + 6, scale);
            pen.Rect(Organic, 0.4, -pl / 2, -pw / 2, pl, pw);
            pen.Line(Organic, 0.8, 1, closed: true, (-pl / 2, -pw / 2), (pl / 2, -pw / 2), (pl / 2, pw / 2), (-pl / 2, pw / 2));
            var x0 = -pl / 2 + 45;
            var y = (-pw / 2) + 4 + (d / 2);
            pen.Item(() =>
            {
                pen.Tube(Organic, x0, y - (d / 2), length, d, 0.9);
                pen.Rect(Organic, 7, x0 + 2, y - (d / 2) + 1, 5, d - 2);
                pen.Rect(Organic, 5, x0 - 40, y - 2, 42, 4);
                pen.Rect(Organic, 4, x0 - 42, y - (d * 0.8), 2, d * 1.6);
                pen.Rect(Organic, 4, x0 + length, y - 2, 6, 4);
                // The needle in its hub and cap, lying in its own pocket below the barrel.
                var yn = (pw / 2) - 6;
                pen.Rect(Organic, 6, -pl / 2 + 30, yn - 3, 40, 6);
                pen.Rect(Mixed, 1.5, -pl / 2 + 30, yn - 1.5, 5, 3);
                pen.Line(Steel, 0.6, 0.6, false, (-pl / 2 + 35, yn), (-pl / 2 + 35 + U(16, 30), yn));
            });
            return pen.Box;
        }

        // ---- lithium batteries ----------------------------------------------------------------

        /// <summary>A vape pen battery: a 14 mm stainless tube (0.4 mm wall), 80–100 mm long, holding a 14500-size Li-ion cell, its board, button and brass 510 connector.</summary>
        private PixelBox VapeBattery(double scale)
        {
            var l = U(80, 100);
            var pen = Place((l / 2) + 8, scale);
            var x0 = -l / 2;
            pen.Tube(Steel, x0, -7, l, 14, 0.2);
            // The cell: steel can round its rolled electrodes.
            pen.Tube(Steel, x0 + 4, -6.5, 50, 13, 0.2);
            pen.Cylinder(Mixed, x0 + 5, -6, 48, 12, 0.5);
            pen.Cylinder(Steel, x0 + 5, -6, 48, 12, 0.12);
            pen.Rect(Mixed, 2, x0 + 56, -5, 14, 10);
            pen.Rect(Steel, 1.5, x0 + 58, -3, 4, 3);
            pen.Ellipse(Organic, 6, x0 + 62, -7, 4, 2);
            pen.Cylinder(Brass, x0 + l - 10, -5, 10, 10, 0.4);
            return pen.Box;
        }

        /// <summary>A camera battery (LP-E6 / NP-FZ100 class, 38–40 × 55–57 × 20 mm): a prismatic Li-ion cell in an aluminium can, a protection board and brass contacts in a plastic housing.</summary>
        private PixelBox CameraBattery(double scale)
        {
            var l = U(55, 57);
            var w = U(38, 40);
            var pen = Place((l / 2) + 6, scale);
            RoundedRect(pen, Organic, 3, -l / 2, -w / 2, l, w, 4);
            pen.Line(Organic, 8, 1.5, closed: true, (-l / 2 + 0.7, -w / 2 + 0.7), (l / 2 - 0.7, -w / 2 + 0.7), (l / 2 - 0.7, w / 2 - 0.7), (-l / 2 + 0.7, w / 2 - 0.7));
            // The cell: a 0.4 mm aluminium can (seen through both faces) round electrode layers.
            pen.Rect(Aluminium, 1.2, -l / 2 + 2, -w / 2 + 2, l - 10, w - 4);
            pen.Rect(Mixed, 6, -l / 2 + 3, -w / 2 + 3, l - 12, w - 6);
            pen.Rect(Steel, 0.15, -l / 2 + 3, -w / 2 + 3, l - 12, w - 6);
            pen.Rect(Mixed, 1.5, l / 2 - 8, -w / 2 + 3, 6, w - 6);
            for (var i = 0; i < 4; i++)
            {
                pen.Rect(Brass, 0.6, l / 2 - 5, -w * 0.3 + (i * w * 0.18), 3, 3);
            }

            return pen.Box;
        }

        /// <summary>A laptop battery pack: six 18650 cells (3 × 2 or 6 in a row) with nickel strips and a protection board, in a plastic housing 200–260 × 45–55 mm.</summary>
        private PixelBox LaptopBatteryPack(double scale)
        {
            var inRow = Chance(0.5);
            var l = inRow ? U(230, 260) : U(200, 215);
            var w = inRow ? U(24, 28) : U(45, 55);
            var pen = Place((l / 2) + 5, scale);
            RoundedRect(pen, Organic, 5, -l / 2, -w / 2, l, w, 4);
            var x0 = -l / 2 + 4;
            for (var i = 0; i < 6; i++)
            {
                var (cx, cy) = inRow
                    ? (x0 + 18 + (i * 19.0), 0.0)
                    : (x0 + 33 + ((i % 3) * 66.0), (i < 3 ? -1 : 1) * 9.7);
                if (inRow)
                {
                    // Cells lying across the pack.
                    var cell = new Turned(pen, cx, cy, Math.PI / 2);
                    cell.Tube(Steel, -32.5, -9.2, 65, 18.4, 0.25);
                    cell.Cylinder(Steel, -30.5, -8.2, 61, 16.4, 0.16);
                    cell.Cylinder(Mixed, -30.5, -8.2, 61, 16.4, 0.5);
                }
                else
                {
                    Cell(pen, cx, cy, 65, 18.4);
                }
            }

            // Nickel-plated steel strips joining the cells, the board and its connector at one end.
            pen.Rect(Steel, 0.3, x0, -w * 0.3, l - 40, 7);
            pen.Rect(Mixed, 2, (l / 2) - 36, -w / 2 + 3, 30, w - 6);
            pen.Rect(Steel, 1.5, (l / 2) - 30, -w * 0.3, 6, w * 0.3);
            pen.Rect(Brass, 1, (l / 2) - 6, -6, 4, 12);
            return pen.Box;
        }

        // ---- tools ----------------------------------------------------------------------------

        /// <summary>A hacksaw blade: 300 × 12.7 × 0.64 mm, or a junior blade 150 × 6.4 × 0.6 mm, with a hole or pin at each end and a toothed edge.</summary>
        private PixelBox HacksawBlade(double scale)
        {
            var junior = Chance(0.35);
            var l = junior ? 150.0 : 300.0;
            var w = junior ? 6.4 : 12.7;
            var t = junior ? 0.6 : 0.64;
            var pen = Place((l / 2) + 4, scale);
            pen.Rect(Steel, t, -l / 2, -w / 2, l, w);
            // Set teeth stand out either side, so the toothed edge crosses more steel.
            pen.Rect(Steel, t * 0.8, -l / 2 + 10, (w / 2) - 1.5, l - 20, 1.5);
            if (junior)
            {
                pen.Rect(Steel, 3, -l / 2, -2, 4, 4);
                pen.Rect(Steel, 3, (l / 2) - 4, -2, 4, 4);
            }
            else
            {
                pen.Ring(Steel, t, 1.5, (-l / 2) + 6, 0, 2.5, 2.5);
                pen.Ring(Steel, t, 1.5, (l / 2) - 6, 0, 2.5, 2.5);
            }

            return pen.Box;
        }

        /// <summary>A set of 7–9 hex keys, 1.5–10 mm across flats, L-shaped (long arm about 45 + 7 × size mm), on a ring, in a plastic clip or loose.</summary>
        private PixelBox AllenKeys(double scale)
        {
            double[] sizes = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
            var count = random.Next(7, 10);
            var pen = Place(70, scale);
            var holder = random.Next(3);
            if (holder == 1)
            {
                pen.Rect(Organic, 10, -10, -45, 20, 90);
            }

            for (var i = 0; i < count; i++)
            {
                var s = sizes[i];
                var longArm = 45 + (7 * s);
                var shortArm = 12 + (2.8 * s);
                var key = holder switch
                {
                    0 => new Turned(pen, 0, 0, (i - (count / 2.0)) * 0.18),
                    1 => new Turned(pen, -longArm / 2, -40 + (i * 10), 0),
                    _ => new Turned(pen, U(-20, 20), U(-20, 20), U(0, 2 * Math.PI)),
                };
                // A hex bar seen from the side: about 0.9 of its size of steel in the middle.
                key.Rect(Steel, 0.9 * s, 0, -s / 2, longArm, s);
                key.Rect(Steel, 0.9 * s, -s / 2, -shortArm, s, shortArm - (s / 2));
            }

            if (holder == 0)
            {
                pen.Ring(Steel, 2, 2, 0, 0, 8, 8);
            }

            return pen.Box;
        }

        /// <summary>A flat or half-round file: 150–250 mm blade (20–25 × 4–6 mm hardened steel, tapered), a 50 mm tang, often in a plastic or wooden handle.</summary>
        private PixelBox FlatFile(double scale)
        {
            var l = U(150, 250);
            var w = U(20, 25);
            var t = U(4, 6);
            var halfRound = Chance(0.4);
            var handle = Chance(0.6);
            var total = l + 50 + (handle ? 50 : 0);
            var pen = Place((total / 2) + 5, scale);
            var x0 = -total / 2 + 50 + (handle ? 50 : 0);
            pen.Poly(Steel, halfRound ? 0.6 * t : t, (x0, -w / 2), (x0 + l, -w * 0.35), (x0 + l, w * 0.35), (x0, w / 2));
            if (halfRound)
            {
                pen.Poly(Steel, 0.4 * t, (x0, -w / 4), (x0 + l, -w * 0.18), (x0 + l, w * 0.18), (x0, w / 4));
            }

            pen.Poly(Steel, 5, (x0, -w / 3), (x0 - 50, -3), (x0 - 50, 3), (x0, w / 3));
            if (handle)
            {
                pen.Cylinder(Organic, x0 - 100, -14, 100, 28);
                pen.Ring(Steel, 1, 2, x0 - 2, 0, 2, 14);
            }

            return pen.Box;
        }

        // ---- alcohol --------------------------------------------------------------------------

        /// <summary>The bag from a wine box: a metallised PET bladder (about 250 × 200 mm) with 1–3 litres in it and a plastic tap.</summary>
        private PixelBox WineBoxBag(double scale)
        {
            var l = U(240, 270);
            var w = U(190, 210);
            var litres = U(1, 3);
            var pen = Place(Math.Max(l, w) / 2 + 20, scale);
            // Liquid in a pillow: thickest in the middle, thinning to the welded edges.
            var mean = litres * 1e6 / (l * w * 0.8);
            pen.Rect(Mixed, 0.05, -l / 2, -w / 2, l, w);
            pen.Rect(Organic, 0.6, -l / 2, -w / 2, l, w);
            pen.Line(Organic, 1.5, 8, closed: true, (-l / 2 + 4, -w / 2 + 4), (l / 2 - 4, -w / 2 + 4), (l / 2 - 4, w / 2 - 4), (-l / 2 + 4, w / 2 - 4));
            pen.Ellipse(Organic, mean * 0.6, 0, 0, l * 0.45, w * 0.42);
            pen.Ellipse(Organic, mean * 0.6, 0, 0, l * 0.33, w * 0.3);
            pen.Ellipse(Organic, mean * 0.4, 0, 0, l * 0.2, w * 0.18);
            // The tap: a polyethylene gland and tap, 35–40 mm across, near one edge.
            var tx = l * 0.3;
            var ty = w * 0.3;
            pen.Ellipse(Organic, 18, tx, ty, 19, 19);
            pen.Rect(Organic, 20, tx - 8, ty - 30, 16, 30);
            return pen.Box;
        }

        /// <summary>A plastic (PET) spirits bottle, 200–500 ml: a flat flask 150–190 × 80–95 mm, 35–45 mm thick, a 28 mm HDPE cap with an aluminium or plastic seal ring.</summary>
        private PixelBox PlasticSpiritsBottle(double scale)
        {
            var l = U(150, 190);
            var w = U(80, 95);
            var depth = U(35, 45);
            var fill = U(0.5, 1);
            var pen = Place((l + 30) / 2 + 5, scale);
            var x0 = -(l + 30) / 2;
            RoundedRect(pen, Organic, 0.7, x0, -w / 2, l, w, 12);
            pen.Line(Organic, 6, 2, closed: true, (x0 + 1, -w / 2 + 1), (x0 + l - 1, -w / 2 + 1), (x0 + l - 1, w / 2 - 1), (x0 + 1, w / 2 - 1));
            // The spirit from the base up to its level, as deep as the flask.
            RoundedRect(pen, Organic, depth * 0.9, x0 + 1, -w / 2 + 1, (l - 2) * fill, w - 2, 10);
            pen.Poly(Organic, 1.5, (x0 + l, -w * 0.35), (x0 + l + 12, -14), (x0 + l + 12, 14), (x0 + l, w * 0.35));
            pen.Rect(Organic, 12, x0 + l + 12, -15, 18, 30);
            pen.Rect(Chance(0.5) ? Aluminium : Organic, 1, x0 + l + 12, -15, 3, 30);
            return pen.Box;
        }

        // ---- controlled drugs -----------------------------------------------------------------

        /// <summary>A compressed cannabis block vacuum-sealed in a PE bag: 100–150 × 70–100 × 25–40 mm at about 0.6 g/cm³, with flat sealed margins.</summary>
        private PixelBox VacuumBlock(double scale)
        {
            var l = U(100, 150);
            var w = U(70, 100);
            var t = U(25, 40);
            var pen = Place(Math.Max(l, w) / 2 + 18, scale);
            pen.Rect(Organic, 0.3, (-l / 2) - 12, (-w / 2) - 8, l + 24, w + 16);
            pen.Line(Organic, 0.6, 3, closed: true, ((-l / 2) - 10, (-w / 2) - 6), ((l / 2) + 10, (-w / 2) - 6), ((l / 2) + 10, (w / 2) + 6), ((-l / 2) - 10, (w / 2) + 6));
            // A lumpy outline: pressed plant matter is not a clean brick.
            var n = 16;
            var outline = new (double, double)[n];
            for (var i = 0; i < n; i++)
            {
                var a = 2 * Math.PI * i / n;
                var (c, s) = (Math.Cos(a), Math.Sin(a));
                var r = U(0.93, 1.0);
                outline[i] = (r * (l / 2) * Math.Sign(c) * Math.Pow(Math.Abs(c), 0.4), r * (w / 2) * Math.Sign(s) * Math.Pow(Math.Abs(s), 0.4));
            }

            pen.Poly(Organic, 0.6 * t, outline);
            for (var i = random.Next(3, 8); i > 0; i--)
            {
                pen.Ellipse(Organic, U(2, 5), U(-l / 3, l / 3), U(-w / 3, w / 3), U(8, 20), U(6, 15));
            }

            return pen.Box;
        }

        /// <summary>Powder in knotted balloons: 3–10 ovoids of 30–45 × 20–30 mm, powder at about 0.6 g/cm³, a thick latex knot on each.</summary>
        private PixelBox BalloonPowder(double scale)
        {
            var count = random.Next(3, 11);
            var pen = Place(60, scale);
            for (var i = 0; i < count; i++)
            {
                var b = new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                var a = U(15, 22);
                var r = U(10, 15);
                b.Ellipse(Organic, 1.4 * r * 0.6, 0, 0, a, r);
                b.Ellipse(Organic, 0.6 * r * 0.6, 0, 0, a * 0.65, r * 0.65);
                b.Ellipse(Organic, 6, a + 3, 0, 4, 3);
                b.Line(Organic, 2, 2, false, (a + 6, 0), (a + 12, U(-3, 3)));
            }

            return pen.Box;
        }

        /// <summary>Paper wraps of powder: 3–15 folded paper packets, 20–40 × 15–25 mm, 1–3 mm of powder inside the folds.</summary>
        private PixelBox PaperWraps(double scale)
        {
            var count = random.Next(3, 16);
            var pen = Place(55, scale);
            for (var i = 0; i < count; i++)
            {
                var wrap = new Turned(pen, U(-30, 30), U(-30, 30), U(0, 2 * Math.PI));
                var l = U(20, 40);
                var w = U(15, 25);
                // Folded paper: four to six layers at the folds, the powder as a flat pad in the middle.
                wrap.Rect(Organic, 0.6, -l / 2, -w / 2, l, w);
                wrap.Rect(Organic, 0.6, -l / 2, -w / 2, l * 0.3, w);
                wrap.Rect(Organic, 0.6, l * 0.2, -w / 2, l * 0.3, w);
                wrap.Rect(Organic, U(1, 3), (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>A wool or acrylic scarf (1.5–1.8 m × 250–300 mm), bunched: a wide thick band wandering through the bag, a fringe at its ends.</summary>
        private void Scarf()
        {
            var pen = Place(110);
            var path = Wander(6, U(30, 45), 60);
            pen.Line(Organic, U(6, 12), U(60, 90), closed: false, path);
            foreach (var (x, y) in new[] { path[0], path[^1] })
            {
                for (var i = 0; i < 8; i++)
                {
                    pen.Line(Organic, 2, 2, false, (x + U(-30, 30), y + U(-30, 30)), (x + U(-45, 45), y + U(-45, 45)));
                }
            }
        }

        /// <summary>A sun hat folded flat: 350–400 mm cotton or straw brim round a 180 mm crown, a 1–1.5 mm steel wire sewn into the brim's edge.</summary>
        private void SunHat()
        {
            var pen = Place(150);
            var r = U(170, 200);
            var squash = U(0.6, 1.0);
            pen.Ellipse(Organic, U(2, 4), 0, 0, r, r * squash);
            pen.Ellipse(Organic, U(3, 6), 0, 0, 90, 90 * squash);
            pen.Ring(Organic, 6, 15, 0, 0, 88, 88 * squash);
            pen.Ring(Steel, 1.2, 1.2, 0, 0, r - 3, (r - 3) * squash);
        }

        /// <summary>A plastic rosary: 59 beads of 6–8 mm on a cord or on small steel links, a 35–45 mm plastic crucifix.</summary>
        private void Rosary()
        {
            var pen = Place(70);
            var rx = U(45, 60);
            var ry = U(25, 45);
            var links = Chance(0.5);
            var bead = U(3, 4);
            for (var i = 0; i < 54; i++)
            {
                var a = 2 * Math.PI * i / 54;
                var (x, y) = (rx * Math.Cos(a), ry * Math.Sin(a));
                pen.Ellipse(Organic, 1.6 * bead, x, y, bead, bead);
                if (links)
                {
                    pen.Ellipse(Steel, 0.5, x + 1.5, y, 1.2, 0.6);
                }
            }

            if (!links)
            {
                pen.Ring(Organic, 1, 1, 0, 0, rx, ry);
            }

            for (var i = 0; i < 5; i++)
            {
                pen.Ellipse(Organic, 1.6 * bead, 0, ry + 6 + (i * 8), bead, bead);
            }

            var cy = ry + 48;
            pen.Rect(Organic, 4, -4, cy, 8, U(35, 45));
            pen.Rect(Organic, 4, -12, cy + 8, 24, 8);
        }

        /// <summary>A hearing-aid case (70–85 × 50–60 mm ABS clamshell, foam insert) with two behind-the-ear aids, each with a zinc-air 312 cell (7.9 × 3.6 mm, not lithium).</summary>
        private void HearingAidCase()
        {
            var pen = Place(50);
            var l = U(70, 85);
            var w = U(50, 60);
            RoundedRect(pen, Organic, 4, -l / 2, -w / 2, l, w, 15);
            pen.Line(Organic, 10, 2, closed: true, (-l / 2 + 1, -w / 2 + 1), (l / 2 - 1, -w / 2 + 1), (l / 2 - 1, w / 2 - 1), (-l / 2 + 1, w / 2 - 1));
            pen.Rect(Steel, 1.5, -l * 0.3, (-w / 2) - 1, l * 0.6, 2);
            RoundedRect(pen, Organic, 3, -l / 2 + 4, -w / 2 + 4, l - 8, w - 8, 10);
            if (Chance(0.8))
            {
                for (var s = -1; s <= 1; s += 2)
                {
                    var aid = new Turned(pen, s * l * 0.2, 0, (s * 0.2) + (Math.PI / 2));
                    aid.Poly(Organic, 8, (-15, -4), (0, -6), (15, -3), (15, 3), (0, 5), (-15, 4));
                    aid.Ellipse(Steel, 0.6, -8, 0, 3.95, 3.95);
                    aid.Ellipse(Mixed, 3, -8, 0, 3.6, 3.6);
                    aid.Rect(Steel, 1.5, 4, -2, 5, 4);
                    aid.Rect(Mixed, 1, 10, -2.5, 4, 5);
                    aid.Line(Organic, 1.5, 1.5, false, (15, 0), (22, 4), (24, 12));
                }
            }

            if (Chance(0.4))
            {
                // A card of spare zinc-air cells.
                for (var i = 0; i < 6; i++)
                {
                    var a = 2 * Math.PI * i / 6;
                    pen.Ellipse(Steel, 0.6, (l * 0.32) + (7 * Math.Cos(a)), 7 * Math.Sin(a), 3.95, 3.95);
                }
            }
        }

        /// <summary>An empty double-walled stainless water bottle (500–750 ml): 65–75 × 210–260 mm, two 0.5 mm walls, a plastic cap with a steel insert. Empty: a filled one is drink (list C).</summary>
        private void WaterBottle()
        {
            var pen = Place(130);
            var l = U(210, 260);
            var d = U(65, 75);
            var x0 = -l / 2;
            pen.Tube(Steel, x0, -d / 2, l - 30, d, 0.5);
            pen.Rect(Steel, 0.8, x0, -d / 2, 3, d);
            pen.Poly(Steel, 1, (x0 + l - 30, -d / 2), (x0 + l - 18, -d * 0.3), (x0 + l - 18, d * 0.3), (x0 + l - 30, d / 2));
            pen.Rect(Organic, 14, x0 + l - 18, -d * 0.3, 18, d * 0.6);
            pen.Rect(Steel, 0.6, x0 + l - 16, -d * 0.25, 12, d * 0.5);
            if (Chance(0.5))
            {
                pen.Ring(Organic, 4, 3, x0 + l + 6, 0, 8, 10);
            }
        }

        /// <summary>An empty polypropylene lunchbox (170–200 × 120–140 × 55–70 mm, 1.5 mm walls), silicone seal in the lid, four clip latches. Empty: food is on list C.</summary>
        private void Lunchbox()
        {
            var pen = Place(100);
            var l = U(170, 200);
            var w = U(120, 140);
            var h = U(55, 70);
            RoundedRect(pen, Organic, 3, -l / 2, -w / 2, l, w, 15);
            // The side walls lie along the beam: their full height shows as a dense rim.
            pen.Line(Organic, h * 0.9, 1.5, closed: true, (-l / 2 + 1, -w / 2 + 1), (l / 2 - 1, -w / 2 + 1), (l / 2 - 1, w / 2 - 1), (-l / 2 + 1, w / 2 - 1));
            pen.Line(Organic, 4, 4, closed: true, (-l / 2 + 5, -w / 2 + 5), (l / 2 - 5, -w / 2 + 5), (l / 2 - 5, w / 2 - 5), (-l / 2 + 5, w / 2 - 5));
            foreach (var (x, y, bw, bh) in new[] { (-15.0, -w / 2 - 6, 30.0, 8.0), (-15.0, w / 2 - 2, 30.0, 8.0), (-l / 2 - 6, -15.0, 8.0, 30.0), (l / 2 - 2, -15.0, 8.0, 30.0) })
            {
                pen.Rect(Organic, 8, x, y, bw, bh);
            }
        }

        /// <summary>A plastic comb: 130–190 × 25–35 mm, 2–4 mm thick, teeth along one side.</summary>
        private void Comb()
        {
            var pen = Place(95);
            var l = U(130, 190);
            var w = U(25, 35);
            var t = U(2, 4);
            pen.Rect(Organic, t, -l / 2, -w / 2, l, w * 0.35);
            for (var x = (-l / 2) + 1; x < l / 2 - 1; x += 2)
            {
                pen.Rect(Organic, t, x, -w * 0.15, 1, w * 0.65);
            }
        }

        /// <summary>Hair grips: 3–12 steel bobby pins (50–60 mm, 0.7 mm wire folded in two, one leg wavy), sometimes with elastic hair ties with a metal crimp.</summary>
        private void HairGrips()
        {
            var pen = Place(45);
            for (var i = random.Next(3, 13); i > 0; i--)
            {
                var grip = new Turned(pen, U(-25, 25), U(-25, 25), U(0, 2 * Math.PI));
                var l = U(50, 60);
                grip.Line(Steel, 0.7, 0.7, false, (-l / 2, -1.5), (l / 2, -0.5), (l / 2, 0.5));
                var wave = new List<(double, double)>();
                for (var k = 0; k <= 8; k++)
                {
                    wave.Add(((l / 2) - (k * l / 8), 0.5 + (k % 2 == 0 ? 0 : 1.2)));
                }

                grip.Line(Steel, 0.7, 0.7, false, [.. wave]);
            }

            for (var i = random.Next(0, 4); i > 0; i--)
            {
                var (x, y) = (U(-25, 25), U(-25, 25));
                pen.Ring(Organic, 3, 3, x, y, 15, 15);
                pen.Rect(Steel, 1, x + 14, y - 2, 2, 4);
            }
        }
    }
}
