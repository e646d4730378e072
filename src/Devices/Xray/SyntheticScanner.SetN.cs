namespace Screening.Devices.Xray;

// Variant set N (held out after M's run): threat shapes and clutter kinds that none of A to M and R
// draws. About two thirds are the everyday forms an officer on the gate sees, in builds, sizes and
// materials no earlier set drew; the rest are hidden inside something innocent, taken apart or made at
// home. Each is written from what the real thing measures and is made of, by someone who read neither
// the analyser nor any x-ray figures. Thicknesses follow the rest of the scene: roughly the millimetres
// of that material the beam crosses where the part lies flat (a round bar or wire of diameter d counts
// as about 0.8 d, a hollow part as its two walls, a sheet seen edge-on as the sheet's share of the line
// it is drawn as times the depth the beam crosses); a material lighter or heavier than water counts its
// thickness times its density.
public sealed partial class SyntheticScanner
{
    private sealed partial class Scene
    {
        /// <summary>Draws one of set N's threat shapes; null for a shape that is not set N's.</summary>
        private PixelBox? DrawSetNThreat(ThreatShape shape, double scale) => shape switch
        {
            ThreatShape.Nakiri => Nakiri(scale),
            ThreatShape.Kukri => Kukri(scale),
            ThreatShape.DiveKnife => DiveKnife(scale),
            ThreatShape.KnifeInHairbrush => KnifeInHairbrush(scale),
            ThreatShape.SpoonShiv => SpoonShiv(scale),
            ThreatShape.CasedPistol => CasedPistol(scale),
            ThreatShape.SuppressedPistol => SuppressedPistol(scale),
            ThreatShape.ZincSlidePistol => ZincSlidePistol(scale),
            ThreatShape.TakenDownArPistol => TakenDownArPistol(scale),
            ThreatShape.PistolInSoftToy => PistolInSoftToy(scale),
            ThreatShape.TitaniumPhone => TitaniumPhone(scale),
            ThreatShape.PhoneInArmband => PhoneInArmband(scale),
            ThreatShape.PhoneWithCharger => PhoneWithCharger(scale),
            ThreatShape.PhoneInTissueBox => PhoneInTissueBox(scale),
            ThreatShape.PhoneInSanitaryPads => PhoneInSanitaryPads(scale),
            ThreatShape.RoundsInSock => RoundsInSock(scale),
            ThreatShape.SimsInEarbudCase => SimsInEarbudCase(scale),
            ThreatShape.SyringeInTampon => SyringeInTampon(scale),
            ThreatShape.BoxModVape => BoxModVape(scale),
            ThreatShape.PrecisionScrewdriverSet => PrecisionScrewdriverSet(scale),
            ThreatShape.SpiritInWaterBottle => SpiritInWaterBottle(scale),
            ThreatShape.CannabisJar => CannabisJar(scale),
            ThreatShape.DrugsInTeabags => DrugsInTeabags(scale),
            _ => null,
        };

        /// <summary>Draws one of set N's clutter kinds; false for a kind that is not set N's.</summary>
        private bool DrawSetNClutter(ClutterKind kind)
        {
            switch (kind)
            {
                case ClutterKind.SpringToy:
                    SpringToy();
                    return true;
                case ClutterKind.Marbles:
                    Marbles();
                    return true;
                case ClutterKind.Tambourine:
                    Tambourine();
                    return true;
                case ClutterKind.SkippingRope:
                    SkippingRope();
                    return true;
                case ClutterKind.ClothesPegs:
                    ClothesPegs();
                    return true;
                case ClutterKind.DescantRecorder:
                    DescantRecorder();
                    return true;
                case ClutterKind.ShoeHorn:
                    ShoeHorn();
                    return true;
                case ClutterKind.Dominoes:
                    Dominoes();
                    return true;
                default:
                    return false;
            }
        }

        // ---- shared parts ---------------------------------------------------------------------

        /// <summary>
        /// The box round points drawn in a part turned by <paramref name="angle"/> about (<paramref name="ox"/>,
        /// <paramref name="oy"/>): what a pen must hold for a part laid at a slant inside an object.
        /// </summary>
        private static (double X0, double Y0, double X1, double Y1) TurnedExtent(double ox, double oy, double angle, double x0, double y0, double x1, double y1)
        {
            (double X, double Y)[] corners = [Moved(ox, oy, angle, x0, y0), Moved(ox, oy, angle, x1, y0), Moved(ox, oy, angle, x1, y1), Moved(ox, oy, angle, x0, y1)];
            return (corners.Min(p => p.X), corners.Min(p => p.Y), corners.Max(p => p.X), corners.Max(p => p.Y));
        }

        /// <summary>
        /// A box of sheet material <paramref name="wall"/> mm thick at <paramref name="density"/>, <paramref name="depth"/>
        /// mm deep to the beam, seen from above: its lid and base face-on and its four sides edge-on round the rim.
        /// </summary>
        private static void SheetBox(Turned part, Material m, double x, double y, double l, double w, double depth, double wall, double density, double r = 2)
        {
            RoundedRect(part, m, 2 * wall * density, x, y, l, w, r);
            part.Line(m, depth * density * wall / 0.8, 0.8, true, RoundedOutline(x + 0.4, y + 0.4, l - 0.8, w - 0.8, Math.Max(0, r - 0.4)));
        }

        // ---- knives ---------------------------------------------------------------------------

        /// <summary>
        /// A nakiri, the Japanese vegetable knife: a straight-edged rectangular blade 165–180 mm long and 48–52 mm deep, 1.6–2 mm at
        /// the spine and ground thin toward the edge, its front corner rounded; either a Western handle (a full tang between two POM
        /// scales of 5 mm at 1.4 g/cm³ on three rivets) or a Japanese one (an octagonal magnolia handle, about 0.45 g/cm³, round a
        /// 3 mm stick tang, with a horn or resin ferrule); in a magnolia saya (two 4 mm walls) on some.
        /// </summary>
        private PixelBox Nakiri(double scale)
        {
            var bl = U(165, 180);
            var bw = U(48, 52);
            var t = U(1.6, 2.0);
            var hl = U(120, 135);
            var wa = Chance(0.5);
            var saya = Chance(0.3);
            var pen = Lay(-hl - 2, (-bw / 2) - 4, bl + 5, (bw / 2) + 4, scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] blade = [(0, -bw / 2), (bl - 8, -bw / 2), (bl, (-bw / 2) + 10), (bl, (bw / 2) - 4), (bl - 4, bw / 2), (0, bw / 2)];
            k.Poly(Steel, t * 0.5, blade);
            k.Poly(Steel, t * 0.5, Shrunk(blade, 0, -bw / 2, 1, 0.5));
            if (wa)
            {
                // The stick tang tapers into the handle; the handle is about 24 mm across its flats.
                k.Poly(Steel, 3 * 0.9, (0, -5), (0, 5), (-85, 2.5), (-85, -2.5));
                (double X, double Y)[] grip = [(-20, -11.5), (-hl, -12.5), (-hl, 12.5), (-20, 11.5)];
                RoundSection(k, Organic, grip, (-hl - 20) / 2, 0, 24, 0.45);
                k.Rect(Organic, 22 * (Chance(0.5) ? 1.3 : 1.2) * 0.8, -20, -11.5, 20, 23);
            }
            else
            {
                (double X, double Y)[] handle = [(0, -10), (-hl * 0.6, -11), (-hl, -12), (-hl, 12), (-hl * 0.6, 11), (0, 10)];
                k.Poly(Steel, t, handle);
                k.Poly(Organic, 2 * 5 * 1.4, handle);
                var rivet = Chance(0.5) ? Brass : Steel;
                foreach (var f in new[] { 0.2, 0.5, 0.8 })
                {
                    k.Ellipse(rivet, (2 * 5) + t, -hl * f, 0, 2.5, 2.5);
                }
            }

            if (saya)
            {
                RoundedRect(k, Organic, 2 * 4 * 0.45, -3, (-bw / 2) - 3, bl + 7, bw + 6, 3);
                k.Line(Organic, 8 * 0.45, 1.5, true, RoundedOutline(-2.5, (-bw / 2) - 2.5, bl + 6, bw + 5, 3));
            }

            return pen.Box;
        }

        /// <summary>
        /// A kukri, bare or in its scabbard: a recurved blade 250–300 mm long, bent 15–25° down from the handle line, 40–60 mm deep
        /// at its belly, 7–9 mm at the spine near the handle and thinning to 3 mm at the point (ground thin toward the edge, a cho notch
        /// at its root); a brass bolster, a round rosewood or buffalo-horn handle (28–32 mm, about 0.85 or 1.3 g/cm³) on a full or a
        /// through tang peened over a brass butt cap; the scabbard of wood inside leather (about 11 mm to the beam) with a steel chape,
        /// and in its pockets the karda (a small blade) and the chakmak (a blunt steel rod).
        /// </summary>
        private PixelBox Kukri(double scale)
        {
            var bl = U(250, 300);
            var depth = U(40, 60);
            var spine = U(7, 9);
            var hl = U(110, 125);
            var hd = U(28, 32);
            var bend = U(15, 25) * Math.PI / 180;
            var sheathed = Chance(0.55);
            var pocket = Chance(0.6);
            var blade = TurnedExtent(0, 0, bend, -4, -30, bl + 8, depth + 14);
            var pen = Lay(-hl - 6, Math.Min(blade.Y0, -hd / 2) - (pocket ? 24 : 2), blade.X1 + 2, blade.Y1 + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            var b = new Turned(pen, 0, 0, bend);
            (double X, double Y)[] outline =
            [
                (0, -16), (0.3 * bl, -19), (0.6 * bl, -20), (0.85 * bl, -14), (bl, -3), (0.9 * bl, 0.4 * depth), (0.75 * bl, 0.75 * depth),
                (0.6 * bl, depth - 16), (0.4 * bl, 0.85 * depth - 16), (0.15 * bl, 0.45 * depth - 2), (10, 16), (7, 12), (4, 16), (0, 16),
            ];
            b.Poly(Steel, 2.5, outline);
            (double X, double Y)[] back = [(0, -16), (0.3 * bl, -19), (0.6 * bl, -20), (0.85 * bl, -14), (0.85 * bl, -6), (0.6 * bl, -4), (0.3 * bl, -4), (0, -4)];
            b.Poly(Steel, spine - 2.5, back);
            b.Poly(Steel, 1.5, Shrunk(outline, 0, -16, 1, 0.55));
            k.Tube(Brass, -14, -hd / 2, 14, hd, 1.5);
            (double X, double Y)[] grip = [(-14, -hd * 0.45), (-hl * 0.5, -hd / 2), (-hl + 8, -hd * 0.42), (-hl, -hd / 2), (-hl, hd / 2), (-hl + 8, hd * 0.42), (-hl * 0.5, hd / 2), (-14, hd * 0.45)];
            RoundSection(k, Organic, grip, -hl / 2, 0, hd, Chance(0.5) ? 0.85 : 1.3);
            if (Chance(0.5))
            {
                k.Poly(Steel, 6, Shrunk(grip, -hl / 2, 0, 1, 0.6));
            }
            else
            {
                k.Poly(Steel, 7 * 0.8, (-14, -5), (-hl, -3), (-hl, 3), (-14, 5));
            }

            k.Rect(Brass, hd * 0.8 * 0.5, -hl - 3, -hd / 2, 3, hd);
            if (sheathed)
            {
                (double X, double Y)[] scabbard = [(-4, -23), (0.3 * bl, -26), (0.6 * bl, -27), (0.88 * bl, -20), (bl + 8, -4), (0.92 * bl, 0.45 * depth + 4), (0.75 * bl, 0.75 * depth + 6), (0.55 * bl, depth - 6), (0.3 * bl, 0.75 * depth - 6), (-4, 24)];
                b.Poly(Organic, 2 * ((5 * 0.6) + (3 * 0.9)), scabbard);
                b.Poly(Steel, 2 * 1.0, (0.88 * bl, -20), (bl + 8, -4), (0.92 * bl, 0.45 * depth + 4), (0.86 * bl, 0.5 * depth));
                b.Rect(Organic, 2 * 3 * 0.9, 20, -30, 40, 10);
            }

            if (pocket)
            {
                var p = new Turned(pen, -2, -14, bend);
                p.Rect(Organic, 2 * 2 * 0.9, 0, -12, 120, 20);
                p.Poly(Steel, 2.5, (45, -9), (110, -8), (118, -5), (110, -3), (45, -3));
                p.Rect(Organic, 16 * 0.85 * 0.8, 5, -10, 40, 8);
                p.Cylinder(Steel, 8, 0, 100, 7);
            }

            return pen.Box;
        }

        /// <summary>
        /// A diver's knife in its sheath or drawn beside it: a 100–130 mm blade 26–32 mm deep and 4–5 mm thick of titanium or
        /// stainless steel, with a blunt or a pointed tip, a serrated spine and a line-cutter notch; a full tang through a moulded
        /// handle of rubber over glass-filled nylon (115–125 mm, about 1.2 g/cm³) ending in a steel butt cap; a hard polypropylene
        /// sheath with its locking button and two 25 mm rubber leg straps (3 mm, about 1.2 g/cm³) on acetal buckles.
        /// </summary>
        private PixelBox DiveKnife(double scale)
        {
            var bl = U(100, 130);
            var bw = U(26, 32);
            var t = U(4, 5);
            var hl = U(115, 125);
            var metal = Chance(0.4) ? Titanium : Steel;
            var blunt = Chance(0.5);
            var drawn = Chance(0.3);
            var strap = U(90, 130);
            var sy = drawn ? bw + 20 : 0.0;
            var pen = Lay(-hl - 12, Math.Min(-bw / 2 - 6, sy - strap - 2), bl + 14, Math.Max(bw / 2 + 6, sy + strap + 2), scale);
            var k = new Turned(pen, 0, 0, 0);
            (double X, double Y)[] outline = blunt
                ? [(0, -bw / 2), (bl, -bw / 2), (bl, (bw / 2) - 6), (bl - 6, bw / 2), (0, bw / 2)]
                : [(0, -bw / 2), (bl * 0.7, -bw / 2), (bl, -bw * 0.1), (bl * 0.8, bw * 0.35), (bl * 0.5, bw / 2), (0, bw / 2)];
            pen.Item(() =>
            {
                k.Poly(metal, t * 0.55, outline);
                k.Poly(metal, t * 0.45, Shrunk(outline, 0, -bw / 2, 1, 0.5));
                k.Line(metal, t * 0.5, 2, false, Zigzag(12, bl * 0.6, (-bw / 2) - 1, 4, 2));
                k.Poly(metal, t, (0, -bw * 0.4), (0, bw * 0.4), (-hl, 8), (-hl, -8));
                (double X, double Y)[] grip = [(0, -14), (-hl * 0.3, -16), (-hl * 0.7, -15), (-hl, -14), (-hl, 14), (-hl * 0.7, 15), (-hl * 0.3, 16), (0, 14)];
                RoundSection(k, Organic, grip, -hl / 2, 0, 24, 1.2);
                k.Rect(Steel, 14, -hl - 10, -11, 10, 22);
            });
            var sheath = new Turned(pen, 0, sy, 0);
            pen.Item(() =>
            {
                RoundedRect(sheath, Organic, 2 * 2 * 0.9, -6, (-bw / 2) - 5, bl + 18, bw + 10, 6);
                sheath.Line(Organic, 10 * 0.9 * 2 / 1.5, 1.5, true, RoundedOutline(-5, (-bw / 2) - 4, bl + 16, bw + 8, 5));
                sheath.Rect(Organic, 14 * 1.4, -4, -6, 8, 12);
                sheath.Rect(Steel, 0.6, -3, -4, 6, 8);
            });
            foreach (var x in new[] { bl * 0.2, bl * 0.75 })
            {
                sheath.Rect(Organic, 3 * 1.2, x, -strap, 25, 2 * strap);
                sheath.Rect(Organic, 8 * 1.4, x - 3, strap - 36, 31, 36);
            }

            return pen.Box;
        }

        /// <summary>
        /// A knife hidden in a paddle hairbrush: an ABS brush (a 95–105 × 70–80 mm head, 30–35 mm deep, on a rubber cushion full of
        /// nylon pins with ball tips; a hollow handle 115–130 mm long, 28–32 mm wide and 20 mm deep with 2 mm walls); in the handle
        /// a blade made for it (85–100 × 16–20 × 1.5–2 mm steel whose grip is the handle's end cap), or a kitchen blade snapped off
        /// at its tang and wound in three turns of PVC tape.
        /// </summary>
        private PixelBox KnifeInHairbrush(double scale)
        {
            var hl = U(115, 130);
            var hw = U(28, 32);
            var pl = U(95, 105);
            var pw = U(70, 80);
            var pen = Lay(-hl - 2, (-pw / 2) - 2, pl + 2, (pw / 2) + 2, scale);
            var k = new Turned(pen, 0, 0, 0);
            SheetBox(k, Organic, -hl, -hw / 2, hl + 10, hw, 20, 2, 1.05, 8);
            RoundedRect(k, Organic, 2 * 2 * 1.05, 0, -pw / 2, pl, pw, pw * 0.4);
            k.Line(Organic, 32 * 1.05 * 2 / 1.5, 1.5, true, RoundedOutline(0.75, (-pw / 2) + 0.75, pl - 1.5, pw - 1.5, (pw * 0.4) - 0.75));
            RoundedRect(k, Organic, 2 * 1.2, 6, (-pw / 2) + 6, pl - 12, pw - 12, (pw * 0.4) - 6);
            for (var x = 12.0; x < pl - 10; x += 8)
            {
                for (var y = (-pw / 2) + 12; y < (pw / 2) - 10; y += 8)
                {
                    k.Ellipse(Organic, 20 * 1.14 * 0.5, x, y, 1.2, 1.2);
                }
            }

            if (Chance(0.5))
            {
                var bl = U(85, 100);
                var bw = U(16, 20);
                var t = U(1.5, 2.0);
                var x0 = -hl + 22;
                pen.Item(() =>
                {
                    k.Poly(Steel, t, (x0, -bw / 2), (x0 + bl * 0.7, -bw / 2), (x0 + bl, 0), (x0 + bl * 0.75, bw * 0.35), (x0, bw / 2));
                    k.Rect(Steel, 3, x0 - 6, -4, 6, 8);
                    k.Rect(Organic, 2 * 2 * 1.05, -hl - 1, (-hw / 2) + 1, 22, hw - 2);
                    k.Rect(Brass, 1.2, -hl + 18, -hw / 2, 3, hw);
                });
            }
            else
            {
                var bl = U(90, 110);
                var bw = U(18, 22);
                var x0 = -hl + 8;
                (double X, double Y)[] blade = [(x0, -bw / 2), (x0 + bl * 0.8, -bw / 2), (x0 + bl, -2), (x0 + bl * 0.7, bw / 2), (x0 + 20, bw / 2), (x0 + 16, 4), (x0, 4)];
                pen.Item(() =>
                {
                    k.Poly(Steel, U(1.3, 1.6), blade);
                    k.Rect(Organic, 3 * 2 * 0.13 * 1.4, x0 - 2, (-bw / 2) - 1, bl + 4, bw + 2);
                });
            }

            return pen.Box;
        }

        /// <summary>
        /// A prison-made shiv from a stainless table spoon (175–200 mm; the handle 2–2.5 mm thick, 8 mm wide at the neck widening to
        /// 16 mm; the bowl of 1.2 mm sheet): its handle ground to a point over its last 30–40 mm, its bowl bent back over the grip or
        /// sawn off, the grip bound in strips of cloth or tape; rolled in a sock on some.
        /// </summary>
        private PixelBox SpoonShiv(double scale)
        {
            var l = U(175, 200);
            var t = U(2, 2.5);
            var folded = Chance(0.5);
            var sock = Chance(0.4);
            var pen = Lay((-l / 2) - (sock ? 30 : 3), sock ? -40 : -22, (l / 2) + (sock ? 30 : 3), sock ? 40 : 22, scale);
            var k = new Turned(pen, 0, 0, 0);
            var bowl = 52.0;
            var x0 = -l / 2;
            var grind = U(30, 40);
            // The handle from the neck (at the bowl) toward its ground point at +x.
            var xn = x0 + bowl;
            pen.Item(() =>
            {
                k.Poly(Steel, t, (xn, -4), (l / 2 - grind, -8), (l / 2, 0), (l / 2 - grind, 8), (xn, 4));
                if (folded)
                {
                    k.Poly(Steel, 1.2 * 2, (xn - 6, -14), (xn + 44, -16), (xn + 48, 0), (xn + 44, 16), (xn - 6, 14));
                    k.Line(Steel, 1.2 * 3, 1.5, false, (xn - 6, -14), (xn - 10, 0), (xn - 6, 14));
                }
                else if (Chance(0.5))
                {
                    k.Ellipse(Steel, 1.2, x0 + (bowl / 2), 0, bowl / 2, 19);
                    k.Ring(Steel, 1.2 * 2, 1.2, x0 + (bowl / 2), 0, (bowl / 2) - 0.6, 18.4);
                }

                var wrap = Chance(0.5) ? 3 * 2 * 0.4 * 0.6 : 3 * 2 * 0.13 * 1.4;
                k.Rect(Organic, wrap, xn - 8, -13, 75, 26);
            });
            if (sock)
            {
                RoundedRect(k, Organic, 2 * 1.2 * 0.4 * 3, (-l / 2) - 28, -38, l + 56, 76, 30);
            }

            return pen.Box;
        }

        // ---- firearms -------------------------------------------------------------------------

        /// <summary>
        /// A pistol carried the lawful way, in a hard polypropylene case (300–340 × 230–260 × 75–90 mm, 2.8 mm walls, a moulded
        /// handle, two latches and a steel hinge pin): egg-crate foam (polyurethane, about 0.03 g/cm³) top and bottom, a full-size 9
        /// mm pistol (polymer or steel frame) with its magazine in or out, a spare magazine, and on some a cable lock through the
        /// action and a small brass padlock on the hasp.
        /// </summary>
        private PixelBox CasedPistol(double scale)
        {
            var l = U(300, 340);
            var w = U(230, 260);
            var depth = U(75, 90);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 30, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            SheetBox(c, Organic, -l / 2, -w / 2, l, w, depth, 2.8, 0.9, 10);
            c.Rect(Organic, depth * 0.03, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            c.Line(Organic, 18 * 0.9, 6, false, (-50, -w / 2), (-45, (-w / 2) - 26), (45, (-w / 2) - 26), (50, -w / 2));
            foreach (var x in new[] { -l / 4, l / 4 })
            {
                c.Rect(Organic, 14 * 0.9, x - 14, (-w / 2) - 4, 28, 10);
                c.Rect(Steel, 0.8 * 2, x - 10, (-w / 2) - 2, 20, 3);
            }

            c.Cylinder(Steel, (-l / 2) + 12, (w / 2) - 2, l - 24, 3);
            var polymer = Chance(0.65);
            var gl = U(185, 200);
            var withMag = Chance(0.5);
            var flip = Chance(0.5);
            var (gx, gy) = (U(-25, -10), U(-15, 5));
            pen.Item(() =>
            {
                CompactNine(pen, gx, gy, flip ? Math.PI : 0, gl, polymer, withMag, random.Next(0, 16));
                NineMagazine(pen, (l / 2) - 45, U(-30, 10), Math.PI / 2, 118, random.Next(0, 17));
                if (!withMag)
                {
                    NineMagazine(pen, (l / 2) - 85, U(-30, 10), Math.PI / 2, 118, random.Next(0, 17));
                }
            });

            if (Chance(0.4))
            {
                c.Line(Steel, 3.5 * 0.8 * 0.4, 5, false, (gx, gy - 20), (gx + 30, gy - 70), (gx + 100, gy - 80), (gx + 120, gy - 40));
                c.Line(Organic, 5 * 1.3 * 0.8, 5, false, (gx, gy - 20), (gx + 30, gy - 70), (gx + 100, gy - 80), (gx + 120, gy - 40));
                c.Rect(ZincAlloy, 15, gx + 110, gy - 45, 40, 30);
            }

            if (Chance(0.4))
            {
                c.Rect(Brass, 12, -18, (-w / 2) - 20, 30, 25);
                c.Ring(Steel, 5 * 0.8, 5, -3, (-w / 2) - 6, 9, 9);
            }

            return pen.Box;
        }

        /// <summary>
        /// A .22 rimfire target pistol with a suppressor: a round steel receiver (28 mm, walls about 1.8 mm) with its solid bolt, a
        /// bull barrel 100–140 mm long and 22 mm across (the 5.6 mm bore), a raked grip frame of steel stampings or polymer round a
        /// ten-round magazine; the suppressor a 25–28 mm aluminium tube 140–170 mm long (1 mm wall) round 7–10 baffles of aluminium
        /// or stainless sheet, its end caps and a steel thread adapter, screwed on or lying beside the pistol.
        /// </summary>
        private PixelBox SuppressedPistol(double scale)
        {
            var bl = U(100, 140);
            var cl = U(140, 170);
            var cd = U(25, 28);
            var attached = Chance(0.65);
            const double rl = 120;
            var end = rl + bl + (attached ? cl + 10 : 0);
            var pen = Lay(-40, attached ? -24 : -24 - cd - 30, Math.Max(end, attached ? 0 : cl + 20) + 2, 120, scale);
            var g = new Turned(pen, 0, 0, 0);
            g.Tube(Steel, 0, -14, rl, 28, 1.8);
            g.Cylinder(Steel, 4, -6, 90, 12);
            g.Rect(Steel, 8, 4, -20, 14, 7);
            g.Cylinder(Steel, rl, -11, bl, 22, 0.94);
            g.Rect(Steel, 6, rl + bl - 10, -18, 5, 7);
            var steel = Chance(0.5);
            var frame = steel ? Steel : Organic;
            var fw = steel ? 2 * 2.0 : 2 * 3.5 * 1.3;
            var rake = Math.Tan(20 * Math.PI / 180);
            const double gy = 14;
            const double gb = 115;
            var drop = (gb - gy) * rake;
            (double X, double Y)[] grip = [(12, gy), (46, gy), (46 - drop, gb), (10 - drop, gb)];
            g.Poly(frame, fw, grip);
            g.Poly(Organic, 2 * 4 * 1.2, Shrunk(grip, 28 - (drop / 2), (gy + gb) / 2, 0.9, 0.92));
            g.Rect(frame, fw, 10, gy - 2, rl - 20, 10);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (70 + (18 * Math.Cos(a)), gy + 4 + (16 * Math.Sin(a)))).ToArray();
            g.Line(frame, steel ? 5 : 9, 4, false, guard);
            g.Poly(Steel, 5, (58, gy + 2), (63, gy + 2), (60, gy + 16), (56, gy + 15));
            var a0 = (Math.PI / 2) + Math.Atan(rake);
            var (mx, my) = (28 - (drop / 2), (gy + gb) / 2);
            var mag = new Turned(pen, mx, my, a0);
            var ml = (gb - gy) / Math.Cos(Math.Atan(rake));
            mag.Rect(Steel, 2 * 0.6, -ml / 2, -12, ml, 24);
            mag.Line(Steel, 12, 0.7, false, (-ml / 2, -12), (ml / 2, -12));
            for (var i = random.Next(0, 11); i > 0; i--)
            {
                var along = (-ml / 2) + 4 + (i * 6.6);
                if (along > (ml / 2) - 6)
                {
                    continue;
                }

                var (rx, ry) = Moved(mx, my, a0, along, 0);
                CartridgeSide(new Turned(pen, rx, ry, a0 - (Math.PI / 2)), 15.6, 5.7, 6.9, 10, 5.7, jacketed: false, Brass);
            }

            var sx = attached ? rl + bl : 10.0;
            var sy = attached ? 0.0 : -24 - (cd / 2) - 20;
            var can = new Turned(pen, sx, sy, 0);
            var metal = Chance(0.5) ? Aluminium : Steel;
            if (attached)
            {
                can.Rect(Steel, 14, -4, -8, 14, 16);
            }

            var x = attached ? 10.0 : 0.0;
            can.Tube(Aluminium, x, -cd / 2, cl, cd, 1.0);
            can.Rect(Aluminium, cd * 0.8 * 0.7, x, -cd / 2, 6, cd);
            can.Rect(Aluminium, cd * 0.8 * 0.7, x + cl - 6, -cd / 2, 6, cd);
            var n = random.Next(7, 11);
            var wall = metal == Steel ? 0.8 : 1.5;
            for (var i = 0; i < n; i++)
            {
                var bx = x + 12 + (i * (cl - 26) / n);
                can.Line(metal, 2 * wall / 0.7, 1.2, false, (bx, (-cd / 2) + 1.5), (bx + 8, 0), (bx, (cd / 2) - 1.5));
            }

            return pen.Box;
        }

        /// <summary>
        /// A cheap 9 mm or .45 pistol whose blowback slide is cast of zinc alloy (walls about 6.5 mm a side to give it the mass a
        /// locked breech would not need): 170–175 × 125–130 mm in 9 mm, 225–232 × 155–160 in .45; a fixed steel barrel, the recoil
        /// spring on its guide, a glass-filled nylon frame (two 3.5 mm walls, about 1.3 g/cm³) with its steel fire-control parts, and a
        /// single-stack steel magazine of eight 9 mm or nine .45 rounds in the grip, or out beside it.
        /// </summary>
        private PixelBox ZincSlidePistol(double scale)
        {
            var nine = Chance(0.6);
            var l = nine ? U(170, 175) : U(225, 232);
            var h = nine ? U(125, 130) : U(155, 160);
            var sh = nine ? 33.0 : 38.0;
            var magOut = Chance(0.3);
            var pen = Lay((-l / 2) - 40, -h / 2 - 2, (l / 2) + 2, (h / 2) + (magOut ? 60 : 4), scale);
            var gun = new Turned(pen, 0, 0, 0);
            var (x0, y0) = (-l / 2, -h / 2);
            gun.Rect(ZincAlloy, 2 * 6.5, x0, y0, l, sh);
            gun.Rect(ZincAlloy, 8, x0, y0, l, 4);
            gun.Rect(ZincAlloy, 18, x0, y0 + 4, 16, sh - 8);
            gun.Tube(Steel, x0 + 18, y0 + 6, l - 20, nine ? 14 : 17, 2.8);
            gun.Line(Steel, 1.6, 1.2, false, Zigzag(x0 + 40, (l / 2) - 10, y0 + sh - 3, 4, 5));
            gun.Rect(Organic, 2 * 3.5 * 1.3, x0 + 6, y0 + sh, l - 12, 14);
            gun.Rect(Steel, 2 * 1.5, x0 + 10, y0 + sh, 60, 4);
            var gy = y0 + sh + 12;
            var gb = h / 2;
            var rake = Math.Tan(12 * Math.PI / 180);
            var drop = (gb - gy) * rake;
            var gx = x0 + 8;
            var gw = nine ? 30.0 : 36.0;
            (double X, double Y)[] grip = [(gx, gy - 6), (gx + gw, gy - 6), (gx + gw - drop, gb), (gx - 2 - drop, gb)];
            gun.Poly(Organic, 2 * 3.5 * 1.3, grip);
            gun.Line(Organic, 14 * 1.3, 2.5, true, grip);
            var guard = Enumerable.Range(0, 11).Select(i => Math.PI * i / 10).Select(a => (gx + gw + 20 + (20 * Math.Cos(a)), gy - 4 + (15 * Math.Sin(a)))).ToArray();
            gun.Line(Organic, 12 * 1.3, 5, false, guard);
            gun.Poly(Steel, 5, (gx + gw + 12, gy - 6), (gx + gw + 17, gy - 6), (gx + gw + 13, gy + 8), (gx + gw + 9, gy + 8));
            var a = (Math.PI / 2) + Math.Atan(rake);
            var ml = (gb - gy + 4) / Math.Cos(Math.Atan(rake));
            var (mx, my) = magOut ? (0.0, (h / 2) + 40) : (gx + (gw / 2) - (drop / 2), (gy + gb) / 2);
            var ma = magOut ? 0.0 : a;
            var mag = new Turned(pen, mx, my, ma);
            var fore = nine ? 30.0 : 34.0;
            mag.Rect(Steel, 2 * 0.7, -ml / 2, -fore / 2, ml, fore);
            mag.Line(Steel, 20, 0.8, false, (-ml / 2, -fore / 2), (ml / 2, -fore / 2));
            mag.Line(Steel, 20, 0.8, false, (-ml / 2, fore / 2), (ml / 2, fore / 2));
            var (cl, d, bo, bd) = nine ? (19.15, 9.9, 10.5, 9.0) : (22.8, 12.0, 9.5, 11.5);
            var rounds = random.Next(0, nine ? 9 : 10);
            for (var i = 0; i < rounds; i++)
            {
                var along = (-ml / 2) + 6 + (i * (d + 0.3));
                if (along > (ml / 2) - 8)
                {
                    break;
                }

                var (rx, ry) = Moved(mx, my, ma, along, 0);
                CartridgeSide(new Turned(pen, rx, ry, ma - (Math.PI / 2)), cl, d, d, bo, bd, jacketed: true, Brass);
            }

            return pen.Box;
        }

        /// <summary>
        /// A short-barrelled AR-pattern pistol taken down into its upper and lower halves: the upper receiver and its rail of
        /// aluminium (two 3 mm walls, the solid 21 mm rail), the steel bolt carrier and bolt in it or lying beside it, the charging
        /// handle, a 190 or 267 mm steel barrel (18 mm, 5.6 mm bore) with its extension, gas block and tube and a flash hider, inside
        /// an aluminium free-float handguard (40 mm, 2 mm wall); the lower receiver (aluminium) with its magazine well, steel fire
        /// control, raked polymer grip, aluminium buffer tube round a steel buffer and spring, a polymer brace on some; a 30-round
        /// aluminium magazine in the well or beside it, empty or holding a few 5.56 mm rounds.
        /// </summary>
        private PixelBox TakenDownArPistol(double scale)
        {
            var bl = Chance(0.6) ? 190.0 : 267.0;
            var gl = bl - U(20, 40);
            var boltOut = Chance(0.3);
            var magIn = Chance(0.4);
            const double lx = 150;
            const double ly = 45;
            var upperEnd = 90 + bl - 15 + 55;
            var pen = Lay(-100, boltOut ? -68 : -36, upperEnd + 2, ly + (magIn ? 222 : 170), scale);
            var u = new Turned(pen, 0, 0, 0);
            u.Rect(Aluminium, 2 * 3, -90, -14, 180, 34);
            u.Rect(Aluminium, 21 * 0.7, -90, -24, 180, 10);
            u.Rect(Aluminium, 2 * 3, -20, 20, 70, 10);
            u.Poly(Aluminium, 10 * 0.8, (-100, -18), (-90, -18), (-90, -10), (60, -10), (60, -6), (-100, -6));
            var bcg = boltOut ? new Turned(pen, -60, -32 - 14, 0) : new Turned(pen, -85, 0, 0);
            bcg.Cylinder(Steel, 0, -12, 180, 24, 0.7);
            bcg.Rect(Steel, 10, 60, -20, 50, 8);
            bcg.Cylinder(Steel, 150, -6, 50, 12);
            u.Cylinder(Steel, 75, -14, 30, 28, 0.8);
            u.Cylinder(Steel, 90, -9, bl - 15, 18, 0.9);
            u.Rect(Steel, 18, 90 + gl - 40, -12, 20, 24);
            u.Tube(Steel, 105, -17, gl - 55, 5, 0.5);
            u.Cylinder(Steel, 90 + bl - 15, -11, 55, 22, 0.55);
            u.Tube(Aluminium, 92, -20, gl, 40, 2);
            u.Rect(Aluminium, 21 * 0.5, 92, -28, gl, 8);
            // The lower lies beside the upper, its buffer tube under the upper receiver and its grip away from it.
            var lo = new Turned(pen, lx, ly, 0);
            lo.Rect(Aluminium, 2 * 3.5, -60, -10, 140, 35);
            lo.Rect(Aluminium, 2 * 3, 15, 25, 65, 40);
            lo.Line(Aluminium, 12, 5, false, (15, 28), (0, 46), (-25, 44), (-30, 28));
            lo.Rect(Steel, 2 * 3.5, -25, 0, 35, 22);
            lo.Cylinder(Steel, -30, -4, 4, 4);
            lo.Poly(Steel, 5, (-5, 25), (0, 25), (-3, 40), (-7, 40));
            (double X, double Y)[] grip = [(-55, 25), (-25, 25), (-65, 120), (-95, 115)];
            lo.Poly(Organic, 2 * 3 * 1.2, grip);
            lo.Line(Organic, 30 * 1.2, 3, true, grip);
            lo.Tube(Aluminium, -240, -17, 180, 30, 2);
            lo.Cylinder(Steel, -125, -12, 60, 20, 0.6);
            lo.Line(Steel, 1.6, 1.5, false, Zigzag(-232, -125, -10, 3, 16));
            if (Chance(0.5))
            {
                lo.Rect(Organic, 2 * 4 * 1.2, -240, -22, 90, 45);
                lo.Rect(Organic, 30 * 0.3, -235, 20, 80, 30);
            }

            var (mx, my, ma) = magIn ? (lx + 47 + 10, ly + 25 + 95, (Math.PI / 2) - 0.12) : (lx, ly + 135, 0.05);
            var mag = new Turned(pen, mx, my, ma);
            mag.Rect(Aluminium, 2 * 1.2, -95, -30, 190, 60);
            mag.Line(Aluminium, 22 * 1.2 / 1.5, 1.5, true, (-95, -30), (95, -28), (95, 28), (-95, 30));
            mag.Rect(Organic, 10 * 1.1, 90, -31, 6, 62);
            for (var i = random.Next(0, 8); i > 0; i--)
            {
                var along = -88 + (i * 5.5);
                var (rx, ry) = Moved(mx, my, ma, along, (i % 2 == 0 ? -3 : 3) + 2);
                Round556(new Turned(pen, rx, ry, ma + (Math.PI / 2)));
            }

            return pen.Box;
        }

        /// <summary>
        /// A pistol sewn into a child's teddy bear (280–340 mm tall): a fleece shell (two 1.5 mm layers at about 0.3 g/cm³) round
        /// polyester fibre stuffing (about 0.02 g/cm³), the head, ears, arms and legs, safety eyes and nose of ABS with their washers;
        /// in its body, wrapped in a freezer bag, a subcompact .380 or 9 mm pistol or a snub revolver of .38 Special, loaded or not.
        /// </summary>
        private PixelBox PistolInSoftToy(double scale)
        {
            var rx = U(70, 85);
            var ry = U(90, 110);
            var hr = U(50, 62);
            var hy = -ry - (hr * 0.65);
            var pen = Lay(-rx - 70, hy - hr - 22, rx + 70, ry + 80, scale);
            var bear = new Turned(pen, 0, 0, 0);
            void Part(Turned part, double cx, double cy, double a, double b)
            {
                part.Ellipse(Organic, 2 * 2 * 1.5 * 0.3, cx, cy, a, b);
                Spheroid(part, Organic, cx, cy, a, b, 1.6 * Math.Min(a, b), 0.02);
            }

            Part(bear, 0, 0, rx, ry);
            Part(bear, 0, hy, hr, hr * 0.9);
            Part(bear, -hr * 0.7, hy - (hr * 0.8), 18, 18);
            Part(bear, hr * 0.7, hy - (hr * 0.8), 18, 18);
            Part(new Turned(pen, -rx - 15, -ry * 0.3, 0.5), 0, 0, 24, 55);
            Part(new Turned(pen, rx + 15, -ry * 0.3, -0.5), 0, 0, 24, 55);
            Part(bear, -rx * 0.55, ry + 35, 34, 45);
            Part(bear, rx * 0.55, ry + 35, 34, 45);
            foreach (var ex in new[] { -hr * 0.35, hr * 0.35 })
            {
                bear.Ellipse(Organic, 8 * 1.05, ex, hy - (hr * 0.15), 6, 6);
            }

            bear.Ellipse(Organic, 8 * 1.05, 0, hy + (hr * 0.25), 9, 6);
            var a = (Math.PI / 2) + U(-0.25, 0.25);
            bear.Rect(Organic, 2 * 0.06 * 0.93 * 4, -rx * 0.8, -ry * 0.85, rx * 1.6, ry * 1.7);
            if (Chance(0.6))
            {
                pen.Item(() => SubcompactPistol(pen, U(-8, 8), U(-10, 10), a, U(150, 165), U(100, 110), Chance(0.4), Chance(0.5), random.Next(0, 7)));
            }
            else
            {
                pen.Item(() => SmallRevolver(pen, U(-8, 8), U(-10, 10), a, Chance(0.5), random.Next(0, 6)));
            }

            return pen.Box;
        }

        // ---- phones ---------------------------------------------------------------------------

        /// <summary>
        /// A flagship phone with a titanium side frame (146–160 × 70–77 × 8–8.3 mm; the frame about 2 mm wide): glass front and back,
        /// the rest as any smartphone; a tempered-glass screen protector (0.33 mm) on most, a clear TPU case (1.3 mm at about 1.2
        /// g/cm³) on some, with a ring of magnets in its back on some of those.
        /// </summary>
        private PixelBox TitaniumPhone(double scale)
        {
            var l = U(146, 160);
            var w = U(70, 77);
            var depth = U(8, 8.3);
            var cased = Chance(0.5);
            var pen = Lay((-l / 2) - 3, (-w / 2) - 3, (l / 2) + 3, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            SmartHandset(p, l, w, depth, Titanium, U(1.8, 2.2));
            if (Chance(0.7))
            {
                RoundedRect(p, Glass, 0.33, (-l / 2) + 1, (-w / 2) + 1, l - 2, w - 2, 8);
            }

            if (cased)
            {
                RoundedRect(p, Organic, 2 * 1.3 * 1.2, (-l / 2) - 2, (-w / 2) - 2, l + 4, w + 4, 10);
                p.Line(Organic, (depth + 3) * 1.2 * 1.3 / 1.5, 1.5, true, RoundedOutline((-l / 2) - 1.25, (-w / 2) - 1.25, l + 2.5, w + 2.5, 9));
                if (Chance(0.5))
                {
                    MagnetRing(p, -8, 0, 23, 16);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// A smartphone in a runner's armband: a lycra and foam pouch (two 0.5 mm layers of lycra, 3 mm of foam at about 0.1 g/cm³, a
        /// 0.3 mm PVC window) round a phone of 146–163 × 71–77 mm with an aluminium or steel frame, an elastic strap 38 mm wide (two
        /// layers of 2.5 mm at about 0.3 g/cm³) fastened flat on hook-and-loop patches, a plastic or steel D-ring, and in the key
        /// pocket a house key on a small ring on some.
        /// </summary>
        private PixelBox PhoneInArmband(double scale)
        {
            var l = U(146, 163);
            var w = U(71, 77);
            var strap = U(110, 160);
            var pen = Lay((-l / 2) - 14, (-w / 2) - 12 - strap, (l / 2) + 14, (w / 2) + 12 + strap, scale);
            var p = new Turned(pen, 0, 0, 0);
            pen.Item(() =>
            {
                SmartHandset(p, l, w, U(7.8, 8.6), Chance(0.6) ? Aluminium : Steel, U(1.4, 1.8));
                RoundedRect(p, Organic, (2 * 0.5 * 1.1) + (2 * 3 * 0.1) + (0.3 * 1.35), (-l / 2) - 12, (-w / 2) - 10, l + 24, w + 20, 12);
                p.Line(Organic, 12 * 0.5, 2, true, RoundedOutline((-l / 2) - 11, (-w / 2) - 9, l + 22, w + 18, 11));
            });
            p.Rect(Organic, 2 * 2 * 2.5 * 0.3, -19, (-w / 2) - 10 - strap, 38, strap);
            p.Rect(Organic, 2 * 2 * 2.5 * 0.3, -19, (w / 2) + 10, 38, strap);
            p.Rect(Organic, 2 * 1.5 * 1.1, -19, (w / 2) + 10 + (strap * 0.4), 38, strap * 0.5);
            var ringY = (-w / 2) - 10 - (strap * 0.4);
            if (Chance(0.35))
            {
                p.Line(Steel, 3 * 0.8, 3, false, (-20, ringY), (20, ringY), (14, ringY - 14), (-14, ringY - 14), (-20, ringY));
            }
            else
            {
                p.Line(Organic, 4 * 1.4, 4, false, (-20, ringY), (20, ringY), (14, ringY - 14), (-14, ringY - 14), (-20, ringY));
            }

            if (Chance(0.5))
            {
                var key = new Turned(pen, (-l / 2) + 8, -6, U(-0.15, 0.15));
                key.Ring(Steel, 1.2 * 2, 1.2, 0, 0, 7, 7);
                HouseKey(key, 6);
            }

            return pen.Box;
        }

        /// <summary>
        /// A smartphone with what it needs to charge: a UK three-pin USB plug charger (45–50 × 42–46 × 27 mm polycarbonate shell with
        /// 2 mm walls, brass pins, its transformer's ferrite core and copper windings, capacitors and board) and a 1–2 m USB cable
        /// (3.5 mm, its copper conductors about 0.2 mm to the beam) coiled beside them, its steel-shelled plugs at the ends.
        /// </summary>
        private PixelBox PhoneWithCharger(double scale)
        {
            var l = U(146, 165);
            var w = U(70, 78);
            var coil = U(35, 50);
            var pen = Lay((-l / 2) - 3, (-w / 2) - (2 * coil) - 20, (l / 2) + 95, (w / 2) + 3, scale);
            var p = new Turned(pen, 0, 0, 0);
            pen.Item(() => SmartHandset(p, l, w, U(7.5, 8.8), Chance(0.6) ? Aluminium : Steel, U(1.3, 1.8)));
            var ch = new Turned(pen, (l / 2) + 40, U(-10, 10), U(-0.3, 0.3));
            RoundedRect(ch, Organic, 2 * 2 * 1.2, -24, -22, 48, 44, 5);
            ch.Line(Organic, 27 * 1.2 * 2 / 1.5, 1.5, true, RoundedOutline(-23, -21, 46, 42, 4));
            ch.Rect(Steel, 6 * 4.8 / 7.9 * 0.7, -10, -8, 14, 16);
            ch.Ring(Brass, 4, 1.2, -3, 0, 8, 8);
            ch.Rect(Mixed, 3, 8, -14, 8, 12);
            ch.Rect(Organic, 1.6 * 1.9, -22, -20, 44, 40);
            foreach (var (x, y, wy) in new[] { (-18.0, -14.0, 6.35), (-18.0, 10.0, 6.35), (12.0, -2.0, 8.0) })
            {
                ch.Rect(Brass, 4, x, y, 18, wy);
            }

            ch.Rect(Steel, 2 * 0.3, 20, -6, 6, 12);
            var cx = (l / 2) - coil - 5;
            var cy = (-w / 2) - coil - 12;
            var turns = random.Next(4, 8);
            var loop = Enumerable.Range(0, (turns * 20) + 1).Select(i => 2 * Math.PI * i / 20)
                .Select(a => (cx + ((coil - (a * 0.4)) * Math.Cos(a)), cy + ((coil * 0.8 - (a * 0.4)) * Math.Sin(a)))).ToArray();
            p.Line(Organic, 3.5 * 0.8 * 1.2, 3.5, false, loop);
            p.Line(Brass, 0.2, 2, false, loop);
            p.Rect(Steel, 2 * 0.3 * 3, cx + coil - 4, cy - 4, 16, 12);
            p.Rect(Organic, 8 * 1.2, cx + coil - 20, cy - 5, 16, 10);
            p.Rect(Steel, 2 * 0.25 * 3, cx - coil - 12, cy - 4, 10, 8);
            return pen.Box;
        }

        /// <summary>
        /// A phone pushed in among the tissues of a tissue box: a card box (0.45 mm board at about 0.75 g/cm³) 110 × 110 × 130 mm or
        /// 240 × 120 × 90 mm, 60–90 folded two-ply tissues (about 0.05 g/cm³ as packed); in them, in a few turns of cling film, a
        /// thumb-sized phone (46–68 × 20–30 mm) or a slim smartphone with its frame of aluminium.
        /// </summary>
        private PixelBox PhoneInTissueBox(double scale)
        {
            var cube = Chance(0.5);
            var (l, w, depth) = cube ? (110.0, 110.0, 130.0) : (240.0, 120.0, 90.0);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, depth, 0.45, 0.75);
            b.Rect(Organic, (depth - 8) * 0.05, (-l / 2) + 2, (-w / 2) + 2, l - 4, w - 4);
            b.Ellipse(Organic, 0.04 * 0.93, 0, 0, l * 0.3, w * 0.18);
            var thumb = cube || Chance(0.5);
            var (pl, pw) = thumb ? (U(46, 68), U(20, 30)) : (U(140, 150), U(68, 72));
            var room = Math.Max(0, ((l - pl) / 2) - 8);
            var p = new Turned(pen, U(-room, room), U(-8, 8), cube ? U(0, 2 * Math.PI) : U(-0.2, 0.2));
            pen.Item(() =>
            {
                if (thumb)
                {
                    ThumbHandset(p, pl, pw, U(11, 14));
                }
                else
                {
                    SmartHandset(p, pl, pw, U(7, 7.8), Aluminium, 1.4);
                }

                RoundedRect(p, Organic, 4 * 0.012 * 2 * 0.93, (-pl / 2) - 3, (-pw / 2) - 3, pl + 6, pw + 6, 4);
            });
            return pen.Box;
        }

        /// <summary>
        /// A thumb phone hidden in a pack of sanitary pads: 10–16 pads, each folded in three (80 × 70 mm, three layers of a 2.5 mm
        /// core of fluff pulp and absorbent polymer at about 0.14 g/cm³) in its own film wrapper, stacked in two rows in a soft
        /// polyethylene pack; inside one pad a phone of 46–68 × 20–30 mm, and on some a short charging lead and a spare SIM beside it.
        /// </summary>
        private PixelBox PhoneInSanitaryPads(double scale)
        {
            var n = random.Next(5, 9);
            var pen = Lay(-86, -78, 86, 78, scale);
            var pack = new Turned(pen, 0, 0, 0);
            RoundedRect(pack, Organic, 2 * 0.05 * 0.93, -84, -76, 168, 152, 14);
            foreach (var x in new[] { -82.0, 2.0 })
            {
                pack.Rect(Organic, n * 3 * 2.5 * 0.14, x, -72, 80, 144);
                for (var i = 0; i < n; i++)
                {
                    pack.Line(Organic, 80 * 0.05 * 0.93 / 0.8, 0.8, false, (x, -72 + (i * 144.0 / n)), (x + 80, -72 + (i * 144.0 / n)));
                }
            }

            var col = Chance(0.5) ? -42.0 : 42.0;
            var p = new Turned(pen, col + U(-8, 8), U(-40, 40), U(0, 2 * Math.PI));
            var (pl, pw) = (U(46, 68), U(20, 30));
            pen.Item(() => ThumbHandset(p, pl, pw, U(11, 14)));
            if (Chance(0.4))
            {
                p.Line(Organic, 3 * 0.8 * 1.2, 3, false, ((pl / 2) + 2, 0), ((pl / 2) + 10, 6), ((pl / 2) - 4, 10), ((pl / 2) + 8, -8));
                p.Line(Brass, 0.15, 1.5, false, ((pl / 2) + 2, 0), ((pl / 2) + 10, 6), ((pl / 2) - 4, 10), ((pl / 2) + 8, -8));
                SimChip(new Turned(pen, col, U(-30, 30), U(0, Math.PI)), 15, 12);
            }

            return pen.Box;
        }

        // ---- the other items ------------------------------------------------------------------

        /// <summary>
        /// Loose rounds knotted into the toe of an adult sock (the sock 320–380 mm long and 90 mm wide, two layers of knitted cotton
        /// about 1.2 mm thick at 0.4 g/cm³, the knot eight layers): 8–30 rounds of one kind in a heap, 9 × 19 mm (jacketed), .38 Special
        /// (lead), .380 ACP (jacketed) or .22 LR (rimfire, lead) in brass or nickelled brass cases.
        /// </summary>
        private PixelBox RoundsInSock(double scale)
        {
            var sl = U(320, 380);
            var toe = U(95, 120);
            var pen = Lay(-sl + toe - 4, -60, toe + 6, 60, scale);
            var s = new Turned(pen, 0, 0, 0);
            const double cloth = 2 * 1.2 * 0.4;
            RoundedRect(s, Organic, cloth, -sl + toe, -45, sl - toe - 10, 90, 12);
            s.Ellipse(Organic, cloth * 1.4, toe / 2, 0, (toe / 2) + 4, 52);
            s.Ellipse(Organic, cloth * 4, -8, 0, 20, 34);
            var (cl, d, rim, bo, bd, jacketed) = random.Next(4) switch
            {
                0 => (19.15, 9.9, 9.96, 10.5, 9.0, true),
                1 => (29.3, 9.6, 11.2, 10.0, 9.1, false),
                2 => (17.3, 9.5, 9.5, 7.5, 9.0, true),
                _ => (15.6, 5.7, 6.9, 10.0, 5.7, false),
            };
            var count = random.Next(8, 31);
            for (var i = 0; i < count; i++)
            {
                var r = Math.Sqrt(random.NextDouble());
                var a = U(0, 2 * Math.PI);
                var c = new Turned(pen, (toe / 2) + (r * ((toe / 2) - 18) * Math.Cos(a)), r * 30 * Math.Sin(a), U(0, 2 * Math.PI));
                pen.Item(() => CartridgeSide(c, cl, d, rim, bo, bd, jacketed, Brass));
            }

            return pen.Box;
        }

        /// <summary>
        /// SIM cards in the charging case of a pair of wireless earbuds: a 60 × 48 × 25 mm polycarbonate case (1.2 mm walls) with its
        /// tray, hinge pin and spring, its 350–500 mAh pouch cell, board and steel-shelled USB-C socket, the magnets that hold the
        /// lid and the buds; one earbud or none left in its cradle (its shell, driver magnet and small Li-ion button cell), and in
        /// the other cradle 2–6 nano or micro SIMs.
        /// </summary>
        private PixelBox SimsInEarbudCase(double scale)
        {
            const double l = 60;
            const double w = 48;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            SheetBox(c, Organic, -l / 2, -w / 2, l, w, 25, 1.2, 1.2, 18);
            c.Rect(Organic, 2 * 1.0 * 1.2, (-l / 2) + 4, (-w / 2) + 4, l - 8, w - 8);
            PouchPack(c, -18, 8, 36, 12, 5);
            c.Rect(Mixed, 1.2, -22, -20, 44, 8);
            c.Rect(Steel, 2 * 0.3 * 3, -4.5, (w / 2) - 3, 9, 3);
            c.Cylinder(Steel, -20, (-w / 2) + 1, 40, 1.5);
            foreach (var (x, y) in new[] { (-20.0, -8.0), (20.0, -8.0), (-6.0, (-w / 2) + 4), (6.0, (-w / 2) + 4) })
            {
                c.Ellipse(Steel, 3, x, y, 2, 2);
            }

            var bud = Chance(0.5);
            if (bud)
            {
                var e = new Turned(pen, -13, -6, 0);
                e.Ellipse(Organic, 2 * 1 * 1.2, 0, 0, 9, 12);
                e.Ellipse(Steel, 2, 0, -4, 3, 3);
                e.Ellipse(Steel, 2 * 0.25, 0, 4, 6, 6);
                e.Ellipse(Mixed, 4, 0, 4, 5.6, 5.6);
            }

            var nano = Chance(0.6);
            var (sl, sw) = nano ? (12.3, 8.8) : (15.0, 12.0);
            var n = random.Next(2, 7);
            for (var i = 0; i < n; i++)
            {
                pen.Item(() => SimChip(new Turned(pen, (bud ? 13 : 0) + U(-3, 3), -6 + U(-4, 4), U(0, 2 * Math.PI)), sl, sw));
            }

            return pen.Box;
        }

        /// <summary>
        /// An insulin syringe inside the applicator of a tampon, in place of the cotton: the applicator's polyethylene barrel (14 mm,
        /// 72 mm long, 0.5 mm wall) and plunger tube (9 mm), the syringe's polypropylene barrel (7.5 mm, 0.8 mm wall) cut to fit, its
        /// plunger rod and rubber stopper, the 8 mm steel needle (0.3 mm) inside its cap, in a film wrapper; alone, or in a card box
        /// among 3–9 tampons with their compressed cotton (about 0.45 g/cm³) and withdrawal strings.
        /// </summary>
        private PixelBox SyringeInTampon(double scale)
        {
            var boxed = Chance(0.45);
            var pen = boxed ? Lay(-64, -46, 64, 46, scale) : Lay(-58, -10, 58, 10, scale);
            var b = new Turned(pen, 0, 0, 0);
            void Applicator(Turned a)
            {
                a.Tube(Organic, -54, -7, 72, 14, 0.5 * 0.95);
                a.Tube(Organic, 18, -4.5, 36, 9, 0.5 * 0.95);
                a.Rect(Organic, 2 * 0.05 * 0.93, -56, -8, 112, 16);
            }

            var n = boxed ? random.Next(3, 10) : 0;
            var slot = boxed ? random.Next(n + 1) : 0;
            if (boxed)
            {
                SheetBox(b, Organic, -63, -45, 126, 90, 48, 0.45, 0.75);
            }

            for (var i = 0; i <= n; i++)
            {
                var y = boxed ? -38 + (i * 76.0 / Math.Max(1, n)) : 0;
                var a = new Turned(pen, 0, y, boxed && Chance(0.5) ? Math.PI : 0);
                Applicator(a);
                if (i != slot)
                {
                    a.Cylinder(Organic, -52, -6, 45, 12, 0.45);
                    a.Line(Organic, 0.8 * 1.5, 1, false, (-52, 0), (-20, 1), (10, -1), (30, 0));
                    continue;
                }

                pen.Item(() =>
                {
                    a.Tube(Organic, -50, -3.75, 50, 7.5, 0.8 * 0.9);
                    a.Cylinder(Organic, -2, -3, 10, 6, 1.2);
                    a.Rect(Organic, 2 * 1 * 0.9, 8, -2.5, 40, 5);
                    a.Tube(Organic, -52, -2, 14, 4, 0.6 * 0.95);
                    a.Line(Steel, 0.25, 1, false, (-50, 0), (-42, 0));
                });
            }

            return pen.Box;
        }

        /// <summary>
        /// A box-mod vape: a die-cast zinc-alloy body (88–92 × 52–56 × 27 mm, 1.5 mm walls) holding two 18650 cells side by side
        /// under a magnetic door, its board, display and fire button, a 510 connector of brass and steel on its top, and on most a
        /// tank on it (22–25 mm, 40–48 mm tall: steel ends, a glass or polycarbonate wall, the coil head, 60–100 % full of liquid at
        /// about 1.1 g/cm³, an acetal drip tip).
        /// </summary>
        private PixelBox BoxModVape(double scale)
        {
            var l = U(88, 92);
            var w = U(52, 56);
            var tank = Chance(0.75);
            var tl = U(40, 48);
            var td = U(22, 25);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + (tank ? tl + 16 : 8), (w / 2) + 2, scale);
            var m = new Turned(pen, 0, 0, 0);
            RoundedRect(m, ZincAlloy, 2 * 1.5, -l / 2, -w / 2, l, w, 6);
            m.Line(ZincAlloy, 27 * 1.5 / 1.5, 1.5, true, RoundedOutline((-l / 2) + 0.75, (-w / 2) + 0.75, l - 1.5, w - 1.5, 5.25));
            foreach (var y in new[] { -10.5, 10.5 })
            {
                SmallCell(m, (-l / 2) + 4, y, 65, 18.4);
            }

            m.Rect(Mixed, 1.6, (l / 2) - 20, (-w / 2) + 4, 16, w - 8);
            m.Rect(Glass, 0.7, (l / 2) - 18, -10, 12, 20);
            foreach (var (x, y) in new[] { (-l / 2 + 6, -w / 2 + 5), (-l / 2 + 6, w / 2 - 5), (l / 2 - 24, -w / 2 + 5), (l / 2 - 24, w / 2 - 5) })
            {
                m.Ellipse(Steel, 2, x, y, 2, 2);
            }

            m.Rect(Brass, 7, l / 2, -5, 8, 10);
            if (tank)
            {
                var x = (l / 2) + 8;
                m.Tube(Steel, x, -td / 2, 8, td, 0.6);
                m.Tube(Steel, x + tl - 8, -td / 2, 8, td, 0.6);
                m.Tube(Chance(0.6) ? Glass : Organic, x + 8, -td / 2, tl - 16, td, 1.5);
                SettledFill(m, Organic, x + 8, tl - 16, td - 3, U(0.6, 1.0), 1.1);
                m.Tube(Steel, x + 2, -5, tl - 4, 10, 0.4);
                m.Rect(Steel, 1.2, x + 10, -3, 10, 6);
                m.Cylinder(Organic, x + tl, -5, 8, 10, 1.4);
            }

            return pen.Box;
        }

        /// <summary>
        /// A set of precision screwdrivers: a hinged polypropylene case (165 × 110 × 22 mm) of six to eight jeweller's screwdrivers
        /// (knurled aluminium handles 5–8 mm across and 60–75 mm long with steel swivel caps, steel shafts of 1.2–3 mm, 35–50 mm
        /// long), or a smaller case (135 × 75 × 25 mm) holding a driver handle with its steel hex socket, an extension bar and 24–48
        /// hardened steel bits (4 mm hex, 28 mm long) in a row, and a second row in the lid on some.
        /// </summary>
        private PixelBox PrecisionScrewdriverSet(double scale)
        {
            var drivers = Chance(0.5);
            var (l, w, depth) = drivers ? (165.0, 110.0, 22.0) : (135.0, 75.0, 25.0);
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var c = new Turned(pen, 0, 0, 0);
            SheetBox(c, Organic, -l / 2, -w / 2, l, w, depth, 1.5, 0.9, 6);
            c.Cylinder(Steel, (-l / 2) + 8, (-w / 2) - 1, l - 16, 2);
            if (drivers)
            {
                var n = random.Next(6, 9);
                for (var i = 0; i < n; i++)
                {
                    var y = (-w / 2) + 10 + (i * (w - 20) / (n - 1));
                    var hd = U(5, 8);
                    var hl = U(60, 75);
                    var sd = U(1.2, 3);
                    var sl = U(35, 50);
                    var x = (-l / 2) + 8;
                    c.Cylinder(Steel, x, y - 3, 5, 6);
                    c.Cylinder(Aluminium, x + 5, y - (hd / 2), hl, hd, 0.9);
                    c.Cylinder(Steel, x + 5 + hl, y - (sd / 2), sl, sd);
                }
            }
            else
            {
                c.Cylinder(Organic, (-l / 2) + 6, -34, 100, 28, 1.1);
                c.Tube(Steel, (-l / 2) + 106, -25, 14, 10, 1.5);
                c.Cylinder(Steel, (-l / 2) + 6, -6, 60, 6);
                // The bits stand across the case in a row, a second row in the lid over the first.
                var layers = random.Next(1, 3);
                var perRow = random.Next(12, 17);
                for (var r = 0; r < layers; r++)
                {
                    for (var i = 0; i < perRow; i++)
                    {
                        var bit = new Turned(pen, (-l / 2) + 8 + (i * 7.5) + (r * 3.75), 19, Math.PI / 2);
                        bit.Cylinder(Steel, -14, -2, 28, 4, 0.9);
                    }
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Vodka in a plastic water bottle, lying on its side: a 500 ml (65 mm, 205 mm long) or 750 ml (72 mm, 235 mm) PET bottle
        /// (0.3 mm walls at 1.38 g/cm³) with its polypropylene cap or sports cap, 90–100 % full of 40 % spirit (about 0.95 g/cm³); one
        /// bottle or two side by side.
        /// </summary>
        private PixelBox SpiritInWaterBottle(double scale)
        {
            var big = Chance(0.4);
            var (d, l) = big ? (72.0, 235.0) : (65.0, 205.0);
            var two = Chance(0.3);
            var pen = Lay((-l / 2) - 2, (-d / 2) - 2, (l / 2) + 2, (d / 2) + (two ? d + 6 : 0) + 2, scale);
            for (var i = 0; i < (two ? 2 : 1); i++)
            {
                var b = new Turned(pen, 0, i * (d + 4), i == 0 ? 0 : Math.PI);
                var x0 = -l / 2;
                var body = l - 55;
                b.Tube(Organic, x0, -d / 2, body, d, 0.3 * 1.38);
                var level = U(0.9, 1.0);
                SettledFill(b, Organic, x0 + 1, body - 1, d - 0.6, level, 0.95);
                b.Poly(Organic, d * 0.6 * 0.95 * level, (x0 + body, -d / 2), (x0 + body + 30, -14), (x0 + body + 30, 14), (x0 + body, d / 2));
                b.Line(Organic, 0.3 * 1.38 * 2, 1.2, false, (x0 + body, -d / 2), (x0 + body + 30, -14));
                b.Line(Organic, 0.3 * 1.38 * 2, 1.2, false, (x0 + body, d / 2), (x0 + body + 30, 14));
                b.Cylinder(Organic, x0 + body + 30, -12.5, 10, 25, 0.8);
                if (Chance(0.3))
                {
                    b.Tube(Organic, x0 + body + 40, -16, 15, 32, 1.5 * 0.9);
                }
                else
                {
                    b.Tube(Organic, x0 + body + 40, -15, 15, 30, 1.2 * 0.9);
                    b.Rect(Organic, 30 * 0.9 * 0.6, l / 2 - 2, -15, 2, 30);
                }
            }

            return pen.Box;
        }

        /// <summary>
        /// Herbal cannabis in a glass storage jar lying on its side: a clip-top jar (glass 3.5–4 mm walls and a 6 mm base, 85–100 mm
        /// across, 120–160 mm long, a domed glass lid, an orange rubber seal, a 2 mm steel wire clip) or a screw-top one (tinplate lid
        /// and band); its buds (about 0.15–0.25 g/cm³ as packed) settled to 50–90 % of its depth, and a two-way humidity pack
        /// (a salt gel, about 1.3 g/cm³) in it on some.
        /// </summary>
        private PixelBox CannabisJar(double scale)
        {
            var d = U(85, 100);
            var l = U(120, 160);
            var clip = Chance(0.5);
            var pen = Lay((-l / 2) - 2, (-d / 2) - 6, (l / 2) + 14, (d / 2) + 6, scale);
            var j = new Turned(pen, 0, 0, 0);
            var wall = U(3.5, 4);
            j.Tube(Glass, -l / 2, -d / 2, l, d, wall);
            j.Rect(Glass, d * 0.8, -l / 2, -d / 2, 6, d);
            var level = U(0.5, 0.9);
            SettledFill(j, Organic, (-l / 2) + 6, l - 6, d - (2 * wall), level, U(0.15, 0.25));
            if (clip)
            {
                j.Rect(Glass, 0.6 * d * 0.8, l / 2, (-d / 2) + 4, 10, d - 8);
                j.Rect(Organic, 3 * 1.4 * 3, (l / 2) - 2, (-d / 2) + 2, 3, d - 4);
                j.Line(Steel, 2 * 0.8, 2, false, ((l / 2) - 30, (-d / 2) - 3), ((l / 2) + 12, (-d / 2) - 3), ((l / 2) + 12, (d / 2) + 3), ((l / 2) - 30, (d / 2) + 3));
            }
            else
            {
                j.Rect(Steel, d * 0.8 * 0.25, l / 2, -d / 2, 1, d);
                j.Tube(Steel, (l / 2) - 12, (-d / 2) - 1, 12, d + 2, 0.25);
            }

            if (Chance(0.4))
            {
                var h = new Turned(pen, U(-l / 4, l / 4), U(0, d / 4), U(-0.5, 0.5));
                h.Rect(Organic, 6 * 1.3, -27, -16, 55, 32);
            }

            return pen.Box;
        }

        /// <summary>
        /// Drugs in teabags, in a card box of 40 or 80 (0.5 mm board at about 0.75 g/cm³, 75 mm deep): the bags stand on edge in rows,
        /// each 55 mm tall and about 3.5 mm thick (tea at about 0.29 g/cm³ in filter paper); 3–10 of them hold, in place of tea,
        /// 1–3 g of powder wrapped in cling film (about 0.7 g/cm³).
        /// </summary>
        private PixelBox DrugsInTeabags(double scale)
        {
            var eighty = Chance(0.5);
            var (l, w) = eighty ? (140.0, 125.0) : (140.0, 65.0);
            var rows = eighty ? 2 : 1;
            var pen = Lay((-l / 2) - 2, (-w / 2) - 2, (l / 2) + 2, (w / 2) + 2, scale);
            var b = new Turned(pen, 0, 0, 0);
            SheetBox(b, Organic, -l / 2, -w / 2, l, w, 75, 0.5, 0.75);
            const int perRow = 40;
            var filled = U(0.6, 1.0);
            var drugged = new HashSet<int>();
            for (var i = random.Next(3, 11); i > 0; i--)
            {
                drugged.Add(random.Next(rows * perRow));
            }

            for (var r = 0; r < rows; r++)
            {
                var y0 = (-w / 2) + 3 + (r * 60);
                for (var i = 0; i < (int)(perRow * filled); i++)
                {
                    var x = (-l / 2) + 2 + (i * 3.4);
                    var drug = drugged.Contains((r * perRow) + i);
                    if (drug)
                    {
                        pen.Item(() => b.Rect(Organic, 55 * 0.7 * 0.7, x, y0, 2.8, 57));
                    }
                    else
                    {
                        b.Rect(Organic, 55 * 0.29 * 0.9, x, y0, 3.2, 57);
                    }
                }
            }

            return pen.Box;
        }

        // ---- clutter --------------------------------------------------------------------------

        /// <summary>
        /// A coil-spring toy: 80 turns of flat steel wire (2.7 × 0.5 mm) 70 mm across, or a plastic one (polypropylene, 3 × 1 mm
        /// section), closed up 40–60 mm long and lying on its side (the turns seen edge-on as a dense band at each wall) or on its end
        /// (a ring the beam crosses every turn of).
        /// </summary>
        private void SpringToy()
        {
            var pen = Place(50);
            var k = new Turned(pen, 0, 0, 0);
            var steel = Chance(0.6);
            var m = steel ? Steel : Organic;
            var (band, sheet) = steel ? (2.7, 0.5) : (3.0, 1.0 * 0.9);
            var turns = steel ? 80 : 45;
            var length = U(40, 60);
            if (Chance(0.5))
            {
                var fill = Math.Min(1, turns * sheet / length);
                k.Rect(m, 2 * band * fill, -length / 2, -35, length, band);
                k.Rect(m, 2 * band * fill, -length / 2, 35 - band, length, band);
                k.Rect(m, 2 * sheet * 0.5, -length / 2, -35, length, 70);
            }
            else
            {
                k.Ring(m, turns * sheet, band, 0, 0, 35 - (band / 2), 35 - (band / 2));
            }
        }

        /// <summary>
        /// Glass marbles in a nylon net bag: 15–30 of 16 mm and one or two 25 mm shooters (soda-lime glass), a steel ball bearing of
        /// 16 mm among them on some, in a heap about 90 mm across.
        /// </summary>
        private void Marbles()
        {
            var pen = Place(60);
            var k = new Turned(pen, 0, 0, 0);
            k.Ellipse(Organic, 2 * 0.3 * 1.14, 0, 0, 50, 46);
            var n = random.Next(15, 31);
            for (var i = 0; i < n; i++)
            {
                var r = 40 * Math.Sqrt(random.NextDouble());
                var a = U(0, 2 * Math.PI);
                var steel = i == 2 && Chance(0.3);
                Ball(k, steel ? Steel : Glass, r * Math.Cos(a), r * Math.Sin(a), i < 2 ? 12.5 : 8, 1);
            }
        }

        /// <summary>
        /// A tambourine: a ring of birch ply (4 mm, about 0.65 g/cm³) or ABS 200–255 mm across and 45–55 mm deep, with a plastic or
        /// goatskin head or none; four to eight pairs of jingles (brass or plated steel discs 50 mm across, 0.5–0.6 mm) on their pins
        /// in slots through the ring.
        /// </summary>
        private void Tambourine()
        {
            var pen = Place(130);
            var k = new Turned(pen, 0, 0, 0);
            var r = U(100, 128);
            var depth = U(45, 55);
            var wood = Chance(0.6);
            k.Ring(Organic, depth * (wood ? 0.65 : 1.05) * 4 / 4, 4, 0, 0, r, r);
            if (Chance(0.6))
            {
                k.Ellipse(Organic, 0.25 * 1.3, 0, 0, r, r);
            }

            var pairs = random.Next(4, 9);
            var metal = Chance(0.5) ? Brass : Steel;
            for (var i = 0; i < pairs; i++)
            {
                var a = 2 * Math.PI * i / pairs;
                var jingle = new Turned(pen, r * Math.Cos(a), r * Math.Sin(a), a + (Math.PI / 2));
                jingle.Rect(metal, 50 * 0.8 * 0.55 * 2 / 10, -25, -5, 50, 10);
                jingle.Rect(Steel, 2 * 0.8, -24, -1, 48, 2);
            }
        }

        /// <summary>
        /// A skipping rope: 2.5–3 m of PVC cord (4–5 mm) lying in loose loops, two handles of polypropylene or foam over plastic (140
        /// –160 mm, 25 mm across) each with a steel ball-bearing swivel (22 mm, 7 mm thick) or a plain one.
        /// </summary>
        private void SkippingRope()
        {
            var pen = Place(120);
            var k = new Turned(pen, 0, 0, 0);
            var d = U(4, 5);
            var path = Wander(random.Next(140, 170), 18, 40);
            k.Line(Organic, d * 0.8 * 1.35, d, false, path);
            var bearings = Chance(0.5);
            foreach (var end in new[] { path[0], path[^1] })
            {
                var h = new Turned(pen, end.X, end.Y, U(0, 2 * Math.PI));
                h.Tube(Organic, 0, -12.5, U(140, 160), 25, 2 * 0.9);
                if (bearings)
                {
                    h.Rect(Steel, 0.8 * 7 * 0.6, -7, -11, 7, 22);
                }
                else
                {
                    h.Rect(Organic, 10 * 1.1, -6, -6, 6, 12);
                }
            }
        }

        /// <summary>
        /// Clothes pegs in a cotton peg bag: 20–40 pegs of beech (72 × 10 × 8 mm legs, about 0.7 g/cm³) or polypropylene, each with
        /// its steel torsion spring (1.2 mm wire: a 6 mm coil and two legs), lying every way.
        /// </summary>
        private void ClothesPegs()
        {
            var pen = Place(100);
            var k = new Turned(pen, 0, 0, 0);
            RoundedRect(k, Organic, 2 * 0.5 * 0.5, -90, -75, 180, 150, 20);
            var wood = Chance(0.6);
            for (var i = random.Next(20, 41); i > 0; i--)
            {
                var p = new Turned(pen, U(-70, 70), U(-55, 55), U(0, 2 * Math.PI));
                p.Rect(Organic, 8 * (wood ? 0.7 : 0.9), -36, -10, 72, 9.5);
                p.Rect(Organic, 8 * (wood ? 0.7 : 0.9), -36, 0.5, 72, 9.5);
                p.Rect(Steel, 1.2 * 0.8 * 3, -4, -4, 8, 8);
                p.Line(Steel, 1.2 * 0.8, 1.2, false, (-4, -3), (-20, -7));
                p.Line(Steel, 1.2 * 0.8, 1.2, false, (-4, 3), (-20, 7));
            }
        }

        /// <summary>
        /// A descant recorder in its cloth bag: head, body and foot joints of ABS (25, 22 and 20 mm across, 2.5 mm walls, 320 mm
        /// assembled) or of pearwood (about 0.7 g/cm³), the head's block, and a cleaning rod of plastic or wood.
        /// </summary>
        private void DescantRecorder()
        {
            var pen = Place(170);
            var k = new Turned(pen, 0, 0, 0);
            var density = Chance(0.7) ? 1.05 : 0.7;
            k.Tube(Organic, -160, -12.5, 110, 25, 2.5 * density);
            k.Cylinder(Organic, -160, -6, 28, 12, density);
            k.Tube(Organic, -50, -11, 170, 22, 2.5 * density);
            k.Tube(Organic, 120, -10, 45, 20, 2.5 * density);
            k.Rect(Organic, 2 * 0.6 * 0.5, -165, -22, 335, 44);
            if (Chance(0.6))
            {
                k.Cylinder(Organic, -150, 16, 300, 6, 0.9);
            }
        }

        /// <summary>
        /// A shoehorn: a pocket one of chromed steel (0.8–1.2 mm, 150–190 mm long, 40–50 mm wide, its curved trough seen with denser
        /// edges) or a long one with a beech handle (400–450 mm), or a polypropylene one (2 mm).
        /// </summary>
        private void ShoeHorn()
        {
            var kind = random.Next(3);
            var l = kind == 1 ? U(400, 450) : U(150, 190);
            var pen = Place(l / 2);
            var k = new Turned(pen, 0, 0, 0);
            var (m, t) = kind == 2 ? (Organic, 2 * 0.9) : (Steel, U(0.8, 1.2));
            var blade = kind == 1 ? 190 : l * 0.7;
            var x0 = -l / 2;
            (double X, double Y)[] outline = [(x0, -12), (x0 + (l - blade), -10), (l / 2 - 10, -24), (l / 2, -18), (l / 2, 18), (l / 2 - 10, 24), (x0 + (l - blade), 10), (x0, 12)];
            if (kind == 1)
            {
                k.Poly(m, t, outline.Skip(1).Take(6).ToArray());
                k.Cylinder(Organic, x0, -12, l - blade, 24, 0.7);
                k.Ring(Steel, 1.5, 1.5, x0 + 10, 0, 5, 5);
            }
            else
            {
                k.Poly(m, t, outline);
            }

            k.Line(m, t * 2, 2, false, (x0 + (l - blade), -10), ((l / 2) - 10, -22), ((l / 2) - 2, -18));
            k.Line(m, t * 2, 2, false, (x0 + (l - blade), 10), ((l / 2) - 10, 22), ((l / 2) - 2, 18));
        }

        /// <summary>
        /// A double-six set of 28 dominoes (48 × 24 × 8 mm of melamine, about 1.5 g/cm³, a brass spinner pin in each) lying flat in
        /// two layers in a sliding-lid pine box (5 mm walls, about 0.5 g/cm³) or a tinplate one, or a few spilt beside it.
        /// </summary>
        private void Dominoes()
        {
            var pen = Place(110);
            var k = new Turned(pen, 0, 0, 0);
            if (Chance(0.6))
            {
                SheetBox(k, Organic, -90, -60, 180, 120, 24, 5, 0.5);
            }
            else
            {
                SheetBox(k, Steel, -90, -60, 180, 120, 24, 0.25, 1);
            }

            var spilt = random.Next(0, 6);
            for (var i = 0; i < 28; i++)
            {
                var inside = i < 28 - spilt;
                var slot = i % 14;
                var (x, y, a) = inside
                    ? (-72.6 + ((slot % 7) * 24.2), -30 + ((slot / 7) * 50.0), Math.PI / 2)
                    : (U(-90, 90), U(70, 110), U(0, 2 * Math.PI));
                var d = new Turned(pen, x, y, a);
                d.Rect(Organic, 8 * 1.5, -24, -12, 48, 24);
                d.Ellipse(Brass, 7, 0, 0, 1.5, 1.5);
            }
        }
    }
}
