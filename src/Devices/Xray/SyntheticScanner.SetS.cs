namespace Screening.Devices.Xray;

// Variant set S (held out after Q): threat shapes and clutter kinds that none of A to Q and R draws.
// About two thirds are the ordinary forms a prison gate meets (the knives in kitchen drawers and
// pockets, the commonest handguns, the phones most people carry today); the rest are hidden inside
// something innocent or made at home. Each is written from what the real thing measures and is made
// of, by someone who read neither the analyser nor any x-ray figures. Thicknesses follow the rest of
// the scene: roughly the millimetres of that material the beam crosses where the part lies flat (a
// round bar of diameter d counts as about 0.8 d, a hollow part as its two walls, a sheet or wall seen
// edge-on as the depth the beam runs along it, shared out over the width of the line it is drawn as);
// a material lighter or heavier than water counts its thickness times its density, and a layered
// part (a lithium cell, a circuit board) counts each of its materials by its share of the layers.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set S's threat shapes; null for a shape that is not set S's.</summary>
        private PixelBox? DrawSetSThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.TableKnife => TableKnife(scale),
            ThreatShape.ButtonLockFolder => ButtonLockFolder(scale),
            ThreatShape.ZombieKnife => ZombieKnife(scale),
            ThreatShape.KnifeInBabyWipes => KnifeInBabyWipes(scale),
            ThreatShape.BedSlatShiv => BedSlatShiv(scale),
            ThreatShape.ExtendedMagPistol => ExtendedMagPistol(scale),
            ThreatShape.TipUpPistol => TipUpPistol(scale),
            ThreatShape.SawnOffSingleBarrel => SawnOffSingleBarrel(scale),
            ThreatShape.PistolInShoebox => PistolInShoebox(scale),
            ThreatShape.DoorBoltGun => DoorBoltGun(scale),
            ThreatShape.CameraBarPhone => CameraBarPhone(scale),
            ThreatShape.RoundCameraPhone => RoundCameraPhone(scale),
            ThreatShape.MidRangePhone => MidRangePhone(scale),
            ThreatShape.PhoneInBiscuitRoll => PhoneInBiscuitRoll(scale),
            ThreatShape.PhoneInRolledSocks => PhoneInRolledSocks(scale),
            ThreatShape.Rounds44Magnum => Rounds44Magnum(scale),
            ThreatShape.SimInLighter => SimInLighter(scale),
            ThreatShape.NeedleExchangePack => NeedleExchangePack(scale),
            ThreatShape.HeatedClothingBattery => HeatedClothingBattery(scale),
            ThreatShape.RivetGun => RivetGun(scale),
            ThreatShape.MiniKeg => MiniKeg(scale),
            ThreatShape.CannabisMylarPouch => CannabisMylarPouch(scale),
            ThreatShape.DrugsInSoapBar => DrugsInSoapBar(scale),
            _ => null,
        };

        /// <summary>Draws one of set S's clutter kinds; false for a kind that is not set S's.</summary>
        private bool DrawSetSClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.WristSplint:
                    WristSplint();
                    return true;
                case ClutterKind.GeometrySet:
                    GeometrySet();
                    return true;
                case ClutterKind.MetalChopsticks:
                    MetalChopsticks();
                    return true;
                case ClutterKind.CdCase:
                    CdCase();
                    return true;
                case ClutterKind.TravelAlarmClock:
                    TravelAlarmClock();
                    return true;
                case ClutterKind.Jeans:
                    Jeans();
                    return true;
                case ClutterKind.WaterPistol:
                    WaterPistol();
                    return true;
                case ClutterKind.SodaCan:
                    SodaCan();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// A part inside a part: at (<paramref name="x"/>, <paramref name="y"/>) turned by <paramref name="angle"/> in the frame of one
        /// at (<paramref name="ox"/>, <paramref name="oy"/>) turned by <paramref name="oa"/> in its pen's frame.
        /// </summary>
        private static Turned SWithin(Pen pen, double ox, double oy, double oa, double x, double y, double angle)
        {
            var (mx, my) = Moved(ox, oy, oa, x, y);
            return new Turned(pen, mx, my, oa + angle);
        }

        /// <summary>The corners of a rectangle from its left-top corner, for drawing its edges as one closed line.</summary>
        private static (double X, double Y)[] SCorners(double x, double y, double w, double h) => [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];

        /// <summary>
        /// The electrode stack of a lithium-ion cell, <paramref name="depth"/> mm of it along the beam over a rectangle: per millimetre
        /// about 0.4 mm of cobalt-bearing oxide coating (counted as 0.1 mm of steel), 0.027 mm of copper foil, 0.04 mm of aluminium foil
        /// and 0.9 mm (water-equivalent) of graphite, separator and electrolyte.
        /// </summary>
        private static void SElectrodes(Turned part, double x, double y, double l, double w, double depth)
        {
            part.Rect(Steel, 0.1 * depth, x, y, l, w);
            part.Rect(Brass, 0.027 * depth, x, y, l, w);
            part.Rect(Aluminium, 0.04 * depth, x, y, l, w);
            part.Rect(Organic, 0.9 * depth, x, y, l, w);
        }

        /// <summary>
        /// A lithium-polymer pouch cell lying flat, <paramref name="t"/> mm thick, from (<paramref name="x"/>, <paramref name="y"/>):
        /// its electrode stack in an aluminium-laminate pouch (two 0.04 mm foils), its aluminium and nickel tabs and the protection
        /// board across its tab end.
        /// </summary>
        private static void SPouchCell(Turned part, double x, double y, double l, double w, double t)
        {
            SElectrodes(part, x + 1.5, y + 1, l - 3, w - 2, t - 0.3);
            part.Rect(Aluminium, 2 * 0.04, x, y, l, w);
            part.Rect(Organic, 2 * 0.1, x, y, l, w);
            part.Rect(Aluminium, 0.1, x - 5, y + (w * 0.25), 5, 4);
            part.Rect(Steel, 0.1, x - 5, y + (w * 0.75) - 4, 5, 4);
            part.Rect(Mixed, 0.6, x - 4.5, y + (w * 0.15), 4, w * 0.7);
            part.Rect(Brass, 0.06, x - 4.5, y + (w * 0.15), 4, w * 0.7);
        }

        /// <summary>
        /// A cylindrical lithium-ion cell (an 18650 and its kin) lying along x from <paramref name="x"/>, centred on
        /// <paramref name="y"/>: a 0.25 mm nickel-plated steel can round the wound electrode stack, the positive cap's vent and
        /// PTC discs (about 0.9 mm of steel), the can's 0.3 mm bottom seen edge-on, the PVC wrap. <paramref name="layers"/> cells
        /// stacked along the beam count as many times over.
        /// </summary>
        private static void SCylCell(Turned part, double x, double y, double length, double d, int layers = 1)
        {
            for (var i = 0; i < layers; i++)
            {
                part.Tube(Steel, x, y - (d / 2), length, d, 0.25);
                var core = d - 0.8;
                part.Cylinder(Steel, x + 2, y - (core / 2), length - 4.5, core, 0.1);
                part.Cylinder(Brass, x + 2, y - (core / 2), length - 4.5, core, 0.027);
                part.Cylinder(Aluminium, x + 2, y - (core / 2), length - 4.5, core, 0.04);
                part.Cylinder(Organic, x + 2, y - (core / 2), length - 4.5, core, 0.9);
                part.Rect(Steel, 0.8 * d * 0.9 / 2.5, x + length - 2.5, y - (d * 0.4), 2.5, d * 0.8);
                part.Rect(Steel, 0.8 * d * 0.3 / 1.0, x, y - (d / 2), 1.0, d);
                part.Rect(Steel, 1.2, x + length, y - 3, 0.8, 6);
                part.Rect(Organic, 2 * 0.1 * 1.4, x - 0.3, y - (d / 2) - 0.2, length + 0.6, d + 0.4);
            }
        }

        /// <summary>
        /// One camera module seen through a phone's back, centred at (<paramref name="cx"/>, <paramref name="cy"/>), <paramref name="size"/>
        /// mm square: its stack of plastic lenses, the voice-coil motor's four small neodymium magnets (two more and a larger steel can on
        /// a stabilised main camera), the 0.2 mm steel can, the sensor on its ceramic substrate.
        /// </summary>
        private static void SCamera(Turned p, double cx, double cy, double size, bool stabilised)
        {
            var h = size / 2;
            p.Rect(Steel, 0.2, cx - h, cy - h, size, size);
            p.Line(Steel, 5 * 0.2 / 0.6, 0.6, true, (cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h));
            p.Ellipse(Organic, 5 * 1.1, cx, cy, h * 0.55, h * 0.55);
            p.Rect(Mixed, 0.6, cx - (h * 0.8), cy - (h * 0.8), size * 0.8, size * 0.8);
            var magnet = Math.Max(1.2, size * 0.12);
            foreach (var (sx, sy) in new[] { (-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0) })
            {
                p.Rect(Steel, stabilised ? 2.2 : 1.4, cx + (sx * (h - magnet)) - (magnet / 2), cy + (sy * (h - magnet)) - (magnet / 2), magnet, magnet);
            }

            if (stabilised)
            {
                p.Rect(Steel, 1.8, cx - (magnet / 2), cy - h + 0.3, magnet, magnet);
                p.Rect(Steel, 1.8, cx - (magnet / 2), cy + h - magnet - 0.3, magnet, magnet);
            }
        }

        /// <summary>
        /// A slab smartphone face up or down, its top (the cameras' end) toward −x, centred on its part's origin: the 0.7 mm cover glass
        /// over the display and its copper heat-spreading foil; a glass back (0.6 mm) or a 0.9 mm polycarbonate one; the frame round its
        /// edge seen edge-on (<paramref name="depth"/> mm of <paramref name="frame"/> of which about half is wall, across a 2 mm band);
        /// the 0.5 mm aluminium mid-plate; a pouch cell sized from <paramref name="mah"/> (about 0.72 Wh per cm³ of cell, 4.6–5.3 mm
        /// thick); the logic board in the top third with its shield cans and dense parts; the speaker's magnet, the haptic motor and the
        /// USB-C shell at the bottom; the steel SIM tray; a wireless-charging coil and its ferrite sheet on phones that charge so.
        /// Cameras are the caller's.
        /// </summary>
        private void SPhone(Turned p, double l, double w, double r, Material frame, double depth, bool glassBack, double mah, bool coil)
        {
            RoundedRect(p, Glass, 0.7, -l / 2, -w / 2, l, w, r);
            RoundedRect(p, Organic, 0.6 * 1.2, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, r - 1);
            RoundedRect(p, Brass, 0.03, (-l / 2) + 3, (-w / 2) + 3, l - 6, w - 6, r - 2);
            if (glassBack)
            {
                RoundedRect(p, Glass, 0.6, -l / 2, -w / 2, l, w, r);
            }
            else
            {
                RoundedRect(p, Organic, 0.9 * 1.2, -l / 2, -w / 2, l, w, r);
            }

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
                p.Line(Steel, 1.2 * 0.15 / 0.6, 0.6, true, (sx, sy), (sx + sw, sy), (sx + sw, sy + sh), (sx, sy + sh));
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
            p.Line(Steel, 2.6 * 0.2 / 0.5, 0.5, true, ((l / 2) - 7.5, -4.5), ((l / 2) - 0.5, -4.5), ((l / 2) - 0.5, 4.5), ((l / 2) - 7.5, 4.5));
            p.Rect(Steel, 0.45, (l / 2) - 48, (w / 2) - 13, 22, 12);
            if (coil)
            {
                p.Ring(Brass, 0.35, 7, 8, 0, 17, 17);
                p.Ellipse(Mixed, 0.3, 8, 0, 24, 24);
            }

            for (var i = 0; i < 6; i++)
            {
                p.Ellipse(Steel, 1.4, i < 3 ? (-l / 2) + 5 + (i * 8) : (l / 2) - 4 - ((i - 3) * 10), i % 2 == 0 ? (-w / 2) + 4 : (w / 2) - 4, 0.8, 0.8);
            }
        }

        /// <summary>A clear TPU case round a phone: 1.3 mm at about 1.2 g/cm³ over its back, its lip round the edge seen edge-on.</summary>
        private static void SPhoneCase(Turned p, double l, double w, double r, double depth)
        {
            RoundedRect(p, Organic, 1.3 * 1.2, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3, r + 1.5);
            p.Line(Organic, (depth + 2) * 1.2, 1.5, true, RoundedOutline((-l / 2) - 1.2, (-w / 2) - 1.2, l + 2.4, w + 2.4, r + 1.2));
        }

        /// <summary>
        /// A candybar basic phone centred on its part's origin, its keypad toward +x: a polycarbonate shell (1.5 mm walls at about 1.2
        /// g/cm³), the screen's two glass sheets and steel frame, the board under the keypad with its steel dome sheet, a
        /// 1000–1500 mAh cell (<paramref name="cellT"/> thick) under the back, the earpiece and loudspeaker magnets and the steel SIM
        /// holder. Face up or down, or on its long edge (<paramref name="edgeOn"/>, the beam along its width <paramref name="w"/>, seen
        /// <paramref name="t"/> deep).
        /// </summary>
        private static void SFeaturePhone(Turned p, double l, double w, double t, double cellT, bool edgeOn)
        {
            if (!edgeOn)
            {
                RoundedRect(p, Organic, 2 * 1.5 * 1.2, -l / 2, -w / 2, l, w, 8);
                p.Line(Organic, t * 1.2, 1.5, true, RoundedOutline((-l / 2) + 0.8, (-w / 2) + 0.8, l - 1.6, w - 1.6, 7));
                p.Rect(Glass, 1.0, (-l / 2) + 8, (-w / 2) + 5, l * 0.34, w - 10);
                var sx = (-l / 2) + 8 + (l * 0.34);
                p.Line(Steel, 2.5 * 0.2 / 0.8, 0.8, true, ((-l / 2) + 8, (-w / 2) + 5), (sx, (-w / 2) + 5), (sx, (w / 2) - 5), ((-l / 2) + 8, (w / 2) - 5));
                p.Rect(Mixed, 0.6, (-l / 2) + 6, (-w / 2) + 4, l - 12, w - 8);
                p.Rect(Brass, 0.06, (-l / 2) + 6, (-w / 2) + 4, l - 12, w - 8);
                p.Rect(Steel, 0.1, 0, (-w / 2) + 5, (l / 2) - 8, w - 10);
                for (var row = 0; row < 5; row++)
                {
                    for (var col = 0; col < 3; col++)
                    {
                        p.Rect(Silicone, 1.2, 4 + (row * (((l / 2) - 12) / 5)), (-w / 2) + 6 + (col * ((w - 12) / 3)), 6, 8);
                    }
                }

                SPouchCell(p, (-l / 2) + 18, (-w / 2) + 6, l * 0.46, w - 12, cellT);
                p.Rect(Steel, 1.6, (-l / 2) + 3, -5, 6, 10);
                p.Rect(Steel, 2.2, (l / 2) - 14, (w / 2) - 16, 10, 12);
                p.Rect(Steel, 0.2, (-l / 2) + 22, -9, 20, 16);
                return;
            }

            // On its edge: the shell's faces are seen edge-on along the phone's width, its sides face-on.
            p.Rect(Organic, 2 * 1.5 * 1.2, -l / 2, -t / 2, l, t);
            p.Rect(Organic, w * 1.5 * 1.2 / 1.5, -l / 2, -t / 2, l, 1.5);
            p.Rect(Organic, w * 1.5 * 1.2 / 1.5, -l / 2, (t / 2) - 1.5, l, 1.5);
            p.Rect(Glass, w * 0.8 * 1.0 / 1.0, (-l / 2) + 8, (-t / 2) + 1.5, l * 0.34, 1.0);
            p.Rect(Mixed, w * 0.8 * 0.6 / 0.8, (-l / 2) + 6, -1, l - 12, 0.8);
            p.Rect(Brass, w * 0.8 * 0.06 / 0.8, (-l / 2) + 6, -1, l - 12, 0.8);
            SElectrodes(p, (-l / 2) + 19.5, (t / 2) - 1.5 - cellT, (l * 0.46) - 3, cellT - 0.3, w - 14);
            p.Rect(Aluminium, (w - 12) * 0.08 / 0.5, (-l / 2) + 18, (t / 2) - 1.8 - cellT, l * 0.46, 0.5);
            p.Rect(Silicone, w * 0.7 * 1.2 / 1.5, 2, (-t / 2) + 1.5, (l / 2) - 8, 1.5);
            p.Rect(Steel, 6 * 1.6 / 2.5, (-l / 2) + 3, -2, 6, 2.5);
            p.Rect(Steel, 10 * 2.2 / 3, (l / 2) - 14, (t / 2) - 5, 10, 3);
        }

        /// <summary>
        /// A striker-fired polymer pistol lying on its side in its part's frame, muzzle toward +x, the slide above y = 0 (<paramref
        /// name="slideL"/> × <paramref name="slideH"/>: two 4.3 mm steel side walls, one of them open at the ejection port, the breech
        /// block solid round the striker channel), the 102 mm class barrel (14.5 mm, 2.75 mm wall) with its hood, the steel guide rod and
        /// flat-wire recoil spring, the glass-filled nylon frame (two 3 mm walls at 1.4 g/cm³) with its steel locking block, rail inserts,
        /// trigger bar and striker, the grip raked back by <paramref name="rakeDeg"/>; the magazine (polymer over a steel liner, 2 × 1.6
        /// mm and 2 × 0.5 mm) running <paramref name="magBelow"/> mm out of the grip, its follower, spring and <paramref name="rounds"/>
        /// staggered 9 × 19 mm rounds. Returns the lowest point of the grip and magazine along the grip's axis.
        /// </summary>
        private static double SStrikerPistol(Pen pen, double ox, double oy, double oa, double slideL, double slideH, double gripL, double gripW,
            double rakeDeg, double magBelow, int rounds)
        {
            var g = new Turned(pen, ox, oy, oa);
            var x0 = -slideL / 2;
            var x1 = slideL / 2;
            var rk = Math.Tan(rakeDeg * Math.PI / 180);
            g.Rect(Steel, 4.3, x0, -slideH, slideL, slideH);
            g.Rect(Steel, 4.3, x0, -slideH, slideL * 0.42, slideH);
            g.Rect(Steel, 4.3, x0 + (slideL * 0.72), -slideH, slideL * 0.28, slideH);
            g.Rect(Steel, 4.3, x0 + (slideL * 0.42), -slideH, slideL * 0.3, slideH * 0.3);
            g.Rect(Steel, 12, x0, -slideH + 3, 34, slideH - 6);
            g.Cylinder(Steel, x0 + 6, -slideH * 0.5, 46, 3.5, 0.8);
            var barrelY = (-slideH * 0.55) - 7.25;
            var barrelL = slideL - 44;
            g.Tube(Steel, x1 - barrelL - 2, barrelY, barrelL, 14.5, 2.75);
            g.Rect(Steel, 8, x1 - barrelL - 2, barrelY - 1, 26, 16.5);
            g.Rect(Steel, 6, x1 - barrelL + 10, barrelY + 14.5, 22, 6);
            g.Cylinder(Steel, x1 - barrelL + 20, -4.5, barrelL - 24, 4, 0.8);
            g.Line(Steel, 1.5 * 0.8, 1.1, false, Zigzag(x1 - barrelL + 22, x1 - 4, -6.5, 2.6, 4));
            g.Rect(Steel, 3, x1 - 8, -slideH - 4, 4, 4);
            g.Rect(Steel, 5, x0 + 4, -slideH - 5, 8, 5);
            var gx = x0 + 2;
            (double X, double Y)[] grip =
            [
                (gx, -1), (gx + gripW, -1), (gx + gripW - (gripL * rk), gripL), (gx - (gripL * rk) - 2, gripL),
            ];
            (double X, double Y)[] dust = [(gx, -1), (x1 - 6, -1), (x1 - 6, 9), (gx + gripW + 38, 11), (gx + gripW, 11)];
            g.Poly(Organic, 2 * 3 * 1.4, dust);
            g.Poly(Organic, 2 * 3 * 1.4, grip);
            g.Line(Organic, 3 * 1.4, 2.5, true, grip);
            g.Rect(Steel, 2 * 2.5, gx + gripW + 8, -3, 24, 10);
            g.Rect(Steel, 2 * 1.5, x1 - 30, -2, 16, 5);
            g.Rect(Steel, 2 * 1.5, gx + 2, -2, 14, 6);
            g.Line(Steel, 1.5, 1.5, false, (gx + gripW + 20, 6), (gx + 6, 4));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10)
                .Select(a => (gx + gripW + 20 + (20 * Math.Cos(a)), 9 + (15 * Math.Sin(a)))).ToArray();
            g.Line(Organic, 9 * 1.4, 4.5, false, guard);
            g.Poly(Organic, 7 * 1.4, (gx + gripW + 14, 8), (gx + gripW + 20, 8), (gx + gripW + 17, 22), (gx + gripW + 13, 21));

            // The magazine along the grip's axis, leaning back with it.
            var mw = gripW * 0.78;
            var mx = gx + ((gripW - mw) / 2);
            var mb = gripL + magBelow;
            var fat = magBelow > 40 ? 3.0 : 0.0;
            (double X, double Y)[] mag =
            [
                (mx, 2), (mx + mw, 2), (mx + mw - (gripL * rk), gripL), (mx + mw + fat - (mb * rk), mb), (mx - fat - (mb * rk), mb), (mx - (gripL * rk), gripL),
            ];
            g.Poly(Organic, 2 * 1.6 * 1.4, mag);
            g.Poly(Steel, 2 * 0.5, mag);
            g.Line(Steel, 8 * 0.5 / 1.2, 1.2, true, mag);
            g.Rect(Organic, 6 * 1.4, mx - fat - (mb * rk) - 2, mb - 5, mw + (2 * fat) + 4, 6);
            g.Rect(Steel, 1.5, mx - (mb * rk) + 2, mb - 4, mw - 4, 3);
            var last = 0.0;
            for (var i = 0; i < rounds; i++)
            {
                var y = 8 + (i * 5.6);
                if (y > mb - 14)
                {
                    break;
                }

                last = y;
                var shift = -y * rk;
                BrassRound(SWithin(pen, ox, oy, oa, mx + shift + (mw / 2) + (i % 2 == 0 ? -0.8 : 0.8), y, 0), 19.15, 9.9, 9.96, 10.5, 9.02, true);
            }

            g.Line(Steel, 1.1 * 0.8, 1.1, false, Zigzag(last + 10, mb - 8, mx + (mw * 0.3), 5, mw * 0.4)
                .Select(q => (q.Y - (q.X * rk), q.X)).ToArray());
            return mb;
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A stainless table knife, the kind in every kitchen drawer and canteen: 225–245 mm long; a blade 95–108 mm long and 18–22 mm
        /// deep with a round tip, about 2 mm at its back thinning to under 1 mm at the edge, finely serrated on some; a handle forged in
        /// one piece with it (a flattened oval about 18 × 7 mm of solid steel), or hollow (two 0.6 mm shells welded round air), or a
        /// budget polypropylene one over a stamped tang and two rivets; one knife, or two together.
        /// </summary>
        private PixelBox TableKnife(double scale)
        {
            var n = Chance(0.3) ? 2 : 1;
            var bl = U(95, 108);
            var bw = U(18, 22);
            var hl = U(125, 137);
            var build = random.Next(3);
            var serrated = Chance(0.5);
            var pen = Lay(-hl - 8, (-bw / 2) - 2, bl + 8, (bw / 2) + 2 + ((n - 1) * 26), scale);
            for (var i = 0; i < n; i++)
            {
                var k = new Turned(pen, i == 0 ? 0 : U(-5, 5), i * 26, 0);
                (double X, double Y)[] blade =
                [
                    (0, -bw * 0.3), (bl * 0.8, -bw * 0.5), (bl * 0.95, -bw * 0.42), (bl, -bw * 0.2), (bl * 0.98, bw * 0.1),
                    (bl * 0.9, bw * 0.4), (bl * 0.75, bw * 0.5), (0, bw * 0.3),
                ];
                k.Poly(Steel, 1.0, blade);
                k.Poly(Steel, 0.9, Shrunk(blade, bl / 2, -bw / 2, 1, 0.5));
                if (serrated)
                {
                    k.Line(Steel, 0.4, 0.8, false, Zigzag(bl * 0.15, bl * 0.85, bw * 0.36, 1.6, 0.8));
                }

                (double X, double Y)[] handle =
                [
                    (0, -bw * 0.28), (-14, -4), (-hl * 0.55, -bw * 0.42), (-hl + 6, -bw * 0.45), (-hl, -bw * 0.3), (-hl - 1, 0),
                    (-hl, bw * 0.3), (-hl + 6, bw * 0.45), (-hl * 0.55, bw * 0.42), (-14, 4), (0, bw * 0.28),
                ];
                switch (build)
                {
                    case 0:
                        k.Rect(Steel, 4, -16, -4, 18, 8);
                        RoundSection(k, Steel, handle, -hl / 2, 0, 6.5, 1);
                        break;
                    case 1:
                        k.Rect(Steel, 4, -16, -4, 18, 8);
                        k.Poly(Steel, 2 * 0.6, handle);
                        k.Line(Steel, 6.5 * 0.6 / 1.0, 1.0, true, handle);
                        k.Ellipse(Steel, 3, -hl + 3, 0, 3, 3);
                        break;
                    default:
                        k.Rect(Steel, 1.5, -hl * 0.8, -5, (hl * 0.8) + 2, 10);
                        RoundSection(k, Organic, Shrunk(handle, -hl / 2, 0, 1, 1.05), -hl / 2, 0, 16, 0.9);
                        k.Ellipse(Steel, 4, -hl * 0.3, 0, 2.2, 2.2);
                        k.Ellipse(Steel, 4, -hl * 0.62, 0, 2.2, 2.2);
                        break;
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A button-lock folding knife of the kind sold cheaply online and in outdoor shops: a handle 108–120 mm long and 30–34 mm wide
        /// of two anodised aluminium scales (3.5–4 mm, pocketed to about 2.4 mm inside a solid rim) with no liners, three steel
        /// stand-offs and an 8 mm steel pivot; a drop-point blade of 3 mm steel, 82–92 mm long and 25–29 mm deep, flat-ground to its
        /// edge, with its flipper tab; the spring-loaded steel plunger (the button) that locks it open, just behind the pivot; a 1 mm
        /// steel pocket clip; open, or closed with the blade between the scales and its tab standing out.
        /// </summary>
        private PixelBox ButtonLockFolder(double scale)
        {
            var hl = U(108, 120);
            var hw = U(30, 34);
            var bl = U(82, 92);
            var bw = U(25, 29);
            var open = Chance(0.45);
            var scale2 = U(3.5, 4);
            var pen = open ? Lay(-hl - 2, (-hw / 2) - 6, bl + 4, (hw / 2) + 12, scale) : Lay(-hl - 2, (-hw / 2) - 6, 8, (hw / 2) + 12, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] handle =
            [
                (4, -hw * 0.4), (-hl * 0.3, -hw / 2), (-hl + 10, (-hw / 2) + 1), (-hl, (-hw / 2) + 7), (-hl, (hw / 2) - 6),
                (-hl + 8, hw / 2), (-hl * 0.45, (hw / 2) - 3), (-14, hw / 2), (4, hw * 0.4),
            ];
            k.Poly(Aluminium, 2 * 2.4, handle);
            k.Line(Aluminium, 2 * (scale2 - 2.4), 3.5, true, handle);
            k.Ellipse(Steel, 0.8 * 12, -6, 0, 4, 4);
            k.Ellipse(Steel, 2 * 1.5, -6, 0, 6.5, 6.5);
            k.Ellipse(Steel, 0.8 * 12, -20, (-hw / 2) + 7, 3, 3);
            k.Line(Steel, 0.5, 1, false, Zigzag(-30, -22, (-hw / 2) + 7, 2, 3));
            foreach (var x in new[] { -hl + 9, -hl * 0.55, -hl * 0.3 })
            {
                k.Ellipse(Steel, 0.8 * 12, x, (hw / 2) - 5, 2.2, 2.2);
            }

            k.Rect(Steel, 1.0, -hl + 4, (-hw / 2) - 5, 62, 9);
            k.Ellipse(Steel, 2, -hl + 12, (-hw / 2) - 1, 2, 2);
            (double X, double Y)[] blade =
            [
                (-10, (-bw / 2) + 3), (bl * 0.55, (-bw / 2) + 2), (bl * 0.85, (-bw / 2) + 5), (bl, (-bw / 2) + 9), (bl * 0.8, bw * 0.15),
                (bl * 0.45, bw / 2), (2, (bw / 2) - 1), (-2, (bw / 2) + 10), (-8, (bw / 2) + 8), (-12, bw * 0.15),
            ];
            if (!open)
            {
                blade = [.. blade.Select(q => (-q.X - 12, -q.Y))];
            }

            var spineY = open ? (-bw / 2) + 2 : (bw / 2) - 2;
            var cx = open ? bl / 2 : (-bl / 2) - 12;
            k.Poly(Steel, 3 * 0.45, blade);
            k.Poly(Steel, 3 * 0.55, Shrunk(blade, cx, spineY, 1, 0.45));
            return pen.Box;
        }

        /// <summary>
        /// A "zombie" knife, sold as a fantasy collectable and often seized: a 3.5–4 mm stainless blade 230–270 mm long and 45–55 mm deep
        /// at its belly, a hooked clip point sharpened on both edges, saw teeth along part of its back, two or three round cut-outs; its
        /// full tang through a handle 115–130 mm long of two 7 mm ABS or rubberised scales (about 1.1 g/cm³) held by three steel screws
        /// and posts, a finger guard ground into the tang, a lanyard hole; in its nylon sheath with a polypropylene liner on some.
        /// </summary>
        private PixelBox ZombieKnife(double scale)
        {
            var bl = U(230, 270);
            var bw = U(45, 55);
            var t = U(3.5, 4);
            var hl = U(115, 130);
            var hh = U(30, 34);
            var sheath = Chance(0.35);
            var yTop = (-bw * 0.78) - (sheath ? 8 : 2);
            var pen = Lay(-hl - 3, yTop, bl + (sheath ? 12 : 3), (bw * 0.58) + (sheath ? 8 : 12), scale);
            var k = new Turned(pen, 0, 0, U(-0.01, 0.01));
            (double X, double Y)[] outline =
            [
                (0, -bw * 0.4), (bl * 0.15, -bw * 0.42), (bl * 0.45, -bw * 0.42), (bl * 0.6, -bw * 0.28), (bl * 0.82, -bw * 0.45),
                (bl, -bw * 0.75), (bl * 0.9, -bw * 0.2), (bl * 0.7, bw * 0.3), (bl * 0.45, bw * 0.55), (bl * 0.2, bw * 0.5), (0, bw * 0.4),
            ];
            var holes = random.Next(2, 4);
            var cut = Enumerable.Range(0, holes).Select(i => (bl * (0.22 + (0.18 * i)), bw * 0.05, U(5, 8))).ToArray();
            k.Poly(Steel, t * 0.55, WithHoles(outline, cut));
            k.Poly(Steel, t * 0.45, Shrunk(outline, bl / 2, -bw * 0.4, 1, 0.5));
            k.Line(Steel, t * 0.8, 1.6, false, Zigzag(bl * 0.15, bl * 0.45, -bw * 0.42, 5, -4));
            k.Poly(Steel, t, (-6, (-bw * 0.4) - 4), (3, (-bw * 0.42) - 4), (3, (bw * 0.4) + 9), (-6, (bw * 0.4) + 11), (-10, (bw * 0.4) + 4));
            (double X, double Y)[] tang = [(-6, -hh * 0.38), (-hl + 4, -hh * 0.4), (-hl, -hh * 0.3), (-hl, hh * 0.3), (-hl + 4, hh * 0.4), (-6, hh * 0.38)];
            k.Poly(Steel, t, WithHoles(tang, (-hl + 9, 0, 3.5), (-hl * 0.55, 0, 6)));
            (double X, double Y)[] scales =
            [
                (-6, -hh / 2), (-hl * 0.5, (-hh / 2) - 1), (-hl - 2, -hh * 0.42), (-hl - 3, 0), (-hl - 2, hh * 0.42), (-hl * 0.5, (hh / 2) + 2), (-6, hh / 2),
            ];
            RoundSection(k, Organic, scales, -hl / 2, 0, 14, 1.1);
            foreach (var x in new[] { -18.0, -hl * 0.45, -hl + 20 })
            {
                k.Ellipse(Steel, 14 * 0.6, x, 0, 2.6, 2.6);
            }

            if (sheath)
            {
                (double X, double Y)[] sleeve =
                [
                    (-2, (-bw * 0.78) - 6), (bl + 10, (-bw * 0.78) - 6), (bl + 10, (-bw * 0.2) - 4), (bl * 0.45, (bw * 0.58) + 6), (-2, (bw * 0.5) + 6),
                ];
                k.Poly(Organic, (2 * 1.5 * 1.15) + (2 * 1.0 * 0.9), sleeve);
                k.Line(Organic, 8 * 1.15, 2.5, true, sleeve);
                foreach (var x in new[] { 20.0, bl * 0.4, bl * 0.75 })
                {
                    k.Ellipse(Steel, 2.5, x, (-bw * 0.78) - 3, 2, 2);
                }

                k.Ellipse(Steel, 3, -1, (bw * 0.5) + 2, 5, 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// A kitchen knife pushed into a soft pack of baby wipes: 64–80 wet wipes (the stack 190–205 × 105–115 mm and 55–70 mm high,
        /// about 0.35 g/cm³ with the air in its folds) in a 0.06 mm polyethylene wrap, a polypropylene flip lid glued over its opening;
        /// among the wipes a utility knife of 170–188 mm (a 85–95 mm blade of 1.5–1.8 mm stainless, a stamped tang with two rivets
        /// through a moulded polypropylene handle 20 mm thick).
        /// </summary>
        private PixelBox KnifeInBabyWipes(double scale)
        {
            var l = U(190, 205);
            var w = U(105, 115);
            var h = U(55, 70);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var pack = new Turned(pen, 0, 0, 0);
            RoundedRect(pack, Organic, h * 0.35, -l / 2, -w / 2, l, w, 14);
            pack.Line(Organic, h * 0.06 * 0.92 / 1.2, 1.2, true, RoundedOutline((-l / 2) - 0.5, (-w / 2) - 0.5, l + 1, w + 1, 14));
            pack.Rect(Organic, 4 * 0.06 * 0.92, (-l / 2) - 1, -w * 0.35, 6, w * 0.7);
            pack.Rect(Organic, 4 * 0.06 * 0.92, (l / 2) - 5, -w * 0.35, 6, w * 0.7);
            RoundedRect(pack, Organic, 2 * 1.2 * 0.9, -40, -28, 80, 56, 8);
            pack.Line(Organic, 8 * 0.9, 2, true, RoundedOutline(-39, -27, 78, 54, 7));
            pack.Rect(Organic, 4 * 0.9, 38, -20, 4, 40);
            var bl = U(85, 95);
            var hl = U(85, 92);
            var bw = U(17, 21);
            var k = new Turned(pen, U(-4, 4) + ((hl - bl) / 2), U(-8, 8), U(-0.1, 0.1) + (Chance(0.5) ? 0 : Math.PI));
            var tb = U(1.5, 1.8);
            pen.Item(() =>
            {
                (double X, double Y)[] blade = [(0, -bw / 2), (bl * 0.75, -bw / 2), (bl, -bw * 0.35), (bl * 0.85, bw * 0.05), (bl * 0.45, bw / 2), (0, bw / 2)];
                k.Poly(Steel, tb * 0.6, blade);
                k.Poly(Steel, tb * 0.4, Shrunk(blade, bl / 2, -bw / 2, 1, 0.5));
                k.Rect(Steel, tb, -hl * 0.85, -4.5, hl * 0.85, 9);
                (double X, double Y)[] handle = [(0, -9), (-hl * 0.6, -10), (-hl, -8), (-hl - 1, 0), (-hl, 8), (-hl * 0.6, 10), (0, 9)];
                RoundSection(k, Organic, handle, -hl / 2, 0, 20, 0.9);
                k.Ellipse(Steel, 20 * 0.35, -hl * 0.3, 0, 2.2, 2.2);
                k.Ellipse(Steel, 20 * 0.35, -hl * 0.65, 0, 2.2, 2.2);
            });
            return pen.Box;
        }

        /// <summary>
        /// A shiv cut from the steel of a bed frame or a shelf bracket: a mild-steel strip 1.5–2.5 mm thick, 18–25 mm wide and 160–210
        /// mm long, ground to a long point over its last 50–70 mm, one or two 6 mm screw holes from its old life; its other end wound with
        /// torn bedsheet (cotton, about 0.5 g/cm³ as wound) to a grip 26–32 mm thick and 80–100 mm long, bound over with PVC tape;
        /// loose, or rolled inside a magazine (50–70 glossy pages, about 1.1 g/cm³) with the point toward its fold.
        /// </summary>
        private PixelBox BedSlatShiv(double scale)
        {
            var l = U(160, 210);
            var sw = U(18, 25);
            var t = U(1.5, 2.5);
            var pl = U(50, 70);
            var gl = U(80, 100);
            var gd = U(26, 32);
            var rolled = Chance(0.35);
            var md = U(38, 46);
            var ml = U(275, 300);
            var pen = rolled
                ? Lay(-ml / 2, (-md / 2) - 2, ml / 2, (md / 2) + 2, scale)
                : Lay((-l / 2) - 3, (-gd / 2) - 2, (l / 2) + 2, (gd / 2) + 2, scale);
            var s = new Turned(pen, rolled ? U(-20, 20) : 0, 0, rolled ? U(-0.03, 0.03) : 0);
            (double X, double Y)[] strip = [(-l / 2, -sw / 2), ((l / 2) - pl, -sw / 2), (l / 2, -sw * 0.1), ((l / 2) - pl, sw / 2), (-l / 2, sw / 2)];
            var holes = random.Next(1, 3);
            var cut = Enumerable.Range(0, holes).Select(i => ((-l / 2) + gl + 12 + (i * 32), 0.0, 3.0)).ToArray();
            pen.Item(() =>
            {
                s.Poly(Steel, t, WithHoles(strip, cut));
                s.Line(Steel, t * 0.5, 1.2, false, ((l / 2) - pl, -sw / 2), (l / 2, -sw * 0.1), ((l / 2) - pl, sw / 2));
                (double X, double Y)[] grip = [((-l / 2) - 2, -gd / 2), ((-l / 2) + gl, (-gd / 2) + 2), ((-l / 2) + gl, (gd / 2) - 2), ((-l / 2) - 2, gd / 2)];
                RoundSection(s, Organic, grip, (-l / 2) + (gl / 2), 0, gd, 0.5);
                for (var x = (-l / 2) + 4; x < (-l / 2) + gl - 6; x += U(7, 12))
                {
                    s.Line(Organic, 2 * 0.15 * 1.4 * 4, 3, false, (x, -gd / 2), (x + 5, gd / 2));
                }
            });

            if (rolled)
            {
                var m = new Turned(pen, 0, 0, 0);
                var pages = random.Next(50, 71);
                m.Tube(Organic, -ml / 2, -md / 2, ml, md, pages * 0.07 * 1.1);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A compact striker-fired polymer 9 mm pistol, the commonest pattern in Europe and the US (about 185 × 128 × 30 mm with its
        /// flush magazine, a 102 mm barrel), carrying a 31- or 33-round extended magazine that stands 100–115 mm out of its grip, or
        /// a +5 extension on its own 15-round one; loaded to any number.
        /// </summary>
        private PixelBox ExtendedMagPistol(double scale)
        {
            var stick = Chance(0.65);
            var below = stick ? U(100, 115) : U(24, 30);
            const double gripL = 88;
            const double rake = 21;
            var rk = Math.Tan(rake * Math.PI / 180);
            var mb = gripL + below;
            var pen = Lay(-93 - (mb * rk) - 6, -36, 94, mb + 2, scale);
            SStrikerPistol(pen, 0, 0, U(-0.02, 0.02), 186, 28, gripL, 32, rake, below, random.Next(0, stick ? 34 : 21));
            return pen.Box;
        }

        /// <summary>
        /// A small pocket pistol with a tip-up barrel (the Bobcat and Tomcat pattern): 124–126 mm long, 95 mm high and 28 mm wide; an
        /// aluminium-alloy frame (two 3 mm walls, 2.5 mm at the grip) under an open-top steel slide, a 61 mm steel barrel (12 mm, 2 mm
        /// wall) hinged at its muzzle so its breech lifts for loading, an exposed steel hammer and its mainspring, the double-action
        /// trigger and its bar; plastic or walnut grips; a single-stack steel magazine of seven .32 ACP or .22 rimfire rounds; the barrel
        /// shut, or tipped up with a round in its chamber on some.
        /// </summary>
        private PixelBox TipUpPistol(double scale)
        {
            var small = Chance(0.4);
            var (caseL, d, rim, bulletOut, bd, pitch) = small ? (15.6, 5.7, 7.0, 9.8, 5.7, 7.4) : (17.3, 8.6, 9.1, 7.7, 7.94, 9.2);
            var tipped = Chance(0.3);
            const double gripL = 66;
            var rk = Math.Tan(13 * Math.PI / 180);
            var pen = tipped ? Lay(-72, -62, 66, gripL + 4, scale) : Lay(-72, -24, 66, gripL + 4, scale);
            var ga = U(-0.02, 0.02);
            var g = new Turned(pen, 0, 0, ga);
            g.Poly(Aluminium, 2 * 3, (-62, -2), (58, -2), (58, 8), (4, 10), (-30, 12), (-62, 8));
            g.Rect(Aluminium, 6, 40, -4, 18, 12);
            (double X, double Y)[] grip = [(-62, 4), (-34, 4), (-34 - (gripL * rk), gripL), (-64 - (gripL * rk), gripL)];
            g.Poly(Aluminium, 2 * 2.5, grip);
            g.Poly(Organic, small ? 2 * 3 * 1.2 : 2 * 4 * 0.7, Shrunk(grip, -48 - (gripL * rk / 2), gripL / 2, 0.92, 0.85));
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (-14 + (15 * Math.Cos(a)), 9 + (13 * Math.Sin(a)))).ToArray();
            g.Line(Aluminium, 2 * 3, 3.5, false, guard);
            g.Poly(Steel, 5, (-18, 8), (-13, 8), (-15, 20), (-19, 19));
            g.Line(Steel, 1.6, 2, false, (-15, 8), (-48, 4));
            g.Rect(Steel, 2 * 2.8, -62, -18, 118, 16);
            g.Rect(Steel, 12, -62, -17, 24, 14);
            g.Rect(Steel, 6, 48, -18, 8, 16);
            g.Poly(Steel, 6, (-64, -14), (-70, -22), (-66, -24), (-58, -16));
            g.Line(Steel, 1.2 * 0.8, 1.4, false, Zigzag(12, gripL - 10, -60, 6, 4).Select(q => (q.Y - (q.X * rk), q.X)).ToArray());
            g.Rect(Steel, 3, 42, 4, 10, 5);
            var tip = tipped ? U(0.8, 1.1) : 0;
            var barrel = SWithin(pen, 0, 0, ga, 55, -3, tip);
            barrel.Tube(Steel, -61, -12, 61, 12, 2);
            barrel.Rect(Steel, 4, -61, -12, 8, 12);
            barrel.Ellipse(Steel, 6, -2, -1, 2.5, 2.5);
            if (tipped && Chance(0.5))
            {
                var (bx, by) = Moved(0, 0, ga, 55, -3);
                BrassRound(SWithin(pen, bx, by, ga + tip, -61 + ((caseL + bulletOut) / 2), -6, 0), caseL, d, rim, bulletOut, bd, !small);
            }

            const double mw = 24;
            var mx = -60.0;
            (double X, double Y)[] mag = [(mx, 4), (mx + mw, 4), (mx + mw - (gripL * rk), gripL - 2), (mx - (gripL * rk), gripL - 2)];
            g.Poly(Steel, 2 * 0.6, mag);
            g.Line(Steel, 9 * 0.6 / 1.2, 1.2, true, mag);
            g.Rect(Steel, 2, mx - (gripL * rk) - 1, gripL - 4, mw + 2, 3);
            var rounds = random.Next(0, 8);
            for (var i = 0; i < rounds; i++)
            {
                var y = 8 + (i * pitch);
                if (y > gripL - 10)
                {
                    break;
                }

                BrassRound(SWithin(pen, 0, 0, ga, mx + (mw / 2) - (y * rk) + 1, y, 0), caseL, d, rim, bulletOut, bd, !small);
            }

            return pen.Box;
        }

        /// <summary>
        /// A sawn-off single-barrel shotgun (the cheap hammer gun farms and clay grounds use): a 12- or 20-bore barrel cut to 230–310 mm
        /// (21 or 18 mm across, about 1.1 mm wall, thicker over its 70 mm chamber, the lump under its breech), a steel action 75–85 mm
        /// long with its exposed hammer, hinge pin, trigger and guard lever; the beech fore-end and its iron; the stock sawn to a pistol
        /// grip (38 mm thick, about 0.7 g/cm³) round its steel through-bolt; a cartridge in the chamber on some (a plastic hull with its
        /// brass-plated steel head, the wad and a 24–28 g charge of lead shot).
        /// </summary>
        private PixelBox SawnOffSingleBarrel(double scale)
        {
            var twelve = Chance(0.7);
            var od = twelve ? 21.0 : 18.0;
            var bore = twelve ? 18.5 : 15.6;
            var bl = U(230, 300);
            var al = U(75, 85);
            var gl = U(100, 120);
            var pen = Lay(-al - gl - 6, -30, bl + 2, 95, scale);
            var g = new Turned(pen, 0, 0, U(-0.02, 0.02));
            g.Tube(Steel, 0, -od / 2, bl, od, 1.1);
            g.Tube(Steel, 0, (-od / 2) - 2, 70, od + 4, 2.8);
            g.Rect(Steel, 18, 0, (od / 2) + 1, 42, 16);
            g.Rect(Steel, 2 * 7, -al, -14, al, 42);
            g.Rect(Steel, 6, -al + 8, -10, al - 16, 32);
            g.Ellipse(Steel, 24 * 0.8, -4, (od / 2) + 10, 4, 4);
            g.Poly(Steel, 7, (-al + 2, -14), (-al - 4, -30), (-al + 6, -30), (-al + 16, -14));
            g.Line(Steel, 3, 5, false, (-al + 24, 28), (-al + 20, 48), (-al + 50, 46), (-al + 62, 28));
            g.Poly(Steel, 5, (-al + 40, 28), (-al + 45, 28), (-al + 40, 42), (-al + 36, 41));
            var fl = Math.Min(bl - 20, U(150, 200));
            (double X, double Y)[] fore = [(10, (od / 2) - 2), (10 + fl, (od / 2) - 1), (10 + fl, (od / 2) + 22), (20, (od / 2) + 28), (10, (od / 2) + 24)];
            RoundSection(g, Organic, fore, 10 + (fl / 2), (od / 2) + 12, 35, 0.7);
            g.Rect(Steel, 2 * 2.5, 12, (od / 2) + 2, 70, 10);
            (double X, double Y)[] stock = [(-al, -14), (-al - 25, -10), (-al - gl, 72), (-al - gl + 30, 92), (-al - 10, 30), (-al, 28)];
            RoundSection(g, Organic, stock, -al - (gl / 2), 40, 38, 0.7);
            g.Line(Steel, 6 * 0.8, 6, false, (-al - 6, 6), (-al - (gl * 0.75), 66));
            if (Chance(0.5))
            {
                g.Rect(Steel, 0.8 * od, 0, (-od / 2) - 0.5, 1.4, od + 1);
                g.Tube(Steel, 0, (-bore / 2) + 0.2, 12, bore - 0.4, 0.3);
                g.Tube(Organic, 0, (-bore / 2) + 0.2, 68, bore - 0.4, 0.6 * 0.95);
                g.Rect(Organic, 0.8 * bore * 0.9, 12, (-bore / 2) + 1, 10, bore - 2);
                g.Cylinder(Organic, 22, (-bore / 2) + 1, 18, bore - 2, 0.9);
                var shot = twelve ? U(24, 28) : U(21, 24);
                var column = shot / (11.34 * 0.62) / (Math.PI * bore * bore / 400) * 10;
                g.Cylinder(Lead, 40, (-bore / 2) + 0.6, column, bore - 1.2, 0.62);
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol hidden in a shoebox: a box of 1.5 mm board (about 0.7 g/cm³, 330–360 × 205–225 × 115–125 mm) with its lid, tissue
        /// paper, and a pair of new trainers heel to toe (rubber outsoles, EVA midsoles, mesh uppers, paper stuffed in their toes); a
        /// subcompact polymer pistol (155–165 × 105–110 mm, up to ten rounds) wrapped in a carrier bag, pushed into one trainer or laid
        /// between them.
        /// </summary>
        private PixelBox PistolInShoebox(double scale)
        {
            var l = U(330, 360);
            var w = U(205, 225);
            var h = U(115, 125);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var b = new Turned(pen, 0, 0, 0);
            b.Rect(Organic, 2 * 1.5 * 0.7, -l / 2, -w / 2, l, w);
            b.Line(Organic, h * 1.5 * 0.7 / 2.5, 2.5, true, SCorners((-l / 2) + 1.5, (-w / 2) + 1.5, l - 3, w - 3));
            b.Line(Organic, 40 * 1.5 * 0.7 / 2, 2, true, SCorners(-l / 2, -w / 2, l, w));
            b.Rect(Organic, 4 * 0.04 * 0.5, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            var sl = Math.Min(l - 40, U(280, 300));
            var sw = Math.Min((w / 2) - 8, U(95, 105));
            var inShoe = Chance(0.6);
            var hostLeft = Chance(0.5);
            for (var i = 0; i < 2; i++)
            {
                var shoe = new Turned(pen, 0, (i == 0 ? -1 : 1) * ((w / 4) - 1), i == 0 ? 0 : Math.PI);
                STrainer(shoe, sl, sw, i == 1);
            }

            var sideY = (hostLeft ? -1 : 1) * ((w / 4) - 1);
            var (gxp, gyp, ga) = inShoe
                ? (U(-25, 10), sideY + U(-6, 6), U(-0.25, 0.25) + (Chance(0.5) ? 0 : Math.PI))
                : (U(-40, 40), U(-8, 8), U(-0.3, 0.3) + (Chance(0.5) ? 0 : Math.PI));
            var wrap = new Turned(pen, gxp, gyp, ga);
            RoundedRect(wrap, Organic, 6 * 0.02 * 0.92, -95, -34, 190, 110, 20);
            var (gx, gy) = Moved(gxp, gyp, ga, 0, -10);
            pen.Item(() => SStrikerPistol(pen, gx, gy, ga, U(155, 165), 27, 62, 30, 20, 0, random.Next(0, 11)));
            return pen.Box;
        }

        /// <summary>
        /// One trainer seen from above, toe toward +x, centred on its part's origin (<paramref name="l"/> × <paramref name="w"/>): a 4 mm
        /// rubber outsole (about 1.15 g/cm³), an EVA midsole 28 mm deep at the heel and 15 at the toe (about 0.22 g/cm³), a foam insole,
        /// a mesh and synthetic upper whose walls (60–75 mm high, about 1.5 mm) are seen edge-on round the outline, a stiffer heel
        /// counter, the tongue and laces, and paper pushed into the toe.
        /// </summary>
        private void STrainer(Turned s, double l, double w, bool mirrored)
        {
            var m = mirrored ? -1 : 1;
            (double X, double Y)[] sole =
            [
                (-l / 2, 0), (-l * 0.45, -w * 0.32 * m), (-l * 0.2, -w * 0.36 * m), (l * 0.1, -w * 0.42 * m), (l * 0.35, -w * 0.48 * m),
                (l * 0.48, -w * 0.25 * m), (l / 2, 0), (l * 0.45, w * 0.3 * m), (l * 0.2, w * 0.46 * m), (-l * 0.05, w * 0.3 * m),
                (-l * 0.3, w * 0.36 * m), (-l * 0.46, w * 0.28 * m),
            ];
            s.Poly(Organic, (4 * 1.15) + (15 * 0.22) + (4 * 0.2), sole);
            s.Poly(Organic, 13 * 0.22, Shrunk(sole, -l * 0.25, 0, 0.5, 0.95));
            s.Poly(Organic, 2 * 1.5 * 1.1, Shrunk(sole, 0, 0, 0.95, 0.92));
            s.Line(Organic, U(60, 75) * 1.5 * 1.1 / 2.5, 2.5, true, Shrunk(sole, 0, 0, 0.98, 0.96));
            s.Line(Organic, 50 * 1.5 * 1.2 / 3, 3, false, (-l * 0.3, -w * 0.33 * m), (-l * 0.48, -w * 0.15 * m), (-l * 0.49, w * 0.12 * m), (-l * 0.32, w * 0.33 * m));
            s.Rect(Organic, 6 * 0.1, -l * 0.05, -w * 0.2, l * 0.3, w * 0.4);
            for (var i = 0; i < 6; i++)
            {
                var x = (-l * 0.05) + (i * l * 0.05);
                s.Line(Organic, 4 * 0.8, 2, false, (x, -w * 0.2), (x + 8, w * 0.2));
            }

            s.Poly(Organic, 50 * 0.05, Shrunk(sole, l * 0.35, 0, 0.3, 0.7));
        }

        /// <summary>
        /// A home-made single-shot .22 built on a steel door bolt: the bolt's back plate (140–160 × 36–42 × 1.5 mm of plated steel)
        /// with its three pressed staples (2 mm), a length of hydraulic tube (12 mm across, 3 mm wall, 90–110 mm) epoxied through the
        /// front two as the barrel, the bolt's own 12 mm rod behind it made a striker with a nail brazed into its face and a coil
        /// spring behind it, its knob bent down as the cocking handle; a softwood grip (about 0.5 g/cm³, 100 × 32 × 28 mm) held to
        /// the plate by two wood screws and bound with tape; a .22 rimfire round in the chamber on some.
        /// </summary>
        private PixelBox DoorBoltGun(double scale)
        {
            var pl = U(140, 160);
            var ph = U(36, 42);
            var bl = U(90, 110);
            var pen = Lay((-pl / 2) - 10, (-ph / 2) - 4, (pl / 2) + 2, (ph / 2) + 96, scale);
            var ga = U(-0.03, 0.03);
            var g = new Turned(pen, 0, 0, ga);
            g.Rect(Steel, 1.5, -pl / 2, -ph / 2, pl, ph);
            foreach (var x in new[] { -2.0, 24.0 })
            {
                g.Ellipse(Steel, 1.5, x, (ph / 2) - 5, 2.5, 2.5);
            }

            var x0 = (pl / 2) - bl;
            g.Tube(Steel, x0, -12, bl, 12, 3);
            g.Rect(Organic, 3, x0 - 2, -13, 8, 14);
            foreach (var x in new[] { (pl / 2) - 16, x0 + 4, (-pl / 2) + 8 })
            {
                g.Rect(Steel, 2 * 2, x, -15, 10, 18);
            }

            g.Cylinder(Steel, (-pl / 2) + 2, -12, x0 - (-pl / 2) - 8, 12);
            g.Cylinder(Steel, x0 - 8, -7.5, 10, 3);
            g.Line(Steel, 1.6 * 0.8, 1.6, false, Zigzag((-pl / 2) - 8, (-pl / 2) + 2, -11, 2.5, 10));
            g.Line(Steel, 8 * 0.8, 8, false, ((-pl / 2) + 24, -6), ((-pl / 2) + 24, 14));
            if (Chance(0.6))
            {
                BrassRound(SWithin(pen, 0, 0, ga, x0 + 12.7, -6, 0), 15.6, 5.7, 7.0, 10, 5.7, false);
            }

            (double X, double Y)[] grip = [(-pl / 2, ph / 2), ((-pl / 2) + 32, ph / 2), ((-pl / 2) + 14, (ph / 2) + 92), ((-pl / 2) - 18, (ph / 2) + 88)];
            RoundSection(g, Organic, grip, (-pl / 2) + 4, (ph / 2) + 45, 28, 0.5);
            g.Poly(Organic, 2 * 0.13 * 1.4 * 5, Shrunk(grip, (-pl / 2) + 4, (ph / 2) + 45, 1.02, 0.8));
            g.Ellipse(Steel, 25 * 0.6, (-pl / 2) + 12, (ph / 2) - 6, 2, 2);
            g.Ellipse(Steel, 25 * 0.6, (-pl / 2) + 18, (ph / 2) - 14, 2, 2);
            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A current smartphone with a camera bar across its back (the Pixel pattern): 152–163 × 72–77 × 8.5–8.9 mm, glass front and
        /// back on an aluminium frame; a raised aluminium visor 18–22 mm high the full width of the back, carrying two or three cameras
        /// side by side (the main one stabilised) and the flash; a 4500–5000 mAh cell, a wireless-charging coil; bare, or in a 1.3 mm
        /// TPU case.
        /// </summary>
        private PixelBox CameraBarPhone(double scale)
        {
            var l = U(152, 163);
            var w = U(72, 77);
            var cased = Chance(0.45);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 10, Aluminium, U(8.5, 8.9), true, U(4500, 5000), true);
            var bh = U(18, 22);
            var bx = (-l / 2) + 13;
            p.Rect(Aluminium, 1.5, bx, (-w / 2) + 0.5, bh, w - 1);
            p.Line(Aluminium, 3 * 1.5 / 1.2, 1.2, true, (bx, (-w / 2) + 0.5), (bx + bh, (-w / 2) + 0.5), (bx + bh, (w / 2) - 0.5), (bx, (w / 2) - 0.5));
            var cams = random.Next(2, 4);
            for (var i = 0; i < cams; i++)
            {
                SCamera(p, bx + (bh / 2), (-w / 2) + 12 + (i * 14), i == 0 ? 11 : 8.5, i == 0);
            }

            p.Ellipse(Steel, 0.6, bx + (bh / 2), (w / 2) - 12, 2.5, 2.5);
            if (cased)
            {
                SPhoneCase(p, l, w, 10, 8.7);
            }

            return pen.Box;
        }

        /// <summary>
        /// A current flagship-class Android phone with a round camera island (160–164 × 74–76 × 8.5–9.2 mm): glass front and back, an
        /// aluminium frame, a copper vapour chamber (0.4 mm) under the board; a round island 40–52 mm across near the top, centred or to
        /// one side, its steel or aluminium ring and three or four cameras in it (the periscope module lying along the phone); a
        /// 5000–5500 mAh cell and a wireless coil; in a leather-look or TPU case on some.
        /// </summary>
        private PixelBox RoundCameraPhone(double scale)
        {
            var l = U(160, 164);
            var w = U(74, 76);
            var cased = Chance(0.4);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 9, Aluminium, U(8.5, 9.2), true, U(5000, 5500), true);
            p.Rect(Brass, 0.4, (-l / 2) + 6, (-w / 2) + 6, 58, w - 12);
            var rr = U(20, 26);
            var cy = Chance(0.5) ? 0 : (-w / 2) + rr + 4;
            var cx = (-l / 2) + rr + 6;
            p.Ellipse(Glass, 1.2, cx, cy, rr, rr);
            p.Ring(Chance(0.5) ? Steel : Aluminium, 2.5 * 1.2 / 1.5, 1.5, cx, cy, rr - 0.75, rr - 0.75);
            var n = random.Next(3, 5);
            for (var i = 0; i < n; i++)
            {
                var a = (2 * Math.PI * i / n) + 0.4;
                SCamera(p, cx + (rr * 0.5 * Math.Cos(a)), cy + (rr * 0.5 * Math.Sin(a)), i == 0 ? 12 : 8, i == 0);
            }

            p.Rect(Steel, 1.6, cx + rr - 2, cy - 5, 26, 10);
            p.Rect(Glass, 3, cx + rr - 2, cy - 4, 5, 8);
            if (cased)
            {
                SPhoneCase(p, l, w, 9, 9);
            }

            return pen.Box;
        }

        /// <summary>
        /// A current mid-range Android phone, the best-selling kind (161–165 × 76–78 × 8–8.5 mm): a glass front, a polycarbonate back
        /// and frame on most and an aluminium frame on some; three separate lenses standing proud in a line down its top corner, each in
        /// its own ring; the fingerprint reader in its side key; a 5000 mAh cell and no wireless coil; often in a clear TPU case.
        /// </summary>
        private PixelBox MidRangePhone(double scale)
        {
            var l = U(161, 165);
            var w = U(76, 78);
            var cased = Chance(0.6);
            var metal = Chance(0.35);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SPhone(p, l, w, 8, metal ? Aluminium : Organic, metal ? 8.2 : 8.2 * 1.2 * 1.6, false, 5000, false);
            for (var i = 0; i < 3; i++)
            {
                var cx = (-l / 2) + 12 + (i * 13);
                const double cy = -24.0;
                SCamera(p, cx, cy, i == 0 ? 10 : 7.5, i == 0);
                p.Ring(metal ? Aluminium : Organic, 1.8 * (metal ? 1 : 1.2), 1.2, cx, cy, 6, 6);
            }

            p.Rect(Steel, 1.2, -12, (w / 2) - 3, 14, 3);
            if (cased)
            {
                SPhoneCase(p, l, w, 8, 8.2);
            }

            return pen.Box;
        }

        /// <summary>
        /// A basic phone hidden in a packet of digestive biscuits: a 400 g roll (200–215 mm long, 66–70 mm across: biscuits 7 mm thick
        /// at about 0.55 g/cm³, in a 0.035 mm polypropylene wrap crimped at both ends); from its middle 15–17 biscuits taken out and a
        /// candybar phone (106–115 × 45–50 × 13–14.5 mm) wrapped in cling film pushed in their place, the roll resealed. The phone lies
        /// flat to the beam or on its edge, as the roll lies.
        /// </summary>
        private PixelBox PhoneInBiscuitRoll(double scale)
        {
            var len = U(200, 215);
            var d = U(66, 70);
            var pl = U(106, 115);
            var pw = U(45, 50);
            var pt = U(13, 14.5);
            var pen = Lay((-len / 2) - 10, (-d / 2) - 2, (len / 2) + 10, (d / 2) + 2, scale);
            var r = new Turned(pen, 0, 0, 0);
            var gap = pl + U(2, 6);
            var gx = U(-10, 10);
            const double pitch = 7.0;
            for (var x = -len / 2; x < (len / 2) - 1; x += pitch)
            {
                if (x + pitch > gx - (gap / 2) && x < gx + (gap / 2))
                {
                    continue;
                }

                r.Cylinder(Organic, x + 0.3, -d / 2, pitch - 0.6, d, 0.55);
            }

            r.Tube(Organic, -len / 2, (-d / 2) - 0.2, len, d + 0.4, 0.035 * 0.9);
            foreach (var end in new[] { -1.0, 1.0 })
            {
                var x = end < 0 ? (-len / 2) - 10 : len / 2;
                r.Poly(Organic, 8 * 0.035 * 0.9 * 6, (x, -d * 0.3), (x + 10, -d * 0.15), (x + 10, d * 0.15), (x, d * 0.3));
            }

            var edgeOn = Chance(0.5);
            var p = new Turned(pen, gx, U(-3, 3), Chance(0.5) ? 0 : Math.PI);
            pen.Item(() =>
            {
                SFeaturePhone(p, pl, pw, pt, U(4.5, 5.5), edgeOn);
                var half = (edgeOn ? pt : pw) / 2;
                p.Rect(Organic, 6 * 0.012 * 0.92, (-pl / 2) - 2, -half - 2, pl + 4, (2 * half) + 4);
            });
            return pen.Box;
        }

        /// <summary>
        /// A smartphone rolled up in a pair of socks: a 146–160 × 70–76 mm phone (glass, an aluminium frame, a 4000–5000 mAh cell, two
        /// or three cameras) laid along the foot of one sock and the pair rolled round it into a bundle 170–190 mm long and 88–100 mm
        /// wide (cotton terry, about 0.25 g/cm³ as rolled, 28–36 mm through at its middle), the cuffs' elastic turned back over it.
        /// </summary>
        private PixelBox PhoneInRolledSocks(double scale)
        {
            var pl = U(146, 160);
            var pw = U(70, 76);
            var rl = pl + U(22, 30);
            var rw = pw + U(18, 24);
            var depth = U(28, 36);
            var pen = Lay((-rl / 2) - 2, (-rw / 2) - 2, (rl / 2) + 2, (rw / 2) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] roll = RoundedOutline(-rl / 2, -rw / 2, rl, rw, 18);
            RoundSection(s, Organic, roll, 0, 0, depth, 0.25);
            s.Line(Organic, depth * 0.25, 5, true, roll);
            foreach (var x in new[] { (-rl / 2) + 12, (rl / 2) - 14 })
            {
                s.Rect(Organic, depth * 0.25 * 0.6, x - 6, (-rw / 2) + 2, 12, rw - 4);
            }

            var p = new Turned(pen, U(-4, 4), U(-4, 4), U(-0.06, 0.06) + (Chance(0.5) ? 0 : Math.PI));
            pen.Item(() =>
            {
                SPhone(p, pl, pw, 9, Aluminium, 8, true, U(4000, 5000), Chance(0.5));
                var cams = random.Next(2, 4);
                for (var i = 0; i < cams; i++)
                {
                    SCamera(p, (-pl / 2) + 11 + ((i % 2) * 13), (-pw / 2) + 11 + ((i / 2) * 13), i == 0 ? 10 : 8, i == 0);
                }
            });

            return pen.Box;
        }

        // ---- one each of the rest -------------------------------------------------------------

        /// <summary>
        /// One revolver cartridge standing on its head, seen end-on at (<paramref name="cx"/>, <paramref name="cy"/>): its solid head and
        /// rim, the brass wall seen along its length, the powder, and the bullet seen down its axis.
        /// </summary>
        private static void SRoundEndOn(Turned part, double cx, double cy, double caseL, double d, double rim, double bd, double bulletL)
        {
            part.Ellipse(Brass, 3.5, cx, cy, rim / 2, rim / 2);
            part.Ring(Brass, (caseL - 3.5) * 0.4 / 0.8, 0.8, cx, cy, (d / 2) - 0.4, (d / 2) - 0.4);
            part.Ellipse(Organic, (caseL - bulletL) * 0.9, cx, cy, (d / 2) - 0.8, (d / 2) - 0.8);
            part.Ellipse(Lead, bulletL * 0.75, cx, cy, (bd / 2) - 0.6, (bd / 2) - 0.6);
            part.Ellipse(Lead, bulletL * 0.2, cx, cy, bd / 4, bd / 4);
        }

        /// <summary>
        /// .44 Magnum revolver cartridges (the round the big hunting and target revolvers fire): a 32.6 mm drawn-brass case 11.6 mm across
        /// with a 13.1 mm rim, a 240-grain lead semi-wadcutter or jacketed soft-point bullet (10.9 mm, 17 mm long) seated to 40.9 mm
        /// overall; three to eight loose, or standing on their heads in the polystyrene tray of their 50-round card box, 10–50 in it.
        /// </summary>
        private PixelBox Rounds44Magnum(double scale)
        {
            const double caseL = 32.6;
            const double d = 11.6;
            const double rim = 13.1;
            const double bd = 10.9;
            var boxed = Chance(0.45);
            var jacketed = Chance(0.5);
            if (boxed)
            {
                const double pitch = 13.8;
                var pen = Lay(-72, -38, 72, 38, scale);
                var b = new Turned(pen, 0, 0, 0);
                b.Rect(Organic, 2 * 0.5 * 0.7, -71, -37, 142, 74);
                b.Line(Organic, 45 * 0.5 * 0.7 / 1.2, 1.2, true, (-70.5, -36.5), (70.5, -36.5), (70.5, 36.5), (-70.5, 36.5));
                b.Rect(Organic, 1.0 * 1.05, -69, -34.5, 138, 69);
                for (var c = 1; c < 10; c++)
                {
                    b.Line(Organic, 30 * 0.8 * 1.05 / 1.0, 1.0, false, (-69 + (c * pitch), -34.5), (-69 + (c * pitch), 34.5));
                }

                for (var rr = 1; rr < 5; rr++)
                {
                    b.Line(Organic, 30 * 0.8 * 1.05 / 1.0, 1.0, false, (-69, -34.5 + (rr * pitch)), (69, -34.5 + (rr * pitch)));
                }

                var count = random.Next(10, 51);
                var cells = Enumerable.Range(0, 50).OrderBy(_ => random.Next()).Take(count).ToArray();
                foreach (var cell in cells)
                {
                    var cx = -69 + (pitch / 2) + ((cell % 10) * pitch);
                    var cy = -34.5 + (pitch / 2) + ((cell / 10) * pitch);
                    SRoundEndOn(b, cx, cy, caseL, d, rim, bd, 17);
                }

                return pen.Box;
            }

            var n = random.Next(3, 9);
            var loose = Lay(-34, -(n * 8) - 6, 34, (n * 8) + 6, scale);
            for (var i = 0; i < n; i++)
            {
                var rnd = new Turned(loose, U(-6, 6), -(n * 8) + 8 + (i * 16) + U(-2, 2), U(-0.25, 0.25) + (Chance(0.5) ? 0 : Math.PI));
                BrassRound(rnd, caseL, d, rim, 40.9 - caseL, bd, jacketed);
            }

            return loose.Box;
        }

        /// <summary>
        /// A nano SIM hidden in a disposable lighter: an 81 × 25 × 14.5 mm lighter (a polyacetal body of 1.6 mm walls at about 1.4
        /// g/cm³), its butane let out and its base prised off and glued back, one or two SIMs (12.3 × 8.8 × 0.67 mm, the contact plate
        /// and chip) lying in its tank; its steel hood, the steel spark wheel on its axle, the ferrocerium flint and its spring in their
        /// tube, the brass valve and its fork lever, all still in place.
        /// </summary>
        private PixelBox SimInLighter(double scale)
        {
            const double l = 81;
            const double w = 25;
            const double depth = 14.5;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 1.6 * 1.4, -l / 2, -w / 2, l - 16, w, 6);
            k.Line(Organic, depth * 1.4, 1.6, true, RoundedOutline((-l / 2) + 0.8, (-w / 2) + 0.8, l - 17.6, w - 1.6, 5));
            k.Rect(Organic, depth * 1.4 * 1.2 / 1.2, (l / 2) - 30, (-w / 2) + 1, 1.2, w - 2);
            k.Rect(Organic, 2 * 1.6 * 1.4, (-l / 2) + 1, (-w / 2) + 2, 4, w - 4);
            k.Rect(Organic, 2.5, -l / 2, (-w / 2) + 1, 3, w - 2);
            k.Rect(Steel, 2 * 0.3, (l / 2) - 17, (-w / 2) + 2, 17, w - 4);
            k.Line(Steel, 13 * 0.3 / 0.8, 0.8, true, SCorners((l / 2) - 17, (-w / 2) + 2, 16.5, w - 4));
            k.Ellipse(Steel, 4.5 * 0.85, (l / 2) - 8, 4, 4.3, 4.3);
            k.Rect(Steel, 1.6, (l / 2) - 12, 2.8, 8, 2.4);
            k.Cylinder(Steel, (l / 2) - 28, 2.8, 14, 3.6, 0.6);
            k.Cylinder(Steel, (l / 2) - 16, 2.75, 5, 2.5, 1.6);
            k.Line(Steel, 0.3 * 0.8 * 3, 1, false, Zigzag((l / 2) - 27, (l / 2) - 17, 3, 1.2, 2));
            k.Cylinder(Brass, (l / 2) - 24, -7, 14, 3);
            k.Rect(Steel, 0.8, (l / 2) - 26, -10, 12, 3);
            var n = Chance(0.35) ? 2 : 1;
            pen.Item(() =>
            {
                for (var i = 0; i < n; i++)
                {
                    var s = new Turned(pen, (-l / 2) + 18 + (i * 16) + U(-2, 2), U(-3, 3), U(-0.4, 0.4));
                    s.Rect(Organic, 0.67 * 1.3, -6.15, -4.4, 12.3, 8.8);
                    s.Rect(Brass, 0.04, -4.2, -3.3, 8.4, 6.6);
                    s.Rect(Mixed, 0.2, -2.2, -2, 4.4, 4);
                    s.Rect(Organic, 0.4 * 1.2, -2.5, -2.3, 5, 4.6);
                }
            });

            return pen.Box;
        }

        /// <summary>
        /// A needle-exchange pack as a pharmacy or drugs service hands it out: a card box (0.5 mm board, 140–150 × 95–105 × 35–45 mm) or
        /// a paper bag, holding two to five 1 ml syringes with fixed 29–30 gauge needles (an 8.3 mm polypropylene barrel, the rubber
        /// stopper, an orange needle cap), two to five 2 ml ampoules of sterile water, foil alcohol swabs (7 µm aluminium each side), one
        /// to three aluminium cooking cups (0.2 mm, 35–40 mm across, a folding handle) and cotton filters.
        /// </summary>
        private PixelBox NeedleExchangePack(double scale)
        {
            var l = U(140, 150);
            var w = U(95, 105);
            var h = U(35, 45);
            var boxed = Chance(0.6);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            if (boxed)
            {
                b.Rect(Organic, 2 * 0.5 * 0.7, -l / 2, -w / 2, l, w);
                b.Line(Organic, h * 0.5 * 0.7 / 1.2, 1.2, true, SCorners((-l / 2) + 0.6, (-w / 2) + 0.6, l - 1.2, w - 1.2));
            }
            else
            {
                b.Rect(Organic, 2 * 0.1 * 0.8 * 2, -l / 2, -w / 2, l, w);
                b.Rect(Organic, 6 * 0.1 * 0.8, (l / 2) - 14, -w / 2, 14, w);
                b.Line(Organic, 8 * 0.1 * 0.8, 2, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            }

            var syringes = random.Next(2, 6);
            pen.Item(() =>
            {
                for (var i = 0; i < syringes; i++)
                {
                    var s = new Turned(pen, U(-4, 4), (-w / 2) + 10 + (i * 10), U(-0.03, 0.03));
                    const double x0 = -44;
                    s.Rect(Organic, 2 * 0.9 * 0.9, x0, -5, 2, 10);
                    s.Tube(Organic, x0 + 2, -4.15, 62, 8.3, 0.9 * 0.9);
                    s.Rect(Organic, 5 * 0.9, x0 - 20, -2, 24, 4);
                    s.Rect(Organic, 7 * 1.1, x0 + 2 + U(0, 45), -3.2, 5, 6.4);
                    s.Rect(Organic, 5 * 0.9, x0 + 64, -2, 6, 4);
                    s.Line(Steel, 0.26, 0.5, false, (x0 + 70, 0), (x0 + 82.7, 0));
                    if (Chance(0.8))
                    {
                        s.Tube(Organic, x0 + 66, -4, 20, 8, 0.8 * 0.95);
                    }
                }
            });

            var ampoules = random.Next(2, 6);
            for (var i = 0; i < ampoules; i++)
            {
                var a = new Turned(pen, U((-l / 2) + 26, (l / 2) - 26), U(0, (w / 2) - 27), (Math.PI / 2) + U(-0.3, 0.3));
                a.Tube(Organic, -22, -5, 38, 10, 0.6 * 0.95);
                a.Cylinder(Organic, -21, -4.4, 36, 8.8, 1.0);
                a.Rect(Organic, 1.5 * 0.95, 16, -6, 8, 12);
            }

            for (var i = random.Next(2, 5); i > 0; i--)
            {
                var sw = new Turned(pen, U((-l / 2) + 36, (l / 2) - 36), U((-w / 2) + 36, (w / 2) - 36), U(0, Math.PI));
                sw.Rect(Organic, 2 * 0.05 * 0.9, -32, -15, 64, 30);
                sw.Rect(Aluminium, 2 * 0.007, -31, -14, 62, 28);
                sw.Rect(Organic, 1.2 * 0.8, -20, -10, 40, 20);
            }

            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var c = new Turned(pen, U((-l / 2) + 46, (l / 2) - 46), U((-w / 2) + 46, (w / 2) - 46), U(0, 2 * Math.PI));
                c.Ellipse(Aluminium, 0.2, 0, 0, 18, 18);
                c.Ring(Aluminium, 10 * 0.2 / 0.8, 0.8, 0, 0, 18, 18);
                c.Rect(Aluminium, 1.0, 17, -2.5, 28, 5);
                c.Ellipse(Organic, 3 * 0.2, 30, 8, 5, 5);
            }

            return pen.Box;
        }

        /// <summary>
        /// The battery pack of a heated jacket or gloves: a 7.4 V pack of two 18650 cells in series side by side, or four as 2S2P (two
        /// deep), in a 2 mm ABS case (100–106 × 46–50 × 24 or 44 mm) with its board, a USB-A socket in a steel shell, a DC barrel jack,
        /// the nickel strips joining the cells and a push-button gauge; the lead and its DC plug on some.
        /// </summary>
        private PixelBox HeatedClothingBattery(double scale)
        {
            var l = U(100, 106);
            var w = U(46, 50);
            var deep = Chance(0.4) ? 2 : 1;
            var lead = Chance(0.45);
            var pen = lead ? Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 90, (w / 2) + 30, scale) : Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var p = new Turned(pen, 0, 0, 0);
            var depth = deep == 2 ? 44.0 : 24.0;
            pen.Item(() =>
            {
                RoundedRect(p, Organic, 2 * 2 * 1.05, -l / 2, -w / 2, l, w, 5);
                p.Line(Organic, depth * 1.05, 2, true, RoundedOutline((-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 4));
                foreach (var y in new[] { -w / 4, w / 4 })
                {
                    SCylCell(p, (-l / 2) + 4, y, 65, 18.4, deep);
                }

                p.Rect(Steel, 0.15 * 2 * deep, (-l / 2) + 2.5, (-w / 2) + 4, 1.5, w - 8);
                p.Rect(Steel, 0.15 * 2 * deep, (-l / 2) + 70, (-w / 2) + 4, 1.5, w - 8);
                p.Rect(Mixed, 1.0, (-l / 2) + 72, (-w / 2) + 3, 24, w - 6);
                p.Rect(Brass, 0.08, (-l / 2) + 72, (-w / 2) + 3, 24, w - 6);
                p.Rect(Steel, 2 * 0.3, (l / 2) - 14, -w * 0.35, 14, 12.5);
                p.Line(Steel, 4.5 * 0.3 / 0.6, 0.6, true, ((l / 2) - 14, -w * 0.35), (l / 2, -w * 0.35), (l / 2, (-w * 0.35) + 12.5), ((l / 2) - 14, (-w * 0.35) + 12.5));
                p.Rect(Steel, 2.5, (l / 2) - 12, w * 0.12, 12, 7);
                p.Cylinder(Brass, (l / 2) - 12, (w * 0.12) + 2.5, 12, 2, 1);
                for (var i = 0; i < 4; i++)
                {
                    p.Rect(Steel, 0.5, (-l / 2) + 76, (-w / 2) + 6 + (i * 5), 2, 2);
                }
            });

            if (lead)
            {
                (double X, double Y)[] path = [((l / 2) + 2, (w * 0.12) + 3.5), ((l / 2) + 30, (w / 2) + 10), ((l / 2) + 60, (w / 2) + 20), ((l / 2) + 72, w * 0.2)];
                p.Line(Organic, 3.5 * 0.8 * 1.3, 3.5, false, path);
                p.Line(Brass, 2 * 0.25, 1, false, path);
                p.Cylinder(Organic, (l / 2) + 66, (w * 0.2) - 5, 12, 10, 1.2);
                p.Tube(Steel, (l / 2) + 78, (w * 0.2) - 2.75, 10, 5.5, 0.3);
            }

            return pen.Box;
        }

        /// <summary>
        /// A hand riveter, the kind in every builder's van (250–270 mm): two handles of 1.5 mm steel channel (their flanges 16–20 mm
        /// deep, PVC grips over their ends), the head's two 3 mm steel side plates round the jaw housing (a 14 mm steel tube with its
        /// three jaws and spring) and the hexagonal nosepiece, the pivot pins and return spring; spare nosepieces screwed into one
        /// handle and the little spanner clipped to it; a bag of 4 mm aluminium blind rivets with their steel mandrels beside it on
        /// some.
        /// </summary>
        private PixelBox RivetGun(double scale)
        {
            var l = U(250, 270);
            var spread = U(0.2, 0.45);
            var rivets = Chance(0.4);
            var pen = rivets ? Lay(-l + 60, -60, 70, 90, scale) : Lay(-l + 60, -60, 46, 60, scale);
            var g = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                g.Poly(Steel, 2 * 3, (-30, -16), (30, -14), (34, 0), (30, 14), (-30, 16), (-38, 0));
                g.Tube(Steel, -20, -7, 52, 14, 2);
                g.Rect(Steel, 0.8 * 9, -16, -4.5, 44, 9);
                g.Line(Steel, 1.2 * 0.8, 1.2, false, Zigzag(-16, 8, 0, 3, 5));
                g.Rect(Steel, 0.8 * 11, 32, -5.5, 12, 11);
                g.Rect(Steel, 3, 44, -2, 2, 4);
                g.Ellipse(Steel, 22 * 0.8, -24, -8, 3, 3);
                g.Ellipse(Steel, 22 * 0.8, -24, 8, 3, 3);
                foreach (var side in new[] { -1.0, 1.0 })
                {
                    var h = new Turned(pen, -24, side * 8, -side * spread / 2);
                    var hl = l - 70;
                    h.Rect(Steel, 2 * 1.5, -hl, -9, hl, 18);
                    h.Line(Steel, 18 * 1.5 / 1.5, 1.5, false, (-hl, side * 9), (0, side * 9));
                    RoundSection(h, Organic, RoundedOutline(-hl - 2, -12, 110, 24, 10), -hl + 53, 0, 24, 1.3 * 0.35);
                    if (side > 0)
                    {
                        for (var i = 0; i < 3; i++)
                        {
                            h.Cylinder(Steel, -hl + 125 + (i * 16), -5, 12, 10, 0.8);
                        }

                        h.Rect(Steel, 1.5, -hl + 30, 10, 70, 16);
                    }
                }

                g.Line(Steel, 1.5 * 0.8, 1.5, false, Zigzag(-60, -40, -6, 4, 12));
            });
            if (rivets)
            {
                var (bagX, bagA) = (U(-40, 0), U(-0.2, 0.2));
                var bag = new Turned(pen, bagX, 62, bagA);
                RoundedRect(bag, Organic, 2 * 0.05 * 0.92, -40, -24, 80, 48, 4);
                bag.Rect(Organic, 3 * 0.92, -40, -24, 80, 4);
                for (var i = random.Next(15, 40); i > 0; i--)
                {
                    var r = SWithin(pen, bagX, 62, bagA, U(-32, 32), U(-16, 18), U(0, 2 * Math.PI));
                    r.Cylinder(Aluminium, -5, -2, 10, 4);
                    r.Rect(Aluminium, 1.2, -6, -3.5, 1.2, 7);
                    r.Cylinder(Steel, -6, -1.25, 27, 2.5);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A 5-litre party keg of lager: a tinplate drum (0.28 mm steel, 160–166 mm across, 245–255 mm tall) with its rolled chimes at
        /// each end, domed ends, a rubber bung in the top and a polypropylene tap at the foot; full or part drunk (beer about 1.01
        /// g/cm³). Lying on its side, seen from the side, or standing, seen down its axis; in its card carry box on some.
        /// </summary>
        private PixelBox MiniKeg(double scale)
        {
            var d = U(160, 166);
            var h = U(245, 255);
            var fill = Chance(0.6) ? U(0.95, 1) : U(0.3, 0.9);
            var upright = Chance(0.3);
            var boxed = Chance(0.3);
            var half = (upright ? d / 2 : h / 2) + (boxed ? 6 : 28);
            var pen = upright ? Lay(-half, -half, half, half, scale) : Lay(-half, (-d / 2) - (boxed ? 6 : 4), half, (d / 2) + (boxed ? 6 : 4), scale);
            var k = new Turned(pen, 0, 0, 0);
            if (upright)
            {
                k.Ellipse(Steel, 2 * 0.28, 0, 0, d / 2, d / 2);
                k.Ring(Steel, h * 0.28 / 1.5, 1.5, 0, 0, (d / 2) - 0.75, (d / 2) - 0.75);
                k.Ring(Steel, 2 * 6 * 0.28 * 3 / 2, 2, 0, 0, (d / 2) - 3, (d / 2) - 3);
                k.Ellipse(Organic, (h - 12) * fill * 1.01, 0, 0, (d / 2) - 1, (d / 2) - 1);
                k.Ellipse(Organic, 18 * 1.1, d * 0.25, 0, 12, 12);
                k.Rect(Organic, 30 * 0.9, boxed ? -d * 0.42 : (-d / 2) - 24, -12, boxed ? 40 : 30, 24);
                if (boxed)
                {
                    k.Rect(Organic, 2 * 0.8 * 0.7, -half + 1, -half + 1, (2 * half) - 2, (2 * half) - 2);
                    k.Line(Organic, h * 0.8 * 0.7 / 1.5, 1.5, true, (-half + 2, -half + 2), (half - 2, -half + 2), (half - 2, half - 2), (-half + 2, half - 2));
                }

                return pen.Box;
            }

            var x0 = -h / 2;
            k.Tube(Steel, x0, -d / 2, h, d, 0.28);
            k.Rect(Steel, 2 * 1.5, x0, -d / 2, h, 3);
            k.Rect(Steel, 2 * 1.5, x0, (d / 2) - 3, h, 3);
            foreach (var x in new[] { x0, (h / 2) - 6 })
            {
                k.Tube(Steel, x, (-d / 2) - 1.5, 6, d + 3, 0.28 * 3 * 2);
            }

            k.Cylinder(Steel, x0 + 3, -d / 2, 9, d, 0.035);
            k.Cylinder(Steel, (h / 2) - 12, -d / 2, 9, d, 0.035);
            foreach (var x in new[] { x0 + (h * 0.33), x0 + (h * 0.66) })
            {
                k.Tube(Steel, x, (-d / 2) - 1, 4, d + 2, 0.28);
            }

            LyingFill(k, Organic, x0 + 6, h - 12, d - 2, fill, 1.01);
            k.Rect(Organic, 20 * 1.1, (h / 2) - 8, -12, 14, 24);
            (double X, double Y)[] tap = [(x0 - 24, (d / 2) - 40), (x0, (d / 2) - 38), (x0, (d / 2) - 12), (x0 - 24, (d / 2) - 16)];
            k.Poly(Organic, 25 * 0.9, tap);
            k.Rect(Organic, 40 * 0.9 * 0.5, x0 - 20, (d / 2) - 45, 10, 34);
            if (boxed)
            {
                k.Rect(Organic, 2 * 0.8 * 0.7, -half + 1, (-d / 2) - 5, (2 * half) - 2, d + 10);
                k.Line(Organic, d * 0.8 * 0.7 / 1.5, 1.5, true, (-half + 2, (-d / 2) - 4), (half - 2, (-d / 2) - 4), (half - 2, (d / 2) + 4), (-half + 2, (d / 2) + 4));
            }

            return pen.Box;
        }

        /// <summary>
        /// Herbal cannabis as it is sold: one 28 g stand-up resealable pouch (120–135 × 170–190 mm) or two to four 3.5 g ones (80–90 ×
        /// 120–130 mm), of metallised laminate (PET, 7–9 µm of aluminium foil, polyethylene: about 0.12 mm a face), with their press-to-
        /// close tracks and folded bottom gussets; dried buds inside (the plant matter about 0.35 g/cm³ in each bud, 12–35 mm across),
        /// and in the big pouch a two-way humidity pack on some.
        /// </summary>
        private PixelBox CannabisMylarPouch(double scale)
        {
            var big = Chance(0.5);
            var n = big ? 1 : random.Next(2, 5);
            var (pw, ph) = big ? (U(120, 135), U(170, 190)) : (U(80, 90), U(120, 130));
            var across = big ? pw : (n * (pw + 6)) - 6;
            var pen = Lay((-across / 2) - 2, (-ph / 2) - 2, (across / 2) + 2, (ph / 2) + 2, scale);
            for (var i = 0; i < n; i++)
            {
                var cx = (-across / 2) + (pw / 2) + (i * (pw + 6));
                var pa = big ? 0 : U(-0.04, 0.04);
                var p = new Turned(pen, cx, 0, pa);
                p.Rect(Organic, 2 * 0.12 * 1.0, -pw / 2, -ph / 2, pw, ph);
                p.Rect(Aluminium, 2 * 0.008, -pw / 2, -ph / 2, pw, ph);
                p.Rect(Organic, 4 * 1.0, (-pw / 2) + 2, (-ph / 2) + 28, pw - 4, 3);
                p.Rect(Organic, 4 * 0.12, -pw / 2, (ph / 2) - 22, pw, 22);
                p.Rect(Organic, 4 * 0.12, -pw / 2, -ph / 2, pw, 10);
                var grams = big ? U(7, 28) : 3.5;
                var buds = Math.Max(3, (int)(grams * 1.6));
                for (var b = 0; b < buds; b++)
                {
                    var r = U(6, big ? 17 : 12);
                    var bx = U((-pw / 2) + r + 3, (pw / 2) - r - 3);
                    var by = U((-ph / 2) + 36 + r, (ph / 2) - 4 - r);
                    Spheroid(p, Organic, bx, by, r, r * U(0.6, 0.9), r * 1.4, 0.35);
                }

                if (big && Chance(0.5))
                {
                    var h = SWithin(pen, cx, 0, pa, U(-20, 20), U(10, 40), U(-0.3, 0.3));
                    h.Rect(Organic, 2 * 0.1, -27, -22, 54, 44);
                    h.Rect(Organic, 4 * 1.3, -24, -19, 48, 38);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs in a bar of soap: a 100–125 g bar (85–95 × 55–62 × 26–30 mm, about 1.07 g/cm³) cut in half through its thickness,
        /// hollowed and packed with a cling-filmed block of powder (heroin or cocaine, about 0.8 g/cm³ pressed, 10–25 g: 35–48 × 20–28 ×
        /// 10–14 mm), the halves pressed back together; in its card box (0.4 mm board) or paper wrapper, or bare.
        /// </summary>
        private PixelBox DrugsInSoapBar(double scale)
        {
            var l = U(85, 95);
            var w = U(55, 62);
            var t = U(26, 30);
            var wrap = random.Next(3);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var s = new Turned(pen, 0, 0, 0);
            var cl = U(35, 48);
            var cw = U(20, 28);
            var ct = U(10, 14);
            var cx = U(-4, 4);
            var cy = U(-3, 3);
            (double X, double Y)[] outer = RoundedOutline(-l / 2, -w / 2, l, w, 12);
            (double X, double Y)[] cavity = RoundedOutline(cx - (cl / 2), cy - (cw / 2), cl, cw, 6);
            RoundedRect(s, Organic, (t - ct - 2) * 1.07, -l / 2, -w / 2, l, w, 12);
            s.Poly(Organic, (ct + 2) * 1.07, [.. outer, outer[0], .. cavity, cavity[0], outer[0]]);
            s.Line(Organic, t * 1.07 * 0.3 / 2, 2, true, outer);
            var p = new Turned(pen, cx, cy, 0);
            pen.Item(() =>
            {
                RoundedRect(p, Organic, ct * 0.8, -(cl / 2) + 1, -(cw / 2) + 1, cl - 2, cw - 2, 5);
                RoundedRect(p, Organic, 8 * 0.012 * 0.92, -(cl / 2) + 0.5, -(cw / 2) + 0.5, cl - 1, cw - 1, 5.5);
            });
            s.Line(Organic, 1.2, 0.8, false, (-l / 2, cy + U(-12, 12)), (l / 2, cy + U(-12, 12)));
            if (wrap == 0)
            {
                s.Rect(Organic, 2 * 0.4 * 0.7, (-l / 2) - 1.5, (-w / 2) - 1.5, l + 3, w + 3);
                s.Line(Organic, t * 0.4 * 0.7 / 1.2, 1.2, true, SCorners((-l / 2) - 1, (-w / 2) - 1, l + 2, w + 2));
            }
            else if (wrap == 1)
            {
                s.Rect(Organic, 2 * 0.08 * 0.8, (-l / 2) - 1, (-w / 2) - 1, l + 2, w + 2);
                s.Rect(Organic, 6 * 0.08 * 0.8, (-l / 2) - 1, -6, l + 2, 12);
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A wrist splint: a neoprene-and-fabric brace (190–220 × 80–95 mm, about 1.2 mm water-equivalent flat) with a 1.5–2 mm aluminium
        /// stay 140–160 mm long down its palm, a thinner one along its back on some, three hook-and-loop straps and their plastic or
        /// steel-wire D-rings.
        /// </summary>
        private void WristSplint()
        {
            var pen = Place(100);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(190, 220);
            var w = U(80, 95);
            (double X, double Y)[] brace =
            [
                (-l / 2, -w * 0.45), (l * 0.2, -w / 2), (l / 2, -w * 0.42), (l / 2, w * 0.35), (l * 0.3, w / 2), (l * 0.1, w * 0.3), (-l / 2, w * 0.45),
            ];
            k.Poly(Organic, (3 * 0.25) + (2 * 0.5 * 0.6), brace);
            k.Line(Organic, 3 * 0.6, 4, true, brace);
            var sl = U(140, 160);
            var bend = U(3, 8);
            k.Poly(Aluminium, U(1.5, 2), (-sl / 2, -10), (0, -10 - bend), (sl / 2, -10), (sl / 2, 10), (0, 10 - bend), (-sl / 2, 10));
            if (Chance(0.4))
            {
                k.Rect(Aluminium, 1.2, -55, 20, 110, 16);
            }

            var steel = Chance(0.4);
            for (var i = 0; i < 3; i++)
            {
                var x = (-l / 2) + 20 + (i * (l - 40) / 2);
                k.Rect(Organic, 2.5 * 1.15, x - 14, -w * 0.48, 28, w * 0.96);
                if (steel)
                {
                    k.Line(Steel, 3 * 0.8, 3, true, (x - 14, (w * 0.48) - 2), (x + 14, (w * 0.48) - 2), (x + 14, (w * 0.48) + 6), (x - 14, (w * 0.48) + 6));
                }
                else
                {
                    k.Line(Organic, 4 * 1.1, 3, true, (x - 14, (w * 0.48) - 2), (x + 14, (w * 0.48) - 2), (x + 14, (w * 0.48) + 6), (x - 14, (w * 0.48) + 6));
                }
            }
        }

        /// <summary>
        /// A school maths set in its tinplate box (175–190 × 95–105 × 18–20 mm, 0.22 mm steel): a compass with two plated steel legs and a
        /// zinc-alloy head holding a pencil stub, a 150 mm ruler, a protractor and two set squares of 1.5–2 mm polystyrene, an eraser, a
        /// pencil, and a magnesium-alloy sharpener with its steel blade.
        /// </summary>
        private void GeometrySet()
        {
            var pen = Place(95);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(175, 190);
            var w = U(95, 105);
            var h = U(18, 20);
            k.Rect(Steel, 2 * 0.22, -l / 2, -w / 2, l, w);
            k.Line(Steel, (h + 8) * 0.22 / 1.2, 1.2, true, (-l / 2, -w / 2), (l / 2, -w / 2), (l / 2, w / 2), (-l / 2, w / 2));
            k.Rect(Organic, 2 * 1.05, (-l / 2) + 4, (-w / 2) + 4, 150, 25);
            var arc = Enumerable.Range(0, 15).Select(i => Math.PI * (1 + (i / 14.0)));
            k.Poly(Organic, 1.8 * 1.05, [.. arc.Select(a => ((-l / 2) + 60 + (50 * Math.Cos(a)), (w / 2) - 6 + (50 * Math.Sin(a))))]);
            k.Poly(Organic, 1.5 * 1.05, ((l / 2) - 90, (-w / 2) + 34), ((l / 2) - 6, (-w / 2) + 34), ((l / 2) - 6, (w / 2) - 4));
            k.Poly(Organic, 1.5 * 1.05, ((-l / 2) + 8, (w / 2) - 4), ((-l / 2) + 8, (-w / 2) + 34), ((-l / 2) + 68, (w / 2) - 4));
            var c = new Turned(pen, U(-20, 20), U(-8, 12), U(-0.3, 0.3));
            c.Rect(Steel, 0.9 * 6, -8, -8, 16, 16);
            c.Poly(Steel, 3, (0, -5), (95, -3), (100, -2), (95, -1), (0, 0));
            c.Poly(Steel, 3, (0, 1), (85, 3), (85, 7), (0, 5));
            c.Cylinder(Organic, 80, 2, 30, 7, 0.6);
            c.Cylinder(Organic, 80, 4.5, 30, 2, 2.2);
            k.Rect(Organic, 10 * 1.5, (l / 2) - 50, (-w / 2) + 6, 40, 18);
            var s = new Turned(pen, (l / 2) - 30, (w / 2) - 16, U(0, 2 * Math.PI));
            s.Rect(Aluminium, 8 * 0.65, -12, -7, 24, 14);
            s.Rect(Steel, 0.6, -10, -6, 20, 8);
            s.Ellipse(Steel, 3, 0, 0, 1.2, 1.2);
            var pencil = new Turned(pen, U(-30, 30), U(-4, 10), U(-0.1, 0.1));
            pencil.Cylinder(Organic, -75, -3.5, 150, 7, 0.6);
            pencil.Cylinder(Organic, -75, -1, 150, 2, 2.2);
        }

        /// <summary>
        /// A Korean-style stainless set: two flat chopsticks (210–230 mm, 6.5 mm tapering to 3.5, 1.6 mm thick) and a long-handled spoon
        /// (1.8 mm handle, 1.2 mm bowl), loose or in a 1 mm polypropylene case.
        /// </summary>
        private void MetalChopsticks()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(210, 230);
            for (var i = 0; i < 2; i++)
            {
                var c = new Turned(pen, U(-4, 4), -10 + (i * 9), U(-0.04, 0.04));
                c.Poly(Steel, 1.6, (-l / 2, -3.25), (l / 2, -1.75), (l / 2, 1.75), (-l / 2, 3.25));
            }

            var sp = new Turned(pen, U(-4, 4), 14, U(-0.03, 0.03));
            sp.Poly(Steel, 1.8, (-105, -4), (60, -3), (60, 3), (-105, 4));
            sp.Ellipse(Steel, 1.2, 82, 0, 22, 14);
            sp.Ring(Steel, 1.2, 1.5, 82, 0, 22, 14);
            if (Chance(0.5))
            {
                RoundedRect(k, Organic, 2 * 1.0 * 0.9, -124, -24, 248, 50, 8);
                k.Line(Organic, 20 * 1.0 * 0.9 / 1.2, 1.2, true, RoundedOutline(-123.5, -23.5, 247, 49, 7.5));
            }
        }

        /// <summary>
        /// One to four compact discs in their cases: a jewel case (142 × 125 × 10.4 mm: polystyrene lid and base 1.6 mm, a 1 mm tray, its
        /// hinged edges) or a slim one (5.2 mm); the disc (120 mm, 1.2 mm polycarbonate round a 15 mm hole) and a paper booklet.
        /// </summary>
        private void CdCase()
        {
            var pen = Place(90);
            var n = random.Next(1, 5);
            for (var i = 0; i < n; i++)
            {
                var c = new Turned(pen, U(-10, 10), U(-10, 10), U(-0.15, 0.15) + (Chance(0.5) ? 0 : Math.PI / 2));
                var slim = Chance(0.25);
                var depth = slim ? 5.2 : 10.4;
                c.Rect(Organic, (slim ? 2.4 : 4.2) * 1.05, -71, -62.5, 142, 125);
                c.Line(Organic, depth * 1.05, 1.5, true, (-70, -61.5), (70, -61.5), (70, 61.5), (-70, 61.5));
                c.Rect(Organic, depth * 1.05 * 1.5 / 6, -71, -62.5, 6, 125);
                if (Chance(0.85))
                {
                    c.Poly(Organic, 1.2 * 1.2, WithHoles(Oval(3, 0, 60, 60), (3, 0, 7.5)));
                    c.Ring(Organic, 2 * 1.05, 2, 3, 0, 11, 11);
                }

                if (!slim && Chance(0.7))
                {
                    c.Rect(Organic, 8 * 0.1 * 0.9, -60, -60, 120, 120);
                }
            }
        }

        /// <summary>
        /// A twin-bell wind-up alarm clock lying on its back: a 0.5 mm steel case 100–115 mm across and 45–55 mm deep (its wall seen
        /// along its depth), the glass, the steel dial, two brass movement plates and their wheels, the two mainsprings (0.35 mm steel
        /// strip 8 mm wide, coiled: as dense as a block of steel seen face-on), two 0.8 mm steel bells on the top with the hammer between,
        /// the carrying handle, two feet and the winding keys.
        /// </summary>
        private void TravelAlarmClock()
        {
            var pen = Place(80);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(50, 57.5);
            var depth = U(45, 55);
            k.Ellipse(Steel, 2 * 0.5, 0, 0, r, r);
            k.Ring(Steel, depth * 0.5 / 1.5, 1.5, 0, 0, r - 0.75, r - 0.75);
            k.Ellipse(Glass, 2, 0, 0, r - 3, r - 3);
            k.Ellipse(Steel, 0.4, 0, 0, r - 4, r - 4);
            k.Rect(Brass, 2 * 1.2, -30, -28, 60, 56);
            for (var i = random.Next(5, 9); i > 0; i--)
            {
                k.Ellipse(Brass, 0.6, U(-20, 20), U(-20, 20), U(5, 14), U(5, 14));
            }

            foreach (var x in new[] { -14.0, 16.0 })
            {
                k.Ellipse(Steel, 8 * 0.8, x, 8, 12, 12);
                k.Ring(Steel, 8 * 0.8, 1, x, 8, 12, 12);
            }

            foreach (var side in new[] { -1.0, 1.0 })
            {
                var b = new Turned(pen, side * r * 0.55, -r - 8, side * 0.45);
                b.Ellipse(Steel, 2 * 0.8, 0, 0, 29, 16);
                b.Ring(Steel, 0.8 * 20 / 1.5, 1.5, 0, 0, 28, 15.5);
                b.Rect(Steel, 4, -2, 10, 4, 10);
                var foot = new Turned(pen, side * r * 0.6, r - 4, -side * 0.5);
                foot.Cylinder(Steel, -8, -3, 16, 6);
            }

            k.Line(Steel, 2 * 0.8, 2, false, (0, -r), (0, -r - 18));
            k.Ellipse(Steel, 4.8, 0, -r - 19, 3, 3);
            var handle = Enumerable.Range(0, 9).Select(i => Math.PI + (Math.PI * i / 8)).Select(a => (r * 0.55 * Math.Cos(a), -r - 4 + (22 * Math.Sin(a)))).ToArray();
            k.Line(Steel, 2 * 1.5 / 3, 5, false, handle);
            foreach (var x in new[] { -18.0, 18.0 })
            {
                k.Rect(Steel, 12 * 1.5 / 2, x - 8, 26, 16, 2);
            }
        }

        /// <summary>
        /// A pair of jeans folded: 300–360 × 220–280 mm, eight layers of 0.8 mm denim (about 0.5 g/cm³) with more along the waistband,
        /// pockets and seams; five or six copper rivets (9 mm), a zinc-alloy shank button (17 mm), a brass zip with its zinc slider, a
        /// leather patch.
        /// </summary>
        private void Jeans()
        {
            var pen = Place(140);
            var k = new Turned(pen, 0, 0, 0);
            var l = U(300, 360);
            var w = U(220, 280);
            RoundedRect(k, Organic, 8 * 0.8 * 0.5, -l / 2, -w / 2, l, w, 12);
            k.Rect(Organic, 8 * 0.8 * 0.5, (-l / 2) + 2, (-w / 2) + 2, l - 4, 40);
            k.Rect(Organic, 4 * 0.8 * 0.5, U(-l / 2, 0), -w / 2, U(80, 140), w);
            k.Line(Organic, 6 * 0.8 * 0.5, 12, false, (-l / 2, w * 0.1), (l / 2, w * U(-0.1, 0.2)));
            for (var i = random.Next(5, 7); i > 0; i--)
            {
                var x = U((-l / 2) + 10, (l / 2) - 10);
                var y = U((-w / 2) + 10, (w / 2) - 10);
                k.Ellipse(Brass, 1.6, x, y, 4.5, 4.5);
                k.Ellipse(Brass, 1.2, x, y, 2.5, 2.5);
            }

            var bx = U((-l / 2) + 30, (l / 2) - 30);
            var by = U((-w / 2) + 15, (w / 2) - 60);
            k.Ellipse(Steel, 0.9 * 3, bx, by, 8.5, 8.5);
            k.Cylinder(Steel, bx - 3, by - 3, 6, 6);
            var za = Math.Atan2(-by, -bx) + U(-0.6, 0.6);
            var zl = Math.Min(U(100, 180), Math.Sqrt((bx * bx) + (by * by)) + 40);
            var (zx, zy) = (bx + (12 * Math.Cos(za)), by + (12 * Math.Sin(za)));
            var end = (zx + (zl * Math.Cos(za + 0.2)), zy + (zl * Math.Sin(za + 0.2)));
            k.Line(Brass, 0.6, 5, false, (zx, zy), end);
            k.Rect(Steel, 1.5, end.Item1 - 5, end.Item2 - 3, 10, 6);
            k.Rect(Organic, 1.5 * 0.9, bx + 20, by - 30, 70, 45);
        }

        /// <summary>
        /// A child's water pistol (180–250 mm long; ABS or polypropylene shell of 2 mm walls, about 35–45 mm deep, seen edge-on round its
        /// outline): its tank part filled with water, the pump tube, plastic trigger, a steel return spring and six to ten steel screws
        /// through the two halves.
        /// </summary>
        private void WaterPistol()
        {
            var pen = Place(110);
            var s = U(0.8, 1.3);
            var k = new Turned(pen, 0, 0, 0);
            var depth = U(35, 45);
            (double X, double Y)[] body =
            [
                (-80 * s, -30 * s), (110 * s, -30 * s), (115 * s, -18 * s), (40 * s, -12 * s), (30 * s, 5 * s), (-20 * s, 10 * s),
                (-40 * s, 80 * s), (-70 * s, 82 * s), (-60 * s, 10 * s), (-85 * s, 0),
            ];
            k.Poly(Organic, 2 * 2 * 1.05, body);
            k.Line(Organic, depth * 2 * 1.05 / 2, 2, true, body);
            (double X, double Y)[] tank = [(-60 * s, -30 * s), (40 * s, -30 * s), (40 * s, -70 * s), (-50 * s, -72 * s)];
            k.Poly(Organic, 2 * 1.5 * 0.9, tank);
            k.Line(Organic, depth * 1.5 * 0.9 / 1.5, 1.5, true, tank);
            k.Poly(Organic, U(0, 0.9) * depth * 1.0, Shrunk(tank, -10 * s, -50 * s, 0.95, 0.9));
            k.Tube(Organic, -10 * s, -25 * s, 110 * s, 14 * s, 1.5 * 0.9);
            k.Poly(Organic, 8 * 1.05, (10 * s, -12 * s), (18 * s, -12 * s), (14 * s, 20 * s), (6 * s, 18 * s));
            k.Line(Steel, 0.8 * 0.8 * 2, 1, false, Zigzag(-30 * s, 5 * s, -18 * s, 3, 8));
            for (var i = random.Next(6, 11); i > 0; i--)
            {
                k.Ellipse(Steel, depth * 0.3, U(-60 * s, 80 * s), U(-26 * s, -5 * s), 1.3, 1.3);
            }
        }

        /// <summary>
        /// One to four drinks cans (330 ml: 115 × 66 mm; 500 ml: 168 × 66; 250 ml slim: 134 × 53): a 0.1 mm aluminium body, 0.22 mm lid and
        /// 0.28 mm domed base, its seamed rim; full of soft drink (about 1.04 g/cm³), some of it drunk or empty; lying on their sides or
        /// standing.
        /// </summary>
        private void SodaCan()
        {
            var pen = Place(80);
            var n = random.Next(1, 5);
            for (var i = 0; i < n; i++)
            {
                var (h, d) = random.Next(4) switch
                {
                    0 => (168.0, 66.0),
                    1 => (134.0, 53.0),
                    _ => (115.0, 66.0),
                };
                var fill = Chance(0.2) ? 0 : (Chance(0.7) ? 0.95 : U(0.2, 0.9));
                var c = new Turned(pen, U(-50, 50), U(-50, 50), U(0, 2 * Math.PI));
                if (Chance(0.3))
                {
                    c.Ellipse(Aluminium, 0.22 + 0.28, 0, 0, d / 2, d / 2);
                    c.Ring(Aluminium, h * 0.1 / 1.2, 1.2, 0, 0, (d / 2) - 0.6, (d / 2) - 0.6);
                    c.Ring(Aluminium, 3 * 1.2 / 1.5, 1.5, 0, 0, (d / 2) - 4, (d / 2) - 4);
                    if (fill > 0)
                    {
                        c.Ellipse(Organic, h * fill * 1.04, 0, 0, (d / 2) - 1, (d / 2) - 1);
                    }

                    c.Rect(Aluminium, 0.5, -4, -10, 8, 16);
                    continue;
                }

                c.Rect(Aluminium, 2 * 0.1, -h / 2, -d / 2, h, d);
                c.Rect(Aluminium, 2, -h / 2, -d / 2, h, 1.2);
                c.Rect(Aluminium, 2, -h / 2, (d / 2) - 1.2, h, 1.2);
                c.Rect(Aluminium, 0.22 * d * 0.8 / 1.5, (h / 2) - 1.5, (-d / 2) + 4, 1.5, d - 8);
                c.Rect(Aluminium, 2 * 1.2, (h / 2) - 3, (-d / 2) + 3, 3, d - 6);
                c.Cylinder(Aluminium, -h / 2, (-d / 2) + 6, 8, d - 12, 0.02);
                if (fill > 0)
                {
                    LyingFill(c, Organic, (-h / 2) + 2, h - 4, d - 0.5, fill, 1.04);
                }
            }
        }
    }
}
